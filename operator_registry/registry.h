// The operator registry: the Python operations fxn can compile and, per target, the C++ kernel
// that implements each. Built from the kernels' FXN_OP annotations (fxn-opindex); type inference
// (in the tracer) and lowering both read it, so an operation's signature is declared once.
#pragma once
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fxn::ops {

// A type written as text: "int", "list[float]", "tuple[int, int]", or a variable "T".
struct TypeTerm {
  std::string head;
  std::vector<TypeTerm> args;

  bool is_variable() const { return head.size() == 1 && head[0] >= 'A' && head[0] <= 'Z'; }
  std::string ToString() const;
  bool operator==(const TypeTerm&) const = default;
  static std::optional<TypeTerm> Parse(std::string_view text);
};

enum class Convention { kPure, kFallible, kPureVoid, kFallibleVoid, kElementwise, kElementwiseFallible };

struct Signature {
  std::vector<TypeTerm> params;
  bool variadic = false;  // the last param repeats zero or more times
  TypeTerm result;
  std::string ToString() const;
};

struct Operator {
  std::string python_target;  // "operator.add", "math.sqrt", "list.append", ...
  Signature signature;
  Convention convention;
  std::vector<std::string> targets;  // {"*"} or target names
  std::string kernel;                // C++ function in namespace fxn::ops
  std::vector<std::string> dtypes;   // NumPy dtypes an item kernel takes (FXN_DTYPES); empty: any

  bool Serves(std::string_view target) const;
  bool may_raise() const {
    return convention == Convention::kFallible || convention == Convention::kFallibleVoid ||
           convention == Convention::kElementwiseFallible;
  }
  bool TakesDtype(std::string_view dtype) const {
    return dtypes.empty() || std::find(dtypes.begin(), dtypes.end(), dtype) != dtypes.end();
  }
  bool elementwise() const {
    return convention == Convention::kElementwise || convention == Convention::kElementwiseFallible;
  }
};

// A successful lookup: the operator and the concrete result type.
struct Match {
  const Operator* op;
  TypeTerm result;
};

class Registry {
 public:
  static const Registry& Get();

  const std::vector<Operator>& operators() const { return operators_; }
  // The operator for `python_target` applied to `args` on `target` (any target when empty).
  // `result_hint` binds type variables that the arguments leave open (e.g. the T of []).
  std::optional<Match> Find(std::string_view python_target, const std::vector<TypeTerm>& args,
                            std::string_view target = "",
                            const TypeTerm* result_hint = nullptr) const;
  // Signatures as JSON, for the tracer's type inference:
  // [{"target": "operator.add", "params": ["int","int"], "variadic": false, "result": "int"}, ...]
  std::string SignaturesJson() const;
  // A digest of the table and the kernel sources: part of every artifact's cache key.
  std::string Digest() const;

 private:
  Registry();
  std::vector<Operator> operators_;
};

}  // namespace fxn::ops
