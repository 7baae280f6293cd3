// The math module: libm with CPython's error checks (math_1 and friends): a NaN from a
// non-NaN argument is a ValueError ("math domain error"); an infinity from a finite argument is
// an OverflowError ("math range error") where the function can overflow, else a ValueError.
#pragma once
#include <cmath>
#include <cstdint>

#include "fxn_op_annotate.hpp"
#include "fxn_runtime.hpp"
#include "ops_float.hpp"

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
  r = std::pow(x, y);
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
inline double vector_norm2(double a, double b) {
  double vec[2] = {std::fabs(a), std::fabs(b)};
  double max = vec[0] > vec[1] ? vec[0] : vec[1];
  bool found_nan = std::isnan(a) || std::isnan(b);
  if (std::isinf(a) || std::isinf(b)) return HUGE_VAL;
  if (found_nan) return a + b;  // a NaN
  if (max == 0.0) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {  // subnormals: scale up first
    return 2.2250738585072014e-308 * vector_norm2(vec[0] / 2.2250738585072014e-308, vec[1] / 2.2250738585072014e-308);
  }
  double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (double x : vec) {
    x *= scale;
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
FXN_OP("math.hypot", "(float, float) -> float", "*")
inline double math_hypot(double x, double y) { return vector_norm2(x, y); }

}  // namespace fxn::ops
