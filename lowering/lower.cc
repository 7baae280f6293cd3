#include "lowering/lower.h"

#include <algorithm>
#include <functional>
#include <span>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <sstream>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "ir/printer.h"
#include "operator_registry/registry.h"
#include "runtime/float_repr.h"
#include "support/json_text.h"

namespace fxn::lowering {
namespace {

using ir::Node;
using ir::Op;
using ir::Type;

std::string ClassStruct(const std::string& name) { return "C_" + name; }

// A class's run-time id (its index in the module's classes), or -1.
int ClassId(const ir::Module& module, const std::string& name) {
  for (size_t i = 0; i < module.classes.size(); ++i)
    if (module.classes[i].name == name) return static_cast<int>(i);
  return -1;
}

// The C++ item type of a NumPy dtype.
std::string NpItemCxx(const std::string& dtype) {
  if (dtype == "bool") return "bool";
  if (dtype == "float32") return "float";
  if (dtype == "float64") return "double";
  return dtype + "_t";  // int8 -> int8_t, uint64 -> uint64_t
}

// How `int` is spelled while a module is lowered: int64_t for the fast copy, fxn::Int for the
// copy over unbounded ints (see Lower and WORKSPACE.md "Ints past 64 bits"). Per thread, since
// several targets may be lowered at once.
thread_local bool t_unbounded_ints = false;
struct UnboundedIntsScope {
  UnboundedIntsScope() { t_unbounded_ints = true; }
  ~UnboundedIntsScope() { t_unbounded_ints = false; }
};

// The namespace of the generated functions and classes of the copy being lowered.
std::string GeneratedNamespace() { return t_unbounded_ints ? "fxn_generated_unbounded" : "fxn_generated"; }

std::string CxxType(const Type& t) {
  switch (t.kind()) {
    case Type::Kind::kNpScalar: return NpItemCxx(t.dtype());
    case Type::Kind::kArray: return absl::StrCat("fxn::Array<", NpItemCxx(t.dtype()), ", ", t.ndim(), ">");
    case Type::Kind::kNone: return "fxn::NoneT";
    case Type::Kind::kBool: return "bool";
    case Type::Kind::kInt: return t_unbounded_ints ? "fxn::Int" : "int64_t";
    case Type::Kind::kFloat: return "double";
    case Type::Kind::kList: return absl::StrCat("fxn::List<", CxxType(t.elem()), ">");
    case Type::Kind::kTuple:
    case Type::Kind::kFixedList: {
      std::vector<std::string> parts;
      for (const auto& e : t.elems()) parts.push_back(CxxType(e));
      return absl::StrCat(t.kind() == Type::Kind::kTuple ? "fxn::Tuple<" : "fxn::FixedList<", absl::StrJoin(parts, ", "), ">");
    }
    case Type::Kind::kStr: return "fxn::Str";
    case Type::Kind::kDict: return absl::StrCat("fxn::Dict<", CxxType(t.elem()), ", ", CxxType(t.value()), ">");
    case Type::Kind::kSet: return absl::StrCat("fxn::Set<", CxxType(t.elem()), ">");
    case Type::Kind::kOptional: return absl::StrCat("fxn::Optional<", CxxType(t.elem()), ">");
    case Type::Kind::kObject: return absl::StrCat("fxn::Ref<", GeneratedNamespace(), "::", ClassStruct(t.class_name()), ">");
    case Type::Kind::kException: return "fxn::Exc";
    case Type::Kind::kDynamic: return "fxn::Dyn";
    case Type::Kind::kGen:
      return absl::StrCat("fxn::Gen<", CxxType(t.elem()), ", ", CxxType(t.value()),
                          t.elems().size() > 2 ? absl::StrCat(", ", CxxType(t.sent())) : "", ">");
    case Type::Kind::kStdlib: return t.class_name() == "re_pattern" ? "fxn::re::Pattern" : "fxn::re::Match";
  }
  return "void";
}

bool IsScalar(const Type& t) {
  return t.kind() == Type::Kind::kBool || t.kind() == Type::Kind::kInt || t.kind() == Type::Kind::kFloat ||
         t.kind() == Type::Kind::kNpScalar;
}

// The C type of a typed entry's parameter or result (compound values travel as fxn_value).
std::string CType(const Type& t) {
  if (t.kind() == Type::Kind::kInt) return "int64_t";  // a C caller's int, in both copies
  return IsScalar(t) ? CxxType(t) : "const fxn_value*";
}

std::string Identifier(std::string_view prefix, std::string_view name) {
  std::string out(prefix);
  for (char c : name) out += (std::isalnum(static_cast<unsigned char>(c)) || c == '_') ? c : '_';
  return out;
}
std::string ValueName(std::string_view name) { return Identifier("v_", name); }
// A Python local is `x`, or `x.N` for the N-th other version of x (a name that rebinds to a
// value of another type: fxn_ssa.py): `l_x`, `l1_x`, ..., which no Python name can spell.
std::string VarName(std::string_view name) {
  if (name.starts_with("$")) return Identifier("tmp_", name.substr(1));
  size_t dot = name.find('.');
  if (dot == std::string_view::npos) return Identifier("l_", name);
  return Identifier("l" + std::string(name.substr(dot + 1)) + "_", name.substr(0, dot));
}
// Whether a maybe-unbound local holds a value: `bound_l_x`, which no local's name can spell
// (`l_x_bound` could be the Python name x_bound's).
std::string BoundFlag(std::string_view name) { return "bound_" + VarName(name); }
// The name Python knows a local by (its messages name it so): `x` for every version of x.
std::string PythonVarName(std::string_view name) { return std::string(name.substr(0, name.find('.'))); }
std::string FunctionName(std::string_view symbol) { return Identifier("fn_", symbol); }
// A typed entry's C parameter: the Python name, kept clear of the entry's own fxn_ locals.
std::string EntryParamName(std::string_view name) {
  // C and C++ keywords a Python name may be (`new`, `int`, ...) get a trailing underscore.
  static const std::set<std::string_view> kKeywords = {
      "auto", "bool", "case", "char", "const", "default", "delete", "do", "double", "enum", "explicit", "export",
      "extern", "float", "goto", "inline", "int", "long", "namespace", "new", "operator", "private", "protected",
      "public", "register", "restrict", "short", "signed", "sizeof", "static", "struct", "switch", "template",
      "this", "throw", "typedef", "typename", "union", "unsigned", "using", "virtual", "void", "volatile",
      "catch", "char8_t", "concept", "const_cast", "constexpr", "decltype", "dynamic_cast", "friend", "mutable",
      "noexcept", "nullptr", "reinterpret_cast", "requires", "static_assert", "static_cast", "thread_local",
      "typeid", "wchar_t", "alignas", "alignof", "asm", "compl", "bitand", "bitor", "xor", "xor_eq", "and_eq",
      "or_eq", "not_eq"};
  if (name.starts_with("fxn_")) return Identifier("py_", name);
  std::string id = Identifier("", name);
  return kKeywords.count(id) ? id + "_" : id;
}

// Text from the trace (file names, source lines, Python names) made safe inside a // or /* */
// comment of generated code: a control character (clang ends a line comment at a lone \r),
// a comment closer or a trailing backslash (a line splice) would let it escape into code.
std::string CommentText(std::string_view text) {
  while (!text.empty() && (text.back() == '\r' || text.back() == '\t')) text.remove_suffix(1);
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c == '\t') out += ' ';
    else if (c < 0x20 || c == 0x7f) out += '?';
    else if (c == '*' && i + 1 < text.size() && text[i + 1] == '/') out += "* ";
    else out += static_cast<char>(c);
  }
  while (!out.empty() && (out.back() == '\\' || out.back() == ' ')) out.pop_back();
  return out;
}

// A C string literal holding exactly these bytes (octal escapes: no hex-digit run-on), for
// user text (str literals) and names alike.
std::string CString(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c >= 0x20 && c < 0x7f && c != '?') {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out += buf;
    }
  }
  return out + "\"";
}

std::string CxxLiteral(const ir::Constant& c) {
  if (std::holds_alternative<std::string>(c)) {
    const std::string& s = std::get<std::string>(c);
    return absl::StrCat("fxn::Str::Literal(", CString(s), ", ", s.size(), ")");
  }
  if (std::holds_alternative<bool>(c)) return std::get<bool>(c) ? "true" : "false";
  if (std::holds_alternative<int64_t>(c)) {
    int64_t v = std::get<int64_t>(c);
    if (v == INT64_MIN) return "INT64_MIN";
    return absl::StrCat(v, "LL");
  }
  if (std::holds_alternative<double>(c)) {
    double d = std::get<double>(c);
    if (std::isnan(d)) return std::signbit(d) ? "-__builtin_nan(\"\")" : "__builtin_nan(\"\")";
    if (std::isinf(d)) return d > 0 ? "__builtin_inf()" : "-__builtin_inf()";
    std::string r = rt::FloatRepr(d);  // shortest round-trip spelling: exact
    if (r.find_first_of(".e") == std::string::npos) r += ".0";
    return r;
  }
  return "fxn::NoneT{}";
}

ops::TypeTerm Term(const Type& t) { return *ops::TypeTerm::Parse(t.ToString()); }

// The type variables of a signature that no parameter binds (the T of `() -> list[T]`): the
// kernel is a template that needs them spelled out.
void CollectVariables(const ops::TypeTerm& t, std::vector<std::string>& out) {
  if (t.is_variable()) {
    if (std::find(out.begin(), out.end(), t.head) == out.end()) out.push_back(t.head);
    return;
  }
  for (const auto& a : t.args) CollectVariables(a, out);
}
// Binds the signature's type variables to the node's concrete types.
void Bind(const ops::TypeTerm& pattern, const Type& concrete, std::map<std::string, Type>& out) {
  if (pattern.is_variable()) {
    out.emplace(pattern.head, concrete);
    return;
  }
  const bool gen_sent = concrete.kind() == Type::Kind::kGen && pattern.args.size() == 2;  // gen[T, R] of gen[T, R, S]
  if (pattern.args.size() != concrete.elems().size() && !gen_sent) return;
  for (size_t i = 0; i < pattern.args.size(); ++i) Bind(pattern.args[i], concrete.elems()[i], out);
}

// The int operations that fxn::Int's own kernels (runtime/fxn_int.hpp) compute past 64 bits, by
// operator row: in the copy over unbounded ints they replace the int64_t kernel of that row.
struct UnboundedIntKernel {
  std::string_view kernel;  // a kernel over fxn::Int
  ops::Convention convention;
};
const std::map<std::string, UnboundedIntKernel, std::less<>>& UnboundedIntKernels() {
  using C = ops::Convention;
  static const auto* table = new std::map<std::string, UnboundedIntKernel, std::less<>>{
      {"operator.add (int, int) -> int", {"fxn::intops::add", C::kFallible}},
      {"operator.sub (int, int) -> int", {"fxn::intops::sub", C::kFallible}},
      {"operator.mul (int, int) -> int", {"fxn::intops::mul", C::kFallible}},
      {"operator.neg (int) -> int", {"fxn::intops::neg", C::kFallible}},
      {"operator.pos (int) -> int", {"fxn::intops::pos", C::kPure}},
      {"builtins.abs (int) -> int", {"fxn::intops::abs", C::kFallible}},
      {"operator.floordiv (int, int) -> int", {"fxn::intops::floordiv", C::kFallible}},
      {"operator.mod (int, int) -> int", {"fxn::intops::mod", C::kFallible}},
      {"builtins.divmod (int, int) -> tuple[int, int]", {"fxn::intops::divmod", C::kFallible}},
      {"operator.truediv (int, int) -> float", {"fxn::intops::truediv", C::kFallible}},
      {"operator.pow (int, int) -> int", {"fxn::intops::pow", C::kFallible}},
      {"builtins.pow (int, int) -> int", {"fxn::intops::pow", C::kFallible}},
      {"operator.and_ (int, int) -> int", {"fxn::intops::and_", C::kPure}},
      {"operator.or_ (int, int) -> int", {"fxn::intops::or_", C::kPure}},
      {"operator.xor (int, int) -> int", {"fxn::intops::xor_", C::kPure}},
      {"operator.invert (int) -> int", {"fxn::intops::invert", C::kPure}},
      {"operator.lshift (int, int) -> int", {"fxn::intops::lshift", C::kFallible}},
      {"operator.rshift (int, int) -> int", {"fxn::intops::rshift", C::kFallible}},
      {"operator.lt (int, int) -> bool", {"fxn::intops::lt", C::kPure}},
      {"operator.le (int, int) -> bool", {"fxn::intops::le", C::kPure}},
      {"operator.gt (int, int) -> bool", {"fxn::intops::gt", C::kPure}},
      {"operator.ge (int, int) -> bool", {"fxn::intops::ge", C::kPure}},
      {"operator.eq (int, int) -> bool", {"fxn::intops::eq", C::kPure}},
      {"operator.ne (int, int) -> bool", {"fxn::intops::ne", C::kPure}},
      {"builtins.round (int) -> int", {"fxn::intops::pos", C::kPure}},
      {"builtins.int (int) -> int", {"fxn::intops::pos", C::kPure}},
      {"builtins.bool (int) -> bool", {"fxn::intops::truth", C::kPure}},
      {"builtins.float (int) -> float", {"fxn::intops::to_float", C::kFallible}},
      {"builtins.int (float) -> int", {"fxn::intops::from_float", C::kFallible}},
      {"builtins.str (int) -> str", {"fxn::intops::str", C::kFallible}},
      {"builtins.repr (int) -> str", {"fxn::intops::repr", C::kFallible}},
      {"builtins.format (int) -> str", {"fxn::intops::str", C::kFallible}},
      {"builtins.int (str) -> int", {"fxn::ops::str_to_big_int", C::kFallible}},
      {"builtins.round (float) -> int", {"fxn::intops::round_float", C::kFallible}},
      {"builtins.round (float, None) -> int", {"fxn::intops::round_float_none", C::kFallible}},
      {"math.floor (float) -> int", {"fxn::intops::floor_float", C::kFallible}},
      {"math.ceil (float) -> int", {"fxn::intops::ceil_float", C::kFallible}},
      {"math.trunc (float) -> int", {"fxn::intops::from_float", C::kFallible}},
      {"math.factorial (int) -> int", {"fxn::intops::factorial", C::kFallible}},
      {"builtins.max (int, int, int...) -> int", {"fxn::intops::max_of", C::kPure}},
      {"builtins.min (int, int, int...) -> int", {"fxn::intops::min_of", C::kPure}},
      {"builtins.max (list[int]) -> int", {"fxn::ops::list_max", C::kFallible}},
      {"builtins.min (list[int]) -> int", {"fxn::ops::list_min", C::kFallible}},
      {"builtins.sum (list[int]) -> int", {"fxn::intops::sum", C::kFallible}},
      {"builtins.sum (list[int], int) -> int", {"fxn::intops::sum_start", C::kFallible}},
      {"fxn.range_list (int, int, int) -> list[int]", {"fxn::ops::range_list_big", C::kFallible}},
      {"builtins.enumerate (list[T]) -> list[tuple[int, T]]", {"fxn::ops::list_enumerate_big", C::kFallible}},
      {"builtins.enumerate (list[T], int) -> list[tuple[int, T]]", {"fxn::ops::list_enumerate_from_big", C::kFallible}},
      {"fxn.dict_get_add (dict[K, int], K, int, int) -> None", {"fxn::ops::dict_get_add_big", C::kFallibleVoid}},
      {"builtins.int (str, int) -> int", {"fxn::ops::str_to_big_int_base", C::kFallible}},
  };
  return *table;
}

// Whether a kernel parameter or result of this type holds an int inside another type
// (list[int], tuple[int, str], dict[K, int]): an int64_t there cannot be adapted item by item.
bool NestsInt(const ops::TypeTerm& t) {
  for (const auto& a : t.args)
    if (a.head == "int" || NestsInt(a)) return true;
  return false;
}

// Which copy of a module a FunctionLowering writes (see Lower): the only one, with ints as
// int64_t; the int64_t copy of a module that also has a copy over unbounded ints, run first under
// speculation (handlers and finally blocks let Ctx::kDeopt pass); or that copy, with fxn::Int.
enum class IntCopy { kOnly, kFast, kUnbounded };

class FunctionLowering {
 public:
  FunctionLowering(const ir::Module& module, const ir::Function& fn, const LowerOptions& options,
                   const std::vector<std::string>& source_lines, IntCopy copy = IntCopy::kOnly)
      : module_(module), fn_(fn), options_(options), source_lines_(source_lines), copy_(copy) {}

  // In the unbounded copy: how many int operations went to fxn::Int's own kernels (a copy with
  // none computes nothing the int64_t copy could not).
  int unbounded_int_ops() const { return unbounded_int_ops_; }

  // Compiled functions return their result; a raised exception is pending in cx (check
  // cx.failed() after each call). `depth` counts Python frames for RecursionError: a parameter,
  // so the check costs a register compare, not a memory update.
  std::string Prototype() const {
    std::vector<std::string> params = {"fxn::Ctx& cx", "int depth"};
    for (const auto& p : fn_.params) params.push_back(absl::StrCat(CxxType(p.type), " ", Identifier("p_", p.name)));
    return absl::StrCat("static ", CxxType(fn_.return_type), " ", FunctionName(fn_.symbol), IsStateInit() ? "_build" : "",
                        "(", absl::StrJoin(params, ", "), ")");
  }

  // The module state's initializer is emitted as fn_X_build; fn_X returns the record it built on
  // the library's first call, kept in a static outside the function copies (so the AVX2 copy of
  // array code shares it): the state lives as long as the loaded library.
  bool IsStateInit() const { return !module_.state_init.empty() && fn_.symbol == module_.state_init; }
  std::string StateAccessor() const {
    const std::string type = CxxType(fn_.return_type), name = FunctionName(fn_.symbol);
    return absl::StrCat("static ", type, " ", name, "(fxn::Ctx& cx, int depth) {\n",
                        "  if (fxn_module_state_ready) return fxn_module_state;\n",
                        "  ", type, " state = ", name, "_build(cx, depth);\n",
                        "  if (FXN_UNLIKELY(cx.failed())) return state;\n",
                        "  fxn_module_state = state;\n  fxn_module_state_ready = true;\n  return state;\n}\n");
  }

  absl::StatusOr<std::string> Lower() {
    CountUses(fn_.body);
    PlanBorrows();
    std::vector<std::string> params;
    for (const auto& p : fn_.params) params.push_back(absl::StrCat(p.name, ": ", p.type.ToString()));
    Line(0, absl::StrCat("// ", CommentText(absl::StrCat(module_.source_file, ":", fn_.line, " ", fn_.python_name, "(",
                                                          absl::StrJoin(params, ", "), ") -> ", fn_.return_type.ToString()))));
    // A generator function is a coroutine (fxn_gen.hpp): its body runs when a consumer asks for
    // an item, so leaving it with an exception pending is a co_return that finishes it.
    generator_ = fn_.return_type.kind() == Type::Kind::kGen;
    fail_ = generator_ ? absl::StrCat("co_return fxn::Unset<", CxxType(fn_.return_type.value()), ">();")
                       : absl::StrCat("return fxn::Unset<", CxxType(fn_.return_type), ">();");
    Line(0, (fn_.once ? OnceBodyPrototype() : Prototype()) + " {");
    if (!generator_ && !fn_.once && !IsStateInit() && !Contains(fn_.body, Op::kTry)) PlanTailCalls(fn_.body);
    if (tail_sums_) Line(1, "fxn::ops::IntTailSum fxn_tail_sum;");
    if (!tail_sites_.empty()) Line(0, "fxn_tail_call:");
    Line(1, "if (FXN_UNLIKELY(depth > cx.recursion_limit)) {");
    Line(2, "cx.Raise(\"RecursionError\", \"maximum recursion depth exceeded\");");
    Line(2, fail_);
    Line(1, "}");
    for (const auto& v : fn_.variables) {
      if (borrowed_vars_.count(v.name)) {
        Line(1, absl::StrCat("const ", CxxType(v.type), "* ", VarName(v.name), " = nullptr;  // borrowed (PlanBorrows)"));
        continue;
      }
      Line(1, absl::StrCat(CxxType(v.type), " ", VarName(v.name), " = fxn::Unset<", CxxType(v.type), ">();"));
      if (v.maybe_unbound) Line(1, absl::StrCat("bool ", BoundFlag(v.name), " = false;"));
    }
    for (const auto& p : fn_.params) placeholders_[p.name] = Identifier("p_", p.name);
    if (auto s = LowerBlock(fn_.body, 1); !s.ok()) return s;
    Line(1, "cx.Raise(\"SystemError\", \"fxn: control reached the end of a function without a return\");");
    Line(1, fail_);
    Line(0, "}");
    if (fn_.once) EmitOnceWrapper();
    return out_.str();
  }

  // A once function (a decorated module function's value): its body runs on the first call that
  // succeeds; the result is kept for every later call, as CPython applies a decorator once.
  std::string OnceBodyPrototype() const {
    return absl::StrCat("static ", CxxType(fn_.return_type), " ", FunctionName(fn_.symbol),
                        "_once_body(fxn::Ctx& cx, int depth)");
  }

  void EmitOnceWrapper() {
    const std::string type = CxxType(fn_.return_type);
    Line(0, Prototype() + " {");
    Line(1, absl::StrCat("static ", type, " fxn_once_value = fxn::Unset<", type, ">();"));
    Line(1, "static bool fxn_once_made = false;");
    Line(1, "if (fxn_once_made) return fxn_once_value;");
    Line(1, absl::StrCat(type, " fxn_value = ", FunctionName(fn_.symbol), "_once_body(cx, depth);"));
    Line(1, "if (cx.failed()) return fxn_value;");
    Line(1, "fxn_once_value = fxn_value;");
    Line(1, "fxn_once_made = true;");
    Line(1, "return fxn_value;");
    Line(0, "}");
  }

 private:
  void Line(int depth, const std::string& text) { out_ << std::string(static_cast<size_t>(depth) * 2, ' ') << text << "\n"; }

  void SourceComment(const Node& node, int depth) {
    if (node.loc.line <= 0 || node.loc.line == last_line_ || source_lines_.empty()) return;
    last_line_ = node.loc.line;
    if (static_cast<size_t>(node.loc.line) > source_lines_.size()) return;
    std::string text = source_lines_[static_cast<size_t>(node.loc.line - 1)];
    size_t first = text.find_first_not_of(' ');
    text = first == std::string::npos ? "" : text.substr(first);
    Line(depth, absl::StrCat("// ", node.loc.line, ": ", CommentText(text)));
  }

  std::string Arg(const std::string& name) const {
    auto it = placeholders_.find(name);
    return it != placeholders_.end() ? it->second : ValueName(name);
  }
  bool IsDynamicValue(const std::string& name) const {
    auto it = node_types_.find(name);
    return it != node_types_.end() && it->second.kind() == Type::Kind::kDynamic;
  }
  std::vector<std::string> Args(const Node& node) const {
    std::vector<std::string> out;
    for (const auto& a : node.args) out.push_back(Arg(a));
    return out;
  }

  absl::Status LowerBlock(const ir::Block& block, int depth) {
    FindReferenceLoads(block);
    PlanFusion(block);
    for (size_t i = 0; i < block.nodes.size(); ++i) {
      const Node& node = block.nodes[i];
      if (auto site = tail_sites_.find(&node); site != tail_sites_.end()) {
        if (auto s = LowerTailCall(node, site->second, depth); !s.ok()) return s;
        i += site->second.consumed;
        continue;
      }
      if (auto s = LowerNode(node, depth); !s.ok()) return s;
    }
    return absl::OkStatus();
  }

  // Borrowed items: `b = bodies[j]` and `for b in bodies`, where the local b only ever holds
  // items of lists held by local variables, keep the item's address instead of a counted
  // reference (no reference-count traffic per iteration). Safe only while no such list can change or be freed, so: the list's
  // variable is assigned once, at the top of the function; no operation of the function takes a
  // value of the list's type other than reading it (getitem, len); and the function calls no
  // code of the user (functions, operator methods through kernels), resumes no generator and
  // holds no dynamic value, any of which could change any list.
  void PlanBorrows() {
    if (generator_ || fn_.return_type.kind() == Type::Kind::kGen) return;
    std::map<std::string, std::vector<const Node*>> stores;  // variable -> its STORE nodes
    std::map<std::string, int> other_binds;                  // for/except targets, del
    std::map<std::string, const Node*> values;
    std::set<std::string> top_level_stores;
    for (const Node& n : fn_.body.nodes)
      if (n.op == Op::kStore) top_level_stores.insert(n.target);
    bool unsafe = false;
    std::function<void(const ir::Block&)> scan = [&](const ir::Block& block) {
      for (const Node& n : block.nodes) {
        if (!n.name.empty()) values[n.name] = &n;
        // A generator resumed here (next, for, sum, ...) runs user code too, with no user: call.
        if (n.type && (n.type->ToString().find("dynamic") != std::string::npos ||
                       n.type->ToString().find("gen[") != std::string::npos))
          unsafe = true;
        if (n.op == Op::kCallFunction && n.target.starts_with(ir::kUserCallPrefix)) unsafe = true;
        if (n.op == Op::kStore) stores[n.target].push_back(&n);
        if (n.op == Op::kForEach && n.names.empty()) stores[n.target].push_back(&n);
        else if (n.op == Op::kForRange || n.op == Op::kForEach || n.op == Op::kExcept || n.op == Op::kUnbind)
          ++other_binds[n.target];
        for (const auto& b : n.blocks) scan(b);
      }
    };
    scan(fn_.body);
    for (const auto& [name, node] : values)
      if (node->type && MentionsHookedClass(*node->type)) unsafe = true;
    if (unsafe) return;
    auto type_of = [&](const std::string& value) -> const Type* {
      auto it = values.find(value);
      if (it != values.end() && it->second->type) return &*it->second->type;
      for (const auto& p : fn_.params)
        if (p.name == value) return &p.type;
      return nullptr;
    };
    // The list types some operation may change: any use other than getitem and len.
    std::set<std::string> changed;
    std::function<void(const ir::Block&)> uses = [&](const ir::Block& block) {
      for (const Node& n : block.nodes) {
        if (n.op == Op::kCallFunction || n.op == Op::kCallMethod) {
          const bool reads = n.target == "builtins.len" || (n.target == "operator.getitem" && n.args.size() == 2);
          for (const auto& a : n.args)
            if (const Type* t = type_of(a); t && t->kind() == Type::Kind::kList && !reads) changed.insert(t->ToString());
        }
        for (const auto& b : n.blocks) uses(b);
      }
    };
    uses(fn_.body);
    for (const auto& v : fn_.variables) {
      const Type::Kind kind = v.type.kind();
      if (v.maybe_unbound || other_binds.count(v.name) || !stores.count(v.name) ||
          (kind != Type::Kind::kList && kind != Type::Kind::kDict && kind != Type::Kind::kSet && kind != Type::Kind::kObject))
        continue;
      // Each binding is `v = W[i]` or `for v in W`, W a list variable as above.
      auto unchanging_list = [&](const std::string& value) {
        const Node* list = values.count(value) ? values[value] : nullptr;
        return list && list->op == Op::kLoad && list->type && *list->type == Type::List(v.type) &&
               !changed.count(list->type->ToString()) && stores[list->target].size() == 1 &&
               top_level_stores.count(list->target) && !other_binds.count(list->target);
      };
      std::vector<std::string> items;
      size_t loops = 0;
      for (const Node* store : stores[v.name]) {
        if (store->op == Op::kForEach) {
          if (!unchanging_list(store->args[0])) break;
          ++loops;
          continue;
        }
        const Node* item = store->args.size() == 1 && values.count(store->args[0]) ? values[store->args[0]] : nullptr;
        if (!item || item->op != Op::kCallFunction || item->target != "operator.getitem" || item->args.size() != 2 ||
            use_counts_[item->name] != 1)
          break;
        const Type* index = type_of(item->args[1]);
        if (!index || index->kind() != Type::Kind::kInt || !unchanging_list(item->args[0])) break;
        items.push_back(item->name);
      }
      if (items.size() + loops != stores[v.name].size()) continue;
      borrowed_vars_.insert(v.name);
      borrowed_items_.insert(items.begin(), items.end());
    }
  }

  // Tail calls: `return f(...)` and `return x + f(...)` (x an int) inside f itself become a jump
  // back to f's start with the new arguments, `depth` one deeper and x added to an exact running
  // sum that every other return of f adds in: fib's shape as a loop with one call, as C compilers
  // make it. What CPython shows is kept: x and the arguments are computed before the jump as
  // before the call, each iteration checks the recursion limit at its frame's depth, and the sum
  // is exact (fxn::ops::IntTailSum), so it overflows only where the result itself leaves 64 bits.
  // Not in functions with try (a handler of the frame would see the callee's exception),
  // generators, once functions and the module state's initializer.
  struct TailSite {
    std::string addend;                 // the x of `x + f(...)`; empty for `return f(...)`
    const Node* constant = nullptr;     // a constant x, computed after the call in the IR
    size_t consumed = 0;                // nodes after the call that the site stands for
  };

  static bool Contains(const ir::Block& block, Op op) {
    for (const Node& n : block.nodes) {
      if (n.op == op) return true;
      for (const auto& b : n.blocks)
        if (Contains(b, op)) return true;
    }
    return false;
  }

  void PlanTailCalls(const ir::Block& block) {
    const std::string self = std::string(ir::kUserCallPrefix) + fn_.symbol;
    const auto& nodes = block.nodes;
    auto is_int = [](const Node& n) { return n.type && n.type->kind() == Type::Kind::kInt; };
    auto used_once = [&](const std::string& name) {
      auto it = use_counts_.find(name);
      return it != use_counts_.end() && it->second == 1;
    };
    for (size_t i = 0; i < nodes.size(); ++i) {
      for (const auto& b : nodes[i].blocks) PlanTailCalls(b);
      const Node& call = nodes[i];
      if (call.op != Op::kCallFunction || call.target != self || call.name.empty() || !used_once(call.name)) continue;
      if (i + 1 < nodes.size() && nodes[i + 1].op == Op::kOutput && nodes[i + 1].args == std::vector{call.name}) {
        tail_sites_[&call] = TailSite{"", nullptr, 1};
        continue;
      }
      size_t k = i + 1;
      const Node* constant = nullptr;
      if (k < nodes.size() && nodes[k].op == Op::kConstant && used_once(nodes[k].name)) constant = &nodes[k++];
      if (k + 1 >= nodes.size() || !is_int(call) || fn_.return_type.kind() != Type::Kind::kInt) continue;
      if (copy_ == IntCopy::kUnbounded) continue;  // IntTailSum adds int64_t
      const Node& add = nodes[k];
      const Node& ret = nodes[k + 1];
      if (add.op != Op::kCallFunction || add.target != "operator.add" || add.args.size() != 2 || !is_int(add) ||
          !used_once(add.name) || ret.op != Op::kOutput || ret.args != std::vector{add.name})
        continue;
      const std::string& x = add.args[0] == call.name ? add.args[1] : add.args[0];
      if (x == call.name || (add.args[0] != call.name && add.args[1] != call.name)) continue;
      if (constant && x != constant->name) continue;
      // int + int -> int with an int call result: x is an int or a bool (True + f(n)).
      tail_sites_[&call] = TailSite{x, constant, k + 1 - i};
      tail_sums_ = true;
    }
  }

  absl::Status LowerTailCall(const Node& call, const TailSite& site, int depth) {
    SourceComment(call, depth);
    if (site.constant)
      if (auto s = LowerNode(*site.constant, depth); !s.ok()) return s;
    if (!site.addend.empty()) Line(depth, absl::StrCat("fxn_tail_sum.Add(", Arg(site.addend), ");"));
    // The new arguments are all read before any parameter is rebound (f(b, a) swaps them).
    std::vector<std::string> args = Args(call);
    if (args.size() != fn_.params.size()) return Unsupported(call, "a call of the function itself with another arity");
    for (size_t i = 0; i < args.size(); ++i)
      Line(depth, absl::StrCat(CxxType(fn_.params[i].type), " fxn_next_", i, " = ", args[i], ";"));
    for (size_t i = 0; i < args.size(); ++i)
      Line(depth, absl::StrCat(Identifier("p_", fn_.params[i].name), " = std::move(fxn_next_", i, ");"));
    Line(depth, "depth += 1;");
    Line(depth, "goto fxn_tail_call;");
    return absl::OkStatus();
  }

  void CountUses(const ir::Block& block) {
    for (const Node& n : block.nodes) {
      for (const auto& a : n.args) ++use_counts_[a];
      for (const auto& b : n.blocks) CountUses(b);
    }
  }

  static bool Uses(const Node& node, const std::string& value) {
    if (std::find(node.args.begin(), node.args.end(), value) != node.args.end()) return true;
    for (const auto& b : node.blocks)
      for (const auto& n : b.nodes)
        if (Uses(n, value)) return true;
    return false;
  }
  static bool Stores(const Node& node, const std::string& var) {
    if ((node.op == Op::kStore || node.op == Op::kForRange || node.op == Op::kForEach || node.op == Op::kExcept) &&
        node.target == var)
      return true;
    for (const auto& b : node.blocks)
      for (const auto& n : b.nodes)
        if (Stores(n, var)) return true;
    return false;
  }

  // Marks the LOADs of this block whose value is never used after a store to its variable
  // (in textual order, and not inside a loop that also stores to it).
  void FindReferenceLoads(const ir::Block& block) {
    for (size_t i = 0; i < block.nodes.size(); ++i) {
      const Node& load = block.nodes[i];
      if (load.op != Op::kLoad) continue;
      bool stored = false, safe = true;
      for (size_t k = i + 1; k < block.nodes.size() && safe; ++k) {
        const Node& n = block.nodes[k];
        bool uses = Uses(n, load.name);
        bool stores = Stores(n, load.target);
        if (uses && (stored || (stores && !n.blocks.empty()))) safe = false;
        stored |= stores;
      }
      if (safe) reference_loads_.insert(load.name);
    }
  }

  absl::Status Unsupported(const Node& node, const std::string& why) const {
    return absl::UnimplementedError(absl::StrCat(module_.source_file, ":", node.loc.line, ":", node.loc.col,
                                                 ": error: ", why));
  }

  absl::Status LowerNode(const Node& node, int depth) {
    SourceComment(node, depth);
    const std::string out = ValueName(node.name);
    switch (node.op) {
      case Op::kPlaceholder:
        types_[node.name] = *node.type;
        return absl::OkStatus();  // read through the parameter's name
      case Op::kConstant:
      case Op::kGetAttr:
        constants_[node.name] = node.value;
        types_[node.name] = *node.type;
        // A str literal is built once (static storage, no reference counting), not per evaluation.
        Line(depth, absl::StrCat(std::holds_alternative<std::string>(node.value) ? "static const " : "const ",
                                 CxxType(*node.type), " ", out, " = ", CxxLiteral(node.value), ";",
                                 node.op == Op::kGetAttr ? "  // " + CommentText(node.target) : ""));
        return absl::OkStatus();
      case Op::kLoad: {
        const ir::Variable* v = fn_.FindVariable(node.target);
        types_[node.name] = *node.type;
        if (v->maybe_unbound) {
          Line(depth, absl::StrCat("if (FXN_UNLIKELY(!", BoundFlag(v->name), ")) {"));
          Line(depth + 1, absl::StrCat("cx.Raise(\"UnboundLocalError\", ",
                                       CString(absl::StrCat("cannot access local variable '", PythonVarName(v->name),
                                                            "' where it is not associated with a value")),
                                       ");"));
          Line(depth + 1, fail_);
          Line(depth, "}");
        }
        // A list or tuple is read by reference when nothing can store to the variable while the
        // value is in use: no reference-count traffic for `bi[0]`, `bi[1]`, ...
        if (borrowed_vars_.count(node.target)) {  // the item stays in its list (PlanBorrows)
          Line(depth, absl::StrCat("const ", CxxType(*node.type), "& ", out, " = *", VarName(node.target), ";"));
          return absl::OkStatus();
        }
        bool by_reference = !IsScalar(*node.type) && reference_loads_.count(node.name);
        Line(depth, absl::StrCat("const ", CxxType(*node.type), by_reference ? "& " : " ", out, " = ",
                                 VarName(node.target), ";"));
        return absl::OkStatus();
      }
      case Op::kStore: {
        const ir::Variable* v = fn_.FindVariable(node.target);
        // A freshly computed list stored and never used again moves into the variable.
        const std::string& value = node.args[0];
        bool move = movable_.count(value) && use_counts_[value] == 1;
        Line(depth, absl::StrCat(VarName(node.target), " = ", move ? "std::move(" + Arg(value) + ")" : Arg(value), ";"));
        if (v->maybe_unbound) Line(depth, absl::StrCat(BoundFlag(v->name), " = true;"));
        return absl::OkStatus();
      }
      case Op::kCallFunction:
      case Op::kCallMethod:
        return LowerCall(node, depth);
      case Op::kIf:
        Line(depth, absl::StrCat("if (", Arg(node.args[0]), ") {"));
        if (auto s = LowerBlock(node.blocks[0], depth + 1); !s.ok()) return s;
        if (!node.blocks[1].nodes.empty()) {
          Line(depth, "} else {");
          if (auto s = LowerBlock(node.blocks[1], depth + 1); !s.ok()) return s;
        }
        Line(depth, "}");
        return absl::OkStatus();
      case Op::kLoop:
        Line(depth, "while (true) {");
        if (auto s = LowerLoopBody(node.blocks[0], depth + 1); !s.ok()) return s;
        Line(depth, "}");
        return absl::OkStatus();
      case Op::kForRange:
        return LowerForRange(node, depth);
      case Op::kForEach:
        return LowerForEach(node, depth);
      case Op::kBreak:
      case Op::kContinue: {
        // Leaving the loop body runs the finally blocks of the try statements inside the loop.
        std::vector<size_t> frames;
        for (size_t i = tries_.size(); i-- > 0 && tries_[i].loop_depth == loop_depth_;) frames.push_back(i);
        if (auto s = RunFinallies(frames, depth); !s.ok()) return s;
        Line(depth, node.op == Op::kBreak ? "break;" : "continue;");
        return absl::OkStatus();
      }
      case Op::kOutput: {
        std::string value = node.args.empty() ? "fxn::NoneT{}" : Arg(node.args[0]);
        const std::string ret = generator_ ? "co_return" : "return";
        std::vector<size_t> frames;
        for (size_t i = tries_.size(); i-- > 0;) frames.push_back(i);
        if (tail_sums_) {  // the frames this one stands for add their x (see PlanTailCalls)
          Line(depth, "{");
          Line(depth + 1, "int64_t fxn_ret;");
          Line(depth + 1, absl::StrCat("if (FXN_UNLIKELY(!fxn_tail_sum.Finish(cx, ", value, ", fxn_ret))) ", fail_));
          Line(depth + 1, "return fxn_ret;");
          Line(depth, "}");
          return absl::OkStatus();
        }
        if (frames.empty()) {
          Line(depth, absl::StrCat(ret, " ", value, ";"));
          return absl::OkStatus();
        }
        // return inside try/finally: the value is computed, the finally blocks run, then it returns.
        Line(depth, "{");
        Line(depth + 1, absl::StrCat(CxxType(generator_ ? fn_.return_type.value() : fn_.return_type), " fxn_ret = ",
                                     value, ";"));
        if (auto s = RunFinallies(frames, depth + 1); !s.ok()) return s;
        Line(depth + 1, ret + " fxn_ret;");
        Line(depth, "}");
        return absl::OkStatus();
      }
      case Op::kTry:
        return LowerTry(node, depth);
      case Op::kExcept:
        return Unsupported(node, "EXCEPT outside a TRY's handlers");
      case Op::kRaise: {
        if (!node.target.empty()) {
          std::string type = CString(node.target);
          if (node.args.empty()) Line(depth, absl::StrCat("cx.Raise(", type, ", \"\");"));
          else if (node.args.size() == 2 && IsDynamicValue(node.args[1]))  // args kept for e.args
            Line(depth, absl::StrCat("cx.RaiseObject(", type, ", ", Arg(node.args[0]), ".utf8(), fxn::ExcArgsObject(",
                                     Arg(node.args[1]), "));"));
          else if (node.args.size() == 2)  // an instance of a user exception class: named by its run-time class
            Line(depth, absl::StrCat("cx.RaiseObject(", GeneratedNamespace(), "::kClassNames[", Arg(node.args[1]), ".class_id()], ",
                                     Arg(node.args[0]), ".utf8(), fxn::Ref<fxn::ObjectBase>::Cast(", Arg(node.args[1]), "));"));
          else Line(depth, absl::StrCat("cx.RaiseView(", type, ", ", Arg(node.args[0]), ".utf8());"));
        } else if (!node.args.empty()) {
          Line(depth, absl::StrCat("cx.Restore(", Arg(node.args[0]), ");"));
        } else {
          if (handled_.empty()) return Unsupported(node, "bare raise outside an except block");
          Line(depth, absl::StrCat("cx.Restore(", handled_.back(), ");"));
        }
        Line(depth, fail_);
        return absl::OkStatus();
      }
      case Op::kNewObject:
        types_[node.name] = *node.type;
        movable_.insert(node.name);
        Line(depth, absl::StrCat(CxxType(*node.type), " ", out, " = ", CxxType(*node.type), "::New();"));
        return absl::OkStatus();
      case Op::kGetField:
        types_[node.name] = *node.type;
        Line(depth, absl::StrCat("const ", CxxType(*node.type), " ", out, " = ", Arg(node.args[0]), "->",
                                 Identifier("f_", node.target), ";"));
        return absl::OkStatus();
      case Op::kSetField:
        Line(depth, absl::StrCat(Arg(node.args[0]), "->", Identifier("f_", node.target), " = ", Arg(node.args[1]), ";"));
        return absl::OkStatus();
      case Op::kUnbind:  // only a variable some read may find unbound has a flag to clear
        if (fn_.FindVariable(node.target)->maybe_unbound) Line(depth, absl::StrCat(BoundFlag(node.target), " = false;"));
        return absl::OkStatus();
    }
    return Unsupported(node, "unknown IR op");
  }

  bool IsConstantOne(const std::string& name) const {
    auto it = constants_.find(name);
    return it != constants_.end() && std::holds_alternative<int64_t>(it->second) && std::get<int64_t>(it->second) == 1;
  }

  absl::Status LowerLoopBody(const ir::Block& block, int depth) {
    ++loop_depth_;
    auto s = LowerBlock(block, depth);
    --loop_depth_;
    return s;
  }

  // for x in seq: lists by index (the list may grow while iterating, as in Python), str by
  // code point, dicts and sets by slot with CPython's "changed size during iteration" check.
  absl::Status LowerForEach(const Node& node, int depth) {
    const ir::Variable* v = fn_.FindVariable(node.target);
    const Type& seq_type = types_.at(node.args[0]);
    std::string var = VarName(node.target);
    std::string bound = v->maybe_unbound ? absl::StrCat(" ", BoundFlag(node.target), " = true;") : "";
    Line(depth, "{");
    Line(depth + 1, absl::StrCat("const auto seq = ", Arg(node.args[0]), ";  // kept alive while iterating"));
    const bool words = node.names == std::vector<std::string>{"words"};  // for w in s.split()
    if (words && seq_type.kind() != Type::Kind::kStr) return Unsupported(node, "word iteration over a non-str");
    switch (words ? Type::Kind::kNone : seq_type.kind()) {
      case Type::Kind::kNone:
        Line(depth + 1, "fxn::ops::SplitWords words(seq);");
        Line(depth + 1, absl::StrCat("while (words.Next(", var, ")) {", bound));
        break;
      case Type::Kind::kList:
        Line(depth + 1, "for (int64_t k = 0; k < seq.size(); ++k) {");
        if (borrowed_vars_.count(node.target)) {  // the item stays in its list (PlanBorrows)
          Line(depth + 2, absl::StrCat(var, " = &seq.items()[static_cast<size_t>(k)];"));
          break;
        }
        // Items are stored as themselves except bool (a byte enum): no temporary for the others.
        Line(depth + 2, absl::StrCat(var, " = ", v->type.kind() == Type::Kind::kBool ? "static_cast<bool>(" : "(",
                                     "seq.items()[static_cast<size_t>(k)]);", bound));
        break;
      case Type::Kind::kStr:
        Line(depth + 1, "for (size_t b = 0, n = seq.nbytes(); b < n;) {");
        Line(depth + 2, "const size_t e = seq.NextCharEnd(b);");
        Line(depth + 2, absl::StrCat(var, " = seq.SubstrBytes(b, e, 1);", bound));
        Line(depth + 2, "b = e;");
        break;
      case Type::Kind::kDict:
        // DictIter: CPython's checks ("changed size", "keys changed") at each step.
        Line(depth + 1, absl::StrCat("fxn::DictIter<", CxxType(seq_type.elem()), ", ", CxxType(seq_type.value()), "> iter(seq);"));
        Line(depth + 1, "for (size_t slot = 0;;) {");
        Line(depth + 2, "const int step = iter.Next(cx, slot);");
        Line(depth + 2, absl::StrCat("if (FXN_UNLIKELY(step < 0)) ", fail_));
        Line(depth + 2, "if (step == 0) break;");
        Line(depth + 2, absl::StrCat(var, " = seq.KeyAt(slot);", bound));
        break;
      case Type::Kind::kSet:
        Line(depth + 1, absl::StrCat("fxn::SetIter<", CxxType(seq_type.elem()), "> iter(seq);"));
        Line(depth + 1, "while (true) {");
        Line(depth + 2, absl::StrCat("const int step = iter.Next(cx, ", var, ");"));
        Line(depth + 2, absl::StrCat("if (FXN_UNLIKELY(step < 0)) ", fail_));
        Line(depth + 2, absl::StrCat("if (step == 0) break;", bound));
        break;
      case Type::Kind::kGen:
        // Each step resumes the generator up to its next yield (fxn_gen.hpp).
        Line(depth + 1, "while (true) {");
        Line(depth + 2, absl::StrCat("const int step = seq.Next(cx, ", var, ");"));
        Line(depth + 2, absl::StrCat("if (FXN_UNLIKELY(step < 0)) ", fail_));
        Line(depth + 2, absl::StrCat("if (step == 0) break;", bound));
        break;
      default:
        return Unsupported(node, absl::StrCat("iteration over ", seq_type.ToString()));
    }
    if (auto s = LowerLoopBody(node.blocks[0], depth + 2); !s.ok()) return s;
    Line(depth + 1, "}");
    Line(depth, "}");
    return absl::OkStatus();
  }

  // Runs the finally blocks of tries_[frames] (innermost first), each as the code outside its
  // try statement sees it: an exception raised there goes to that statement's outer handler.
  absl::Status RunFinallies(const std::vector<size_t>& frames, int depth) {
    for (size_t i : frames) {
      std::vector<TryFrame> saved_tries = tries_;
      std::string saved_fail = fail_;
      int saved_loop_depth = loop_depth_;
      const ir::Block* block = tries_[i].finally;
      fail_ = tries_[i].outer_fail;
      tries_.resize(i);
      Line(depth, "{  // finally");
      auto s = LowerBlock(*block, depth + 1);
      Line(depth, "}");
      tries_ = std::move(saved_tries);
      fail_ = saved_fail;
      loop_depth_ = saved_loop_depth;
      if (!s.ok()) return s;
    }
    return absl::OkStatus();
  }

  // try/except/else/finally. A failure in the body jumps to the handlers, which test the
  // pending exception's class; one not handled (or raised in a handler or the else block)
  // unwinds through the finally block to the enclosing handler.
  absl::Status LowerTry(const Node& node, int depth) {
    const int id = ++label_counter_;
    const ir::Block& body = node.blocks[0];
    const ir::Block& handlers = node.blocks[1];
    const ir::Block& orelse = node.blocks[2];
    const ir::Block& finally = node.blocks[3];
    const bool has_finally = !finally.nodes.empty();
    const std::string outer_fail = fail_;
    const std::string except_label = absl::StrCat("fxn_except_", id), done_label = absl::StrCat("fxn_done_", id);
    const std::string unwind_label = absl::StrCat("fxn_unwind_", id);
    const std::string unwind = has_finally ? absl::StrCat("goto ", unwind_label, ";") : outer_fail;
    if (has_finally) tries_.push_back(TryFrame{&finally, loop_depth_, outer_fail});
    Line(depth, "{  // try");
    fail_ = absl::StrCat("goto ", except_label, ";");
    Line(depth + 1, "{");
    if (auto s = LowerBlock(body, depth + 2); !s.ok()) return s;
    Line(depth + 1, "}");
    fail_ = unwind;
    Line(depth + 1, "{");
    if (auto s = LowerBlock(orelse, depth + 2); !s.ok()) return s;
    Line(depth + 1, "}");
    Line(depth + 1, absl::StrCat("goto ", done_label, ";"));
    Line(depth, absl::StrCat(except_label, ":"));
    Line(depth + 1, "{");
    bool first = true;
    for (const Node& h : handlers.nodes) {
      // A bare except catches everything Python could raise, not the speculation's re-run nor
      // fxn's own limits (Ctx::Uncatchable; Matches never names them).
      std::string cond = "!cx.Uncatchable()";
      if (!h.names.empty()) {
        std::vector<std::string> names;
        for (const auto& n : h.names) names.push_back(CString(n));
        cond = absl::StrCat("cx.Matches({", absl::StrJoin(names, ", "), "})");
      }
      Line(depth + 2, absl::StrCat(first ? "if (" : "} else if (", cond, ") {"));
      first = false;
      std::string exc = absl::StrCat("fxn_exc_", id);
      Line(depth + 3, absl::StrCat("const fxn::Exc ", exc, " = cx.Take();"));
      if (!h.target.empty()) {
        const ir::Variable* v = fn_.FindVariable(h.target);
        if (v && v->type.kind() == Type::Kind::kObject)  // a user exception class with fields: its instance
          Line(depth + 3, absl::StrCat(VarName(h.target), " = ", CxxType(v->type), "::Cast(", exc, ".object);"));
        else
          Line(depth + 3, absl::StrCat(VarName(h.target), " = ", exc, ";"));
        if (v && v->maybe_unbound) Line(depth + 3, absl::StrCat(BoundFlag(h.target), " = true;"));
      }
      handled_.push_back(exc);
      auto s = LowerBlock(h.blocks[0], depth + 3);
      handled_.pop_back();
      if (!s.ok()) return s;
    }
    if (!first) Line(depth + 2, "} else {");
    Line(depth + (first ? 2 : 3), unwind);
    if (!first) Line(depth + 2, "}");
    Line(depth + 1, "}");
    fail_ = outer_fail;
    if (has_finally) {
      tries_.pop_back();
      Line(depth + 1, absl::StrCat("goto ", done_label, ";"));
      Line(depth, absl::StrCat(unwind_label, ":"));
      Line(depth + 1, "{");
      // The call re-runs from the start, or fails with fxn's limit: no finally block sees either.
      Line(depth + 2, absl::StrCat("if (FXN_UNLIKELY(cx.Uncatchable())) ", outer_fail));
      Line(depth + 2, absl::StrCat("const fxn::Exc fxn_pending_", id, " = cx.Take();"));
      Line(depth + 2, "{  // finally");
      if (auto s = LowerBlock(finally, depth + 3); !s.ok()) return s;
      Line(depth + 2, "}");
      Line(depth + 2, absl::StrCat("cx.Restore(fxn_pending_", id, ");"));
      Line(depth + 2, outer_fail);
      Line(depth + 1, "}");
    }
    Line(depth, absl::StrCat(done_label, ":;"));
    Line(depth, "}");
    if (has_finally) {
      Line(depth, "{  // finally");
      if (auto s = LowerBlock(finally, depth + 1); !s.ok()) return s;
      Line(depth, "}");
    }
    return absl::OkStatus();
  }

  absl::Status LowerForRange(const Node& node, int depth) {
    const ir::Variable* v = fn_.FindVariable(node.target);
    std::string var = VarName(node.target);
    std::string bound = v->maybe_unbound ? absl::StrCat(" ", BoundFlag(node.target), " = true;") : "";
    Line(depth, "{");
    if (copy_ == IntCopy::kUnbounded) {  // a start past 64 bits: fxn's limit still (big-ints.md 4.3)
      Line(depth + 1, "int64_t start, stop, step;");
      Line(depth + 1, absl::StrCat("if (FXN_UNLIKELY(!fxn::NarrowToWord(cx, ", Arg(node.args[0]), ", start))) ", fail_));
      Line(depth + 1, absl::StrCat("if (FXN_UNLIKELY(!fxn::RangeStopStep(cx, ", Arg(node.args[1]), ", ",
                                   Arg(node.args[2]), ", stop, step))) ", fail_));
    } else {
      Line(depth + 1, absl::StrCat("const int64_t start = ", Arg(node.args[0]), ", stop = ", Arg(node.args[1]), ";"));
    }
    if (IsConstantOne(node.args[2])) {
      Line(depth + 1, "for (int64_t it = start; it < stop; ++it) {");
    } else {
      if (copy_ != IntCopy::kUnbounded) Line(depth + 1, absl::StrCat("const int64_t step = ", Arg(node.args[2]), ";"));
      Line(depth + 1, absl::StrCat("if (FXN_UNLIKELY(step == 0)) { cx.Raise(\"ValueError\", \"range() arg 3 must not be zero\"); ", fail_, " }"));
      // Steps from start to the last value, never past it: no overflow near INT64_MAX, and
      // `continue` lands in the increment like any for loop.
      Line(depth + 1, "const uint64_t count = fxn::RangeLength(start, stop, step);");
      Line(depth + 1, "const int64_t last = fxn::RangeLast(start, step, count);");
      Line(depth + 1, "for (int64_t it = start, more = count != 0; more; more = it != last, it = fxn::WrappingAdd(it, step)) {");
    }
    Line(depth + 2, absl::StrCat(var, " = it;", bound));
    if (auto s = LowerLoopBody(node.blocks[0], depth + 2); !s.ok()) return s;
    Line(depth + 1, "}");
    Line(depth, "}");
    return absl::OkStatus();
  }

  // ---- NumPy elementwise operations: maps over arrays, fused ----

  const ops::Operator* ElementwiseOp(const Node& node) const {
    if (node.op != Op::kCallFunction || !node.target.starts_with("numpy.") || !node.type) return nullptr;
    std::vector<ops::TypeTerm> arg_terms;
    for (const auto& a : node.args) {
      auto it = node_types_.find(a);
      if (it == node_types_.end()) return nullptr;
      arg_terms.push_back(Term(it->second));
    }
    ops::TypeTerm hint = Term(*node.type);
    auto match = ops::Registry::Get().Find(node.target, arg_terms, options_.target, &hint);
    return match && match->op->elementwise() ? match->op : nullptr;
  }

  // Nodes that may sit between an elementwise node and the one that consumes it when the two
  // fuse into one loop: none of them can write to an array the fused loop reads later.
  static bool KeepsArraysIntact(const Node& node) {
    if (node.op == Op::kConstant || node.op == Op::kLoad || node.op == Op::kGetAttr) return true;
    if (node.op != Op::kCallFunction) return false;
    if (node.target.starts_with("numpy.")) return !node.target.starts_with("numpy.setitem");
    return node.target == "fxn.build_tuple" || node.target == "fxn.tuple_get" || node.target.starts_with("operator.");
  }

  // An elementwise node whose array result is used once, by a later elementwise node of the
  // same block with only array-preserving nodes between, is computed inside its consumer's
  // loop: NumPy's temporaries for `(x - m) / s` are never made.
  void PlanFusion(const ir::Block& block) {
    std::map<std::string, size_t> position;
    for (size_t i = 0; i < block.nodes.size(); ++i) {
      const Node& n = block.nodes[i];
      if (n.type) node_types_[n.name] = *n.type;
      position[n.name] = i;
    }
    for (size_t i = 0; i < block.nodes.size(); ++i) {
      const Node& consumer = block.nodes[i];
      if (!consumer.type || consumer.type->kind() != Type::Kind::kArray || !ElementwiseOp(consumer)) continue;
      for (const auto& a : consumer.args) {
        auto p = position.find(a);
        if (p == position.end() || use_counts_[a] != 1) continue;
        const Node& producer = block.nodes[p->second];
        if (!producer.type || producer.type->kind() != Type::Kind::kArray || !ElementwiseOp(producer)) continue;
        bool intact = true;
        for (size_t k = p->second + 1; k < i && intact; ++k) intact = KeepsArraysIntact(block.nodes[k]);
        if (intact) fused_[a] = &producer;
      }
    }
  }

  // The C++ expression of one item of `name` inside a fused loop: leaves become parameters.
  std::string ItemExpr(const std::string& name, std::vector<std::string>& leaves) {
    auto f = fused_.find(name);
    if (f == fused_.end()) {
      auto it = std::find(leaves.begin(), leaves.end(), name);
      size_t k = it - leaves.begin();
      if (it == leaves.end()) leaves.push_back(name);
      return absl::StrCat("p", k);
    }
    const Node& node = *f->second;
    const ops::Operator* op = ElementwiseOp(node);
    std::vector<std::string> items;
    for (const auto& a : node.args) items.push_back(ItemExpr(a, leaves));
    return ItemCall(node, *op, items);
  }

  std::string ItemCall(const Node& node, const ops::Operator& op, const std::vector<std::string>& items) const {
    const std::string item_type = CxxType(node.type->kind() == Type::Kind::kArray ? node.type->elem() : *node.type);
    std::string kernel = absl::StrCat("fxn::ops::", op.kernel);
    if (op.kernel == "np_cast") kernel += absl::StrCat("<", item_type, ">");
    if (op.convention == ops::Convention::kElementwise) return absl::StrCat(kernel, "(", absl::StrJoin(items, ", "), ")");
    return absl::StrCat("fxn::arr::TryItem<", item_type, ">([&](", item_type, "* r) { return ", kernel, "(cx, ",
                        absl::StrJoin(items, ", "), ", r); })");
  }

  // The broadcast checks of a fused chain, operation by operation in NumPy's order; returns the
  // C++ expression of `node`'s broadcast shape.
  std::string EmitShapeChecks(const Node& node, int depth) {
    std::vector<std::string> operands;
    for (const auto& a : node.args) {
      auto f = fused_.find(a);
      operands.push_back(f != fused_.end() ? EmitShapeChecks(*f->second, depth)
                                           : absl::StrCat("fxn::arr::ShapeOfOperand(", Arg(a), ")"));
    }
    std::string shape = absl::StrCat("shape_", ValueName(node.name));
    Line(depth, absl::StrCat("fxn::arr::ShapeN ", shape, ";"));
    Line(depth, absl::StrCat("if (FXN_UNLIKELY(!fxn::arr::BroadcastShapes(cx, ", shape, ", {", absl::StrJoin(operands, ", "),
                             "}))) ", fail_));
    return shape;
  }

  // The dtype of an elementwise node's items (its operands share it: the front end cast them).
  std::string OperandDtype(const Node& node) const {
    for (const auto& a : node.args) {
      auto it = node_types_.find(a);
      if (it != node_types_.end() && (it->second.kind() == Type::Kind::kArray || it->second.kind() == Type::Kind::kNpScalar))
        return it->second.dtype();
    }
    return "";
  }

  absl::Status CheckDtypes(const Node& node, const ops::Operator& op) {
    const std::string dtype = OperandDtype(node);
    if (!op.TakesDtype(dtype))
      return Unsupported(node, absl::StrCat("no kernel of ", node.target, " for ", dtype, " items (", op.kernel, " takes ",
                                            absl::StrJoin(op.dtypes, ", "), ")"));
    for (const auto& a : node.args) {
      auto f = fused_.find(a);
      if (f != fused_.end())
        if (auto s = CheckDtypes(*f->second, *ElementwiseOp(*f->second)); !s.ok()) return s;
    }
    return absl::OkStatus();
  }

  absl::Status LowerElementwise(const Node& node, const ops::Operator& op, int depth) {
    if (auto s = CheckDtypes(node, op); !s.ok()) return s;
    const std::string out = ValueName(node.name);
    if (node.type->kind() != Type::Kind::kArray) {  // NumPy scalars only: one call
      std::vector<std::string> items = Args(node);
      if (op.convention == ops::Convention::kElementwise) {
        Line(depth, absl::StrCat("const ", CxxType(*node.type), " ", out, " = ", ItemCall(node, op, items), ";"));
      } else {
        std::string kernel = absl::StrCat("fxn::ops::", op.kernel);
        if (op.kernel == "np_cast") kernel += absl::StrCat("<", CxxType(*node.type), ">");
        Line(depth, absl::StrCat(CxxType(*node.type), " ", out, "{};"));
        Line(depth, absl::StrCat("if (FXN_UNLIKELY((!", kernel, "(cx, ", absl::StrJoin(items, ", "), ", &", out, ")))) ", fail_));
      }
      return absl::OkStatus();
    }
    std::vector<std::string> leaves;
    std::vector<std::string> items;
    for (const auto& a : node.args) items.push_back(ItemExpr(a, leaves));
    std::string body = ItemCall(node, op, items);
    bool chained = leaves.size() < node.args.size();
    for (const auto& a : node.args) chained |= fused_.count(a) > 0;
    if (chained) EmitShapeChecks(node, depth);  // NumPy's error names the first failing operation's shapes
    std::vector<std::string> params, leaf_args;
    for (size_t k = 0; k < leaves.size(); ++k) {
      params.push_back(absl::StrCat("auto p", k));
      leaf_args.push_back(Arg(leaves[k]));
    }
    const Type& t = *node.type;
    movable_.insert(node.name);
    Line(depth, absl::StrCat(CxxType(t), " ", out, ";"));
    // Doubled parentheses: the macro would split the template arguments at their comma.
    Line(depth, absl::StrCat("if (FXN_UNLIKELY((!fxn::arr::Map<", CxxType(t.elem()), ", ", t.ndim(), ">(cx, ", out,
                             ", [&](", absl::StrJoin(params, ", "), ") { return ", body, "; }, ",
                             absl::StrJoin(leaf_args, ", "), ")))) ", fail_));
    if (op.may_raise() || body.find("TryItem") != std::string::npos)
      Line(depth, absl::StrCat("if (FXN_UNLIKELY(cx.failed())) ", fail_));
    return absl::OkStatus();
  }

  absl::Status LowerCall(const Node& node, int depth) {
    const std::string out = ValueName(node.name);
    std::vector<std::string> args = Args(node);
    if (node.type) types_[node.name] = *node.type;
    if (fused_.count(node.name)) return absl::OkStatus();  // computed inside its consumer's loop
    if (node.target.starts_with(ir::kUserCallPrefix)) {
      std::string symbol = node.target.substr(ir::kUserCallPrefix.size());
      args.insert(args.begin(), {"cx", "depth + 1"});
      bool scalar = IsScalar(*node.type);
      if (!scalar) movable_.insert(node.name);
      Line(depth, absl::StrCat(scalar ? "const " : "", CxxType(*node.type), " ", out, " = ", FunctionName(symbol), "(",
                               absl::StrJoin(args, ", "), ");"));
      Line(depth, absl::StrCat("if (FXN_UNLIKELY(cx.failed())) ", fail_));
      return absl::OkStatus();
    }
    if (borrowed_items_.count(node.name)) {
      if (copy_ == IntCopy::kUnbounded) {  // xs[2**70]: CPython's IndexError for a list index
        const std::string word = absl::StrCat(out, "_index");
        Line(depth, absl::StrCat("int64_t ", word, ";"));
        Line(depth, absl::StrCat("if (FXN_UNLIKELY(!fxn::Narrow<fxn::NarrowKind::kIndex>(cx, ", args[1], ", ", word,
                                 "))) ", fail_));
        args[1] = word;
      }
      Line(depth, absl::StrCat("const ", CxxType(*node.type), "* ", out, " = nullptr;"));
      Line(depth, absl::StrCat("if (FXN_UNLIKELY(!fxn::ops::list_item_ref(cx, ", args[0], ", ", args[1], ", ", out,
                               "))) ", fail_));
      return absl::OkStatus();
    }
    if (node.target == ir::kYieldTarget) {
      if (!generator_) return Unsupported(node, "yield outside a generator function");
      if (node.type) {  // `x = yield v`: None after next(), the value after send() (fxn_gen.hpp)
        Line(depth, absl::StrCat(CxxType(*node.type), " ", out, " = co_yield ", args[0], ";"));
        return absl::OkStatus();
      }
      Line(depth, absl::StrCat("co_yield ", args[0], ";"));
      return absl::OkStatus();
    }
    // Tuples are structural: built and taken apart in place.
    if (node.target == "fxn.build_tuple") {
      Line(depth, absl::StrCat("const ", CxxType(*node.type), " ", out, "{", absl::StrJoin(args, ", "), "};"));
      return absl::OkStatus();
    }
    // Class hierarchies: an instance seen as another class of its hierarchy (the front end
    // checked the run-time class), and a test of the run-time class against a list of classes.
    if (node.target == "fxn.object_cast") {
      Line(depth, absl::StrCat("const ", CxxType(*node.type), " ", out, " = ", CxxType(*node.type), "::Cast(", args[0], ");"));
      return absl::OkStatus();
    }
    if (node.target == "fxn.class_in") {
      auto names = constants_.find(node.args[1]);
      if (names == constants_.end() || !std::holds_alternative<std::string>(names->second))
        return Unsupported(node, "class list is not a constant");
      std::vector<std::string> tests;
      for (const auto& name : absl::StrSplit(std::get<std::string>(names->second), ',', absl::SkipEmpty())) {
        int id = ClassId(module_, std::string(name));
        if (id < 0) return Unsupported(node, absl::StrCat("unknown class '", name, "'"));
        tests.push_back(absl::StrCat("fxn_class == ", id));
      }
      Line(depth, absl::StrCat("const bool ", out, " = [&] { const int32_t fxn_class = ", args[0], ".class_id(); return ",
                               tests.empty() ? "false" : absl::StrJoin(tests, " || "), "; }();"));
      return absl::OkStatus();
    }
    if (node.target == "fxn.tuple_get") {
      auto index = constants_.find(node.args[1]);
      if (index == constants_.end() || !std::holds_alternative<int64_t>(index->second)) {
        return Unsupported(node, "tuple index is not a constant");
      }
      Line(depth, absl::StrCat("const ", CxxType(*node.type), " ", out, " = std::get<", std::get<int64_t>(index->second),
                               ">(", args[0], ");"));
      return absl::OkStatus();
    }
    if (node.target == "re.compile") {
      if (auto code = RegexProgramCode(node); !code.empty()) {
        // The pattern's program is known here: built once, its matcher compiled from the program
        // (fxn_re_native.hpp; programs it does not compile stay interpreted).
        const std::string array = out + "_code";
        Line(depth, absl::StrCat("static constexpr std::array<uint32_t, ", code.size(), "> ", array, "{",
                                 absl::StrJoin(code, ", "), "};"));
        Line(depth, absl::StrCat("static const fxn::re::Pattern ", out, " = fxn::re::NativePattern<", array, ">(",
                                 args[0], ");"));
        return absl::OkStatus();
      }
    }
    std::vector<ops::TypeTerm> arg_terms;
    for (const auto& a : node.args) arg_terms.push_back(Term(types_.at(a)));
    ops::TypeTerm result_hint = node.type ? Term(*node.type) : Term(Type::None());
    auto match = ops::Registry::Get().Find(node.target, arg_terms, options_.target, &result_hint);
    if (!match) {
      std::vector<std::string> names;
      for (const auto& t : arg_terms) names.push_back(t.ToString());
      return Unsupported(node, absl::StrCat("no operator ", node.target, "(", absl::StrJoin(names, ", "), ") for target ",
                                            options_.target));
    }
    const ops::Operator& op = *match->op;
    if (op.elementwise()) return LowerElementwise(node, op, depth);
    std::string kernel = absl::StrCat("fxn::ops::", op.kernel);
    ops::Convention convention = op.convention;
    bool widen = false;  // the kernel writes an int64_t that becomes the fxn::Int result
    if (copy_ == IntCopy::kUnbounded) {
      const auto& table = UnboundedIntKernels();
      if (auto it = table.find(absl::StrCat(op.python_target, " ", op.signature.ToString())); it != table.end()) {
        kernel = std::string(it->second.kernel);
        convention = it->second.convention;
        ++unbounded_int_ops_;
      } else {
        // A kernel that still takes int64_t: its int arguments are narrowed (past 64 bits: fxn's
        // limit), its int result widened. Ints inside other types cannot be, so no unbounded copy.
        for (size_t i = 0; i < args.size(); ++i) {
          const ops::TypeTerm& param = op.signature.params[std::min(i, op.signature.params.size() - 1)];
          if (NestsInt(param))
            return Unsupported(node, absl::StrCat(node.target, " takes 64-bit ints inside ", param.ToString()));
          if (param.head != "int") continue;
          const std::string word = absl::StrCat("fxn_word_", ++label_counter_);
          Line(depth, absl::StrCat("int64_t ", word, ";"));
          Line(depth, absl::StrCat("if (FXN_UNLIKELY(!fxn::NarrowToWord(cx, ", args[i], ", ", word, "))) ", fail_));
          args[i] = word;
        }
        if (NestsInt(op.signature.result))
          return Unsupported(node, absl::StrCat(node.target, " gives 64-bit ints inside ", op.signature.result.ToString()));
        widen = op.signature.result.head == "int" && convention == ops::Convention::kFallible;
      }
    }
    // Template arguments the parameters cannot deduce (the T of `() -> list[T]`).
    std::vector<std::string> param_vars, result_vars;
    for (const auto& p : op.signature.params) CollectVariables(p, param_vars);
    CollectVariables(op.signature.result, result_vars);
    std::map<std::string, Type> bound;
    if (node.type) Bind(op.signature.result, *node.type, bound);
    std::vector<std::string> explicit_args;
    for (const auto& v : result_vars)
      if (std::find(param_vars.begin(), param_vars.end(), v) == param_vars.end() && bound.count(v))
        explicit_args.push_back(CxxType(bound.at(v)));
    if (!explicit_args.empty()) kernel += absl::StrCat("<", absl::StrJoin(explicit_args, ", "), ">");

    const std::string call_args = absl::StrJoin(args, ", ");
    std::string with_ctx = args.empty() ? "cx" : absl::StrCat("cx, ", call_args);
    // A kernel over instances whose operator methods it may call (class hooks): they learn the
    // frame depth first, and what they raised comes out right after, before the kernel's own error.
    bool hooked = false;
    for (const auto& a : node.args) hooked |= MentionsHookedClass(types_.at(a));
    // Format<Int> parks CPython's ValueError for str() past 4300 digits (fxn_int.hpp).
    if (copy_ == IntCopy::kUnbounded && kernel.starts_with("fxn::ops::"))
      for (const auto& a : node.args) hooked |= types_.at(a).ToString().find("int") != std::string::npos;
    if (hooked) {
      Line(depth, "fxn::Hooks().depth = depth;");
      const std::string hook_check = absl::StrCat("if (FXN_UNLIKELY(fxn::TakeHookError(cx))) ", fail_);
      const std::string ok = absl::StrCat("fxn_ok_", node.name.empty() ? absl::StrCat(++label_counter_) : ValueName(node.name));
      switch (convention) {
        case ops::Convention::kPure:
        case ops::Convention::kPureVoid:
          if (node.type && convention == ops::Convention::kPure) {
            if (!IsScalar(*node.type)) movable_.insert(node.name);
            Line(depth, absl::StrCat(CxxType(*node.type), " ", out, " = ", kernel, "(", call_args, ");"));
          } else {
            Line(depth, absl::StrCat(kernel, "(", call_args, ");"));
            if (node.type) Line(depth, absl::StrCat("const fxn::NoneT ", out, "{};"));
          }
          Line(depth, hook_check);
          return absl::OkStatus();
        case ops::Convention::kFallible:
          if (!IsScalar(*node.type)) movable_.insert(node.name);
          if (widen) Line(depth, absl::StrCat("int64_t ", out, "_word = 0;"));
          else Line(depth, absl::StrCat(CxxType(*node.type), " ", out, " = fxn::Unset<", CxxType(*node.type), ">();"));
          Line(depth, absl::StrCat("const bool ", ok, " = ", kernel, "(", with_ctx, ", ", out, widen ? "_word" : "", ");"));
          Line(depth, hook_check);
          Line(depth, absl::StrCat("if (FXN_UNLIKELY(!", ok, ")) ", fail_));
          if (widen) Line(depth, absl::StrCat("const fxn::Int ", out, " = ", out, "_word;"));
          return absl::OkStatus();
        case ops::Convention::kFallibleVoid:
          Line(depth, absl::StrCat("const bool ", ok, " = ", kernel, "(", with_ctx, ");"));
          Line(depth, hook_check);
          Line(depth, absl::StrCat("if (FXN_UNLIKELY(!", ok, ")) ", fail_));
          if (node.type) Line(depth, absl::StrCat("const fxn::NoneT ", out, "{};"));
          return absl::OkStatus();
        default:
          break;
      }
    }
    switch (convention) {
      case ops::Convention::kPure:
        if (node.target == "numpy.constant") {  // a module-level array: built on the first call only
          Line(depth, absl::StrCat("static const ", CxxType(*node.type), " ", out, " = ", kernel, "(", call_args, ");"));
          break;
        }
        if (!IsScalar(*node.type)) movable_.insert(node.name);  // a fresh value: stored by moving
        Line(depth, absl::StrCat(IsScalar(*node.type) ? "const " : "", CxxType(*node.type), " ", out, " = ", kernel, "(",
                                 call_args, ");"));
        break;
      case ops::Convention::kFallible:
        if (!IsScalar(*node.type)) movable_.insert(node.name);
        if (widen) {
          Line(depth, absl::StrCat("int64_t ", out, "_word = 0;"));
          Line(depth, absl::StrCat("if (FXN_UNLIKELY((!", kernel, "(", with_ctx, ", ", out, "_word)))) ", fail_));
          Line(depth, absl::StrCat("const fxn::Int ", out, " = ", out, "_word;"));
          break;
        }
        Line(depth, absl::StrCat(CxxType(*node.type), " ", out, " = fxn::Unset<", CxxType(*node.type), ">();"));
        Line(depth, absl::StrCat("if (FXN_UNLIKELY((!", kernel, "(", with_ctx, ", ", out, ")))) ", fail_));
        break;
      case ops::Convention::kPureVoid:
        Line(depth, absl::StrCat(kernel, "(", call_args, ");"));
        if (node.type) Line(depth, absl::StrCat("const fxn::NoneT ", out, "{};"));
        break;
      case ops::Convention::kFallibleVoid:
        Line(depth, absl::StrCat("if (FXN_UNLIKELY((!", kernel, "(", with_ctx, ")))) ", fail_));
        if (node.type) Line(depth, absl::StrCat("const fxn::NoneT ", out, "{};"));
        break;
      case ops::Convention::kElementwise:
      case ops::Convention::kElementwiseFallible:
        break;  // LowerElementwise
    }
    return absl::OkStatus();
  }

  // The sre program of `re.compile(spec)` with a constant spec ("flags groups n code... names|
  // pattern", fxn_stdlib_re.py), or nothing when the argument is not such a constant.
  std::vector<uint32_t> RegexProgramCode(const Node& node) const {
    if (node.args.size() != 1) return {};
    auto spec = constants_.find(node.args[0]);
    if (spec == constants_.end() || !std::holds_alternative<std::string>(spec->second)) return {};
    const std::string& text = std::get<std::string>(spec->second);
    std::vector<std::string> words = absl::StrSplit(text.substr(0, text.find('|')), ' ', absl::SkipEmpty());
    uint64_t n = 0;
    if (words.size() < 3 || !absl::SimpleAtoi(words[2], &n) || n == 0 || n > words.size() - 3) return {};
    std::vector<uint32_t> code;
    for (size_t k = 0; k < n; ++k) {
      uint32_t word = 0;
      if (!absl::SimpleAtoi(words[3 + k], &word)) return {};
      code.push_back(word);
    }
    return code;
  }

  // Whether values of type t may hold instances of a class with hooks (operator methods that
  // kernels call).
  bool MentionsHookedClass(const Type& t) const {
    const std::string spelled = t.ToString();
    for (const auto& c : module_.classes)
      if (!c.hooks.empty() && spelled.find(absl::StrCat("obj[", c.name, "]")) != std::string::npos) return true;
    return spelled.find("dynamic") != std::string::npos;  // fxn_dyn.hpp parks unhashable/unorderable errors
  }

  const ir::Module& module_;
  const ir::Function& fn_;
  const LowerOptions& options_;
  const std::vector<std::string>& source_lines_;
  std::ostringstream out_;
  std::map<std::string, std::string> placeholders_;
  std::map<std::string, ir::Constant> constants_;
  std::map<std::string, Type> types_;
  std::set<std::string> reference_loads_;
  std::set<std::string> movable_;          // non-const values that may be moved from
  std::map<std::string, int> use_counts_;
  std::map<std::string, Type> node_types_;          // every value's type, known before it is lowered
  std::map<std::string, const Node*> fused_;        // elementwise values computed in their consumer's loop
  int last_line_ = 0;
  std::string fail_;  // the statement that leaves the function with an exception pending
  struct TryFrame {
    const ir::Block* finally;
    int loop_depth;          // loops around the try statement
    std::string outer_fail;  // fail_ outside the try statement
  };
  std::vector<TryFrame> tries_;       // enclosing try statements that have a finally block
  std::vector<std::string> handled_;  // exceptions of the enclosing except blocks (bare raise)
  int loop_depth_ = 0;
  int label_counter_ = 0;
  bool generator_ = false;  // a generator function: a coroutine returning fxn::Gen
  std::set<std::string> borrowed_vars_;   // locals holding an item's address (PlanBorrows)
  std::set<std::string> borrowed_items_;  // the getitems whose address they hold
  std::map<const Node*, TailSite> tail_sites_;  // calls of the function itself that jump instead
  bool tail_sums_ = false;  // some tail site adds: every return goes through fxn_tail_sum
  const IntCopy copy_;
  int unbounded_int_ops_ = 0;
};

}  // namespace

// User classes: a struct of fields per class (instances are fxn::Ref handles to it), and for
// dataclasses the repr() and == that @dataclass generates; plain instances compare by identity.
bool BlockUsesArrays(const ir::Block& block) {
  for (const auto& n : block.nodes) {
    if (n.type && n.type->kind() == Type::Kind::kArray) return true;
    for (const auto& b : n.blocks)
      if (BlockUsesArrays(b)) return true;
  }
  return false;
}

// Whether any function computes with NumPy arrays (and so gains from a vectorised copy).
bool UsesArrays(const ir::Module& module) {
  for (const auto& fn : module.functions) {
    for (const auto& p : fn.params)
      if (p.type.kind() == Type::Kind::kArray) return true;
    if (BlockUsesArrays(fn.body)) return true;
  }
  return false;
}

// Whether a field of a generated dataclass (its == and repr are written here) holds an instance.
bool DataclassFieldsHoldInstances(const ir::Module& module) {
  for (const auto& c : module.classes) {
    if (!c.dataclass) continue;
    for (const auto& f : c.fields)
      if (absl::StrContains(CxxType(f.type), GeneratedNamespace() + "::C_")) return true;
  }
  return false;
}

// Declares the PyEq of every class without an eq hook and the Format of every dataclass without a
// repr hook, so that the definitions after it may call each other in any order.
void EmitInstanceFormatDeclarations(const ir::Module& module, std::ostringstream& src) {
  for (const auto& c : module.classes) {
    std::string ref = CxxType(Type::Object(c.name));
    auto hooked = [&](const char* name) {
      return std::any_of(c.hooks.begin(), c.hooks.end(), [&](const auto& h) { return h.first == name; });
    };
    if (!hooked("eq")) src << "inline bool PyEq(const " << ref << "& a, const " << ref << "& b);\n";
    if (c.dataclass && !c.exception && !hooked("repr"))
      src << "template <>\nstruct Format<" << ref << "> {\n  static void Repr(std::string& out, const " << ref
          << "& v);\n  static void Str(std::string& out, const " << ref << "& v);\n};\n";
  }
}

// A dataclass of a hierarchy (@dataclass class Child(Base)): its repr() and == follow the run-time
// class, so they switch on it over the class and its subclasses. Each case lists that class's
// fields as @dataclass orders them (the base's first, each class's in its own order).
// The fields @dataclass's repr() and == show: the class's own, less the attributes its methods add.
std::span<const ir::Param> DataclassFields(const ir::ClassDef& c) {
  const size_t shown = c.fields.size() - std::min(c.fields.size(), static_cast<size_t>(std::max(c.extra_fields, 0)));
  return std::span<const ir::Param>(c.fields.data(), shown);
}

struct RunTimeDataclass {
  size_t id;
  std::string name;
  std::vector<std::pair<std::string, const ir::Param*>> fields;  // (struct holding it, field)
};
std::vector<RunTimeDataclass> DataclassFamily(const ir::Module& module, const ir::ClassDef& c) {
  std::vector<RunTimeDataclass> out;
  for (size_t id = 0; id < module.classes.size(); ++id) {
    std::vector<const ir::ClassDef*> chain;  // the class, its base, ... up to the root
    for (const ir::ClassDef* k = &module.classes[id]; k; k = k->base.empty() ? nullptr : module.FindClass(k->base))
      chain.push_back(k);
    if (std::none_of(chain.begin(), chain.end(), [&](const ir::ClassDef* k) { return k->name == c.name; })) continue;
    RunTimeDataclass d{id, module.classes[id].name, {}};
    for (auto k = chain.rbegin(); k != chain.rend(); ++k)
      for (const auto& f : DataclassFields(**k)) d.fields.emplace_back(ClassStruct((*k)->name), &f);
    out.push_back(std::move(d));
  }
  return out;
}
std::string RunTimeDataclassRepr(const ir::Module& module, const ir::ClassDef& c) {
  std::ostringstream body;
  body << "    switch (v.class_id()) {\n";
  for (const auto& d : DataclassFamily(module, c)) {
    body << "      case " << d.id << ": {\n        out += " << CString(d.name + "(") << ";\n";
    for (size_t i = 0; i < d.fields.size(); ++i) {
      const auto& [holder, f] = d.fields[i];
      body << "        out += " << CString(absl::StrCat(i ? ", " : "", f->name, "=")) << ";\n"
           << "        Format<" << CxxType(f->type) << ">::Repr(out, static_cast<" << GeneratedNamespace() << "::" << holder
           << "*>(v.operator->())->" << Identifier("f_", f->name) << ");\n";
    }
    body << "        break;\n      }\n";
  }
  body << "    }\n    out += ')';\n";
  return body.str();
}
std::string RunTimeDataclassEq(const ir::Module& module, const ir::ClassDef& c) {
  std::ostringstream body;  // CPython's __eq__: NotImplemented unless the classes are the same, then identity
  body << "  if (a.same(b)) return true;\n  if (a.class_id() != b.class_id()) return false;\n"
       << "  switch (a.class_id()) {\n";
  for (const auto& d : DataclassFamily(module, c)) {
    std::vector<std::string> tests;
    for (const auto& [holder, f] : d.fields) {
      std::string field = Identifier("f_", f->name);
      tests.push_back(absl::StrCat("PyEq(static_cast<", GeneratedNamespace(), "::", holder, "*>(a.operator->())->", field,
                                   ", static_cast<", GeneratedNamespace(), "::", holder, "*>(b.operator->())->", field, ")"));
    }
    body << "    case " << d.id << ": return " << (tests.empty() ? "true" : absl::StrJoin(tests, " && ")) << ";\n";
  }
  body << "  }\n  return false;\n";
  return body.str();
}

void EmitClasses(const ir::Module& module, std::ostringstream& src) {
  if (module.classes.empty()) return;
  src << "namespace " << GeneratedNamespace() << " {\n";
  for (const auto& c : module.classes) src << "struct " << ClassStruct(c.name) << ";\n";
  for (size_t id = 0; id < module.classes.size(); ++id) {
    const auto& c = module.classes[id];
    src << "struct " << ClassStruct(c.name);
    if (c.polymorphic) {  // a class of a hierarchy: its header holds the run-time class
      src << " : " << (c.base.empty() ? "fxn::ObjectBase" : ClassStruct(c.base)) << " {  // class " << c.name << "\n"
          << "  " << ClassStruct(c.name) << "() { fxn_class = " << id << "; }\n";
    } else {
      src << " {  // class " << c.name << "\n";
    }
    for (const auto& f : c.fields)
      src << "  " << CxxType(f.type) << " " << Identifier("f_", f.name) << " = fxn::Unset<" << CxxType(f.type) << ">();\n";
    src << "};\n";
  }
  bool hierarchy = false;
  for (const auto& c : module.classes) hierarchy |= c.polymorphic;
  if (hierarchy) {  // type(x).__name__ of an instance of a hierarchy, by its run-time class
    std::vector<std::string> names;
    for (const auto& c : module.classes) names.push_back(CString(c.name));
    src << "inline const char* const kClassNames[] = {" << absl::StrJoin(names, ", ") << "};\n";
  }
  src << "}  // namespace " << GeneratedNamespace() << "\n\nnamespace fxn {\n";
  // A dataclass field holding an instance (a Segment of two Points) makes one class's == and
  // repr call another's, defined in any order: then every PyEq and Format is declared first and
  // the dataclass bodies are defined out of line. Modules without such fields keep the compact form.
  const bool nested_instances = DataclassFieldsHoldInstances(module);
  if (nested_instances) EmitInstanceFormatDeclarations(module, src);
  for (const auto& c : module.classes) {
    std::string ref = CxxType(Type::Object(c.name));
    if (!c.hooks.empty()) {  // defined by EmitClassHooks, once the functions are declared
      std::map<std::string, std::string> hooks(c.hooks.begin(), c.hooks.end());
      if (hooks.count("eq")) src << "inline bool PyEq(const " << ref << "& a, const " << ref << "& b);\n";
      if (hooks.count("lt") || hooks.count("le") || hooks.count("gt") || hooks.count("ge"))
        src << "inline bool PyCmp(CmpOp op, const " << ref << "& a, const " << ref << "& b);\n";
      if (hooks.count("hash"))
        src << "template <>\nstruct PyHash<" << ref << "> {\n  static int64_t Of(const " << ref << "& x);\n};\n"
            << "template <>\ninline constexpr bool kPyHashExact<" << ref << "> = true;\n";
      if (hooks.count("repr"))
        src << "template <>\nstruct Format<" << ref << "> {\n  static void Repr(std::string& out, const " << ref
            << "& v);\n  static void Str(std::string& out, const " << ref << "& v);\n};\n";
      if (hooks.count("eq") && hooks.count("repr")) continue;
    }
    std::vector<std::string> eq = {"a.same(b)"};
    if (c.dataclass && !c.identity_eq) {
      std::vector<std::string> fields;
      for (const auto& f : DataclassFields(c)) fields.push_back(absl::StrCat("PyEq(a->", Identifier("f_", f.name), ", b->", Identifier("f_", f.name), ")"));
      eq.push_back(fields.empty() ? "true" : absl::StrCat("(", absl::StrJoin(fields, " && "), ")"));
    }
    const bool hooked_eq = std::any_of(c.hooks.begin(), c.hooks.end(), [](const auto& h) { return h.first == "eq"; });
    const bool hooked_repr = std::any_of(c.hooks.begin(), c.hooks.end(), [](const auto& h) { return h.first == "repr"; });
    if (c.dataclass && c.polymorphic && !c.exception) {  // a dataclass of a hierarchy: by the run-time class
      if (!hooked_eq) {
        src << "inline bool PyEq(const " << ref << "& a, const " << ref << "& b) {\n";
        if (c.identity_eq) src << "  return a.same(b);\n";
        else src << RunTimeDataclassEq(module, c);
        src << "}\n";
      }
      if (hooked_repr) continue;
      if (nested_instances) src << "inline void Format<" << ref << ">::Repr(std::string& out, const " << ref << "& v) {\n";
      else src << "template <>\nstruct Format<" << ref << "> {\n  static void Repr(std::string& out, const " << ref << "& v) {\n";
      src << RunTimeDataclassRepr(module, c);
      if (nested_instances)
        src << "}\ninline void Format<" << ref << ">::Str(std::string& out, const " << ref << "& v) { Format<" << ref
            << ">::Repr(out, v); }\n";
      else
        src << "  }\n  static void Str(std::string& out, const " << ref << "& v) { Repr(out, v); }\n};\n";
      continue;
    }
    if (!hooked_eq)
      src << "inline bool PyEq(const " << ref << "& a, const " << ref << "& b) { return " << absl::StrJoin(eq, " || ") << "; }\n";
    if (c.exception && !hooked_repr) {  // str(): the message its args give; repr(): Class(args...)
      src << "template <>\nstruct Format<" << ref << "> {\n"
          << "  static void Str(std::string& out, const " << ref << "& v) { out += v->f__message.utf8(); }\n"
          << "  static void Repr(std::string& out, const " << ref << "& v) {\n"
          << "    out += " << GeneratedNamespace() << "::kClassNames[v.class_id()];\n    out += '(';\n"
          << "    out += v->f__args_repr.utf8();\n    out += ')';\n  }\n};\n";
      continue;
    }
    if (!c.dataclass || hooked_repr) continue;
    if (nested_instances) {  // declared by EmitInstanceFormatDeclarations
      src << "inline void Format<" << ref << ">::Repr(std::string& out, const " << ref << "& v) {\n";
    } else {
      src << "template <>\nstruct Format<" << ref << "> {\n"
          << "  static void Repr(std::string& out, const " << ref << "& v) {\n";
    }
    src << "    out += " << CString(c.name + "(") << ";\n";
    const auto shown = DataclassFields(c);
    for (size_t i = 0; i < shown.size(); ++i) {
      const auto& f = shown[i];
      src << "    out += " << CString(absl::StrCat(i ? ", " : "", f.name, "=")) << ";\n"
          << "    Format<" << CxxType(f.type) << ">::Repr(out, v->" << Identifier("f_", f.name) << ");\n";
    }
    if (nested_instances) {
      src << "    out += ')';\n}\n"
          << "inline void Format<" << ref << ">::Str(std::string& out, const " << ref << "& v) { Format<" << ref
          << ">::Repr(out, v); }\n";
    } else {
      src << "    out += ')';\n  }\n"
          << "  static void Str(std::string& out, const " << ref << "& v) { Repr(out, v); }\n};\n";
    }
  }
  src << "}  // namespace fxn\n\n";
}

// The class hooks (proto/ir.proto ClassHook): PyEq, PyCmp, PyHash and Format overloads that run the
// user's operator methods from inside kernels (fxn_core.hpp's RunHook parks what they raise).
// speculating: the hooks of a module's int64_t copy under speculation: an int past 64 bits inside
// a method raises Ctx::kDeopt there too, and the caller takes it after the kernel.
std::string ClassHookDefinitions(const ir::Module& module, bool speculating) {
  std::ostringstream src;
  for (const auto& c : module.classes) {
    if (c.hooks.empty()) continue;
    std::map<std::string, std::string> hooks(c.hooks.begin(), c.hooks.end());
    std::string ref = CxxType(Type::Object(c.name));
    auto call = [&](const std::string& hook, const std::string& args) {
      return absl::StrCat(GeneratedNamespace(), "::", FunctionName(hooks.at(hook)), "(hcx, hdepth, ", args, ")");
    };
    const std::string lambda =
        speculating ? "[&](fxn::Ctx& hcx, int hdepth) { hcx.speculating = true; return " : "[&](fxn::Ctx& hcx, int hdepth) { return ";
    if (hooks.count("eq"))
      src << "inline bool PyEq(const " << ref << "& a, const " << ref << "& b) {\n"
          << "  return a.same(b) || RunHook<bool>(false, " << lambda << call("eq", "a, b") << "; });\n}\n";
    if (hooks.count("lt") || hooks.count("le") || hooks.count("gt") || hooks.count("ge")) {
      // An operator no method (nor its reflection) implements raises CPython's TypeError.
      src << "inline bool PyCmp(CmpOp op, const " << ref << "& a, const " << ref << "& b) {\n"
          << "  return RunHook<bool>(false, [&](fxn::Ctx& hcx, int hdepth) {\n"
          << (speculating ? "    hcx.speculating = true;\n" : "") << "    switch (op) {\n";
      const std::tuple<const char*, const char*, const char*> ops[] = {
          {"lt", "kLt", "<"}, {"le", "kLe", "<="}, {"gt", "kGt", ">"}, {"ge", "kGe", ">="}};
      for (const auto& [hook, op, symbol] : ops) {
        if (hooks.count(hook)) {
          src << "      case CmpOp::" << op << ": return " << call(hook, "a, b") << ";\n";
        } else {
          src << "      case CmpOp::" << op << ": return hcx.Raise(\"TypeError\", "
              << CString(absl::StrCat("'", symbol, "' not supported between instances of '", c.name, "' and '", c.name, "'"))
              << ");\n";
        }
      }
      src << "    }\n    return false;\n  });\n}\n";
    }
    if (hooks.count("hash") && t_unbounded_ints)  // CPython: an int past 64 bits hashes as that int
      src << "inline int64_t PyHash<" << ref << ">::Of(const " << ref << "& x) {\n"
          << "  return RunHook<int64_t>(0, " << lambda << "fxn::HookHash(" << call("hash", "x") << "); });\n}\n";
    else if (hooks.count("hash"))
      src << "inline int64_t PyHash<" << ref << ">::Of(const " << ref << "& x) {\n"
          << "  return RunHook<int64_t>(0, " << lambda << call("hash", "x") << "; });\n}\n";
    if (hooks.count("repr")) {
      src << "inline void Format<" << ref << ">::Repr(std::string& out, const " << ref << "& v) {\n"
          << "  out += RunHook<fxn::Str>(fxn::Str(), " << lambda << call("repr", "v") << "; }).utf8();\n}\n"
          << "inline void Format<" << ref << ">::Str(std::string& out, const " << ref << "& v) {\n"
          << "  out += RunHook<fxn::Str>(fxn::Str(), " << lambda << call(hooks.count("str") ? "str" : "repr", "v")
          << "; }).utf8();\n}\n";
    }
  }
  return src.str();
}

// Whether any type of the module's functions satisfies pred.
bool BlockMentionsType(const ir::Block& block, const std::function<bool(const Type&)>& pred) {
  for (const auto& n : block.nodes) {
    if (n.type && pred(*n.type)) return true;
    for (const auto& b : n.blocks)
      if (BlockMentionsType(b, pred)) return true;
  }
  return false;
}
bool ModuleMentionsType(const ir::Module& module, const std::function<bool(const Type&)>& pred) {
  for (const auto& fn : module.functions) {
    if (pred(fn.return_type) || BlockMentionsType(fn.body, pred)) return true;
    for (const auto& p : fn.params)
      if (pred(p.type)) return true;
    for (const auto& v : fn.variables)
      if (pred(v.type)) return true;
  }
  return false;
}

// The module's functions over fxn::Int (namespace fxn_generated_unbounded), or why the module
// keeps fxn's 64-bit limit: it holds state that a re-run would see changed (module state, once
// values), classes, arrays or dynamic values (their int64_t forms are shared by both copies), an
// operation with an int64_t inside another type, or no int operation that could leave 64 bits.
struct UnboundedCopy {
  std::string functions;  // empty: none
  std::string why_not;
};
UnboundedCopy LowerUnboundedCopy(const ir::Module& module, const LowerOptions& options,
                                 const std::vector<std::string>& source_lines) {
  if (!module.state_init.empty()) return {"", "the module keeps state between calls"};
  if (UsesArrays(module)) return {"", "the module uses NumPy arrays"};
  for (const auto& fn : module.functions)
    if (fn.once) return {"", "the module keeps a value made once"};
  if (ModuleMentionsType(module, [](const Type& t) { return t.ToString().find("dynamic") != std::string::npos; }))
    return {"", "a value is dynamic (fxn::Dyn holds an int64_t)"};
  UnboundedIntsScope scope;
  std::ostringstream text, functions;
  std::vector<std::string> bodies;
  int int_ops = 0;
  EmitClasses(module, text);  // their own structs: fields of type int are fxn::Int here
  for (const auto& fn : module.functions) {
    FunctionLowering lowering(module, fn, options, source_lines, IntCopy::kUnbounded);
    functions << lowering.Prototype() << ";\n";
    auto body = lowering.Lower();
    if (!body.ok()) {  // "file:L:C: error: what" -> "line L:C: what"
      std::string what(body.status().message());
      const size_t at = what.find(": error: ");
      if (at != std::string::npos && what.starts_with(module.source_file + ":"))
        what = absl::StrCat("line ", what.substr(module.source_file.size() + 1, at - module.source_file.size() - 1), ": ",
                            what.substr(at + 9));
      return {"", what};
    }
    bodies.push_back(*body);
    int_ops += lowering.unbounded_int_ops();
  }
  if (int_ops == 0) return {"", "no int operation could leave 64 bits"};
  if (std::string hooks = ClassHookDefinitions(module, false); !hooks.empty())
    text << "namespace fxn_generated_unbounded {\n" << functions.str() << "}  // namespace fxn_generated_unbounded\n\n"
         << "namespace fxn {\n" << hooks << "}  // namespace fxn\n\n";
  functions << "\n" << absl::StrJoin(bodies, "\n");
  text << "namespace fxn_generated_unbounded {\n\n" << functions.str() << "\n}  // namespace fxn_generated_unbounded\n\n";
  return {text.str(), ""};
}

absl::StatusOr<LoweredModule> Lower(const ir::Module& module, const LowerOptions& options) {
  const ir::Function* entry = module.entry_function();
  if (!entry) return absl::InvalidArgumentError("module has no entry function");
  std::vector<std::string> source_lines = absl::StrSplit(options.python_source, '\n');
  if (options.python_source.empty()) source_lines.clear();

  // Ints past 64 bits (WORKSPACE.md "Ints past 64 bits"): where the module allows, it is
  // compiled twice. The int64_t copy runs first, under speculation; an int that leaves 64 bits
  // there (or an argument past 64 bits) re-runs the call in the copy over fxn::Int, from fresh
  // conversions of the arguments, so the result is exactly CPython's.
  const UnboundedCopy copy = options.unbounded_ints ? LowerUnboundedCopy(module, options, source_lines)
                                                    : UnboundedCopy{"", "the copy did not compile"};
  const std::string& unbounded = copy.functions;
  const bool speculate = !unbounded.empty();

  LoweredModule out;
  out.unbounded_copy = speculate;
  out.typed_entry = Identifier("fxn_", entry->python_name);
  std::ostringstream src;
  src << "// Generated by fxn from " << CommentText(module.source_file) << " for " << options.target << ". Do not edit.\n"
      << "// Entry: " << CommentText(entry->python_name) << ". Every operation calls a kernel of the operator registry\n"
      << "// (fxn_ops.hpp); a kernel returning false has raised a Python exception into cx.\n"
      << (speculate ? "// Ints: past 64 bits the call runs again in a copy over unbounded ints (fxn_generated_unbounded).\n"
                    : absl::StrCat("// Ints: 64-bit (", CommentText(copy.why_not), ").\n"))
      << "#include \"fxn_runtime.hpp\"\n#include \"fxn_ops.hpp\"\n\n";
  EmitClasses(module, src);
  std::ostringstream functions;
  std::vector<std::string> bodies;
  for (const auto& fn : module.functions) {
    FunctionLowering lowering(module, fn, options, source_lines, speculate ? IntCopy::kFast : IntCopy::kOnly);
    functions << lowering.Prototype() << ";\n";
    auto body = lowering.Lower();
    if (!body.ok()) return body.status();
    bodies.push_back(*body);
    if (lowering.IsStateInit()) bodies.push_back(lowering.StateAccessor());
  }
  if (!module.state_init.empty()) {
    // Module state: one record per loaded library. Calls that overlap (two threads) race on it,
    // as on every reference count: callers serialise calls, as CPython's GIL does.
    const ir::Function* init = module.FindFunction(module.state_init);
    const std::string type = CxxType(init->return_type);
    src << "static " << type << " fxn_module_state = fxn::Unset<" << type << ">();\nstatic bool fxn_module_state_ready = false;\n\n";
  }
  if (std::string hooks = ClassHookDefinitions(module, speculate); !hooks.empty()) {
    // The hooks call the functions, which call kernels that call the hooks: prototypes first.
    src << "namespace fxn_generated {\n" << functions.str() << "}  // namespace fxn_generated\n\nnamespace fxn {\n"
        << hooks << "}  // namespace fxn\n\n";
  }
  functions << "\n" << absl::StrJoin(bodies, "\n");
  src << "namespace fxn_generated {\n\n" << functions.str() << "\n}  // namespace fxn_generated\n\n";
  if (speculate) src << "// The same functions over unbounded ints, for the calls the copy above leaves.\n" << unbounded;
  // Array code also gets a copy built for AVX2 (x86-64-v3), chosen once per call of an entry
  // point by the CPU that runs it: NumPy's loops are vectorised at that width too. The two
  // copies compute the same bits (no FMA contraction, no reassociation: only wider registers).
  const bool multiversion = UsesArrays(module);
  if (multiversion) {
    std::string copy = "\n" + functions.str();
    copy = absl::StrReplaceAll(copy, {{"\nstatic ", "\nFXN_TARGET_V3 static "}});
    src << "#if FXN_MULTIVERSION\nnamespace fxn_generated_v3 {\n" << copy << "\n}  // namespace fxn_generated_v3\n#endif\n\n";
  }
  auto call_entry = [&](const std::string& args, bool in_unbounded) {
    if (in_unbounded) return absl::StrCat("fxn_generated_unbounded::", FunctionName(entry->symbol), "(", args, ")");
    std::string plain = absl::StrCat("fxn_generated::", FunctionName(entry->symbol), "(", args, ")");
    if (!multiversion) return plain;
    return absl::StrCat("\n#if FXN_MULTIVERSION\n      fxn::CpuHasV3() ? fxn_generated_v3::", FunctionName(entry->symbol), "(",
                        args, ") :\n#endif\n      ", plain);
  };

  // ---- the exported entry points ----
  std::vector<std::string> c_params, sig_params;
  for (const auto& p : entry->params) {
    c_params.push_back(absl::StrCat(CType(p.type), " ", EntryParamName(p.name)));
    sig_params.push_back(absl::StrCat("{\"name\": ", JsonQuote(p.name), ", \"type\": ", JsonQuote(p.type.ToString()), "}"));
  }
  const Type& rt = entry->return_type;
  bool scalar_result = IsScalar(rt);
  std::string result_param = scalar_result ? absl::StrCat(CType(rt), "* fxn_result") : "fxn_value** fxn_result";
  c_params.push_back(result_param);
  c_params.push_back("fxn_error* fxn_error_out");
  std::string typed_proto = absl::StrCat("fxn_status ", out.typed_entry, "(", absl::StrJoin(c_params, ", "), ")");
  out.signature_json = absl::StrCat("{\"entry\": ", JsonQuote(entry->python_name), ", \"symbol\": ", JsonQuote(out.typed_entry),
                                    ", \"params\": [", absl::StrJoin(sig_params, ", "), "], \"returns\": ",
                                    JsonQuote(rt.ToString()), "}");

  // One entry's body for one copy, in a block of its own. In the speculating copy a failure that
  // is the re-run's (Ctx::kDeopt, or an argument past 64 bits) jumps to the unbounded copy's block.
  auto typed_body = [&](bool in_unbounded) {
    std::optional<UnboundedIntsScope> scope;
    if (in_unbounded) scope.emplace();
    const bool speculating = speculate && !in_unbounded;
    std::ostringstream b;
    b << "  {\n    fxn::Ctx fxn_cx;\n";
    if (speculating) b << "    fxn_cx.speculating = true;\n";
    std::vector<std::string> call_args;
    for (size_t i = 0; i < entry->params.size(); ++i) {
      const auto& p = entry->params[i];
      std::string name = EntryParamName(p.name);
      if (IsScalar(p.type)) {
        call_args.push_back(name);
        continue;
      }
      std::string local = absl::StrCat("fxn_arg", i);
      b << "    " << CxxType(p.type) << " " << local << ";\n";
      if (speculating) b << "    fxn::BigIntRefused() = false;\n";
      b << "    if (!fxn::Convert<" << CxxType(p.type) << ">::From(" << name << ", " << local << ")) {\n";
      if (speculating) b << "      if (fxn::BigIntRefused()) goto fxn_unbounded;\n";
      b << "      fxn_cx.Raise(\"TypeError\", " << CString(absl::StrCat("argument '", p.name, "' must be ", p.type.ToString()))
        << ");\n      fxn::CopyError(fxn_cx, fxn_error_out);\n      return FXN_ERROR;\n    }\n";
      call_args.push_back(local);
    }
    b << "    const " << CxxType(rt) << " fxn_r = "
      << call_entry(absl::StrCat("fxn_cx, 1", call_args.empty() ? "" : ", ", absl::StrJoin(call_args, ", ")), in_unbounded)
      << ";\n    if (fxn_cx.failed()) {\n";
    if (speculating) b << "      if (fxn_cx.Deopting()) goto fxn_unbounded;\n";
    b << "      fxn::CopyError(fxn_cx, fxn_error_out);\n      return FXN_ERROR;\n    }\n";
    if (in_unbounded && rt.kind() == Type::Kind::kInt) {
      b << "    if (!fxn_r.small()) {\n      fxn_cx.Raise(\"OverflowError\", \"fxn: the result does not fit the typed entry's "
           "int64_t; call fxn_call for Python's int\");\n      fxn::CopyError(fxn_cx, fxn_error_out);\n"
           "      return FXN_ERROR;\n    }\n    *fxn_result = fxn_r.v();\n";
    } else if (scalar_result) {
      b << "    *fxn_result = fxn_r;\n";
    } else {
      b << "    *fxn_result = fxn::Convert<" << CxxType(rt) << ">::To(fxn_r);\n";
    }
    b << "    return FXN_OK;\n  }\n";
    return b.str();
  };
  src << "// Typed entry point, declared in the artifact's header.\n"
      << "extern \"C\" FXN_EXPORT " << typed_proto << " {\n" << typed_body(false);
  if (speculate) src << "fxn_unbounded:\n" << typed_body(true);
  src << "}\n\n";

  auto generic_body = [&](bool in_unbounded) {
    std::optional<UnboundedIntsScope> scope;
    if (in_unbounded) scope.emplace();
    const bool speculating = speculate && !in_unbounded;
    const std::string fail = absl::StrCat(speculating ? "      if (cx.Deopting()) goto fxn_unbounded;\n" : "",
                                          "      fxn::CopyError(cx, error);\n      return FXN_ERROR;\n");
    std::ostringstream b;
    b << "  {\n    fxn::Ctx cx;\n";
    if (speculating) b << "    cx.speculating = true;\n";
    std::vector<std::string> generic_args;
    for (size_t i = 0; i < entry->params.size(); ++i) {
      const auto& p = entry->params[i];
      std::string local = absl::StrCat("a", i);
      b << "    " << CxxType(p.type) << " " << local << " = fxn::Unset<" << CxxType(p.type) << ">();\n";
      b << "    if (!fxn::ArgFrom(cx, args, " << i << ", " << CString(p.name) << ", " << CString(p.type.ToString()) << ", "
        << local << ")) {\n" << fail << "    }\n";
      generic_args.push_back(local);
    }
    b << "    const " << CxxType(rt) << " r = "
      << call_entry(absl::StrCat("cx, 1", generic_args.empty() ? "" : ", ", absl::StrJoin(generic_args, ", ")), in_unbounded)
      << ";\n    if (cx.failed()) {\n" << fail << "    }\n"
      << "    *result = fxn::Convert<" << CxxType(rt) << ">::To(r);\n    return FXN_OK;\n  }\n";
    return b.str();
  };
  src << "// Generic entry point: arguments and result in the value model of fxn.h.\n"
      << "extern \"C\" FXN_EXPORT fxn_status fxn_call(const fxn_value* args, fxn_value** result, fxn_error* error) {\n"
      << "  const size_t given = fxn_value_len(args);\n"
      << "  if ((fxn_value_kind(args) != FXN_LIST && fxn_value_kind(args) != FXN_TUPLE) || given != "
      << entry->params.size() << ") {\n"
      << "    fxn::Ctx cx;\n"
      << "    cx.Raisef(\"TypeError\", "
      << CString(absl::StrCat(entry->python_name, "() takes ", entry->params.size(), " positional argument",
                              entry->params.size() == 1 ? "" : "s", " but %zu were given"))
      << ", given);\n"
      << "    fxn::CopyError(cx, error);\n    return FXN_ERROR;\n  }\n"
      << generic_body(false);
  if (speculate) src << "fxn_unbounded:\n" << generic_body(true);
  src << "}\n\n"
      << "extern \"C\" FXN_EXPORT const char* fxn_signature(void) { return " << CString(out.signature_json) << "; }\n"
      << "extern \"C\" FXN_EXPORT int fxn_abi_version(void) { return FXN_ABI_VERSION; }\n";
  out.source = src.str();

  std::string guard = absl::StrCat("FXN_", Identifier("", entry->python_name), "_H_");
  for (auto& c : guard) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::ostringstream h;
  h << "/* Generated by fxn from " << CommentText(module.source_file) << " for " << options.target << ". */\n"
    << "#ifndef " << guard << "\n#define " << guard << "\n\n#include \"fxn.h\"\n\n#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n"
    << "/* " << CommentText(entry->python_name) << "(";
  std::vector<std::string> py_params;
  for (const auto& p : entry->params) py_params.push_back(absl::StrCat(p.name, ": ", p.type.ToString()));
  h << CommentText(absl::StrCat(absl::StrJoin(py_params, ", "), ") -> ", rt.ToString())) << "\n"
    << " * Returns FXN_OK and stores the result, or FXN_ERROR with the Python exception in *error."
    << (scalar_result ? "" : "\n * The result is a new fxn_value the caller frees with fxn_value_free.") << " */\n"
    << typed_proto << ";\n\n#ifdef __cplusplus\n}\n#endif\n\n#endif\n";
  out.header = h.str();
  return out;
}

}  // namespace fxn::lowering
