#include "ir/ir.h"

#include <array>
#include <cctype>
#include <utility>

namespace fxn::ir {
namespace {

constexpr std::array<std::pair<Op, std::string_view>, 21> kOpNames = {{
    {Op::kPlaceholder, "placeholder"},
    {Op::kConstant, "constant"},
    {Op::kGetAttr, "get_attr"},
    {Op::kCallFunction, "call_function"},
    {Op::kCallMethod, "call_method"},
    {Op::kLoad, "load"},
    {Op::kStore, "store"},
    {Op::kIf, "if"},
    {Op::kLoop, "loop"},
    {Op::kForRange, "for_range"},
    {Op::kForEach, "for_each"},
    {Op::kBreak, "break"},
    {Op::kContinue, "continue"},
    {Op::kOutput, "output"},
    {Op::kTry, "try"},
    {Op::kExcept, "except"},
    {Op::kRaise, "raise"},
    {Op::kNewObject, "new_object"},
    {Op::kGetField, "get_field"},
    {Op::kSetField, "set_field"},
    {Op::kUnbind, "unbind"},
}};

class TypeParser {
 public:
  explicit TypeParser(std::string_view s) : s_(s) {}
  std::optional<Type> ParseAll() {
    auto t = Parse();
    if (!t || pos_ != s_.size()) return std::nullopt;
    return t;
  }

 private:
  bool Eat(std::string_view word) {
    if (s_.substr(pos_, word.size()) == word) {
      pos_ += word.size();
      return true;
    }
    return false;
  }
  bool EatWord(std::string_view word) {
    size_t end = pos_ + word.size();
    if (s_.substr(pos_, word.size()) != word) return false;
    if (end < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[end])) || s_[end] == '_')) return false;
    pos_ = end;
    return true;
  }
  std::optional<Type> Parse() {
    static constexpr std::string_view kStdlibTypes[] = {"re_pattern", "re_match"};
    static constexpr std::string_view kDtypes[] = {"int8", "int16", "int32", "int64", "uint8", "uint16",
                                                   "uint32", "uint64", "float32", "float64"};
    if (EatWord("bool_")) return Type::NpScalar("bool");
    for (std::string_view d : kDtypes)
      if (EatWord(d)) return Type::NpScalar(std::string(d));
    if (Eat("ndarray[")) {
      auto e = Parse();
      if (!e || e->kind() != Type::Kind::kNpScalar || !Eat(", ")) return std::nullopt;
      int ndim = 0;
      size_t start = pos_;
      while (pos_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[pos_])) && pos_ - start < 2)
        ndim = ndim * 10 + (s_[pos_++] - '0');
      if (pos_ == start || ndim > 32 || !Eat("]")) return std::nullopt;
      return Type::Array(e->dtype(), ndim);
    }
    for (std::string_view name : kStdlibTypes)
      if (EatWord(name)) return Type::Stdlib(std::string(name));
    if (EatWord("dynamic")) return Type::Dynamic();
    if (Eat("None")) return Type::None();
    if (Eat("bool")) return Type::Bool();
    if (Eat("int")) return Type::Int();
    if (Eat("float")) return Type::Float();
    if (Eat("str")) return Type::Str();
    if (Eat("exception")) return Type::Exception();
    if (Eat("set[")) {
      auto e = Parse();
      if (!e || !Eat("]")) return std::nullopt;
      return Type::Set(*e);
    }
    if (Eat("optional[")) {
      auto e = Parse();
      if (!e || !Eat("]")) return std::nullopt;
      return Type::Optional(*e);
    }
    if (Eat("dict[")) {
      auto k = Parse();
      if (!k || !Eat(", ")) return std::nullopt;
      auto v = Parse();
      if (!v || !Eat("]")) return std::nullopt;
      return Type::Dict(*k, *v);
    }
    if (Eat("gen[")) {
      auto item = Parse();
      if (!item || !Eat(", ")) return std::nullopt;
      auto result = Parse();
      if (!result) return std::nullopt;
      if (Eat(", ")) {
        auto sent = Parse();
        if (!sent || !Eat("]")) return std::nullopt;
        return Type::Gen(*item, *result, *sent);
      }
      if (!Eat("]")) return std::nullopt;
      return Type::Gen(*item, *result);
    }
    if (Eat("obj[")) {
      std::string name;
      while (pos_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '_')) name += s_[pos_++];
      if (name.empty() || !Eat("]")) return std::nullopt;
      return Type::Object(name);
    }
    if (Eat("list[")) {
      auto e = Parse();
      if (!e || !Eat("]")) return std::nullopt;
      return Type::List(*e);
    }
    if (bool fixed = Eat("fixedlist["); fixed || Eat("tuple[")) {
      std::vector<Type> elems;
      if (Eat("]")) return fixed ? Type::FixedList({}) : Type::Tuple({});
      while (true) {
        auto e = Parse();
        if (!e) return std::nullopt;
        elems.push_back(*e);
        if (Eat("]")) return fixed ? Type::FixedList(std::move(elems)) : Type::Tuple(std::move(elems));
        if (!Eat(", ")) return std::nullopt;
      }
    }
    return std::nullopt;
  }
  std::string_view s_;
  size_t pos_ = 0;
};

}  // namespace

std::optional<Type> Type::Parse(std::string_view text) { return TypeParser(text).ParseAll(); }

std::string Type::ToString() const {
  switch (kind_) {
    case Kind::kNone: return "None";
    case Kind::kBool: return "bool";
    case Kind::kInt: return "int";
    case Kind::kFloat: return "float";
    case Kind::kList: return "list[" + elem().ToString() + "]";
    case Kind::kStr: return "str";
    case Kind::kDict: return "dict[" + elem().ToString() + ", " + value().ToString() + "]";
    case Kind::kSet: return "set[" + elem().ToString() + "]";
    case Kind::kOptional: return "optional[" + elem().ToString() + "]";
    case Kind::kObject: return "obj[" + class_name_ + "]";
    case Kind::kGen:
      return "gen[" + elem().ToString() + ", " + value().ToString() +
             (elems_.size() > 2 ? ", " + elems_[2].ToString() : std::string()) + "]";
    case Kind::kStdlib: return class_name_;
    case Kind::kException: return "exception";
    case Kind::kDynamic: return "dynamic";
    case Kind::kNpScalar: return class_name_ == "bool" ? "bool_" : class_name_;
    case Kind::kArray: return "ndarray[" + elem().ToString() + ", " + std::to_string(ndim_) + "]";
    case Kind::kTuple:
    case Kind::kFixedList: {
      std::string out = kind_ == Kind::kTuple ? "tuple[" : "fixedlist[";
      for (size_t i = 0; i < elems_.size(); ++i) out += (i ? ", " : "") + elems_[i].ToString();
      return out + "]";
    }
  }
  return "?";
}

std::string_view OpName(Op op) {
  for (const auto& [o, name] : kOpNames)
    if (o == op) return name;
  return "?";
}

std::optional<Op> OpFromName(std::string_view name) {
  for (const auto& [o, n] : kOpNames)
    if (n == name) return o;
  return std::nullopt;
}

const Variable* Function::FindVariable(std::string_view name) const {
  for (const auto& v : variables)
    if (v.name == name) return &v;
  return nullptr;
}

const ClassDef* Module::FindClass(std::string_view name) const {
  for (const auto& c : classes)
    if (c.name == name) return &c;
  return nullptr;
}

namespace {
int CountBlockNodes(const Block& block) {
  int n = 0;
  for (const auto& node : block.nodes) {
    ++n;
    for (const auto& b : node.blocks) n += CountBlockNodes(b);
  }
  return n;
}
}  // namespace

int Module::CountNodes() const {
  int n = 0;
  for (const auto& f : functions) n += CountBlockNodes(f.body);
  return n;
}

const Function* Module::FindFunction(std::string_view symbol) const {
  for (const auto& f : functions)
    if (f.symbol == symbol) return &f;
  return nullptr;
}

}  // namespace fxn::ir
