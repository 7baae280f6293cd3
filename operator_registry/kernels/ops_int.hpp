// int (64-bit) and bool kernels. Python ints are unbounded; fxn's are 64-bit and raise
// OverflowError where CPython would grow past 64 bits, never wrap.
#pragma once
#include <cmath>
#include <cstdint>

#include "fxn_op_annotate.hpp"
#include "fxn_runtime.hpp"

namespace fxn::ops {

inline constexpr const char* kIntOverflow = "integer overflow: the result does not fit in fxn's 64-bit int";

// Under speculation the entry re-runs the call over unbounded ints (Ctx::speculating); else it
// is fxn's limit, which Python code cannot catch (Ctx::kIntLimit).
inline bool int_overflow(Ctx& cx) { return cx.Raise(cx.speculating ? Ctx::kDeopt : Ctx::kIntLimit, kIntOverflow); }

// What the frames of a tail-call loop still have to add (lowering: `return x + f(...)` in f):
// the additions are regrouped, ((x1 + (x2 + r)) becomes ((x1 + x2) + r)), so the sum is exact
// and overflows only when the result does, never on a partial sum CPython would not see.
// `wraps_` counts the sum's carries past 64 bits (at most one per frame, recursion_limit frames).
class IntTailSum {
 public:
  void Add(int64_t x) {
    if (FXN_UNLIKELY(__builtin_add_overflow(sum_, x, &sum_))) wraps_ += x < 0 ? -1 : 1;
  }
  bool Finish(Ctx& cx, int64_t last, int64_t& out) {
    Add(last);
    if (FXN_UNLIKELY(wraps_ != 0)) return int_overflow(cx);
    out = sum_;
    return true;
  }

 private:
  int64_t sum_ = 0;
  int64_t wraps_ = 0;
};

FXN_OP("operator.add", "(int, int) -> int", "*")
inline bool int_add(Ctx& cx, int64_t a, int64_t b, int64_t& out) {
  if (FXN_UNLIKELY(__builtin_add_overflow(a, b, &out))) return int_overflow(cx);
  return true;
}
FXN_OP("operator.sub", "(int, int) -> int", "*")
inline bool int_sub(Ctx& cx, int64_t a, int64_t b, int64_t& out) {
  if (FXN_UNLIKELY(__builtin_sub_overflow(a, b, &out))) return int_overflow(cx);
  return true;
}
FXN_OP("operator.mul", "(int, int) -> int", "*")
inline bool int_mul(Ctx& cx, int64_t a, int64_t b, int64_t& out) {
#if UINTPTR_MAX == 0xFFFFFFFFu
  // 32-bit targets check a 64-bit product through a 128-bit one (wasm32: a call to __multi3;
  // armv7: four multiplies): factors that fit in 32 bits cannot overflow, so they skip it.
  if (FXN_LIKELY(a == static_cast<int32_t>(a) && b == static_cast<int32_t>(b))) {
    out = a * b;
    return true;
  }
#endif
  if (FXN_UNLIKELY(__builtin_mul_overflow(a, b, &out))) return int_overflow(cx);
  return true;
}
FXN_OP("operator.neg", "(int) -> int", "*")
inline bool int_neg(Ctx& cx, int64_t a, int64_t& out) {
  if (FXN_UNLIKELY(a == INT64_MIN)) return int_overflow(cx);
  out = -a;
  return true;
}
FXN_OP("operator.pos", "(int) -> int", "*")
inline int64_t int_pos(int64_t a) { return a; }
FXN_OP("builtins.abs", "(int) -> int", "*")
inline bool int_abs(Ctx& cx, int64_t a, int64_t& out) {
  if (FXN_UNLIKELY(a == INT64_MIN)) return int_overflow(cx);
  out = a < 0 ? -a : a;
  return true;
}

// Floor division and modulo round toward negative infinity, as Python's do.
FXN_OP("operator.floordiv", "(int, int) -> int", "*")
inline bool int_floordiv(Ctx& cx, int64_t a, int64_t b, int64_t& out) {
  if (FXN_UNLIKELY(b == 0)) return cx.Raise("ZeroDivisionError", "integer division or modulo by zero");
  if (FXN_UNLIKELY(a == INT64_MIN && b == -1)) return int_overflow(cx);
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  out = q;
  return true;
}
FXN_OP("operator.mod", "(int, int) -> int", "*")
inline bool int_mod(Ctx& cx, int64_t a, int64_t b, int64_t& out) {
  if (FXN_UNLIKELY(b == 0)) return cx.Raise("ZeroDivisionError", "integer modulo by zero");
  if (b == -1) {
    out = 0;
    return true;
  }
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  out = r;
  return true;
}
FXN_OP("builtins.divmod", "(int, int) -> tuple[int, int]", "*")
inline bool int_divmod(Ctx& cx, int64_t a, int64_t b, Tuple<int64_t, int64_t>& out) {
  if (FXN_UNLIKELY(b == 0)) return cx.Raise("ZeroDivisionError", "integer division or modulo by zero");
  int64_t q, r;
  if (!int_floordiv(cx, a, b, q) || !int_mod(cx, a, b, r)) return false;
  out = {q, r};
  return true;
}

// int / int: the correctly rounded quotient, as CPython computes it (not a double-rounded
// (double)a / (double)b, which differs once an operand exceeds 2**53). Long division in
// 64-bit words, so it builds for 32-bit targets too (no __int128).
FXN_OP("operator.truediv", "(int, int) -> float", "*")
inline bool int_truediv(Ctx& cx, int64_t a, int64_t b, double& out) {
  if (FXN_UNLIKELY(b == 0)) return cx.Raise("ZeroDivisionError", "division by zero");
  constexpr int64_t kExact = int64_t{1} << 53;
  if (a >= -kExact && a <= kExact && b >= -kExact && b <= kExact) {
    out = static_cast<double>(a) / static_cast<double>(b);
    return true;
  }
  bool negative = (a < 0) != (b < 0);
  uint64_t n = a < 0 ? 0 - static_cast<uint64_t>(a) : static_cast<uint64_t>(a);
  uint64_t d = b < 0 ? 0 - static_cast<uint64_t>(b) : static_cast<uint64_t>(b);
  if (n == 0) {  // no quotient bit would ever come (long_true_divide: a signed zero)
    out = negative ? -0.0 : 0.0;
    return true;
  }
  // The quotient's bits, then fraction bits until there are at least 55 significant ones; a
  // non-zero remainder becomes a sticky bit below the rounding position, so the one
  // conversion to double rounds correctly.
  uint64_t bits = n / d, rem = n % d;
  int shift = 0;
  auto bit_length = [](uint64_t v) { return v == 0 ? 0 : 64 - __builtin_clzll(v); };
  while (bit_length(bits) < 55) {
    bool bit = rem >= d - rem;  // 2 * rem >= d, without overflow
    rem = bit ? rem - (d - rem) : rem + rem;
    bits = (bits << 1) | (bit ? 1 : 0);
    ++shift;
  }
  if (rem != 0) bits |= 1;
  double r = std::ldexp(static_cast<double>(bits), -shift);
  out = negative ? -r : r;
  return true;
}

// int ** int with a non-negative exponent; a negative one makes a float in Python, which code
// compiled for an int result cannot return, so it is refused rather than answered wrongly.
FXN_OP("operator.pow", "(int, int) -> int", "*")
FXN_OP("builtins.pow", "(int, int) -> int", "*")
inline bool int_pow(Ctx& cx, int64_t base, int64_t exp, int64_t& out) {
  if (FXN_UNLIKELY(exp < 0)) {
    if (base == 0) return cx.Raise("ZeroDivisionError", "0.0 cannot be raised to a negative power");
    return cx.Raise("NotImplementedError",
                    "int ** negative int gives a float in Python, but this code was compiled for an "
                    "int result; write float(x) ** y");
  }
  int64_t result = 1;
  while (exp > 0) {
    if (exp & 1) {
      if (FXN_UNLIKELY(__builtin_mul_overflow(result, base, &result))) return int_overflow(cx);
    }
    exp >>= 1;
    if (exp > 0 && FXN_UNLIKELY(__builtin_mul_overflow(base, base, &base))) return int_overflow(cx);
  }
  out = result;
  return true;
}

FXN_OP("operator.and_", "(int, int) -> int", "*")
inline int64_t int_and(int64_t a, int64_t b) { return a & b; }
FXN_OP("operator.or_", "(int, int) -> int", "*")
inline int64_t int_or(int64_t a, int64_t b) { return a | b; }
FXN_OP("operator.xor", "(int, int) -> int", "*")
inline int64_t int_xor(int64_t a, int64_t b) { return a ^ b; }
FXN_OP("operator.invert", "(int) -> int", "*")
inline int64_t int_invert(int64_t a) { return ~a; }
FXN_OP("operator.and_", "(bool, bool) -> bool", "*")
inline bool bool_and(bool a, bool b) { return a && b; }
FXN_OP("operator.or_", "(bool, bool) -> bool", "*")
inline bool bool_or(bool a, bool b) { return a || b; }
FXN_OP("operator.xor", "(bool, bool) -> bool", "*")
inline bool bool_xor(bool a, bool b) { return a != b; }
FXN_OP("operator.not_", "(bool) -> bool", "*")
inline bool bool_not(bool a) { return !a; }

FXN_OP("operator.lshift", "(int, int) -> int", "*")
inline bool int_lshift(Ctx& cx, int64_t a, int64_t b, int64_t& out) {
  if (FXN_UNLIKELY(b < 0)) return cx.Raise("ValueError", "negative shift count");
  if (a == 0) {
    out = 0;
    return true;
  }
  if (FXN_UNLIKELY(b >= 64)) return int_overflow(cx);
  int64_t shifted = static_cast<int64_t>(static_cast<uint64_t>(a) << b);
  if (FXN_UNLIKELY((shifted >> b) != a)) return int_overflow(cx);
  out = shifted;
  return true;
}
FXN_OP("operator.rshift", "(int, int) -> int", "*")
inline bool int_rshift(Ctx& cx, int64_t a, int64_t b, int64_t& out) {
  if (FXN_UNLIKELY(b < 0)) return cx.Raise("ValueError", "negative shift count");
  out = b >= 64 ? (a < 0 ? -1 : 0) : (a >> b);
  return true;
}

FXN_OP("operator.lt", "(int, int) -> bool", "*")
inline bool int_lt(int64_t a, int64_t b) { return a < b; }
FXN_OP("operator.le", "(int, int) -> bool", "*")
inline bool int_le(int64_t a, int64_t b) { return a <= b; }
FXN_OP("operator.gt", "(int, int) -> bool", "*")
inline bool int_gt(int64_t a, int64_t b) { return a > b; }
FXN_OP("operator.ge", "(int, int) -> bool", "*")
inline bool int_ge(int64_t a, int64_t b) { return a >= b; }
FXN_OP("operator.eq", "(int, int) -> bool", "*")
inline bool int_eq(int64_t a, int64_t b) { return a == b; }
FXN_OP("operator.ne", "(int, int) -> bool", "*")
inline bool int_ne(int64_t a, int64_t b) { return a != b; }

FXN_OP("builtins.round", "(int) -> int", "*")
FXN_OP("builtins.int", "(int) -> int", "*")
inline int64_t int_identity(int64_t a) { return a; }
FXN_OP("builtins.round", "(int, None) -> int", "*")
inline int64_t int_round_none(int64_t a, NoneT) { return a; }
FXN_OP("builtins.int", "(bool) -> int", "*")
inline int64_t int_from_bool(bool b) { return b ? 1 : 0; }
FXN_OP("builtins.bool", "(bool) -> bool", "*")
inline bool bool_identity(bool a) { return a; }
FXN_OP("builtins.bool", "(int) -> bool", "*")
inline bool bool_from_int(int64_t a) { return a != 0; }

// round(int, ndigits): exact, half to even, as CPython's int.__round__.
FXN_OP("builtins.round", "(int, int) -> int", "*")
inline bool int_round_ndigits(Ctx& cx, int64_t x, int64_t ndigits, int64_t& out) {
  if (ndigits >= 0) {
    out = x;
    return true;
  }
  if (ndigits < -19) {
    out = 0;
    return true;
  }
  if (ndigits == -19) {  // 10**19 exceeds every int64: 0, unless |x| rounds up past 64 bits
    uint64_t mag = x < 0 ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    if (mag > 5000000000000000000ull) return int_overflow(cx);
    out = 0;
    return true;
  }
  int64_t p = 1;
  for (int64_t i = 0; i < -ndigits; ++i) p *= 10;
  int64_t q = x / p, r = x % p;
  if (r < 0) {  // floor division
    r += p;
    q -= 1;
  }
  if (r > p - r || (r == p - r && (q & 1))) q += 1;
  if (FXN_UNLIKELY(__builtin_mul_overflow(q, p, &out))) return int_overflow(cx);
  return true;
}

}  // namespace fxn::ops

namespace fxn::ops {
// `assert cond` (without a message): AssertionError with an empty message, as CPython raises.
FXN_OP("fxn.assert_", "(bool) -> None", "*")
inline bool assert_true(Ctx& cx, bool cond) {
  if (FXN_UNLIKELY(!cond)) return cx.Raise("AssertionError", "");
  return true;
}
}  // namespace fxn::ops
