#include "ir/proto_convert.h"

#include "absl/strings/str_cat.h"

namespace fxn::ir {
namespace {

proto::Op OpToProto(Op op) {
  switch (op) {
    case Op::kPlaceholder: return proto::PLACEHOLDER;
    case Op::kConstant: return proto::CONSTANT;
    case Op::kGetAttr: return proto::GET_ATTR;
    case Op::kCallFunction: return proto::CALL_FUNCTION;
    case Op::kCallMethod: return proto::CALL_METHOD;
    case Op::kLoad: return proto::LOAD;
    case Op::kStore: return proto::STORE;
    case Op::kIf: return proto::IF;
    case Op::kLoop: return proto::LOOP;
    case Op::kForRange: return proto::FOR_RANGE;
    case Op::kForEach: return proto::FOR_EACH;
    case Op::kBreak: return proto::BREAK;
    case Op::kContinue: return proto::CONTINUE;
    case Op::kOutput: return proto::OUTPUT;
    case Op::kTry: return proto::TRY;
    case Op::kExcept: return proto::EXCEPT;
    case Op::kRaise: return proto::RAISE;
    case Op::kNewObject: return proto::NEW_OBJECT;
    case Op::kGetField: return proto::GET_FIELD;
    case Op::kSetField: return proto::SET_FIELD;
    case Op::kUnbind: return proto::UNBIND;
  }
  return proto::OP_UNSPECIFIED;
}

std::optional<Op> OpFromProto(proto::Op op) {
  switch (op) {
    case proto::PLACEHOLDER: return Op::kPlaceholder;
    case proto::CONSTANT: return Op::kConstant;
    case proto::GET_ATTR: return Op::kGetAttr;
    case proto::CALL_FUNCTION: return Op::kCallFunction;
    case proto::CALL_METHOD: return Op::kCallMethod;
    case proto::LOAD: return Op::kLoad;
    case proto::STORE: return Op::kStore;
    case proto::IF: return Op::kIf;
    case proto::LOOP: return Op::kLoop;
    case proto::FOR_RANGE: return Op::kForRange;
    case proto::FOR_EACH: return Op::kForEach;
    case proto::BREAK: return Op::kBreak;
    case proto::CONTINUE: return Op::kContinue;
    case proto::OUTPUT: return Op::kOutput;
    case proto::TRY: return Op::kTry;
    case proto::EXCEPT: return Op::kExcept;
    case proto::RAISE: return Op::kRaise;
    case proto::NEW_OBJECT: return Op::kNewObject;
    case proto::GET_FIELD: return Op::kGetField;
    case proto::SET_FIELD: return Op::kSetField;
    case proto::UNBIND: return Op::kUnbind;
    default: return std::nullopt;
  }
}

void BlockToProto(const Block& block, proto::Block* out) {
  for (const Node& n : block.nodes) {
    proto::Node* p = out->add_nodes();
    p->set_op(OpToProto(n.op));
    p->set_name(n.name);
    p->set_target(n.target);
    for (const auto& a : n.args) p->add_args(a);
    if (n.type) p->set_type(n.type->ToString());
    p->set_line(n.loc.line);
    p->set_col(n.loc.col);
    if (n.op == Op::kConstant || n.op == Op::kGetAttr) {
      if (std::holds_alternative<bool>(n.value)) p->mutable_value()->set_bool_value(std::get<bool>(n.value));
      else if (std::holds_alternative<int64_t>(n.value)) p->mutable_value()->set_int_value(std::get<int64_t>(n.value));
      else if (std::holds_alternative<double>(n.value)) p->mutable_value()->set_float_value(std::get<double>(n.value));
      else if (std::holds_alternative<std::string>(n.value)) p->mutable_value()->set_str_value(std::get<std::string>(n.value));
      else p->mutable_value()->set_none(true);
    }
    for (const auto& name : n.names) p->add_names(name);
    for (const Block& b : n.blocks) BlockToProto(b, p->add_blocks());
  }
}

absl::StatusOr<Type> ParseType(const std::string& text, const std::string& what) {
  auto t = Type::Parse(text);
  if (!t) return absl::InvalidArgumentError(absl::StrCat("invalid IR: ", what, " has unknown type '", text, "'"));
  return *t;
}

absl::Status BlockFromProto(const proto::Block& in, Block& out, int depth) {
  if (depth > 200) return absl::InvalidArgumentError("invalid IR: blocks nested too deep");
  for (const proto::Node& p : in.nodes()) {
    Node n;
    auto op = OpFromProto(p.op());
    if (!op) return absl::InvalidArgumentError(absl::StrCat("invalid IR: node '", p.name(), "' has no valid op"));
    n.op = *op;
    n.name = p.name();
    n.target = p.target();
    n.args.assign(p.args().begin(), p.args().end());
    if (!p.type().empty()) {
      auto t = ParseType(p.type(), absl::StrCat("node '", p.name(), "'"));
      if (!t.ok()) return t.status();
      n.type = *t;
    }
    n.loc = {p.line(), p.col()};
    n.names.assign(p.names().begin(), p.names().end());
    switch (p.value().kind_case()) {
      case proto::Constant::kBoolValue: n.value = p.value().bool_value(); break;
      case proto::Constant::kIntValue: n.value = p.value().int_value(); break;
      case proto::Constant::kFloatValue: n.value = p.value().float_value(); break;
      case proto::Constant::kStrValue: n.value = p.value().str_value(); break;
      default: n.value = std::monostate{}; break;
    }
    for (const auto& b : p.blocks()) {
      Block block;
      if (auto s = BlockFromProto(b, block, depth + 1); !s.ok()) return s;
      n.blocks.push_back(std::move(block));
    }
    out.nodes.push_back(std::move(n));
  }
  return absl::OkStatus();
}

}  // namespace

proto::Module ToProto(const Module& module) {
  proto::Module out;
  out.set_source_file(module.source_file);
  out.set_entry(module.entry);
  for (const Function& fn : module.functions) {
    proto::Function* f = out.add_functions();
    f->set_symbol(fn.symbol);
    f->set_python_name(fn.python_name);
    for (const auto& p : fn.params) {
      auto* pp = f->add_params();
      pp->set_name(p.name);
      pp->set_type(p.type.ToString());
    }
    f->set_return_type(fn.return_type.ToString());
    for (const auto& v : fn.variables) {
      auto* vv = f->add_variables();
      vv->set_name(v.name);
      vv->set_type(v.type.ToString());
      vv->set_maybe_unbound(v.maybe_unbound);
    }
    BlockToProto(fn.body, f->mutable_body());
    f->set_line(fn.line);
    f->set_once(fn.once);
  }
  for (const ClassDef& c : module.classes) {
    proto::ClassDef* pc = out.add_classes();
    pc->set_name(c.name);
    pc->set_dataclass(c.dataclass);
    pc->set_base(c.base);
    pc->set_polymorphic(c.polymorphic);
    pc->set_exception(c.exception);
    pc->set_identity_eq(c.identity_eq);
    pc->set_extra_fields(c.extra_fields);
    for (const auto& [name, symbol] : c.hooks) {
      auto* h = pc->add_hooks();
      h->set_name(name);
      h->set_symbol(symbol);
    }
    for (const auto& field : c.fields) {
      auto* pf = pc->add_fields();
      pf->set_name(field.name);
      pf->set_type(field.type.ToString());
    }
  }
  out.set_float_ulps(module.float_ulps);
  out.set_state_init(module.state_init);
  return out;
}

absl::StatusOr<Module> FromProto(const proto::Module& in) {
  Module module;
  module.source_file = in.source_file();
  module.entry = in.entry();
  if (in.float_ulps() < 0 || in.float_ulps() > (1 << 20)) return absl::InvalidArgumentError("float_ulps out of range");
  module.float_ulps = in.float_ulps();
  module.state_init = in.state_init();
  for (const proto::Function& f : in.functions()) {
    Function fn;
    fn.symbol = f.symbol();
    fn.python_name = f.python_name();
    fn.line = f.line();
    fn.once = f.once();
    if (fn.once && f.params_size() != 0) return absl::InvalidArgumentError("a once function takes no parameters");
    for (const auto& p : f.params()) {
      auto t = ParseType(p.type(), absl::StrCat("parameter '", p.name(), "'"));
      if (!t.ok()) return t.status();
      fn.params.push_back({p.name(), *t});
    }
    auto rt = ParseType(f.return_type(), absl::StrCat("function '", f.symbol(), "'"));
    if (!rt.ok()) return rt.status();
    fn.return_type = *rt;
    for (const auto& v : f.variables()) {
      auto t = ParseType(v.type(), absl::StrCat("variable '", v.name(), "'"));
      if (!t.ok()) return t.status();
      fn.variables.push_back({v.name(), *t, v.maybe_unbound()});
    }
    if (auto s = BlockFromProto(f.body(), fn.body, 0); !s.ok()) return s;
    module.functions.push_back(std::move(fn));
  }
  for (const proto::ClassDef& c : in.classes()) {
    ClassDef cls{c.name(), {}, c.dataclass(), c.base(), c.polymorphic(), c.exception(), c.identity_eq(), {}};
    for (const auto& h : c.hooks()) cls.hooks.emplace_back(h.name(), h.symbol());
    cls.extra_fields = c.extra_fields();
    for (const auto& field : c.fields()) {
      auto t = ParseType(field.type(), absl::StrCat("field '", c.name(), ".", field.name(), "'"));
      if (!t.ok()) return t.status();
      cls.fields.push_back({field.name(), *t});
    }
    module.classes.push_back(std::move(cls));
  }
  return module;
}

}  // namespace fxn::ir
