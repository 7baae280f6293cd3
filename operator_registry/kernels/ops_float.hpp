// float kernels with CPython's semantics: floor division and modulo as float_divmod does them,
// ** as float_pow does (including its errors), exact int/float comparisons.
#pragma once
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "fxn_op_annotate.hpp"
#include "fxn_runtime.hpp"
#include "ops_int.hpp"

namespace fxn::ops {

FXN_OP("operator.add", "(float, float) -> float", "*")
inline double float_add(double a, double b) { return a + b; }
FXN_OP("operator.sub", "(float, float) -> float", "*")
inline double float_sub(double a, double b) { return a - b; }
FXN_OP("operator.mul", "(float, float) -> float", "*")
inline double float_mul(double a, double b) { return a * b; }
FXN_OP("operator.neg", "(float) -> float", "*")
inline double float_neg(double a) { return -a; }
FXN_OP("operator.pos", "(float) -> float", "*")
inline double float_pos(double a) { return a; }
FXN_OP("builtins.abs", "(float) -> float", "*")
inline double float_abs(double a) { return std::fabs(a); }
FXN_OP("builtins.float", "(float) -> float", "*")
inline double float_identity(double a) { return a; }

FXN_OP("operator.truediv", "(float, float) -> float", "*")
inline bool float_truediv(Ctx& cx, double a, double b, double& out) {
  if (FXN_UNLIKELY(b == 0.0)) return cx.Raise("ZeroDivisionError", "float division by zero");
  out = a / b;
  return true;
}

// CPython's float_divmod, shared by //, % and divmod().
inline void float_divmod_core(double vx, double wx, double& floordiv, double& mod) {
  mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
}

FXN_OP("operator.floordiv", "(float, float) -> float", "*")
inline bool float_floordiv(Ctx& cx, double a, double b, double& out) {
  if (FXN_UNLIKELY(b == 0.0)) return cx.Raise("ZeroDivisionError", "float floor division by zero");
  double mod;
  float_divmod_core(a, b, out, mod);
  return true;
}
FXN_OP("operator.mod", "(float, float) -> float", "*")
inline bool float_mod(Ctx& cx, double a, double b, double& out) {
  if (FXN_UNLIKELY(b == 0.0)) return cx.Raise("ZeroDivisionError", "float modulo");
  double mod = std::fmod(a, b);
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = std::copysign(0.0, b);
  }
  out = mod;
  return true;
}
FXN_OP("builtins.divmod", "(float, float) -> tuple[float, float]", "*")
inline bool float_divmod(Ctx& cx, double a, double b, Tuple<double, double>& out) {
  if (FXN_UNLIKELY(b == 0.0)) return cx.Raise("ZeroDivisionError", "float divmod()");
  double q, r;
  float_divmod_core(a, b, q, r);
  out = {q, r};
  return true;
}

inline bool double_is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

// CPython's float_pow, case by case.
FXN_OP("operator.pow", "(float, float) -> float", "*")
FXN_OP("builtins.pow", "(float, float) -> float", "*")
inline bool float_pow(Ctx& cx, double iv, double iw, double& out) {
  if (iw == 0) {
    out = 1.0;
    return true;
  }
  if (std::isnan(iv)) {
    out = iv;
    return true;
  }
  if (std::isnan(iw)) {
    out = iv == 1.0 ? 1.0 : iw;
    return true;
  }
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) out = 1.0;
    else if ((iw > 0.0) == (iv > 1.0)) out = std::fabs(iw);
    else out = 0.0;
    return true;
  }
  if (std::isinf(iv)) {
    bool odd = double_is_odd_integer(iw);
    if (iw > 0.0) out = odd ? iv : std::fabs(iv);
    else out = odd ? std::copysign(0.0, iv) : 0.0;
    return true;
  }
  if (iv == 0.0) {
    bool odd = double_is_odd_integer(iw);
    if (iw < 0.0) return cx.Raise("ZeroDivisionError", "0.0 cannot be raised to a negative power");
    out = odd ? iv : 0.0;
    return true;
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) {
      return cx.Raise("NotImplementedError",
                      "a negative float raised to a fractional power gives a complex number in "
                      "Python; fxn does not compile complex numbers");
    }
    iv = -iv;
    negate = double_is_odd_integer(iw);
  }
  if (iv == 1.0) {
    out = negate ? -1.0 : 1.0;
    return true;
  }
  double ix = CrtPow(iv, iw);
  if (negate) ix = -ix;
  if (std::isinf(ix)) return cx.Raise("OverflowError", "(34, 'Numerical result out of range')");
  out = ix;
  return true;
}

FXN_OP("operator.lt", "(float, float) -> bool", "*")
inline bool float_lt(double a, double b) { return a < b; }
FXN_OP("operator.le", "(float, float) -> bool", "*")
inline bool float_le(double a, double b) { return a <= b; }
FXN_OP("operator.gt", "(float, float) -> bool", "*")
inline bool float_gt(double a, double b) { return a > b; }
FXN_OP("operator.ge", "(float, float) -> bool", "*")
inline bool float_ge(double a, double b) { return a >= b; }
FXN_OP("operator.eq", "(float, float) -> bool", "*")
inline bool float_eq(double a, double b) { return a == b; }
FXN_OP("operator.ne", "(float, float) -> bool", "*")
inline bool float_ne(double a, double b) { return a != b; }

// Exact comparison of an int with a float (-1, 0, 1; 2 when unordered: f is NaN), as CPython's
// float_richcompare does it, without rounding the int to a double.
inline int compare_int_float(int64_t i, double f) {
  if (std::isnan(f)) return 2;
  constexpr int64_t kExact = int64_t{1} << 53;
  if (i >= -kExact && i <= kExact) {
    double d = static_cast<double>(i);
    return d < f ? -1 : (d > f ? 1 : 0);
  }
  if (f >= 9223372036854775808.0) return -1;
  if (f < -9223372036854775808.0) return 1;
  double whole = std::trunc(f);
  int64_t fi = static_cast<int64_t>(whole);
  if (i != fi) return i < fi ? -1 : 1;
  double frac = f - whole;
  return frac > 0 ? -1 : (frac < 0 ? 1 : 0);
}
FXN_OP("operator.lt", "(int, float) -> bool", "*")
inline bool int_float_lt(int64_t a, double b) { return compare_int_float(a, b) == -1; }
FXN_OP("operator.le", "(int, float) -> bool", "*")
inline bool int_float_le(int64_t a, double b) { int c = compare_int_float(a, b); return c == -1 || c == 0; }
FXN_OP("operator.gt", "(int, float) -> bool", "*")
inline bool int_float_gt(int64_t a, double b) { return compare_int_float(a, b) == 1; }
FXN_OP("operator.ge", "(int, float) -> bool", "*")
inline bool int_float_ge(int64_t a, double b) { int c = compare_int_float(a, b); return c == 1 || c == 0; }
FXN_OP("operator.eq", "(int, float) -> bool", "*")
inline bool int_float_eq(int64_t a, double b) { return compare_int_float(a, b) == 0; }
FXN_OP("operator.ne", "(int, float) -> bool", "*")
inline bool int_float_ne(int64_t a, double b) { return compare_int_float(a, b) != 0; }
FXN_OP("operator.lt", "(float, int) -> bool", "*")
inline bool float_int_lt(double a, int64_t b) { return compare_int_float(b, a) == 1; }
FXN_OP("operator.le", "(float, int) -> bool", "*")
inline bool float_int_le(double a, int64_t b) { int c = compare_int_float(b, a); return c == 1 || c == 0; }
FXN_OP("operator.gt", "(float, int) -> bool", "*")
inline bool float_int_gt(double a, int64_t b) { return compare_int_float(b, a) == -1; }
FXN_OP("operator.ge", "(float, int) -> bool", "*")
inline bool float_int_ge(double a, int64_t b) { int c = compare_int_float(b, a); return c == -1 || c == 0; }
FXN_OP("operator.eq", "(float, int) -> bool", "*")
inline bool float_int_eq(double a, int64_t b) { return compare_int_float(b, a) == 0; }
FXN_OP("operator.ne", "(float, int) -> bool", "*")
inline bool float_int_ne(double a, int64_t b) { return compare_int_float(b, a) != 0; }

// Conversions.
FXN_OP("builtins.float", "(int) -> float", "*")
inline double float_from_int(int64_t a) { return static_cast<double>(a); }
FXN_OP("builtins.float", "(bool) -> float", "*")
inline double float_from_bool(bool a) { return a ? 1.0 : 0.0; }
FXN_OP("builtins.bool", "(float) -> bool", "*")
inline bool bool_from_float(double a) { return a != 0.0; }

// None (after the float kernels: the table lists None's rows after float's).
FXN_OP("builtins.bool", "(None) -> bool", "*")
inline bool bool_from_none(NoneT) { return false; }
FXN_OP("operator.eq", "(None, None) -> bool", "*")
inline bool none_eq(NoneT, NoneT) { return true; }
FXN_OP("operator.ne", "(None, None) -> bool", "*")
inline bool none_ne(NoneT, NoneT) { return false; }

// float -> int truncation (int(), math.trunc) and the errors CPython gives.
inline bool float_to_int_checked(Ctx& cx, double x, int64_t& out) {
  if (FXN_UNLIKELY(std::isnan(x))) return cx.Raise("ValueError", "cannot convert float NaN to integer");
  if (FXN_UNLIKELY(std::isinf(x))) return cx.Raise("OverflowError", "cannot convert float infinity to integer");
  if (FXN_UNLIKELY(!(x >= -9223372036854775808.0 && x < 9223372036854775808.0))) return int_overflow(cx);
  out = static_cast<int64_t>(x);
  return true;
}
FXN_OP("builtins.int", "(float) -> int", "*")
inline bool int_from_float(Ctx& cx, double x, int64_t& out) { return float_to_int_checked(cx, std::trunc(x), out); }

// round(x): nearest int, ties to even.
FXN_OP("builtins.round", "(float) -> int", "*")
inline bool float_round(Ctx& cx, double x, int64_t& out) {
  double r = std::nearbyint(x);
  return float_to_int_checked(cx, r, out);
}

// round(x, None) is round(x).
FXN_OP("builtins.round", "(float, None) -> int", "*")
inline bool float_round_none(Ctx& cx, double x, NoneT, int64_t& out) { return float_round(cx, x, out); }

// round(x, ndigits): the exact decimal value of x, rounded half to even at ndigits, read back
// as a double; what CPython's double_round does with its correctly rounded dtoa.
FXN_OP("builtins.round", "(float, int) -> float", "*")
inline bool float_round_ndigits(Ctx& cx, double x, int64_t ndigits, double& out) {
  if (!std::isfinite(x) || x == 0.0 || ndigits > 323) {
    out = x;
    return true;
  }
  if (ndigits < -308) {
    out = 0.0 * x;
    return true;
  }
  // Every double has an exact decimal expansion with at most 1074 fraction digits.
  char buf[1500];
  int len = std::snprintf(buf, sizeof buf, "%.1080f", std::fabs(x));
  std::string text(buf, static_cast<size_t>(len));
  size_t point = text.find('.');
  std::string digits = text.substr(0, point) + text.substr(point + 1);
  int64_t int_digits = static_cast<int64_t>(point);
  int64_t keep = int_digits + ndigits;
  std::string kept;
  if (keep >= 0) {
    kept = digits.substr(0, static_cast<size_t>(keep));
    std::string rest = digits.substr(static_cast<size_t>(keep));
    bool round_up = false;
    if (!rest.empty() && rest[0] >= '5') {
      bool exact_half = rest[0] == '5' && rest.find_first_not_of('0', 1) == std::string::npos;
      bool last_odd = !kept.empty() && ((kept.back() - '0') & 1);
      round_up = !exact_half || last_odd;
    }
    if (round_up) {
      int k = static_cast<int>(kept.size()) - 1;
      while (k >= 0 && kept[static_cast<size_t>(k)] == '9') kept[static_cast<size_t>(k--)] = '0';
      if (k >= 0) kept[static_cast<size_t>(k)]++;
      else kept.insert(kept.begin(), '1');
    }
  }
  if (kept.empty()) kept = "0";
  std::string number = kept + "e" + std::to_string(-ndigits);
  errno = 0;
  double r = std::strtod(number.c_str(), nullptr);
  if (std::isinf(r)) return cx.Raise("OverflowError", "rounded value too large to represent");
  out = std::copysign(r, x);
  return true;
}

}  // namespace fxn::ops
