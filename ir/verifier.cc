#include "ir/verifier.h"

#include "support/untrusted.h"

#include <map>
#include <optional>
#include <set>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"

namespace fxn::ir {
namespace {

class FunctionVerifier {
 public:
  FunctionVerifier(const Module& module, const Function& fn) : module_(module), fn_(fn) {}

  absl::Status Run() {
    std::set<std::string> seen_vars;
    for (const auto& v : fn_.variables) {
      if (!seen_vars.insert(v.name).second) return Error(nullptr, absl::StrCat("variable '", v.name, "' declared twice"));
    }
    Scope scope;
    for (const auto& p : fn_.params) {
      if (!fn_.FindVariable(p.name)) return Error(nullptr, absl::StrCat("parameter '", p.name, "' has no variable"));
    }
    return VerifyBlock(fn_.body, scope, 0);
  }

 private:
  using Scope = std::map<std::string, Type>;

  bool IsGenerator() const { return fn_.return_type.kind() == Type::Kind::kGen; }

  absl::Status Error(const Node* node, const std::string& what) const {
    std::string where = absl::StrCat("function ", fn_.symbol);
    if (node) absl::StrAppend(&where, ", node '", node->name, "' (", std::string(OpName(node->op)), ") at line ", node->loc.line);
    return absl::InvalidArgumentError(absl::StrCat("invalid IR: ", where, ": ", what));
  }

  absl::Status VerifyBlock(const Block& block, Scope scope, int loop_depth) {
    for (const Node& node : block.nodes) {
      if (auto s = VerifyNode(node, scope, loop_depth); !s.ok()) return s;
      if (node.produces_value()) {
        if (node.name.empty()) return Error(&node, "a value without a name");
        if (!all_names_.insert(node.name).second) return Error(&node, "name defined twice");
        scope[node.name] = *node.type;
      }
    }
    return absl::OkStatus();
  }

  absl::StatusOr<Type> Arg(const Node& node, size_t i, const Scope& scope) const {
    if (i >= node.args.size()) return Error(&node, absl::StrCat("missing argument ", i));
    auto it = scope.find(node.args[i]);
    if (it == scope.end()) return Error(&node, absl::StrCat("'", node.args[i], "' is not defined in scope"));
    return it->second;
  }

  absl::Status ExpectArgs(const Node& node, size_t n) const {
    if (node.args.size() != n) return Error(&node, absl::StrCat("expects ", n, " arguments, has ", node.args.size()));
    return absl::OkStatus();
  }

  absl::Status VerifyNode(const Node& node, const Scope& scope, int loop_depth) {
    for (size_t i = 0; i < node.args.size(); ++i) {
      if (auto t = Arg(node, i, scope); !t.ok()) return t.status();
    }
    const bool wants_value = node.op == Op::kPlaceholder || node.op == Op::kConstant || node.op == Op::kGetAttr ||
                             node.op == Op::kLoad || node.op == Op::kNewObject || node.op == Op::kGetField;
    const bool is_call = node.op == Op::kCallFunction || node.op == Op::kCallMethod;  // a value or a statement
    if (!is_call && wants_value != node.produces_value()) {
      return Error(&node, wants_value ? "has no type" : "a statement cannot have a type");
    }
    switch (node.op) {
      case Op::kPlaceholder: {
        bool found = false;
        for (const auto& p : fn_.params) found |= p.name == node.target && p.type == *node.type;
        if (!found) return Error(&node, "does not match a parameter");
        return ExpectArgs(node, 0);
      }
      case Op::kConstant:
      case Op::kGetAttr: {
        const Type& t = *node.type;
        bool ok = (t.kind() == Type::Kind::kNone && std::holds_alternative<std::monostate>(node.value)) ||
                  (t.kind() == Type::Kind::kBool && std::holds_alternative<bool>(node.value)) ||
                  (t.kind() == Type::Kind::kInt && std::holds_alternative<int64_t>(node.value)) ||
                  (t.kind() == Type::Kind::kFloat && std::holds_alternative<double>(node.value)) ||
                  (t.kind() == Type::Kind::kStr && std::holds_alternative<std::string>(node.value));
        if (!ok) return Error(&node, "constant value does not match its type");
        return ExpectArgs(node, 0);
      }
      case Op::kCallFunction:
        if (node.target.starts_with(kUserCallPrefix)) {
          if (!node.produces_value()) return Error(&node, "a call of a user function must have a type");
          return VerifyUserCall(node, scope);
        }
        if (node.target.empty()) return Error(&node, "no target");
        if (node.target == kYieldTarget) {
          if (!IsGenerator()) return Error(&node, "yield outside a generator function");
          if (node.args.size() != 1) return Error(&node, "yield takes one value");
          if (node.produces_value() && *node.type != fn_.return_type.sent())
            return Error(&node, "a yield's value differs from the generator's sent type");
          if (*Arg(node, 0, scope) != fn_.return_type.elem()) return Error(&node, "yielded type differs from the generator's");
        }
        return absl::OkStatus();
      case Op::kCallMethod:
        if (node.args.empty()) return Error(&node, "a method call needs a receiver");
        return absl::OkStatus();
      case Op::kLoad: {
        const Variable* v = fn_.FindVariable(node.target);
        if (!v) return Error(&node, absl::StrCat("unknown variable '", node.target, "'"));
        if (v->type != *node.type) return Error(&node, "type differs from the variable's");
        return ExpectArgs(node, 0);
      }
      case Op::kUnbind:
        if (!fn_.FindVariable(node.target)) return Error(&node, absl::StrCat("unknown variable '", node.target, "'"));
        return ExpectArgs(node, 0);
      case Op::kStore: {
        const Variable* v = fn_.FindVariable(node.target);
        if (!v) return Error(&node, absl::StrCat("unknown variable '", node.target, "'"));
        if (auto s = ExpectArgs(node, 1); !s.ok()) return s;
        if (*Arg(node, 0, scope) != v->type) return Error(&node, "stored value's type differs from the variable's");
        return absl::OkStatus();
      }
      case Op::kIf: {
        if (auto s = ExpectArgs(node, 1); !s.ok()) return s;
        if (Arg(node, 0, scope)->kind() != Type::Kind::kBool) return Error(&node, "condition is not bool");
        if (node.blocks.size() != 2) return Error(&node, "needs then and else blocks");
        if (auto s = VerifyBlock(node.blocks[0], scope, loop_depth); !s.ok()) return s;
        return VerifyBlock(node.blocks[1], scope, loop_depth);
      }
      case Op::kLoop:
        if (node.blocks.size() != 1) return Error(&node, "needs one body block");
        return VerifyBlock(node.blocks[0], scope, loop_depth + 1);
      case Op::kForRange: {
        if (auto s = ExpectArgs(node, 3); !s.ok()) return s;
        for (size_t i = 0; i < 3; ++i)
          if (Arg(node, i, scope)->kind() != Type::Kind::kInt) return Error(&node, "range bounds must be int");
        const Variable* v = fn_.FindVariable(node.target);
        if (!v || v->type != Type::Int()) return Error(&node, "loop variable must be an int variable");
        if (node.blocks.size() != 1) return Error(&node, "needs one body block");
        return VerifyBlock(node.blocks[0], scope, loop_depth + 1);
      }
      case Op::kForEach: {
        if (auto s = ExpectArgs(node, 1); !s.ok()) return s;
        Type seq = *Arg(node, 0, scope);
        std::optional<Type> item;
        switch (seq.kind()) {
          case Type::Kind::kList:
          case Type::Kind::kSet:
          case Type::Kind::kDict: item = seq.elem(); break;
          case Type::Kind::kStr: item = Type::Str(); break;
          case Type::Kind::kGen: item = seq.elem(); break;
          default: return Error(&node, "can only iterate over a list, str, dict, set or generator");
        }
        const Variable* v = fn_.FindVariable(node.target);
        if (!v || v->type != *item) return Error(&node, "loop variable type differs from the items'");
        if (node.blocks.size() != 1) return Error(&node, "needs one body block");
        return VerifyBlock(node.blocks[0], scope, loop_depth + 1);
      }
      case Op::kBreak:
      case Op::kContinue:
        if (loop_depth == 0) return Error(&node, "outside a loop");
        return ExpectArgs(node, 0);
      case Op::kOutput: {
        // A generator function's return statement gives its StopIteration value.
        const Type returned = IsGenerator() ? fn_.return_type.value() : fn_.return_type;
        if (node.args.empty()) {
          if (returned != Type::None()) return Error(&node, "returns None from a function typed otherwise");
          return absl::OkStatus();
        }
        if (auto s = ExpectArgs(node, 1); !s.ok()) return s;
        if (*Arg(node, 0, scope) != returned) return Error(&node, "returned type differs from the function's");
        return absl::OkStatus();
      }
      case Op::kTry:
        if (node.blocks.size() != 4) return Error(&node, "needs body, handlers, else and finally blocks");
        for (const Node& handler : node.blocks[1].nodes)
          if (handler.op != Op::kExcept) return Error(&node, "the handlers block holds only EXCEPT nodes");
        for (const auto& b : node.blocks)
          if (auto s = VerifyBlock(b, scope, loop_depth); !s.ok()) return s;
        return absl::OkStatus();
      case Op::kExcept: {
        if (node.blocks.size() != 1) return Error(&node, "needs one body block");
        if (!node.target.empty()) {
          const Variable* v = fn_.FindVariable(node.target);
          const ClassDef* cls = v && v->type.kind() == Type::Kind::kObject ? module_.FindClass(v->type.class_name()) : nullptr;
          if (!v || (v->type != Type::Exception() && !(cls && cls->exception)))
            return Error(&node, "the `as` variable must be an exception variable");
        }
        return VerifyBlock(node.blocks[0], scope, loop_depth);
      }
      case Op::kRaise:
        if (!node.target.empty()) {
          if (node.args.size() > 2) return Error(&node, "raise takes at most a message and an instance");
          if (node.args.size() >= 1 && Arg(node, 0, scope)->kind() != Type::Kind::kStr)
            return Error(&node, "the message must be a str");
          if (node.args.size() == 2 && Arg(node, 1, scope)->kind() == Type::Kind::kDynamic) {
            // a built-in exception's args tuple, kept for `e.args` (ops_exc_args.hpp)
          } else if (node.args.size() == 2) {  // an instance of a user exception class
            Type obj = *Arg(node, 1, scope);
            const ClassDef* cls = obj.kind() == Type::Kind::kObject ? module_.FindClass(obj.class_name()) : nullptr;
            if (!cls || !cls->exception) return Error(&node, "raises an instance of a class that is not an exception");
          }
        } else if (node.args.size() == 1 && Arg(node, 0, scope)->kind() != Type::Kind::kException) {
          return Error(&node, "re-raises an exception value");
        }
        return absl::OkStatus();
      case Op::kNewObject:
        if (!module_.FindClass(node.target)) return Error(&node, absl::StrCat("unknown class '", node.target, "'"));
        if (*node.type != Type::Object(node.target)) return Error(&node, "type differs from the class");
        return ExpectArgs(node, 0);
      case Op::kGetField:
      case Op::kSetField: {
        if (auto s = ExpectArgs(node, node.op == Op::kGetField ? 1 : 2); !s.ok()) return s;
        Type obj = *Arg(node, 0, scope);
        const ClassDef* cls = obj.kind() == Type::Kind::kObject ? module_.FindClass(obj.class_name()) : nullptr;
        if (!cls) return Error(&node, "reads a field of a value that is not an object");
        const Param* field = nullptr;
        // A field of the class or of a class whose layout it extends.
        for (int hops = 0; cls && !field && hops <= static_cast<int>(module_.classes.size()); ++hops) {
          for (const auto& f : cls->fields)
            if (f.name == node.target) field = &f;
          if (!field) cls = cls->base.empty() ? nullptr : module_.FindClass(cls->base);
        }
        if (!cls) return Error(&node, absl::StrCat("class ", obj.class_name(), " has no field '", node.target, "'"));
        if (!field) return Error(&node, absl::StrCat("class ", cls->name, " has no field '", node.target, "'"));
        const Type t = node.op == Op::kGetField ? *node.type : *Arg(node, 1, scope);
        if (t != field->type) return Error(&node, "type differs from the field's");
        return absl::OkStatus();
      }
    }
    return Error(&node, "unknown op");
  }

  absl::Status VerifyUserCall(const Node& node, const Scope& scope) {
    std::string symbol = node.target.substr(kUserCallPrefix.size());
    const Function* callee = module_.FindFunction(symbol);
    if (!callee) return Error(&node, absl::StrCat("calls unknown function '", symbol, "'"));
    if (node.args.size() != callee->params.size()) return Error(&node, "argument count differs from the callee's");
    for (size_t i = 0; i < node.args.size(); ++i)
      if (*Arg(node, i, scope) != callee->params[i].type) return Error(&node, "argument type differs from the callee's");
    if (*node.type != callee->return_type) return Error(&node, "result type differs from the callee's");
    return absl::OkStatus();
  }

  const Module& module_;
  const Function& fn_;
  std::set<std::string> all_names_;
};

}  // namespace

// Class names become C++ identifiers (`struct C_<name>`), so each is a Python identifier, defined
// once; a base names a class defined before it (its struct must be complete; no cycles).
static absl::Status VerifyClassNames(const Module& module) {
  std::set<std::string> defined;
  for (const auto& c : module.classes) {
    if (!IsPythonIdentifier(c.name) || defined.count(c.name))
      return absl::InvalidArgumentError(absl::StrCat("invalid IR: class name '", QuoteForMessage(c.name),
                                                     "' is not an identifier defined once"));
    if (!c.base.empty() && !defined.count(c.base))
      return absl::InvalidArgumentError(absl::StrCat("invalid IR: base '", QuoteForMessage(c.base), "' of class '",
                                                     c.name, "' is not a class defined before it"));
    defined.insert(c.name);
  }
  return absl::OkStatus();
}

// Each hook names a known operation and a function of the module with its signature:
// (obj[C], obj[C]) -> bool for comparisons, (obj[C]) -> int for hash, (obj[C]) -> str for repr/str.
static absl::Status VerifyClassHooks(const Module& module) {
  for (const auto& c : module.classes) {
    std::set<std::string> seen;
    for (const auto& [name, symbol] : c.hooks) {
      auto bad = [&](const std::string& why) {
        return absl::InvalidArgumentError(absl::StrCat("invalid IR: hook '", QuoteForMessage(name), "' of class '",
                                                       QuoteForMessage(c.name), "' ", why));
      };
      const bool binary = name == "eq" || name == "lt" || name == "le" || name == "gt" || name == "ge";
      std::string result = binary ? "bool" : name == "hash" ? "int" : name == "repr" || name == "str" ? "str" : "";
      if (result.empty()) return bad("is not a known hook");
      if (!seen.insert(name).second) return bad("is given twice");
      const Function* fn = module.FindFunction(symbol);
      if (!fn) return bad(absl::StrCat("names undefined function '", QuoteForMessage(symbol), "'"));
      const std::string self = Type::Object(c.name).ToString();
      if (fn->params.size() != (binary ? 2u : 1u) || fn->return_type.ToString() != result) return bad("has the wrong signature");
      for (const auto& p : fn->params)
        if (p.type.ToString() != self) return bad("has the wrong signature");
    }
  }
  return absl::OkStatus();
}

absl::Status Verify(const Module& module) {
  std::set<std::string> symbols;
  for (const auto& fn : module.functions) {
    if (!symbols.insert(fn.symbol).second) return absl::InvalidArgumentError(absl::StrCat("invalid IR: function '", fn.symbol, "' defined twice"));
  }
  const Function* entry = module.entry_function();
  if (!entry) return absl::InvalidArgumentError(absl::StrCat("invalid IR: entry '", QuoteForMessage(module.entry), "' is not defined"));
  // The entry's names become C identifiers, file names and text in generated code.
  if (!IsPythonIdentifier(entry->python_name)) {
    return absl::InvalidArgumentError(absl::StrCat("invalid IR: the entry's name '", QuoteForMessage(entry->python_name),
                                                   "' is not a Python identifier"));
  }
  for (const auto& p : entry->params) {
    if (!IsPythonIdentifier(p.name)) {
      return absl::InvalidArgumentError(absl::StrCat("invalid IR: parameter '", QuoteForMessage(p.name), "' of the entry is not a Python identifier"));
    }
  }
  if (!module.state_init.empty()) {
    const Function* init = module.FindFunction(module.state_init);
    if (!init || !init->params.empty() || init->return_type.kind() != Type::Kind::kObject) {
      return absl::InvalidArgumentError(absl::StrCat("invalid IR: state_init '", QuoteForMessage(module.state_init),
                                                     "' is not a function without parameters returning an object"));
    }
  }
  if (auto s = VerifyClassNames(module); !s.ok()) return s;  // before any node names a class
  for (const auto& fn : module.functions) {
    if (auto s = FunctionVerifier(module, fn).Run(); !s.ok()) return s;
  }
  if (auto s = VerifyClassHooks(module); !s.ok()) return s;
  return absl::OkStatus();
}

}  // namespace fxn::ir
