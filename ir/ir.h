// The IR in memory: a module of typed functions, each a tree of blocks of nodes. Values are
// named nodes (three-address form); Python locals are typed variables read with LOAD and
// written with STORE; control flow is structured (IF, LOOP, FOR_RANGE, FOR_EACH).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace fxn::ir {

class Type {
 public:
  enum class Kind { kNone, kBool, kInt, kFloat, kList, kTuple, kStr, kDict, kSet, kOptional, kObject, kException, kFixedList,
                    kNpScalar, kArray, kGen, kStdlib, kDynamic };

  Type() = default;
  static Type None() { return Type(Kind::kNone); }
  static Type Bool() { return Type(Kind::kBool); }
  static Type Int() { return Type(Kind::kInt); }
  static Type Float() { return Type(Kind::kFloat); }
  static Type List(Type elem) { return Type(Kind::kList, {std::move(elem)}); }
  static Type Tuple(std::vector<Type> elems) { return Type(Kind::kTuple, std::move(elems)); }
  static Type Str() { return Type(Kind::kStr); }
  static Type Dict(Type key, Type value) { return Type(Kind::kDict, {std::move(key), std::move(value)}); }
  static Type Set(Type elem) { return Type(Kind::kSet, {std::move(elem)}); }
  static Type Optional(Type elem) { return Type(Kind::kOptional, {std::move(elem)}); }
  static Type Object(std::string class_name) {
    Type t(Kind::kObject);
    t.class_name_ = std::move(class_name);
    return t;
  }
  static Type Exception() { return Type(Kind::kException); }
  // A value whose type varies at run time (runtime/fxn_dyn.hpp's fxn::Dyn): "dynamic".
  static Type Dynamic() { return Type(Kind::kDynamic); }
  // A list display mixing types ([1, "a"]): a tuple that prints and converts as a list.
  static Type FixedList(std::vector<Type> elems) { return Type(Kind::kFixedList, std::move(elems)); }
  // A NumPy scalar of a dtype ("float64", "bool", ...: NumPy's names; spelled "bool_" for bool).
  static Type NpScalar(std::string dtype) {
    Type t(Kind::kNpScalar);
    t.class_name_ = std::move(dtype);
    return t;
  }
  // A NumPy ndarray: "ndarray[float32, 2]"; elem() is its item type (a NpScalar).
  static Type Array(std::string dtype, int ndim) {
    Type t(Kind::kArray, {NpScalar(dtype)});
    t.ndim_ = ndim;
    return t;
  }
  // A generator object: yields `item`, returns `result` (the StopIteration value); `sent`, when
  // given, is what its yield expressions evaluate to ("gen[T, R, S]": values are sent to it).
  static Type Gen(Type item, Type result) { return Type(Kind::kGen, {std::move(item), std::move(result)}); }
  static Type Gen(Type item, Type result, Type sent) {
    return Type(Kind::kGen, {std::move(item), std::move(result), std::move(sent)});
  }
  // A value of a standard-library type the runtime implements ("re_pattern", "re_match"; see
  // kStdlibTypes in ir.cc); class_name() is that name.
  static Type Stdlib(std::string name) {
    Type t(Kind::kStdlib);
    t.class_name_ = std::move(name);
    return t;
  }
  // "int", "str", "list[float]", "tuple[int, bool]", "dict[str, int]", "set[int]",
  // "optional[int]", "obj[Point]", "exception"; nullopt for anything else.
  static std::optional<Type> Parse(std::string_view text);

  Kind kind() const { return kind_; }
  const std::vector<Type>& elems() const { return elems_; }
  const Type& elem() const { return elems_.front(); }  // of a list, set or optional; a dict's key; a generator's item
  const Type& value() const { return kind_ == Kind::kGen ? elems_[1] : elems_.back(); }  // of a dict; a generator's return value
  // What a generator's yield expressions evaluate to: its third argument, else None.
  Type sent() const { return elems_.size() > 2 ? elems_[2] : None(); }
  const std::string& class_name() const { return class_name_; }  // of an object
  const std::string& dtype() const { return kind_ == Kind::kArray ? elem().class_name_ : class_name_; }
  int ndim() const { return ndim_; }  // of an array
  std::string ToString() const;
  bool operator==(const Type&) const = default;

 private:
  explicit Type(Kind kind, std::vector<Type> elems = {}) : kind_(kind), elems_(std::move(elems)) {}
  Kind kind_ = Kind::kNone;
  std::vector<Type> elems_;
  std::string class_name_;  // an object's class; a NumPy scalar's dtype
  int ndim_ = 0;
};

enum class Op {
  kPlaceholder,
  kConstant,
  kGetAttr,
  kCallFunction,
  kCallMethod,
  kLoad,
  kStore,
  kIf,
  kLoop,
  kForRange,
  kForEach,
  kBreak,
  kContinue,
  kOutput,
  kTry,        // blocks: body, handlers (EXCEPT nodes), else, finally
  kExcept,     // names: the exception classes it catches (empty: all); target: the `as` variable; blocks: body
  kRaise,      // target: class name and args: [message str]; or args: [exception value]; or neither: re-raise
  kNewObject,  // target: class name; a new instance with every field unset
  kGetField,   // args: [object]; target: field name
  kSetField,   // args: [object, value]; target: field name
  kUnbind,     // target: a local variable that `del` unbound (its next read raises UnboundLocalError)
};
std::string_view OpName(Op op);  // "call_function", ...
std::optional<Op> OpFromName(std::string_view name);

using Constant = std::variant<std::monostate, bool, int64_t, double, std::string>;  // monostate: None

struct SourceLoc {
  int line = 0;
  int col = 0;  // 1-based; 0 when unknown
};

struct Block;

struct Node {
  Op op = Op::kConstant;
  std::string name;               // value name, unique in its function; empty for statements
  std::string target;             // operator, variable or attribute
  std::vector<std::string> args;  // names of earlier nodes
  std::optional<Type> type;       // the value's type; nullopt for statements
  SourceLoc loc;
  Constant value;                 // CONSTANT and GET_ATTR
  std::vector<Block> blocks;      // IF: then, else; loops: body
  std::vector<std::string> names;  // EXCEPT: the exception classes caught

  bool produces_value() const { return type.has_value(); }
};

struct Block {
  std::vector<Node> nodes;
};

struct Variable {
  std::string name;
  Type type;
  bool maybe_unbound = false;
};

struct Param {
  std::string name;
  Type type;
};

struct Function {
  std::string symbol;       // unique per specialization
  std::string python_name;  // as written in the source
  std::vector<Param> params;
  Type return_type;
  std::vector<Variable> variables;
  Block body;
  int line = 0;
  bool once = false;  // no parameters; its result is made on the first call and kept

  const Variable* FindVariable(std::string_view name) const;
};

// A user class: instances are reference-counted records of typed fields.
struct ClassDef {
  std::string name;
  std::vector<Param> fields;
  bool dataclass = false;  // repr() and == as @dataclass generates them
  std::string base;          // the class whose layout this one extends; empty for none
  bool polymorphic = false;  // instances carry their run-time class (a class of a hierarchy)
  bool exception = false;    // a user exception class with fields: raised as an instance
  bool identity_eq = false;  // a dataclass with eq=False: == is identity
  // Operator methods called from inside kernels: hook name ("eq", "hash", "lt", "repr", ...) ->
  // symbol of the module's function implementing it (proto/ir.proto ClassHook).
  std::vector<std::pair<std::string, std::string>> hooks;
  int extra_fields = 0;  // a dataclass's last fields that are not @dataclass fields (proto/ir.proto)
};

struct Module {
  std::string source_file;
  std::string entry;  // symbol of the entry function
  std::vector<Function> functions;
  std::vector<ClassDef> classes;
  int float_ulps = 0;  // see proto/ir.proto
  std::string state_init;  // symbol of the module state's initializer, or empty (see proto/ir.proto)

  const ClassDef* FindClass(std::string_view name) const;
  const Function* FindFunction(std::string_view symbol) const;
  const Function* entry_function() const { return FindFunction(entry); }
  // IR nodes in all functions, nested blocks included (what `fxn push` reports).
  int CountNodes() const;
};

// The prefix of CALL_FUNCTION targets that name a function of the module itself.
inline constexpr std::string_view kUserCallPrefix = "user:";
// The CALL_FUNCTION target of `yield value` (a statement) in a generator function, whose
// return type is gen[T, R].
inline constexpr std::string_view kYieldTarget = "fxn.yield";

}  // namespace fxn::ir
