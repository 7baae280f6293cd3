// The math module: libm with CPython's error checks (math_1 and friends): a NaN from a
// non-NaN argument is a ValueError ("math domain error"); an infinity from a finite argument is
// an OverflowError ("math range error") where the function can overflow, else a ValueError.
#pragma once
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "fxn_op_annotate.hpp"
#include "fxn_runtime.hpp"
#include "ops_float.hpp"
#include "ops_int.hpp"

namespace fxn::ops {

inline bool math_domain_error(Ctx& cx) { return cx.Raise("ValueError", "math domain error"); }
inline bool math_range_error(Ctx& cx) { return cx.Raise("OverflowError", "math range error"); }

template <double (*F)(double), bool kCanOverflow>
inline bool math_1(Ctx& cx, double x, double& out) {
  double r = F(x);
  if (FXN_UNLIKELY(std::isnan(r) && !std::isnan(x))) return math_domain_error(cx);
  if (FXN_UNLIKELY(std::isinf(r) && std::isfinite(x))) {
    return kCanOverflow ? math_range_error(cx) : math_domain_error(cx);
  }
  out = r;
  return true;
}

inline double libm_sqrt(double x) { return std::sqrt(x); }
inline double libm_sin(double x) { return std::sin(x); }
inline double libm_cos(double x) { return std::cos(x); }
inline double libm_tan(double x) { return std::tan(x); }
inline double libm_asin(double x) { return std::asin(x); }
inline double libm_acos(double x) { return std::acos(x); }
inline double libm_atan(double x) { return std::atan(x); }
inline double libm_sinh(double x) { return std::sinh(x); }
inline double libm_cosh(double x) { return std::cosh(x); }
inline double libm_tanh(double x) { return std::tanh(x); }
inline double libm_exp(double x) { return std::exp(x); }
inline double libm_expm1(double x) { return std::expm1(x); }
inline double libm_log1p(double x) { return std::log1p(x); }

FXN_OP("math.sqrt", "(float) -> float", "*")
inline bool math_sqrt(Ctx& cx, double x, double& out) { return math_1<libm_sqrt, false>(cx, x, out); }
FXN_OP("math.sin", "(float) -> float", "*")
inline bool math_sin(Ctx& cx, double x, double& out) { return math_1<libm_sin, false>(cx, x, out); }
FXN_OP("math.cos", "(float) -> float", "*")
inline bool math_cos(Ctx& cx, double x, double& out) { return math_1<libm_cos, false>(cx, x, out); }
FXN_OP("math.tan", "(float) -> float", "*")
inline bool math_tan(Ctx& cx, double x, double& out) { return math_1<libm_tan, false>(cx, x, out); }
FXN_OP("math.asin", "(float) -> float", "*")
inline bool math_asin(Ctx& cx, double x, double& out) { return math_1<libm_asin, false>(cx, x, out); }
FXN_OP("math.acos", "(float) -> float", "*")
inline bool math_acos(Ctx& cx, double x, double& out) { return math_1<libm_acos, false>(cx, x, out); }
FXN_OP("math.atan", "(float) -> float", "*")
inline bool math_atan(Ctx& cx, double x, double& out) { return math_1<libm_atan, false>(cx, x, out); }
FXN_OP("math.sinh", "(float) -> float", "*")
inline bool math_sinh(Ctx& cx, double x, double& out) { return math_1<libm_sinh, true>(cx, x, out); }
FXN_OP("math.cosh", "(float) -> float", "*")
inline bool math_cosh(Ctx& cx, double x, double& out) { return math_1<libm_cosh, true>(cx, x, out); }
FXN_OP("math.tanh", "(float) -> float", "*")
inline bool math_tanh(Ctx& cx, double x, double& out) { return math_1<libm_tanh, false>(cx, x, out); }
FXN_OP("math.exp", "(float) -> float", "*")
inline bool math_exp(Ctx& cx, double x, double& out) { return math_1<libm_exp, true>(cx, x, out); }
FXN_OP("math.expm1", "(float) -> float", "*")
inline bool math_expm1(Ctx& cx, double x, double& out) { return math_1<libm_expm1, true>(cx, x, out); }
FXN_OP("math.log1p", "(float) -> float", "*")
inline bool math_log1p(Ctx& cx, double x, double& out) { return math_1<libm_log1p, false>(cx, x, out); }

// log, log2, log10: CPython's loghelper refuses zero and negatives before calling libm.
template <double (*F)(double)>
inline bool math_log_like(Ctx& cx, double x, double& out) {
  if (std::isnan(x) || (std::isinf(x) && x > 0)) {
    out = x;
    return true;
  }
  if (FXN_UNLIKELY(!(x > 0))) return math_domain_error(cx);
  out = F(x);
  return true;
}
inline double libm_log(double x) { return std::log(x); }
inline double libm_log2(double x) { return std::log2(x); }
inline double libm_log10(double x) { return std::log10(x); }
FXN_OP("math.log", "(float) -> float", "*")
inline bool math_log(Ctx& cx, double x, double& out) { return math_log_like<libm_log>(cx, x, out); }
FXN_OP("math.log2", "(float) -> float", "*")
inline bool math_log2(Ctx& cx, double x, double& out) { return math_log_like<libm_log2>(cx, x, out); }
FXN_OP("math.log10", "(float) -> float", "*")
inline bool math_log10(Ctx& cx, double x, double& out) { return math_log_like<libm_log10>(cx, x, out); }
FXN_OP("math.log", "(float, float) -> float", "*")
inline bool math_log_base(Ctx& cx, double x, double base, double& out) {
  double num, den;
  if (!math_log(cx, x, num) || !math_log(cx, base, den)) return false;
  if (FXN_UNLIKELY(den == 0.0)) return cx.Raise("ZeroDivisionError", "float division by zero");
  out = num / den;
  return true;
}

// floor, ceil and trunc return ints in Python 3.
FXN_OP("math.floor", "(float) -> int", "*")
inline bool math_floor(Ctx& cx, double x, int64_t& out) { return float_to_int_checked(cx, std::floor(x), out); }
FXN_OP("math.ceil", "(float) -> int", "*")
inline bool math_ceil(Ctx& cx, double x, int64_t& out) { return float_to_int_checked(cx, std::ceil(x), out); }
FXN_OP("math.trunc", "(float) -> int", "*")
inline bool math_trunc(Ctx& cx, double x, int64_t& out) { return float_to_int_checked(cx, std::trunc(x), out); }
// floor, ceil and trunc of an int: the int itself (ops_int.hpp's kernel, declared again here so
// that these rows follow the float ones).
FXN_OP("math.floor", "(int) -> int", "*")
FXN_OP("math.ceil", "(int) -> int", "*")
FXN_OP("math.trunc", "(int) -> int", "*")
inline int64_t int_identity(int64_t a);

FXN_OP("math.fabs", "(float) -> float", "*")
inline double math_fabs(double x) { return std::fabs(x); }
FXN_OP("math.copysign", "(float, float) -> float", "*")
inline double math_copysign(double x, double y) { return std::copysign(x, y); }
FXN_OP("math.isnan", "(float) -> bool", "*")
inline bool math_isnan(double x) { return std::isnan(x); }
FXN_OP("math.isinf", "(float) -> bool", "*")
inline bool math_isinf(double x) { return std::isinf(x); }
FXN_OP("math.isfinite", "(float) -> bool", "*")
inline bool math_isfinite(double x) { return std::isfinite(x); }
FXN_OP("math.degrees", "(float) -> float", "*")
inline double math_degrees(double x) { return x * (180.0 / 3.141592653589793); }
FXN_OP("math.radians", "(float) -> float", "*")
inline double math_radians(double x) { return x * (3.141592653589793 / 180.0); }

FXN_OP("math.atan2", "(float, float) -> float", "*")
inline double math_atan2(double y, double x) { return std::atan2(y, x); }

FXN_OP("math.fmod", "(float, float) -> float", "*")
inline bool math_fmod(Ctx& cx, double x, double y, double& out) {
  if (std::isinf(y) && std::isfinite(x)) {
    out = x;
    return true;
  }
  double r = std::fmod(x, y);
  if (FXN_UNLIKELY(std::isnan(r) && !std::isnan(x) && !std::isnan(y))) return math_domain_error(cx);
  out = r;
  return true;
}

// math.pow: C99 pow with CPython's m_pow special cases and error mapping.
FXN_OP("math.pow", "(float, float) -> float", "*")
inline bool math_pow(Ctx& cx, double x, double y, double& out) {
  double r;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) r = y == 0.0 ? 1.0 : x;
    else if (std::isnan(y)) r = x == 1.0 ? 1.0 : y;
    else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.) r = odd_y ? x : std::fabs(x);
      else if (y == 0.) r = 1.;
      else r = odd_y ? std::copysign(0., x) : 0.;
    } else {  // y is infinite
      if (std::fabs(x) == 1.0) r = 1.;
      else if (y > 0. && std::fabs(x) > 1.0) r = y;
      else if (y < 0. && std::fabs(x) < 1.0) r = -y;
      else r = 0.;
    }
    out = r;
    return true;
  }
  if (x == 0.0 && y < 0.0) return math_domain_error(cx);
  if (x < 0.0 && y != std::floor(y)) return math_domain_error(cx);
  r = CrtPow(x, y);
  if (FXN_UNLIKELY(std::isinf(r))) return math_range_error(cx);
  out = r;
  return true;
}

}  // namespace fxn::ops

namespace fxn::ops {

// math.hypot(x, y) as CPython 3.11 computes it (vector_norm): scaled, with the squares and
// their sum carried in double-length arithmetic and one differential correction of the root,
// which is not what libm's hypot returns bit for bit.
struct DoubleLength {
  double hi;
  double lo;
};
inline DoubleLength dl_fast_sum(double a, double b) {  // |a| >= |b|
  double x = a + b;
  double z = x - a;
  return {x, b - z};
}
inline DoubleLength dl_mul(double x, double y) {  // Dekker's mul12, no FMA
  double xx = x * 134217729.0;
  double hx = xx - (xx - x), tx = x - hx;
  double yy = y * 134217729.0;
  double hy = yy - (yy - y), ty = y - hy;
  double z = x * y;
  double zz = (((hx * hy - z) + hx * ty) + tx * hy) + tx * ty;
  return {z, zz};
}
// The shared part of CPython's vector_norm: the coordinates (absolute values, not all zero, the
// largest of binary exponent max_e >= -1023) scaled near 1, their squares summed in
// double-length arithmetic, and the root corrected once.
inline double vector_norm_scaled(const double* vec, size_t n, int max_e) {
  double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (size_t i = 0; i < n; ++i) {
    double x = vec[i] * scale;
    DoubleLength pr = dl_mul(x, x);
    DoubleLength sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
  DoubleLength pr = dl_mul(-h, h);
  DoubleLength sm = dl_fast_sum(csum, pr.hi);
  csum = sm.hi;
  frac1 += pr.lo;
  frac2 += sm.lo;
  double x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}
// CPython's vector_norm: `vec` holds the n coordinates' absolute values, `max` their maximum,
// `found_nan` whether one is a NaN.
inline double vector_norm(double* vec, size_t n, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return std::numeric_limits<double>::quiet_NaN();  // +NaN, as CPython
  if (max == 0.0 || n <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    // ldexp(1.0, -max_e) would overflow. CPython 3.11 (Debian's 3.11.2 included) divides by
    // `max` instead and sums the squares with one compensation term, not the double-length
    // path below; later releases rescale by DBL_MIN, which rounds differently in the last bits.
    double csum = 1.0, frac = 0.0;
    for (size_t i = 0; i < n; ++i) {
      double x = vec[i] / max;
      x = x * x;
      double old = csum;
      csum += x;
      frac += (old - csum) + x;
    }
    return max * std::sqrt(csum - 1.0 + frac);
  }
  return vector_norm_scaled(vec, n, max_e);
}
FXN_OP("math.hypot", "(float, float) -> float", "*")
inline double math_hypot(double x, double y) {
  double vec[2] = {std::fabs(x), std::fabs(y)};
  double max = 0.0;  // the largest that is not a NaN (an infinity beats a NaN)
  for (double x : vec) max = x > max ? x : max;
  return vector_norm(vec, 2, max, std::isnan(x) || std::isnan(y));
}

}  // namespace fxn::ops

// ---- The rest of the math module (issue 14): CPython 3.11's own algorithms where it has them
// (fsum, hypot/dist, gamma/lgamma, remainder, ulp, isclose), libm where CPython calls libm. ----
namespace fxn::ops {

// math_1a's error rule: errno EDOM is a ValueError; ERANGE an OverflowError unless the result is
// an underflow (|r| < 1.5).
inline bool math_errno_result(Ctx& cx, double r, bool domain_error, double& out) {
  if (FXN_UNLIKELY(domain_error)) return math_domain_error(cx);
  if (FXN_UNLIKELY(std::isinf(r))) return math_range_error(cx);
  out = r;
  return true;
}

// math.hypot(*coordinates) with other than two: the front end passes them as one list.
FXN_OP("fxn.math_hypot_n", "(list[float]) -> float", "*")
inline double math_hypot_n(const List<double>& coords) {
  std::vector<double> vec;
  double max = 0.0;
  bool found_nan = false;
  for (double c : coords.items()) {
    double x = std::fabs(c);
    vec.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return vector_norm(vec.data(), vec.size(), max, found_nan);
}

template <class T>
FXN_OP("math.dist", "(list[float], list[float]) -> float", "*")
FXN_OP("math.dist", "(list[int], list[int]) -> float", "*")
inline bool math_dist(Ctx& cx, const List<T>& p, const List<T>& q, double& out) {
  const auto& ps = p.items();
  const auto& qs = q.items();
  if (FXN_UNLIKELY(ps.size() != qs.size()))
    return cx.Raise("ValueError", "both points must have the same number of dimensions");
  std::vector<double> vec;
  double max = 0.0;
  bool found_nan = false;
  for (size_t k = 0; k < ps.size(); ++k) {
    double x = std::fabs(static_cast<double>(ps[k]) - static_cast<double>(qs[k]));
    vec.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  out = vector_norm(vec.data(), vec.size(), max, found_nan);
  return true;
}

// math.fsum: Shewchuk's partials with CPython's final half-even correction (math_fsum).
template <class T>
FXN_OP("math.fsum", "(list[float]) -> float", "*")
FXN_OP("math.fsum", "(list[int]) -> float", "*")
inline bool math_fsum(Ctx& cx, const List<T>& items, double& out) {
  std::vector<double> p;
  double special_sum = 0.0, inf_sum = 0.0;
  for (const T& item : items.items()) {
    double x = static_cast<double>(item);
    const double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < p.size(); ++j) {
      double y = p[j];
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double yr = hi - x;
      double lo = y - yr;
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        if (std::isfinite(xsave)) return cx.Raise("OverflowError", "intermediate overflow in fsum");
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) return cx.Raise("ValueError", "-inf + inf in fsum");
    out = special_sum;
    return true;
  }
  double hi = 0.0;
  size_t n = p.size();
  if (n > 0) {
    double lo = 0.0;
    hi = p[--n];
    while (n > 0) {
      double x = hi;
      double y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  out = hi;
  return true;
}

// math.prod: ints multiply with overflow checks; floats in order from the start value. An empty
// list of float without start is CPython's int 1, which a float result cannot be (as sum()).
FXN_OP("math.prod", "(list[int]) -> int", "*")
inline bool math_prod(Ctx& cx, const List<int64_t>& items, int64_t& out) {
  int64_t r = 1;
  for (int64_t x : items.items())
    if (FXN_UNLIKELY(__builtin_mul_overflow(r, x, &r))) return int_overflow(cx);
  out = r;
  return true;
}
FXN_OP("math.prod", "(list[int], int) -> int", "*")
inline bool math_prod(Ctx& cx, const List<int64_t>& items, int64_t start, int64_t& out) {
  int64_t r = start;
  for (int64_t x : items.items())
    if (FXN_UNLIKELY(__builtin_mul_overflow(r, x, &r))) return int_overflow(cx);
  out = r;
  return true;
}
FXN_OP("math.prod", "(list[float], float) -> float", "*")
inline double math_prod(const List<double>& items, double start) {
  double r = start;
  for (double x : items.items()) r *= x;
  return r;
}
// math.prod(xs) of floats without a start is in ops_dyn.hpp (the int 1 for an empty list); this
// float, raising on an empty list, is the front end's choice where a module cannot hold it dynamic.
FXN_OP("fxn.prod_float_nonempty", "(list[float]) -> float", "*")
inline bool math_prod_float_nonempty(Ctx& cx, const List<double>& items, double& out) {
  if (FXN_UNLIKELY(items.items().empty())) {
    return cx.Raise("TypeError",
                    "fxn: math.prod() of an empty list of float is the int 1 in CPython, which a float result "
                    "cannot be; pass start=1.0");
  }
  out = math_prod(items, 1.0);
  return true;
}
FXN_OP("math.prod", "(list[int], float) -> float", "*")
inline bool math_prod(Ctx& cx, const List<int64_t>& items, double start, double& out) {
  // CPython multiplies ints as ints only while the result is an int; with a float start every
  // product is a float one.
  double r = start;
  for (int64_t x : items.items()) r *= static_cast<double>(x);
  out = r;
  return true;
}

// gcd/lcm of two (the front end folds more arguments, as CPython does left to right).
inline uint64_t gcd_u64(uint64_t a, uint64_t b) {
  while (b != 0) {
    uint64_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}
inline uint64_t magnitude(int64_t a) { return a < 0 ? 0 - static_cast<uint64_t>(a) : static_cast<uint64_t>(a); }
FXN_OP("math.gcd", "(int, int) -> int", "*")
inline bool math_gcd(Ctx& cx, int64_t a, int64_t b, int64_t& out) {
  uint64_t g = gcd_u64(magnitude(a), magnitude(b));
  if (FXN_UNLIKELY(g > static_cast<uint64_t>(INT64_MAX))) return int_overflow(cx);
  out = static_cast<int64_t>(g);
  return true;
}
FXN_OP("math.lcm", "(int, int) -> int", "*")
inline bool math_lcm(Ctx& cx, int64_t a, int64_t b, int64_t& out) {
  if (a == 0 || b == 0) {
    out = 0;
    return true;
  }
  uint64_t ma = magnitude(a), mb = magnitude(b);
  uint64_t r;
  if (FXN_UNLIKELY(__builtin_mul_overflow(ma / gcd_u64(ma, mb), mb, &r)) || r > static_cast<uint64_t>(INT64_MAX))
    return int_overflow(cx);
  out = static_cast<int64_t>(r);
  return true;
}

FXN_OP("math.isqrt", "(int) -> int", "*")
inline bool math_isqrt(Ctx& cx, int64_t n, int64_t& out) {
  if (FXN_UNLIKELY(n < 0)) return cx.Raise("ValueError", "isqrt() argument must be nonnegative");
  // Newton's iteration on integers from above: exact, no rounding of sqrt() to trust.
  uint64_t un = static_cast<uint64_t>(n);
  if (un < 2) {
    out = n;
    return true;
  }
  uint64_t x = static_cast<uint64_t>(std::sqrt(static_cast<double>(un))) + 1;
  while (x * x > un || x > 3037000499u) --x;
  while ((x + 1) <= 3037000499u && (x + 1) * (x + 1) <= un) ++x;
  out = static_cast<int64_t>(x);
  return true;
}

FXN_OP("math.factorial", "(int) -> int", "*")
inline bool math_factorial(Ctx& cx, int64_t n, int64_t& out) {
  if (FXN_UNLIKELY(n < 0)) return cx.Raise("ValueError", "factorial() not defined for negative values");
  int64_t r = 1;
  for (int64_t k = 2; k <= n; ++k)
    if (FXN_UNLIKELY(__builtin_mul_overflow(r, k, &r))) return int_overflow(cx);
  out = r;
  return true;
}

FXN_OP("math.comb", "(int, int) -> int", "*")
inline bool math_comb(Ctx& cx, int64_t n, int64_t k, int64_t& out) {
  if (FXN_UNLIKELY(n < 0)) return cx.Raise("ValueError", "n must be a non-negative integer");
  if (FXN_UNLIKELY(k < 0)) return cx.Raise("ValueError", "k must be a non-negative integer");
  if (k > n) {
    out = 0;
    return true;
  }
  if (n - k < k) k = n - k;
  // r = C(n - k + i, i) after step i: each intermediate is at most the result, so only a result
  // past 64 bits overflows.
  int64_t r = 1;
  for (int64_t i = 1; i <= k; ++i) {
    int64_t g = static_cast<int64_t>(gcd_u64(static_cast<uint64_t>(r), static_cast<uint64_t>(i)));
    int64_t factor = (n - k + i) / (i / g);
    if (FXN_UNLIKELY(__builtin_mul_overflow(r / g, factor, &r))) return int_overflow(cx);
  }
  out = r;
  return true;
}

FXN_OP("math.perm", "(int) -> int", "*")
inline bool math_perm1(Ctx& cx, int64_t n, int64_t& out) { return math_factorial(cx, n, out); }
FXN_OP("math.perm", "(int, int) -> int", "*")
inline bool math_perm(Ctx& cx, int64_t n, int64_t k, int64_t& out) {
  if (FXN_UNLIKELY(n < 0)) return cx.Raise("ValueError", "n must be a non-negative integer");
  if (FXN_UNLIKELY(k < 0)) return cx.Raise("ValueError", "k must be a non-negative integer");
  if (k > n) {
    out = 0;
    return true;
  }
  int64_t r = 1;
  for (int64_t i = 0; i < k; ++i)
    if (FXN_UNLIKELY(__builtin_mul_overflow(r, n - i, &r))) return int_overflow(cx);
  out = r;
  return true;
}

FXN_OP("math.ldexp", "(float, int) -> float", "*")
inline bool math_ldexp(Ctx& cx, double x, int64_t exp, double& out) {
  if (x == 0.0 || !std::isfinite(x)) {
    out = x;
    return true;
  }
  if (exp > INT32_MAX) return math_range_error(cx);
  if (exp < INT32_MIN) {
    out = std::copysign(0.0, x);
    return true;
  }
  double r = std::ldexp(x, static_cast<int>(exp));
  if (FXN_UNLIKELY(std::isinf(r))) return math_range_error(cx);
  out = r;
  return true;
}

FXN_OP("math.frexp", "(float) -> tuple[float, int]", "*")
inline Tuple<double, int64_t> math_frexp(double x) {
  if (std::isnan(x) || std::isinf(x) || x == 0.0) return {x, 0};
  int e;
  double m = std::frexp(x, &e);
  return {m, e};
}

FXN_OP("math.modf", "(float) -> tuple[float, float]", "*")
inline Tuple<double, double> math_modf(double x) {
  if (std::isinf(x)) return {std::copysign(0.0, x), x};
  if (std::isnan(x)) return {x, x};
  double ip;
  double fp = std::modf(x, &ip);
  return {fp, ip};
}

// m_remainder: IEEE 754 remainder computed from fmod, the same on every libm.
FXN_OP("math.remainder", "(float, float) -> float", "*")
inline bool math_remainder(Ctx& cx, double x, double y, double& out) {
  if (std::isfinite(x) && std::isfinite(y)) {
    if (y == 0.0) return math_domain_error(cx);
    double absx = std::fabs(x), absy = std::fabs(y);
    double m = std::fmod(absx, absy);
    double c = absy - m, r;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * std::fmod(0.5 * (absx - m), absy);
    out = std::copysign(1.0, x) * r;
    return true;
  }
  if (std::isnan(x)) out = x;
  else if (std::isnan(y)) out = y;
  else if (std::isinf(x)) return math_domain_error(cx);
  else out = x;
  return true;
}

FXN_OP("math.nextafter", "(float, float) -> float", "*")
inline double math_nextafter(double x, double y) { return std::nextafter(x, y); }

FXN_OP("math.ulp", "(float) -> float", "*")
inline double math_ulp(double x) {
  if (std::isnan(x)) return x;
  x = std::fabs(x);
  if (std::isinf(x)) return x;
  double x2 = std::nextafter(x, HUGE_VAL);
  if (std::isinf(x2)) return x - std::nextafter(x, -HUGE_VAL);
  return x2 - x;
}

FXN_OP("math.isclose", "(float, float, float, float) -> bool", "*")
inline bool math_isclose(Ctx& cx, double a, double b, double rel_tol, double abs_tol, bool& out) {
  if (FXN_UNLIKELY(rel_tol < 0.0 || abs_tol < 0.0)) return cx.Raise("ValueError", "tolerances must be non-negative");
  if (a == b) {
    out = true;
    return true;
  }
  if (std::isinf(a) || std::isinf(b)) {
    out = false;
    return true;
  }
  double diff = std::fabs(b - a);
  out = diff <= std::fabs(rel_tol * b) || diff <= std::fabs(rel_tol * a) || diff <= abs_tol;
  return true;
}

inline double libm_exp2(double x) { return std::exp2(x); }
inline double libm_cbrt(double x) { return std::cbrt(x); }
inline double libm_erf(double x) { return std::erf(x); }
inline double libm_erfc(double x) { return std::erfc(x); }
FXN_OP("math.exp2", "(float) -> float", "*")
inline bool math_exp2(Ctx& cx, double x, double& out) { return math_1<libm_exp2, true>(cx, x, out); }
FXN_OP("math.cbrt", "(float) -> float", "*")
inline bool math_cbrt(Ctx& cx, double x, double& out) { return math_1<libm_cbrt, false>(cx, x, out); }
FXN_OP("math.erf", "(float) -> float", "*")
inline bool math_erf(Ctx& cx, double x, double& out) { return math_1<libm_erf, false>(cx, x, out); }
FXN_OP("math.erfc", "(float) -> float", "*")
inline bool math_erfc(Ctx& cx, double x, double& out) { return math_1<libm_erfc, false>(cx, x, out); }

// ---- gamma and lgamma: CPython's own (m_tgamma, m_lgamma; Lanczos, N=13, g=6.0246...) ----
namespace gamma_impl {
inline constexpr double kPi = 3.141592653589793238462643383279502884197;
inline constexpr double kLogPi = 1.144729885849400174143427351353058711647;
inline constexpr double kLanczosG = 6.024680040776729583740234375;
inline constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
inline constexpr int kLanczosN = 13;
inline constexpr double kNumCoeffs[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
inline constexpr double kDenCoeffs[kLanczosN] = {0.0,      39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                                  45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                                  1925.0,   66.0,       1.0};
inline constexpr int kGammaIntegral = 23;
inline constexpr double kGammaIntegralValues[kGammaIntegral] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
    6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
    121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0};

// sin(pi * x), exact at integers and half-integers.
inline double sinpi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  int n = static_cast<int>(std::round(2.0 * y));
  double r;
  switch (n) {
    case 0: r = std::sin(kPi * y); break;
    case 1: r = std::cos(kPi * (y - 0.5)); break;
    case 2: r = std::sin(kPi * (1.0 - y)); break;
    case 3: r = -std::cos(kPi * (y - 1.5)); break;
    default: r = std::sin(kPi * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

inline double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = kLanczosN; --i >= 0;) {
      num = num * x + kNumCoeffs[i];
      den = den * x + kDenCoeffs[i];
    }
  } else {
    for (int i = 0; i < kLanczosN; i++) {
      num = num / x + kNumCoeffs[i];
      den = den / x + kDenCoeffs[i];
    }
  }
  return num / den;
}

// Sets `domain` where CPython sets errno = EDOM.
inline double tgamma(double x, bool& domain) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    domain = true;
    return std::numeric_limits<double>::quiet_NaN();
  }
  if (x == 0.0) {
    domain = true;
    return std::copysign(HUGE_VAL, x);
  }
  if (x == std::floor(x)) {
    if (x < 0.0) {
      domain = true;
      return std::numeric_limits<double>::quiet_NaN();
    }
    if (x <= kGammaIntegral) return kGammaIntegralValues[static_cast<int>(x) - 1];
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return 1.0 / x;
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    return HUGE_VAL;
  }
  double y = absx + kLanczosGMinusHalf;
  double z;
  if (absx > kLanczosGMinusHalf) {
    double q = y - absx;
    z = q - kLanczosGMinusHalf;
  } else {
    double q = y - kLanczosGMinusHalf;
    z = q - absx;
  }
  z = z * kLanczosG / y;
  double r;
  if (x < 0.0) {
    r = -kPi / sinpi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= CrtPow(y, absx - 0.5);
    } else {
      double sqrtpow = CrtPow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= CrtPow(y, absx - 0.5);
    } else {
      double sqrtpow = CrtPow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return r;
}

inline double lgamma(double x, bool& domain) {
  if (!std::isfinite(x)) return std::isnan(x) ? x : HUGE_VAL;
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      domain = true;
      return HUGE_VAL;
    }
    return 0.0;
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(sinpi(absx))) - std::log(absx) - r;
  return r;
}
}  // namespace gamma_impl

FXN_OP("math.gamma", "(float) -> float", "*")
inline bool math_gamma(Ctx& cx, double x, double& out) {
  bool domain = false;
  double r = gamma_impl::tgamma(x, domain);
  if (std::isinf(x)) {  // gamma(inf) = inf is not an overflow
    if (domain) return math_domain_error(cx);
    out = r;
    return true;
  }
  return math_errno_result(cx, r, domain, out);
}
FXN_OP("math.lgamma", "(float) -> float", "*")
inline bool math_lgamma(Ctx& cx, double x, double& out) {
  bool domain = false;
  double r = gamma_impl::lgamma(x, domain);
  if (std::isinf(x)) {
    out = r;
    return true;
  }
  return math_errno_result(cx, r, domain, out);
}

}  // namespace fxn::ops
