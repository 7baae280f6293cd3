#include "operator_registry/registry.h"

#include <cstdio>
#include <cstdlib>
#include <map>

#include "absl/strings/str_split.h"
#include "operator_registry/kernel_sources.h"
#include "support/digest.h"
#include "support/json_text.h"

namespace fxn::ops {
namespace {

struct Row {
  const char* target;
  const char* signature;
  Convention convention;
  const char* targets;
  const char* kernel;
  const char* dtypes = "";
};

constexpr Convention pure = Convention::kPure;
constexpr Convention fallible = Convention::kFallible;
constexpr Convention pure_void = Convention::kPureVoid;
constexpr Convention fallible_void = Convention::kFallibleVoid;
constexpr Convention elementwise = Convention::kElementwise;
constexpr Convention elementwise_fallible = Convention::kElementwiseFallible;

// The table fxn-opindex generates from the kernels' FXN_OP and FXN_ELEMENTWISE annotations
// (operator_registry/CMakeLists.txt runs it over kernels/ops_*.hpp). For the same target and
// types the first row wins; the rows over any type (ops_value.hpp) come last.
const Row kRows[] = {
#define FXN_OPERATOR(target, signature, convention, targets, kernel) {target, signature, convention, targets, kernel},
#define FXN_OPERATOR_DTYPES(target, signature, convention, targets, kernel, dtypes) \
  {target, signature, convention, targets, kernel, dtypes},
#include "operator_registry/operators_generated.def"
#undef FXN_OPERATOR
#undef FXN_OPERATOR_DTYPES
};

class TermParser {
 public:
  explicit TermParser(std::string_view s) : s_(s) {}
  std::optional<TypeTerm> ParseAll() {
    auto t = ParseTerm();
    Skip();
    if (!t || pos_ != s_.size()) return std::nullopt;
    return t;
  }
  std::optional<TypeTerm> ParseTerm() {
    Skip();
    TypeTerm t;
    while (pos_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '_')) t.head += s_[pos_++];
    if (t.head.empty()) return std::nullopt;
    Skip();
    if (pos_ < s_.size() && s_[pos_] == '[') {
      ++pos_;
      Skip();
      if (pos_ < s_.size() && s_[pos_] == ']') {  // tuple[]
        ++pos_;
        return t;
      }
      while (true) {
        auto a = ParseTerm();
        if (!a) return std::nullopt;
        t.args.push_back(*a);
        Skip();
        if (pos_ < s_.size() && s_[pos_] == ',') {
          ++pos_;
          continue;
        }
        if (pos_ < s_.size() && s_[pos_] == ']') {
          ++pos_;
          break;
        }
        return std::nullopt;
      }
    }
    return t;
  }
  void Skip() {
    while (pos_ < s_.size() && s_[pos_] == ' ') ++pos_;
  }
  size_t pos() const { return pos_; }
  std::string_view rest() const { return s_.substr(pos_); }

 private:
  std::string_view s_;
  size_t pos_ = 0;
};

// "(int, T...) -> list[T]"
Signature ParseSignature(std::string_view text) {
  Signature sig;
  auto arrow = text.find("->");
  auto fail = [&] {
    std::fprintf(stderr, "operator table: bad signature '%.*s'\n", static_cast<int>(text.size()), text.data());
    std::abort();
  };
  if (text.empty() || text[0] != '(' || arrow == std::string_view::npos) fail();
  std::string_view params = text.substr(1, text.rfind(')', arrow) - 1);
  size_t start = 0;
  while (start < params.size()) {
    size_t comma = start;
    int depth = 0;
    while (comma < params.size() && (params[comma] != ',' || depth > 0)) {
      if (params[comma] == '[') ++depth;
      if (params[comma] == ']') --depth;
      ++comma;
    }
    std::string_view p = params.substr(start, comma - start);
    while (!p.empty() && p.front() == ' ') p.remove_prefix(1);
    if (p.size() > 3 && p.substr(p.size() - 3) == "...") {
      sig.variadic = true;
      p.remove_suffix(3);
    }
    auto term = TypeTerm::Parse(p);
    if (!term) fail();
    sig.params.push_back(*term);
    start = comma + 1;
  }
  auto result = TypeTerm::Parse(text.substr(arrow + 2));
  if (!result) fail();
  sig.result = *result;
  return sig;
}

bool Unify(const TypeTerm& pattern, const TypeTerm& concrete, std::map<std::string, TypeTerm>& bindings) {
  if (pattern.is_variable()) {
    auto it = bindings.find(pattern.head);
    if (it == bindings.end()) {
      bindings.emplace(pattern.head, concrete);
      return true;
    }
    return it->second == concrete;
  }
  // A generator's third argument (what is sent to it, ir.h) is no concern of a `gen[T, R]` pattern.
  const bool gen_sent = pattern.head == "gen" && concrete.head == "gen" && pattern.args.size() == 2 &&
                        concrete.args.size() == 3;
  if (pattern.head != concrete.head || (pattern.args.size() != concrete.args.size() && !gen_sent)) return false;
  for (size_t i = 0; i < pattern.args.size(); ++i)
    if (!Unify(pattern.args[i], concrete.args[i], bindings)) return false;
  return true;
}

std::optional<TypeTerm> Substitute(const TypeTerm& t, const std::map<std::string, TypeTerm>& bindings) {
  if (t.is_variable()) {
    auto it = bindings.find(t.head);
    if (it == bindings.end()) return std::nullopt;
    return it->second;
  }
  TypeTerm out{t.head, {}};
  for (const auto& a : t.args) {
    auto s = Substitute(a, bindings);
    if (!s) return std::nullopt;
    out.args.push_back(*s);
  }
  return out;
}

}  // namespace

std::optional<TypeTerm> TypeTerm::Parse(std::string_view text) { return TermParser(text).ParseAll(); }

std::string TypeTerm::ToString() const {
  if (head == "tuple" || !args.empty()) {
    std::string out = head + "[";
    for (size_t i = 0; i < args.size(); ++i) out += (i ? ", " : "") + args[i].ToString();
    return out + "]";
  }
  return head;
}

std::string Signature::ToString() const {
  std::string out = "(";
  for (size_t i = 0; i < params.size(); ++i) {
    out += (i ? ", " : "") + params[i].ToString();
    if (variadic && i + 1 == params.size()) out += "...";
  }
  return out + ") -> " + result.ToString();
}

bool Operator::Serves(std::string_view target) const {
  for (const auto& t : targets)
    if (t == "*" || t == target) return true;
  return target.empty();
}

Registry::Registry() {
  for (const Row& row : kRows) {
    Operator op;
    op.python_target = row.target;
    op.signature = ParseSignature(row.signature);
    op.convention = row.convention;
    std::string_view targets = row.targets;
    size_t start = 0;
    while (start <= targets.size()) {
      size_t comma = targets.find(',', start);
      if (comma == std::string_view::npos) comma = targets.size();
      op.targets.emplace_back(targets.substr(start, comma - start));
      start = comma + 1;
    }
    op.kernel = row.kernel;
    for (absl::string_view d : absl::StrSplit(row.dtypes, ',', absl::SkipEmpty())) op.dtypes.emplace_back(d);
    operators_.push_back(std::move(op));
  }
}

const Registry& Registry::Get() {
  static const Registry* registry = new Registry();
  return *registry;
}

std::optional<Match> Registry::Find(std::string_view python_target, const std::vector<TypeTerm>& args,
                                    std::string_view target, const TypeTerm* result_hint) const {
  for (const Operator& op : operators_) {
    if (op.python_target != python_target || !op.Serves(target)) continue;
    const auto& params = op.signature.params;
    if (op.signature.variadic ? args.size() < params.size() - 1 : args.size() != params.size()) continue;
    std::map<std::string, TypeTerm> bindings;
    bool ok = true;
    for (size_t i = 0; i < args.size() && ok; ++i) {
      const TypeTerm& p = i < params.size() ? params[i] : params.back();
      ok = Unify(p, args[i], bindings);
    }
    if (!ok) continue;
    if (result_hint && !Unify(op.signature.result, *result_hint, bindings)) continue;
    auto result = Substitute(op.signature.result, bindings);
    if (!result) continue;
    return Match{&op, *result};
  }
  return std::nullopt;
}

std::string Registry::SignaturesJson() const {
  std::string out = "[";
  for (size_t i = 0; i < operators_.size(); ++i) {
    const Operator& op = operators_[i];
    out += i ? ",\n" : "";
    out += "{\"target\": " + JsonQuote(op.python_target) + ", \"params\": [";
    for (size_t k = 0; k < op.signature.params.size(); ++k)
      out += (k ? ", " : "") + JsonQuote(op.signature.params[k].ToString());
    out += std::string("], \"variadic\": ") + (op.signature.variadic ? "true" : "false");
    out += ", \"result\": " + JsonQuote(op.signature.result.ToString());
    out += std::string(", \"may_raise\": ") + (op.may_raise() ? "true" : "false") + "}";
  }
  return out + "]";
}

std::string Registry::Digest() const {
  Sha256Builder b;
  for (const Operator& op : operators_) {
    b.AddPart(op.python_target).AddPart(op.signature.ToString()).AddPart(op.kernel);
    b.AddPart(std::to_string(static_cast<int>(op.convention)));
    for (const auto& t : op.targets) b.AddPart(t);
  }
  for (const auto& f : KernelSources()) b.AddPart(f.name).AddPart(f.contents);
  return b.HexDigest();
}

}  // namespace fxn::ops
