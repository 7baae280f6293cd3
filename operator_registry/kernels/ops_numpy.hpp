// NumPy's operations on fxn::Array (runtime/fxn_array.hpp), with NumPy 1.24's semantics.
//
// Elementwise kernels (np_*) work on one item of one dtype: the front end has already cast
// every operand to the loop's dtype (NumPy's type resolution, computed with NumPy itself), and
// lowering applies them with fxn::arr::Map, fusing chains into one loop. Integers wrap as
// NumPy's do; division by zero gives NumPy's values (its warnings are not errors).
#pragma once

#include <algorithm>
#include <bit>
#include <array>
#include <tuple>
#include <vector>

#if defined(__linux__)
#include <dlfcn.h>
#endif
#include <cmath>
#include <limits>
#include <type_traits>

#include "fxn_op_annotate.hpp"
#include "fxn_runtime.hpp"

namespace fxn::ops {

template <class T>
using Wide = std::make_unsigned_t<std::conditional_t<std::is_same_v<T, bool>, unsigned char, T>>;

// A shape given as a tuple of ints, as an array of extents.
template <class... I>
std::array<int64_t, sizeof...(I) + 1> ShapeOf(const std::tuple<I...>& t) {
  std::array<int64_t, sizeof...(I) + 1> out{};
  std::apply([&](auto... d) {
    size_t k = 0;
    ((out[k++] = static_cast<int64_t>(d)), ...);
  }, t);
  return out;
}

// ---- elementwise: arithmetic ----

template <class T>
FXN_ELEMENTWISE("numpy.add", "*")
inline T np_add(T a, T b) {
  if constexpr (std::is_same_v<T, bool>) return a || b;
  else if constexpr (std::is_integral_v<T>) return static_cast<T>(static_cast<Wide<T>>(a) + static_cast<Wide<T>>(b));
  else return a + b;
}
template <class T>
FXN_ELEMENTWISE("numpy.subtract", "*")
inline T np_subtract(T a, T b) {
  if constexpr (std::is_integral_v<T>) return static_cast<T>(static_cast<Wide<T>>(a) - static_cast<Wide<T>>(b));
  else return a - b;
}
template <class T>
FXN_ELEMENTWISE("numpy.multiply", "*")
inline T np_multiply(T a, T b) {
  if constexpr (std::is_same_v<T, bool>) return a && b;
  else if constexpr (std::is_integral_v<T>) return static_cast<T>(static_cast<Wide<T>>(a) * static_cast<Wide<T>>(b));
  else return a * b;
}
template <class T>
FXN_ELEMENTWISE("numpy.true_divide", "*")
FXN_DTYPES("float32,float64")
inline T np_true_divide(T a, T b) { return a / b; }

// NumPy's npy_divmod: Python's floor division and remainder for floats.
template <class T>
inline T np_float_divmod(T a, T b, T* modulus) {
  T mod = std::fmod(a, b);
  if (!b) {
    *modulus = mod;
    return a / b;
  }
  T div = (a - mod) / b;
  if (mod) {
    if ((b < 0) != (mod < 0)) {
      mod += b;
      div -= T(1);
    }
  } else {
    mod = std::copysign(T(0), b);
  }
  T floordiv;
  if (div) {
    floordiv = std::floor(div);
    if (div - floordiv > T(0.5)) floordiv += T(1);
  } else {
    floordiv = std::copysign(T(0), a / b);
  }
  *modulus = mod;
  return floordiv;
}
template <class T>
FXN_ELEMENTWISE("numpy.floor_divide", "*")
inline T np_floor_divide(T a, T b) {
  if constexpr (std::is_floating_point_v<T>) {
    if (!b) return a / b;
    T mod;
    return np_float_divmod(a, b, &mod);
  } else if constexpr (std::is_signed_v<T>) {
    if (b == 0) return 0;
    if (a == std::numeric_limits<T>::min() && b == -1) return std::numeric_limits<T>::min();
    T q = static_cast<T>(a / b);
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
  } else {
    return b == 0 ? T(0) : static_cast<T>(a / b);
  }
}
template <class T>
FXN_ELEMENTWISE("numpy.remainder", "*")
inline T np_remainder(T a, T b) {
  if constexpr (std::is_floating_point_v<T>) {
    if (!b) return std::fmod(a, b);
    T mod;
    np_float_divmod(a, b, &mod);
    return mod;
  } else if constexpr (std::is_signed_v<T>) {
    if (b == 0 || b == -1) return 0;
    T r = static_cast<T>(a % b);
    if (r != 0 && ((r < 0) != (b < 0))) r = static_cast<T>(r + b);
    return r;
  } else {
    return b == 0 ? T(0) : static_cast<T>(a % b);
  }
}
// Integer powers: ValueError for a negative exponent (NumPy checks every item).
template <class T>
FXN_ELEMENTWISE("numpy.power", "*")
inline bool np_power(Ctx& cx, T a, T b, T* out) {
  if constexpr (std::is_floating_point_v<T>) {
    if constexpr (std::is_same_v<T, double>) *out = CrtPow(a, b);  // the C runtime's, as NumPy's
    else *out = std::pow(a, b);
  } else {
    if constexpr (std::is_signed_v<T>) {
      if (b < 0) return cx.Raise("ValueError", "Integers to negative integer powers are not allowed.");
    }
    Wide<T> base = static_cast<Wide<T>>(a), result = 1;
    auto e = static_cast<Wide<T>>(b);
    while (e) {
      if (e & 1) result = static_cast<Wide<T>>(result * base);
      base = static_cast<Wide<T>>(base * base);
      e >>= 1;
    }
    *out = static_cast<T>(result);
  }
  return true;
}
template <class T>
FXN_ELEMENTWISE("numpy.negative", "*")
inline T np_negative(T a) {
  if constexpr (std::is_integral_v<T>) return static_cast<T>(Wide<T>(0) - static_cast<Wide<T>>(a));
  else return -a;
}
template <class T>
FXN_ELEMENTWISE("numpy.absolute", "*")
inline T np_absolute(T a) {
  if constexpr (std::is_floating_point_v<T>) return std::fabs(a);
  else if constexpr (std::is_signed_v<T>) return a < 0 ? np_negative(a) : a;
  else return a;
}
template <class T>
FXN_ELEMENTWISE("numpy.square", "*")
inline T np_square(T a) { return np_multiply(a, a); }
template <class T>
FXN_ELEMENTWISE("numpy.sign", "*")
inline T np_sign(T a) {
  if constexpr (std::is_floating_point_v<T>) return std::isnan(a) ? a : (a > 0 ? T(1) : (a < 0 ? T(-1) : T(0)));
  else if constexpr (std::is_signed_v<T>) return a > 0 ? T(1) : (a < 0 ? T(-1) : T(0));
  else return a > 0 ? T(1) : T(0);
}
// NumPy's maximum/minimum propagate NaN from either side.
template <class T>
FXN_ELEMENTWISE("numpy.maximum", "*")
inline T np_maximum(T a, T b) {
  if constexpr (std::is_floating_point_v<T>) return (a >= b || std::isnan(a)) ? a : b;
  else return a >= b ? a : b;
}
template <class T>
FXN_ELEMENTWISE("numpy.minimum", "*")
inline T np_minimum(T a, T b) {
  if constexpr (std::is_floating_point_v<T>) return (a <= b || std::isnan(a)) ? a : b;
  else return a <= b ? a : b;
}
// np.clip(x, lo, hi) = minimum(maximum(x, lo), hi) with NaN kept, as NumPy's _NPY_CLIP.
template <class T>
FXN_ELEMENTWISE("numpy.clip", "*")
inline T np_clip(T x, T lo, T hi) {
  if constexpr (std::is_floating_point_v<T>) {
    T t = std::isnan(x) ? x : (x > lo ? x : lo);
    return std::isnan(t) ? t : (t < hi ? t : hi);
  } else {
    T t = x > lo ? x : lo;
    return t < hi ? t : hi;
  }
}
template <class T>
FXN_ELEMENTWISE("numpy.where", "*")
inline T np_where(bool c, T a, T b) { return c ? a : b; }

// ---- elementwise: comparisons and logic (bool results) ----

template <class T>
FXN_ELEMENTWISE("numpy.less", "*")
inline bool np_less(T a, T b) { return a < b; }
template <class T>
FXN_ELEMENTWISE("numpy.less_equal", "*")
inline bool np_less_equal(T a, T b) { return a <= b; }
template <class T>
FXN_ELEMENTWISE("numpy.greater", "*")
inline bool np_greater(T a, T b) { return a > b; }
template <class T>
FXN_ELEMENTWISE("numpy.greater_equal", "*")
inline bool np_greater_equal(T a, T b) { return a >= b; }
template <class T>
FXN_ELEMENTWISE("numpy.equal", "*")
inline bool np_equal(T a, T b) { return a == b; }
template <class T>
FXN_ELEMENTWISE("numpy.not_equal", "*")
inline bool np_not_equal(T a, T b) { return a != b; }
template <class T>
FXN_ELEMENTWISE("numpy.logical_not", "*")
inline bool np_logical_not(T a) { return !a; }
template <class T>
FXN_ELEMENTWISE("numpy.logical_and", "*")
inline bool np_logical_and(T a, T b) { return a && b; }
template <class T>
FXN_ELEMENTWISE("numpy.logical_or", "*")
inline bool np_logical_or(T a, T b) { return a || b; }
template <class T>
FXN_ELEMENTWISE("numpy.isnan", "*")
inline bool np_isnan(T a) {
  if constexpr (std::is_floating_point_v<T>) return std::isnan(a);
  else return false;
}
template <class T>
FXN_ELEMENTWISE("numpy.isfinite", "*")
inline bool np_isfinite(T a) {
  if constexpr (std::is_floating_point_v<T>) return std::isfinite(a);
  else return true;
}
template <class T>
FXN_ELEMENTWISE("numpy.isinf", "*")
inline bool np_isinf(T a) {
  if constexpr (std::is_floating_point_v<T>) return std::isinf(a);
  else return false;
}
// fmax/fmin ignore a NaN on one side (NumPy's npy_fmax: C99 fmax, with the first argument kept on ties).
template <class T>
FXN_ELEMENTWISE("numpy.fmax", "*")
inline T np_fmax(T a, T b) {
  if constexpr (std::is_floating_point_v<T>) return (a >= b || std::isnan(b)) ? a : b;
  else return a >= b ? a : b;
}
template <class T>
FXN_ELEMENTWISE("numpy.fmin", "*")
inline T np_fmin(T a, T b) {
  if constexpr (std::is_floating_point_v<T>) return (a <= b || std::isnan(b)) ? a : b;
  else return a <= b ? a : b;
}
template <class T>
FXN_ELEMENTWISE("numpy.bitwise_and", "*")
FXN_DTYPES("bool,int8,int16,int32,int64,uint8,uint16,uint32,uint64")
inline T np_bitwise_and(T a, T b) { return static_cast<T>(a & b); }
template <class T>
FXN_ELEMENTWISE("numpy.bitwise_or", "*")
FXN_DTYPES("bool,int8,int16,int32,int64,uint8,uint16,uint32,uint64")
inline T np_bitwise_or(T a, T b) { return static_cast<T>(a | b); }
template <class T>
FXN_ELEMENTWISE("numpy.bitwise_xor", "*")
FXN_DTYPES("bool,int8,int16,int32,int64,uint8,uint16,uint32,uint64")
inline T np_bitwise_xor(T a, T b) { return static_cast<T>(a ^ b); }
// Shifts as NumPy's npy_lshift/npy_rshift: by the width or more gives 0 (or the sign, right).
template <class T>
FXN_ELEMENTWISE("numpy.left_shift", "*")
FXN_DTYPES("bool,int8,int16,int32,int64,uint8,uint16,uint32,uint64")
inline T np_left_shift(T a, T b) {
  using U = Wide<T>;
  if (static_cast<U>(b) >= sizeof(T) * 8) return T(0);
  return static_cast<T>(static_cast<U>(a) << static_cast<U>(b));
}
template <class T>
FXN_ELEMENTWISE("numpy.right_shift", "*")
FXN_DTYPES("bool,int8,int16,int32,int64,uint8,uint16,uint32,uint64")
inline T np_right_shift(T a, T b) {
  using U = Wide<T>;
  if (static_cast<U>(b) >= sizeof(T) * 8) return std::is_signed_v<T> && a < 0 ? T(-1) : T(0);
  return static_cast<T>(a >> static_cast<U>(b));
}
template <class T>
FXN_ELEMENTWISE("numpy.invert", "*")
FXN_DTYPES("bool,int8,int16,int32,int64,uint8,uint16,uint32,uint64")
inline T np_invert(T a) {
  if constexpr (std::is_same_v<T, bool>) return !a;
  else return static_cast<T>(~a);
}

// ---- elementwise: float functions (the target's libm; NumPy's SIMD versions may differ in
// the last bits: verified within float_ulps, WORKSPACE.md "Design decisions and why") ----

#define FXN_NP_UNARY_FLOAT(NAME, FN)          \
  template <class T>                          \
  FXN_ELEMENTWISE("numpy." #NAME, "*")        \
  FXN_DTYPES("float32,float64")               \
  inline T np_##NAME(T a) { return std::FN(a); }
FXN_NP_UNARY_FLOAT(sqrt, sqrt)
FXN_NP_UNARY_FLOAT(log, log)
FXN_NP_UNARY_FLOAT(sin, sin)
FXN_NP_UNARY_FLOAT(cos, cos)
FXN_NP_UNARY_FLOAT(tan, tan)
FXN_NP_UNARY_FLOAT(tanh, tanh)
FXN_NP_UNARY_FLOAT(arctan, atan)
FXN_NP_UNARY_FLOAT(log2, log2)
FXN_NP_UNARY_FLOAT(log10, log10)
FXN_NP_UNARY_FLOAT(expm1, expm1)
FXN_NP_UNARY_FLOAT(log1p, log1p)
FXN_NP_UNARY_FLOAT(floor, floor)
FXN_NP_UNARY_FLOAT(ceil, ceil)
FXN_NP_UNARY_FLOAT(trunc, trunc)
FXN_NP_UNARY_FLOAT(rint, nearbyint)
#undef FXN_NP_UNARY_FLOAT

// exp without calls or branches, so that maps over arrays vectorize (NumPy's own exp is a SIMD
// one too, and no libm's last bits are NumPy's: see INEXACT_UFUNCS). Cody-Waite reduction by
// ln 2 with fdlibm's split constant, then the degree-14 Taylor polynomial on |r| <= ln(2)/2 and
// scaling by 2^k in two halves, so results near the subnormal range keep their precision;
// within one ulp of the exact value.
inline double ExpF64(double x) {
  constexpr double kLog2e = 1.4426950408889634;
  constexpr double kLn2Hi = 6.93147180369123816490e-01;  // 32 significant bits: k * kLn2Hi is exact
  constexpr double kLn2Lo = 1.90821492927058770002e-10;
  constexpr double kShift = 0x1.8p52;                    // adding it rounds to an integer
  const double kd = x * kLog2e + kShift;
  const double k = kd - kShift;
  const uint64_t ki = std::bit_cast<uint64_t>(kd) - std::bit_cast<uint64_t>(kShift);
  const double r = (x - k * kLn2Hi) - k * kLn2Lo;
  // exp(r) = 1 + r + r^2 q(r), q's terms paired (Estrin's scheme): a short dependency chain.
  const double r2 = r * r, r4 = r2 * r2, r8 = r4 * r4;
  const double a0 = 1.0 / 2 + r * (1.0 / 6), a1 = 1.0 / 24 + r * (1.0 / 120), a2 = 1.0 / 720 + r * (1.0 / 5040),
               a3 = 1.0 / 40320 + r * (1.0 / 362880), a4 = 1.0 / 3628800 + r * (1.0 / 39916800),
               a5 = 1.0 / 479001600 + r * (1.0 / 6227020800.0), a6 = 1.0 / 87178291200.0;
  const double q = (a0 + r2 * a1 + r4 * (a2 + r2 * a3)) + r8 * (a4 + r2 * a5 + r4 * a6);
  const double p = 1.0 + (r + r2 * q);
  const uint64_t k1 = static_cast<uint64_t>(static_cast<int64_t>(ki) >> 1);
  const uint64_t k2 = ki - k1;
  double y = p * std::bit_cast<double>((k1 + 1023) << 52) * std::bit_cast<double>((k2 + 1023) << 52);
  y = x > 709.782712893384 ? HUGE_VAL : y;
  y = x < -745.2 ? 0.0 : y;
  return x != x ? x : y;
}
template <class T>
FXN_ELEMENTWISE("numpy.exp", "*")
FXN_DTYPES("float32,float64")
inline T np_exp(T a) {
  if constexpr (std::is_same_v<T, double>) return ExpF64(a);
  else return static_cast<T>(ExpF64(static_cast<double>(a)));  // float32: exact enough in double
}

// ---- NumPy 1.x value-based casting, checked at run time ----

// A Python int meeting an integer array: NumPy keeps the array's dtype only while the value fits
// it; fxn compiled that dtype, so a value that does not fit raises instead of computing otherwise.
FXN_OP("numpy.require_int_range", "(int, int, int, str) -> None", "*")
inline bool np_require_int_range(Ctx& cx, int64_t v, int64_t lo, int64_t hi, const Str& dtype) {
  if (v >= lo && v <= hi) return true;
  const std::string name(dtype.utf8());
  return cx.Raisef("NotImplementedError",
                   "fxn: NumPy picks this operation's dtype from the value of a Python int (value-based casting); "
                   "fxn compiled it for %s, which %lld does not fit: pass np.%s(n) or a wider array",
                   name.c_str(), static_cast<long long>(v), name.c_str());
}
// A Python float meeting a float32 array: float32 unless the value is finite and beyond float32's range.
FXN_OP("numpy.require_float32_range", "(float) -> None", "*")
inline bool np_require_float32_range(Ctx& cx, double v) {
  if (!std::isfinite(v) || std::fabs(v) <= static_cast<double>(std::numeric_limits<float>::max())) return true;
  return cx.Raisef("NotImplementedError",
                   "fxn: NumPy computes in float64 when a float32 array meets the Python float %.17g (value-based "
                   "casting); fxn compiled float32: pass np.float64(x)",
                   v);
}

// ---- casts (astype, and the front end's casts to a loop's dtype) ----

// A float that does not fit the integer dtype (or NaN) casts to whatever the CPU's conversion
// instruction gives in NumPy: no portable answer, so it raises instead of guessing.
template <class To, class From>
FXN_ELEMENTWISE("numpy.cast", "*")
inline bool np_cast(Ctx& cx, From x, To* out) {
  if constexpr (std::is_floating_point_v<From> && std::is_integral_v<To> && !std::is_same_v<To, bool>) {
    // The truncated value must fit: min - 1 < d < max + 1 (min and max + 1 are powers of two,
    // exact in double; for 64 bits min - 1 rounds to min, which then must pass too).
    constexpr double min = static_cast<double>(std::numeric_limits<To>::min());
    constexpr double max_plus_one = std::is_signed_v<To> ? -min : 2.0 * (static_cast<double>(std::numeric_limits<To>::max() / 2) + 1.0);
    const double d = static_cast<double>(x);
    if (!((d > min - 1.0 || d == min) && d < max_plus_one))
      return cx.Raisef("NotImplementedError",
                       "fxn: casting %s to %s: the value %.17g does not fit and NumPy's result depends on the CPU",
                       DType<From>::kName, DType<To>::kName, d);
    *out = static_cast<To>(x);
  } else if constexpr (std::is_same_v<To, bool>) {
    *out = x != From(0);
  } else {
    *out = static_cast<To>(x);
  }
  return true;
}

// ---- reductions ----

// NumPy's pairwise summation (numpy/core/src/umath/loops_utils.h.src): blocks of 8
// accumulators up to 128 items, halves above. `item(i)` gives the i-th item as Acc, so a
// computed sequence (var's squared deviations) is summed without storing it first. The leaf is
// inlined into two copies of the recursion, one compiled for AVX2 (FXN_TARGET_V3) for the
// vectorised copy of array code: the same additions in the same order, so the same bits.
template <class Acc, class Item>
FXN_ALWAYS_INLINE Acc PairwiseLeaf(const Item& item, int64_t begin, int64_t n) {
  if (n < 8) {
    Acc res = Acc(0);
    for (int64_t i = 0; i < n; ++i) res += item(begin + i);
    return res;
  }
  Acc r[8];
  for (int j = 0; j < 8; ++j) r[j] = item(begin + j);
  int64_t i = 8;
  for (; i < n - (n % 8); i += 8)
    for (int j = 0; j < 8; ++j) r[j] += item(begin + i + j);
  Acc res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
  for (; i < n; ++i) res += item(begin + i);
  return res;
}
template <class Acc, class Item>
Acc PairwiseSumBase(const Item& item, int64_t begin, int64_t n) {
  if (n <= 128) return PairwiseLeaf<Acc>(item, begin, n);
  const int64_t n2 = n / 2 - (n / 2) % 8;
  return PairwiseSumBase<Acc>(item, begin, n2) + PairwiseSumBase<Acc>(item, begin + n2, n - n2);
}
#if FXN_MULTIVERSION
template <class Acc, class Item>
FXN_TARGET_V3 Acc PairwiseSumV3(const Item& item, int64_t begin, int64_t n) {
  if (n <= 128) return PairwiseLeaf<Acc>(item, begin, n);
  const int64_t n2 = n / 2 - (n / 2) % 8;
  return PairwiseSumV3<Acc>(item, begin, n2) + PairwiseSumV3<Acc>(item, begin + n2, n - n2);
}
#endif
template <class Acc, class Item>
Acc PairwiseSumOf(const Item& item, int64_t begin, int64_t n) {
#if FXN_MULTIVERSION
  if (CpuHasV3()) return PairwiseSumV3<Acc>(item, begin, n);
#endif
  return PairwiseSumBase<Acc>(item, begin, n);
}

template <class Acc, class T>
Acc PairwiseSum(const T* a, int64_t n, int64_t stride) {
  if (stride == 1) return PairwiseSumOf<Acc>([a](int64_t i) { return static_cast<Acc>(a[i]); }, 0, n);
  return PairwiseSumOf<Acc>([a, stride](int64_t i) { return static_cast<Acc>(a[i * stride]); }, 0, n);
}

// NumPy's reduction loops see at most its buffer size (8192 items) at a time.
inline constexpr int64_t kNumpyBufferSize = 8192;

template <class Acc, class T>
Acc SumRun(const T* a, int64_t n, int64_t stride) {
  if constexpr (std::is_floating_point_v<Acc>) {
    Acc acc = Acc(0);
    for (int64_t at = 0; at < n; at += kNumpyBufferSize)
      acc += PairwiseSum<Acc>(a + at * stride, std::min(kNumpyBufferSize, n - at), stride);
    return acc;
  } else {
    Acc acc = Acc(0);
    for (int64_t i = 0; i < n; ++i) acc = np_add(acc, static_cast<Acc>(a[i * stride]));
    return acc;
  }
}

// The sum of every item (np.sum(a), a.sum()): a C-contiguous array sums as one run.
template <class Acc, class T, int N>
FXN_OP("numpy.sum", "(A) -> R", "*")
Acc np_sum_all(const Array<T, N>& a) {
  Array<T, N> c = Contiguous(a);
  return SumRun<Acc>(c.data(), c.size(), 1);
}

// prod: products in order (NumPy's multiply.reduce has no pairwise scheme).
template <class R, class T, int N>
FXN_OP("numpy.prod", "(A) -> R", "*")
R np_prod_all(const Array<T, N>& a) {
  Array<T, N> c = Contiguous(a);
  R acc = R(1);
  for (int64_t i = 0; i < c.size(); ++i) acc = np_multiply(acc, static_cast<R>(c.data()[i]));
  return acc;
}
// a.item() on an array: its only item (ValueError for any other size).
template <class R, class T, int N>
FXN_OP("numpy.item", "(A) -> R", "*")
bool np_item(Ctx& cx, const Array<T, N>& a, R& out) {
  if (a.size() != 1) return cx.Raise("ValueError", "can only convert an array of size 1 to a Python scalar");
  int64_t index[N > 0 ? N : 1] = {};
  out = static_cast<R>(a.data()[a.Offset(index)]);
  return true;
}

// mean = sum / n; a NumPy scalar's division happens in float64 and is cast back (np.float32).
template <class R, class T, int N>
FXN_OP("numpy.mean", "(A) -> R", "*")
R np_mean_all(const Array<T, N>& a) {
  R s = np_sum_all<R>(a);
  return static_cast<R>(static_cast<double>(s) / static_cast<double>(a.size()));
}

// var as NumPy's _var: x = a - mean (the mean divided as an array, in R), sum(x * x) / (n - ddof).
template <class R, class T, int N>
FXN_OP("numpy.var", "(A, int) -> R", "*")
R np_var_all(const Array<T, N>& a, int64_t ddof) {
  const int64_t n = a.size();
  const R mean = static_cast<R>(np_sum_all<R>(a) / static_cast<R>(n));
  Array<T, N> c = Contiguous(a);
  const T* p = c.data();
  auto square = [p, mean](int64_t i) {
    R x = static_cast<R>(static_cast<R>(p[i]) - mean);
    return x * x;
  };
  R total = R(0);  // summed as NumPy sums the array of squares: pairwise, in 8192-item chunks
  for (int64_t at = 0; at < n; at += kNumpyBufferSize)
    total += PairwiseSumOf<R>(square, at, std::min(kNumpyBufferSize, n - at));
  double count = static_cast<double>(n - ddof > 0 ? n - ddof : 0);
  return static_cast<R>(static_cast<double>(total) / count);
}
template <class R, class T, int N>
FXN_OP("numpy.std", "(A, int) -> R", "*")
R np_std_all(const Array<T, N>& a, int64_t ddof) {
  return std::sqrt(np_var_all<R>(a, ddof));
}

// Visits the items of a as (outer index over the kept dims, the reduced run) for a reduction
// over `axis`: calls run(out_flat_index, pointer, length, stride).
template <class T, int N, class F>
void ForEachRun(const Array<T, N>& a, int axis, F&& run) {
  int64_t outer = 1;
  for (int d = 0; d < N; ++d)
    if (d != axis) outer *= a.shape(d);
  int64_t index[N > 0 ? N : 1] = {};
  for (int64_t o = 0; o < outer; ++o) {
    run(o, a.data() + a.Offset(index), a.shape(axis), a.stride(axis));
    for (int d = N - 1; d >= 0; --d) {
      if (d == axis) continue;
      if (++index[d] < a.shape(d)) break;
      index[d] = 0;
    }
  }
}

// Normalises a possibly negative axis; AxisError as NumPy words it.
inline bool NormalizeAxis(Ctx& cx, int64_t axis, int ndim, int* result) {
  if (axis < -ndim || axis >= ndim)
    return cx.Raisef("AxisError", "axis %lld is out of bounds for array of dimension %d",
                     static_cast<long long>(axis), ndim);
  *result = static_cast<int>(axis < 0 ? axis + ndim : axis);
  return true;
}

// The shape of a reduction's result: dims other than axis (keepdims: axis kept as 1).
template <int M, int N>
void ReducedShape(const int64_t* shape, int axis, int64_t* out) {
  int k = 0;
  for (int d = 0; d < N; ++d) {
    if (d == axis) {
      if (M == N) out[k++] = 1;
    } else {
      out[k++] = shape[d];
    }
  }
}

// sum over one axis. On the last axis each run is summed pairwise; over an outer axis NumPy
// adds whole rows in order, which is what the run-by-run naive sum below does per item.
template <class Out, class T, int N>
FXN_OP("numpy.sum_axis", "(A, int, bool) -> R", "*")
bool np_sum_axis(Ctx& cx, const Array<T, N>& a, int64_t axis_arg, bool, Out& out) {
  using Acc = typename Out::value_type;
  constexpr int M = Out::kDims;
  int axis;
  if (!NormalizeAxis(cx, axis_arg, N, &axis)) return false;
  int64_t shape[M > 0 ? M : 1];
  ReducedShape<M, N>(a.shape(), axis, shape);
  out = Array<Acc, M>::Uninitialized(shape);
  Acc* o = out.data();
  Array<T, N> c = Contiguous(a);
  if (axis == N - 1) {
    ForEachRun(c, axis, [&](int64_t k, const T* p, int64_t n, int64_t stride) { o[k] = SumRun<Acc>(p, n, stride); });
  } else {
    ForEachRun(c, axis, [&](int64_t k, const T* p, int64_t n, int64_t stride) {
      Acc acc = Acc(0);
      for (int64_t i = 0; i < n; ++i) acc = np_add(acc, static_cast<Acc>(p[i * stride]));
      o[k] = acc;
    });
  }
  return true;
}

// mean over an axis: the sum over it, divided (in the result's dtype, as NumPy divides the array
// by the count).
template <class Out, class T, int N>
FXN_OP("numpy.mean_axis", "(A, int, bool) -> R", "*")
bool np_mean_axis(Ctx& cx, const Array<T, N>& a, int64_t axis_arg, bool keepdims, Out& out) {
  using R = typename Out::value_type;
  int axis;
  if (!NormalizeAxis(cx, axis_arg, N, &axis) || !np_sum_axis(cx, a, axis_arg, keepdims, out)) return false;
  const R n = static_cast<R>(a.shape(axis));
  for (int64_t i = 0; i < out.size(); ++i) out.data()[i] = out.data()[i] / n;
  return true;
}

// var over an axis as NumPy's _var: the mean kept as a dim, x = a - mean, sum(x * x) / (n - ddof).
template <class Out, class T, int N>
FXN_OP("numpy.var_axis", "(A, int, bool, int) -> R", "*")
bool np_var_axis(Ctx& cx, const Array<T, N>& a, int64_t axis_arg, bool keepdims, int64_t ddof, Out& out) {
  using R = typename Out::value_type;
  int axis;
  if (!NormalizeAxis(cx, axis_arg, N, &axis)) return false;
  Array<R, N> mean;
  if (!np_mean_axis(cx, a, axis_arg, true, mean)) return false;
  Array<R, N> squares;
  if (!arr::Map<R, N>(cx, squares, [](auto x, R m) { R d = static_cast<R>(x) - m; return d * d; }, a, mean)) return false;
  if (!np_sum_axis(cx, squares, axis_arg, keepdims, out)) return false;
  const int64_t n = a.shape(axis);
  const R count = static_cast<R>(n - ddof > 0 ? n - ddof : 0);
  for (int64_t i = 0; i < out.size(); ++i) out.data()[i] = out.data()[i] / count;
  return true;
}
template <class Out, class T, int N>
FXN_OP("numpy.std_axis", "(A, int, bool, int) -> R", "*")
bool np_std_axis(Ctx& cx, const Array<T, N>& a, int64_t axis_arg, bool keepdims, int64_t ddof, Out& out) {
  if (!np_var_axis(cx, a, axis_arg, keepdims, ddof, out)) return false;
  for (int64_t i = 0; i < out.size(); ++i) out.data()[i] = std::sqrt(out.data()[i]);
  return true;
}

template <class Out, class T, int N>
FXN_OP("numpy.prod_axis", "(A, int, bool) -> R", "*")
bool np_prod_axis(Ctx& cx, const Array<T, N>& a, int64_t axis_arg, bool, Out& out) {
  using R = typename Out::value_type;
  constexpr int M = Out::kDims;
  int axis;
  if (!NormalizeAxis(cx, axis_arg, N, &axis)) return false;
  int64_t shape[M > 0 ? M : 1];
  ReducedShape<M, N>(a.shape(), axis, shape);
  out = Out::Uninitialized(shape);
  R* o = out.data();
  ForEachRun(a, axis, [&](int64_t k, const T* p, int64_t n, int64_t stride) {
    R acc = R(1);
    for (int64_t i = 0; i < n; ++i) acc = np_multiply(acc, static_cast<R>(p[i * stride]));
    o[k] = acc;
  });
  return true;
}

template <class T>
inline bool BetterMax(T candidate, T best) {
  if constexpr (std::is_floating_point_v<T>) return std::isnan(best) ? false : (std::isnan(candidate) || candidate > best);
  else return candidate > best;
}
template <class T>
inline bool BetterMin(T candidate, T best) {
  if constexpr (std::is_floating_point_v<T>) return std::isnan(best) ? false : (std::isnan(candidate) || candidate < best);
  else return candidate < best;
}

template <bool kMax, class T>
T ExtremeRun(const T* p, int64_t n, int64_t stride, int64_t* where) {
  T best = p[0];
  *where = 0;
  for (int64_t i = 1; i < n; ++i) {
    T x = p[i * stride];
    if (kMax ? BetterMax(x, best) : BetterMin(x, best)) {
      best = x;
      *where = i;
    }
  }
  return best;
}

// max/min of a contiguous run by value, in 8 lanes that vectorize. NumPy's scalar loop keeps the
// first of equal items and the first NaN; lanes change which is first only among +0.0 and -0.0
// (the sole equal values that print differently) and NaNs, so those cases are settled by a
// second, scalar pass.
template <bool kMax, class T>
FXN_ALWAYS_INLINE T ExtremeValueBody(const T* p, int64_t n) {
  T lane[8];
  for (int j = 0; j < 8; ++j) lane[j] = p[0];
  int64_t i = 0;
  int64_t nans = 0;
  for (; i + 8 <= n; i += 8)
    for (int j = 0; j < 8; ++j) {
      T x = p[i + j];
      lane[j] = (kMax ? x > lane[j] : x < lane[j]) ? x : lane[j];
      if constexpr (std::is_floating_point_v<T>) nans += x != x;
    }
  T best = lane[0];
  for (int j = 1; j < 8; ++j) best = (kMax ? lane[j] > best : lane[j] < best) ? lane[j] : best;
  for (; i < n; ++i) {
    if constexpr (std::is_floating_point_v<T>) nans += p[i] != p[i];
    best = (kMax ? p[i] > best : p[i] < best) ? p[i] : best;
  }
  if constexpr (std::is_floating_point_v<T>) {
    if (nans || best == 0) {
      int64_t where;
      return ExtremeRun<kMax>(p, n, 1, &where);
    }
  }
  return best;
}
#if FXN_MULTIVERSION
template <bool kMax, class T>
FXN_TARGET_V3 T ExtremeValueV3(const T* p, int64_t n) { return ExtremeValueBody<kMax>(p, n); }
#endif
template <bool kMax, class T>
T ExtremeValue(const T* p, int64_t n) {
#if FXN_MULTIVERSION
  if (CpuHasV3()) return ExtremeValueV3<kMax>(p, n);
#endif
  return ExtremeValueBody<kMax>(p, n);
}

// max/min/argmax/argmin of every item: ValueError on an empty array, as NumPy.
template <bool kMax, bool kArg, class R, class T, int N>
bool np_extreme_all(Ctx& cx, const Array<T, N>& a, R& out) {
  if (a.size() == 0) {
    if constexpr (kArg)
      return cx.Raise("ValueError", kMax ? "attempt to get argmax of an empty sequence"
                                         : "attempt to get argmin of an empty sequence");
    return cx.Raise("ValueError", kMax ? "zero-size array to reduction operation maximum which has no identity"
                                       : "zero-size array to reduction operation minimum which has no identity");
  }
  Array<T, N> c = Contiguous(a);
  if constexpr (kArg) {
    int64_t where;
    ExtremeRun<kMax>(c.data(), c.size(), 1, &where);
    out = static_cast<R>(where);
  } else {
    out = static_cast<R>(ExtremeValue<kMax>(c.data(), c.size()));
  }
  return true;
}
template <class R, class T, int N>
FXN_OP("numpy.max", "(A) -> R", "*")
bool np_max_all(Ctx& cx, const Array<T, N>& a, R& out) { return np_extreme_all<true, false>(cx, a, out); }
template <class R, class T, int N>
FXN_OP("numpy.min", "(A) -> R", "*")
bool np_min_all(Ctx& cx, const Array<T, N>& a, R& out) { return np_extreme_all<false, false>(cx, a, out); }
template <class R, class T, int N>
FXN_OP("numpy.argmax", "(A) -> R", "*")
bool np_argmax_all(Ctx& cx, const Array<T, N>& a, R& out) { return np_extreme_all<true, true>(cx, a, out); }
template <class R, class T, int N>
FXN_OP("numpy.argmin", "(A) -> R", "*")
bool np_argmin_all(Ctx& cx, const Array<T, N>& a, R& out) { return np_extreme_all<false, true>(cx, a, out); }

template <bool kMax, bool kArg, class Out, class T, int N>
bool np_extreme_axis(Ctx& cx, const Array<T, N>& a, int64_t axis_arg, Out& out) {
  using R = typename Out::value_type;
  constexpr int M = Out::kDims;
  int axis;
  if (!NormalizeAxis(cx, axis_arg, N, &axis)) return false;
  if (a.shape(axis) == 0) {
    if constexpr (kArg)
      return cx.Raise("ValueError", kMax ? "attempt to get argmax of an empty sequence"
                                         : "attempt to get argmin of an empty sequence");
    return cx.Raise("ValueError", kMax ? "zero-size array to reduction operation maximum which has no identity"
                                       : "zero-size array to reduction operation minimum which has no identity");
  }
  int64_t shape[M > 0 ? M : 1];
  ReducedShape<M, N>(a.shape(), axis, shape);
  out = Array<R, M>::Uninitialized(shape);
  R* o = out.data();
  ForEachRun(a, axis, [&](int64_t k, const T* p, int64_t n, int64_t stride) {
    int64_t where;
    T best = ExtremeRun<kMax>(p, n, stride, &where);
    if constexpr (kArg) o[k] = static_cast<R>(where);
    else o[k] = static_cast<R>(best);
  });
  return true;
}
template <class Out, class T, int N>
FXN_OP("numpy.max_axis", "(A, int, bool) -> R", "*")
bool np_max_axis(Ctx& cx, const Array<T, N>& a, int64_t axis, bool, Out& out) {
  return np_extreme_axis<true, false>(cx, a, axis, out);
}
template <class Out, class T, int N>
FXN_OP("numpy.min_axis", "(A, int, bool) -> R", "*")
bool np_min_axis(Ctx& cx, const Array<T, N>& a, int64_t axis, bool, Out& out) {
  return np_extreme_axis<false, false>(cx, a, axis, out);
}
template <class Out, class T, int N>
FXN_OP("numpy.argmax_axis", "(A, int, bool) -> R", "*")
bool np_argmax_axis(Ctx& cx, const Array<T, N>& a, int64_t axis, bool, Out& out) {
  return np_extreme_axis<true, true>(cx, a, axis, out);
}
template <class Out, class T, int N>
FXN_OP("numpy.argmin_axis", "(A, int, bool) -> R", "*")
bool np_argmin_axis(Ctx& cx, const Array<T, N>& a, int64_t axis, bool, Out& out) {
  return np_extreme_axis<false, true>(cx, a, axis, out);
}

template <class R, class T, int N>
FXN_OP("numpy.any", "(A) -> R", "*")
R np_any(const Array<T, N>& a) {
  Array<T, N> c = Contiguous(a);
  for (int64_t i = 0; i < c.size(); ++i)
    if (c.data()[i] != T(0)) return true;
  return false;
}
template <class R, class T, int N>
FXN_OP("numpy.all", "(A) -> R", "*")
R np_all(const Array<T, N>& a) {
  Array<T, N> c = Contiguous(a);
  for (int64_t i = 0; i < c.size(); ++i)
    if (c.data()[i] == T(0)) return false;
  return true;
}

// any/all over one axis.
template <bool kAny, class Out, class T, int N>
bool AnyAllAxis(Ctx& cx, const Array<T, N>& a, int64_t axis_arg, Out& out) {
  constexpr int M = Out::kDims;
  int axis;
  if (!NormalizeAxis(cx, axis_arg, N, &axis)) return false;
  int64_t shape[M > 0 ? M : 1];
  ReducedShape<M, N>(a.shape(), axis, shape);
  out = Out::Uninitialized(shape);
  bool* o = out.data();
  ForEachRun(a, axis, [&](int64_t k, const T* p, int64_t n, int64_t stride) {
    bool r = !kAny;
    for (int64_t i = 0; i < n && r == !kAny; ++i) r = kAny ? p[i * stride] != T(0) : !(p[i * stride] == T(0));
    o[k] = r;
  });
  return true;
}
template <class Out, class T, int N>
FXN_OP("numpy.any_axis", "(A, int, bool) -> R", "*")
bool np_any_axis(Ctx& cx, const Array<T, N>& a, int64_t axis, bool, Out& out) { return AnyAllAxis<true>(cx, a, axis, out); }
template <class Out, class T, int N>
FXN_OP("numpy.all_axis", "(A, int, bool) -> R", "*")
bool np_all_axis(Ctx& cx, const Array<T, N>& a, int64_t axis, bool, Out& out) { return AnyAllAxis<false>(cx, a, axis, out); }

// np.count_nonzero(a): a Python int.
template <class T, int N>
FXN_OP("numpy.count_nonzero", "(A) -> int", "*")
int64_t np_count_nonzero(const Array<T, N>& a) {
  Array<T, N> c = Contiguous(a);
  int64_t n = 0;
  for (int64_t i = 0; i < c.size(); ++i) n += c.data()[i] != T(0);
  return n;
}

// np.cumsum: running sums in order (add.accumulate), flat in C order or along an axis.
template <class Out, class T, int N>
FXN_OP("numpy.cumsum", "(A) -> R", "*")
Out np_cumsum(const Array<T, N>& a) {
  using R = typename Out::value_type;
  Array<T, N> c = Contiguous(a);
  int64_t shape[1] = {c.size()};
  Out out = Out::Uninitialized(shape);
  R acc = R(0);
  for (int64_t i = 0; i < c.size(); ++i) out.data()[i] = acc = i ? np_add(acc, static_cast<R>(c.data()[i])) : static_cast<R>(c.data()[i]);
  return out;
}
template <class Out, class T, int N>
FXN_OP("numpy.cumsum_axis", "(A, int) -> R", "*")
bool np_cumsum_axis(Ctx& cx, const Array<T, N>& a, int64_t axis_arg, Out& out) {
  using R = typename Out::value_type;
  int axis;
  if (!NormalizeAxis(cx, axis_arg, N, &axis)) return false;
  out = Out::Uninitialized(a.shape());
  Array<T, N> c = Contiguous(a);
  int64_t inner = 1;
  for (int d = axis + 1; d < N; ++d) inner *= a.shape(d);
  const int64_t n = a.shape(axis), outer = n ? c.size() / (n * inner) : 0;
  for (int64_t o = 0; o < outer; ++o)
    for (int64_t j = 0; j < inner; ++j) {
      const T* p = c.data() + o * n * inner + j;
      R* q = out.data() + o * n * inner + j;
      R acc = R(0);
      for (int64_t i = 0; i < n; ++i) q[i * inner] = acc = i ? np_add(acc, static_cast<R>(p[i * inner])) : static_cast<R>(p[i * inner]);
    }
  return true;
}

// ---- shapes ----

template <class T, int N>
FXN_OP("numpy.size", "(A) -> int", "*")
int64_t np_size(const Array<T, N>& a) { return a.size(); }
template <class T, int N>
FXN_OP("numpy.shape_at", "(A, int) -> int", "*")
int64_t np_shape_at(const Array<T, N>& a, int64_t d) { return a.shape(static_cast<int>(d)); }
// len(a): the first extent; TypeError for 0-d, as NumPy.
template <class T, int N>
FXN_OP("numpy.len", "(A) -> int", "*")
bool np_len(Ctx& cx, const Array<T, N>& a, int64_t& out) {
  if constexpr (N == 0) return cx.Raise("TypeError", "len() of unsized object");
  else out = a.shape(0);
  return true;
}

// a.transpose(axes) / np.transpose(a, axes) / swapaxes / moveaxis: a view with the dims in the
// order `axes` (a permutation the front end checked) gives: one digit per dim, as text.
template <class T, int N>
FXN_OP("numpy.permute", "(A, str) -> A", "*")
Array<T, N> np_permute(const Array<T, N>& a, const Str& axes) {
  int64_t shape[N > 0 ? N : 1], strides[N > 0 ? N : 1];
  std::string_view order = axes.utf8();
  for (int d = 0; d < N; ++d) {
    int from = order[static_cast<size_t>(d)] - 'a';
    shape[d] = a.shape(from);
    strides[d] = a.stride(from);
  }
  return Array<T, N>::View(a, a.data(), shape, strides);
}

// a.T / np.transpose(a): the reversed axes, a view.
template <class T, int N>
FXN_OP("numpy.transpose", "(A) -> A", "*")
Array<T, N> np_transpose(const Array<T, N>& a) {
  int64_t shape[N > 0 ? N : 1], strides[N > 0 ? N : 1];
  for (int d = 0; d < N; ++d) {
    shape[d] = a.shape(N - 1 - d);
    strides[d] = a.stride(N - 1 - d);
  }
  return Array<T, N>::View(a, a.data(), shape, strides);
}

// NumPy's text for a requested shape (convert_shape_to_string): leading -1s are dropped, later
// ones print as "newaxis", and only a one-item shape gets a trailing comma: "(4,2)",
// "(5,newaxis)", "(4)" for (-1, 4), "(6,)".
inline std::string ReshapeText(const int64_t* dims, int n) {
  int i = 0;
  while (i < n && dims[i] < 0) ++i;
  if (i == n) return "()";
  std::string s = std::to_string(dims[i++]);
  for (; i < n; ++i) s += dims[i] < 0 ? std::string(",newaxis") : "," + std::to_string(dims[i]);
  return n == 1 ? "(" + s + ",)" : "(" + s + ")";
}

// reshape: a view of a C-contiguous array (else a copy, as NumPy does when it must); one
// extent may be -1.
template <class Out, class T, int N, class Shape>
FXN_OP("numpy.reshape", "(A, S) -> R", "*")
bool np_reshape(Ctx& cx, const Array<T, N>& a, const Shape& shape_tuple, Out& out) {
  constexpr int M = Out::kDims;
  const auto dims = ShapeOf(shape_tuple);
  int64_t shape[M > 0 ? M : 1];
  int unknown = -1;
  int64_t known = 1;
  for (int d = 0; d < M; ++d) {
    shape[d] = dims[d];
    if (dims[d] < 0) {  // NumPy takes any negative extent as the unknown one
      if (unknown >= 0) return cx.Raise("ValueError", "can only specify one unknown dimension");
      unknown = d;
    } else {
      known *= dims[d];
    }
  }
  if (unknown >= 0) {
    if (known == 0 || a.size() % known != 0)
      return cx.Raisef("ValueError", "cannot reshape array of size %lld into shape %s", static_cast<long long>(a.size()),
                       ReshapeText(dims.data(), M).c_str());
    shape[unknown] = a.size() / known;
  } else if (known != a.size()) {
    return cx.Raisef("ValueError", "cannot reshape array of size %lld into shape %s", static_cast<long long>(a.size()),
                     ReshapeText(dims.data(), M).c_str());
  }
  Array<T, N> c = Contiguous(a);
  int64_t strides[M > 0 ? M : 1];
  int64_t s = 1;
  for (int d = M - 1; d >= 0; --d) {
    strides[d] = s;
    s *= shape[d];
  }
  out = Out::View(c, c.data(), shape, strides);
  return true;
}

template <class T, int N>
FXN_OP("numpy.copy", "(A) -> A", "*")
Array<T, N> np_copy(const Array<T, N>& a) {
  Array<T, N> out = Array<T, N>::Uninitialized(a.shape());
  Array<T, N> c = Contiguous(a);
  if (c.size()) std::memcpy(out.data(), c.data(), static_cast<size_t>(c.size()) * sizeof(T));
  return out;
}

// ---- creation ----

template <class Out, class Shape, class T>
FXN_OP("numpy.full", "(S, V) -> R", "*")
bool np_full(Ctx& cx, const Shape& shape, T value, Out& out) {
  const auto dims = ShapeOf(shape);
  for (int d = 0; d < Out::kDims; ++d)
    if (dims[d] < 0) return cx.Raise("ValueError", "negative dimensions are not allowed");
  out = Out::Uninitialized(dims.data());
  std::fill(out.data(), out.data() + out.size(), value);
  return true;
}

// np.eye(n, m, k): ones on the k-th diagonal.
template <class Out>
FXN_OP("numpy.eye", "(int, int, int) -> R", "*")
bool np_eye(Ctx& cx, int64_t n, int64_t m, int64_t k, Out& out) {
  if (n < 0 || m < 0) return cx.Raise("ValueError", "negative dimensions are not allowed");
  int64_t shape[2] = {n, m};
  out = Out::Zeros(shape);
  for (int64_t i = 0; i < n; ++i)
    if (i + k >= 0 && i + k < m) out.data()[i * m + i + k] = typename Out::value_type(1);
  return true;
}

// np.arange(start, stop, step) for ints (float ranges are in the front end's table too).
template <class Out, class T>
FXN_OP("numpy.arange", "(V, V, V) -> R", "*")
bool np_arange(Ctx& cx, T start, T stop, T step, Out& out) {
  if (step == 0) return cx.Raise("ZeroDivisionError", "division by zero");
  int64_t n;
  if constexpr (std::is_floating_point_v<T>) {
    double len = std::ceil((static_cast<double>(stop) - static_cast<double>(start)) / static_cast<double>(step));
    n = len > 0 ? static_cast<int64_t>(len) : 0;
  } else {
    n = step > 0 ? (stop > start ? (stop - start + step - 1) / step : 0) : (stop < start ? (start - stop - step - 1) / -step : 0);
  }
  int64_t shape[1] = {n};
  out = Array<T, 1>::Uninitialized(shape);
  T* o = out.data();
  if constexpr (std::is_floating_point_v<T>) {
    // NumPy fills start, start + delta and then continues with the same delta.
    T delta = static_cast<T>((start + step) - start);
    for (int64_t i = 0; i < n; ++i) o[i] = static_cast<T>(start + static_cast<T>(i) * delta);
  } else {
    for (int64_t i = 0; i < n; ++i) o[i] = static_cast<T>(start + i * step);
  }
  return true;
}

// np.linspace(start, stop, num) as NumPy 1.24 computes it (step = delta / div; y = arange * step
// + start; the last item set to stop).
template <class Out>
FXN_OP("numpy.linspace", "(float, float, int, bool) -> R", "*")
bool np_linspace(Ctx& cx, double start, double stop, int64_t num, bool endpoint, Out& out) {
  if (num < 0) return cx.Raisef("ValueError", "Number of samples, %lld, must be non-negative.", static_cast<long long>(num));
  int64_t shape[1] = {num};
  out = Array<double, 1>::Uninitialized(shape);
  double* o = out.data();
  int64_t div = endpoint ? num - 1 : num;
  double delta = stop - start;
  if (div > 0) {
    double step = delta / static_cast<double>(div);
    if (step == 0) {
      for (int64_t i = 0; i < num; ++i) o[i] = (static_cast<double>(i) / static_cast<double>(div)) * delta + start;
    } else {
      for (int64_t i = 0; i < num; ++i) o[i] = static_cast<double>(i) * step + start;
    }
    if (endpoint && num > 1) o[num - 1] = stop;
  } else if (num == 1) {
    o[0] = 0.0 * delta + start;  // NumPy multiplies by delta here too (inf/nan propagate)
  }
  return true;
}

// A module-level array, from its items' bytes in base64 (the front end's form of the value it
// had at trace time). Lowering keeps the result in a function-local static: decoded once.
template <class Out, class Shape>
FXN_OP("numpy.constant", "(str, S) -> R", "*")
Out np_constant(const Str& base64, const Shape& shape) {
  const auto dims = ShapeOf(shape);
  Out out = Out::Zeros(dims.data());
  auto* bytes = reinterpret_cast<unsigned char*>(out.data());
  const size_t limit = static_cast<size_t>(out.size()) * sizeof(typename Out::value_type);
  auto digit = [](char c) -> uint32_t {
    if (c >= 'A' && c <= 'Z') return static_cast<uint32_t>(c - 'A');
    if (c >= 'a' && c <= 'z') return static_cast<uint32_t>(c - 'a' + 26);
    if (c >= '0' && c <= '9') return static_cast<uint32_t>(c - '0' + 52);
    return c == '+' ? 62u : 63u;
  };
  std::string_view text = base64.utf8();
  size_t n = 0;
  for (size_t i = 0; i + 3 < text.size() + 0 && n < limit; i += 4) {
    uint32_t v = (digit(text[i]) << 18) | (digit(text[i + 1]) << 12);
    v |= text[i + 2] == '=' ? 0 : digit(text[i + 2]) << 6;
    v |= text[i + 3] == '=' ? 0 : digit(text[i + 3]);
    for (int k = 0; k < 3 && n < limit; ++k) bytes[n++] = static_cast<unsigned char>(v >> (16 - 8 * k));
  }
  // The front end writes the items little-endian (NumPy's "<" byte order), whatever the target.
  if constexpr (std::endian::native == std::endian::big && sizeof(typename Out::value_type) > 1) {
    constexpr size_t width = sizeof(typename Out::value_type);
    for (size_t at = 0; at + width <= limit; at += width) std::reverse(bytes + at, bytes + at + width);
  }
  out.MakeImmortal();
  return out;
}

// np.array(nested lists): the shape from the first items, every row checked to match.
template <class L>
struct ListNesting {
  static constexpr int kDepth = 0;
};
template <class T>
struct ListNesting<List<T>> {
  static constexpr int kDepth = 1 + ListNesting<T>::kDepth;
};

template <class L>
void NestedShape(const L& list, int64_t* shape) {
  if constexpr (ListNesting<L>::kDepth > 0) {
    shape[0] = static_cast<int64_t>(list.items().size());
    if constexpr (ListNesting<L>::kDepth > 1) {
      if (!list.items().empty()) NestedShape(static_cast<const typename std::decay_t<decltype(list.items()[0])>&>(list.items()[0]), shape + 1);
      else for (int d = 1; d < ListNesting<L>::kDepth; ++d) shape[d] = 0;
    }
  }
}

template <class T, class L>
bool FillNested(Ctx& cx, const L& list, const int64_t* shape, int depth, T*& o) {
  const auto& items = list.items();
  if (static_cast<int64_t>(items.size()) != shape[depth]) {
    std::string detected = "(";
    for (int d = 0; d < depth; ++d) detected += std::to_string(shape[d]) + (depth == 1 ? "," : d + 1 < depth ? ", " : "");
    return cx.Raisef("ValueError",
                     "setting an array element with a sequence. The requested array has an inhomogeneous shape "
                     "after %d dimensions. The detected shape was %s) + inhomogeneous part.",
                     depth, detected.c_str());
  }
  for (const auto& item : items) {
    if constexpr (ListNesting<L>::kDepth > 1) {
      if (!FillNested<T>(cx, item, shape, depth + 1, o)) return false;
    } else if constexpr (std::is_enum_v<std::decay_t<decltype(item)>>) {
      *o++ = static_cast<T>(static_cast<uint8_t>(item));  // a list of bool's stored bytes
    } else {
      *o++ = static_cast<T>(item);
    }
  }
  return true;
}

template <class Out, class L>
FXN_OP("numpy.array", "(L) -> R", "*")
bool np_array(Ctx& cx, const L& list, Out& out) {
  constexpr int N = Out::kDims;
  static_assert(ListNesting<L>::kDepth == N, "np.array: one dim per list level");
  int64_t shape[N > 0 ? N : 1];
  NestedShape(list, shape);
  out = Out::Uninitialized(shape);
  auto* o = out.data();
  return FillNested<typename Out::value_type>(cx, list, shape, 0, o);
}

// ---- indexing ----

inline bool NormalizeIndex(Ctx& cx, int64_t i, int64_t n, int axis, int64_t* result) {
  if (i < -n || i >= n)
    return cx.Raisef("IndexError", "index %lld is out of bounds for axis %d with size %lld", static_cast<long long>(i),
                     axis, static_cast<long long>(n));
  *result = i < 0 ? i + n : i;
  return true;
}

// Calls f on every item of a (by reference), in C order.
template <class T, int N, class F>
void ForEachItem(Array<T, N>& a, F&& f) {
  if (a.size() == 0) return;
  int64_t index[N > 0 ? N : 1] = {};
  while (true) {
    f(a.data()[a.Offset(index)]);
    int d = N - 1;
    for (; d >= 0; --d) {
      if (++index[d] < a.shape(d)) break;
      index[d] = 0;
    }
    if (d < 0) break;
  }
}
// Copies the C-contiguous `from` (of the same shape) into the items of `to`.
template <class T, int N>
void ForEachItemPair(const Array<T, N>& to, const Array<T, N>& from) {
  Array<T, N> target = to;
  const T* p = from.data();
  ForEachItem(target, [&](T& slot) { slot = *p++; });
}

// Basic indexing (integers, slices, np.newaxis), as one view: `pattern` has one letter per index
// item, the front end having spelled out `...` and the dims left unindexed: 'i' takes one value
// (an integer), 's' three (start, stop, step; Python's defaults already filled in), 'n' none (a
// new dim of 1). `values` are those numbers, in order.
template <int M, class T, int N>
bool BasicView(Ctx& cx, const Array<T, N>& a, std::string_view pattern, const int64_t* v, T** data, int64_t* shape,
               int64_t* strides) {
  int d = 0, od = 0;
  int64_t offset = 0;
  for (char c : pattern) {
    if (c == 'i') {
      int64_t k;
      if (!NormalizeIndex(cx, *v++, a.shape(d), d, &k)) return false;
      offset += k * a.stride(d);
      ++d;
    } else if (c == 's') {
      int64_t lo = v[0], hi = v[1], step = v[2];
      v += 3;
      if (step == 0) return cx.Raise("ValueError", "slice step cannot be zero");
      int64_t len = SliceAdjust(a.shape(d), lo, hi, step);
      shape[od] = len;
      strides[od] = a.stride(d) * step;
      if (len) offset += lo * a.stride(d);
      ++d;
      ++od;
    } else {
      shape[od] = 1;
      strides[od] = 0;
      ++od;
    }
  }
  *data = a.data() + offset;
  return true;
}

template <class Out, class T, int N, class Values>
FXN_OP("numpy.index", "(A, str, S) -> R", "*")
bool np_index(Ctx& cx, const Array<T, N>& a, const Str& pattern, const Values& values, Out& out) {
  const auto v = ShapeOf(values);
  T* data;
  int64_t shape[Out::kDims > 0 ? Out::kDims : 1], strides[Out::kDims > 0 ? Out::kDims : 1];
  if (!BasicView<Out::kDims>(cx, a, pattern.utf8(), v.data(), &data, shape, strides)) return false;
  out = Out::View(a, data, shape, strides);
  return true;
}

// a[i, j, ...] naming one item.
template <class R, class T, int N, class Values>
FXN_OP("numpy.index_item", "(A, str, S) -> R", "*")
bool np_index_item(Ctx& cx, const Array<T, N>& a, const Str& pattern, const Values& values, R& out) {
  const auto v = ShapeOf(values);
  T* data;
  int64_t none[1];
  if (!BasicView<0>(cx, a, pattern.utf8(), v.data(), &data, none, none)) return false;
  out = *data;
  return true;
}
template <class T, int N, class Values>
FXN_OP("numpy.setindex_item", "(A, str, S, V) -> None", "*")
bool np_setindex_item(Ctx& cx, const Array<T, N>& a, const Str& pattern, const Values& values, T item) {
  const auto v = ShapeOf(values);
  T* data;
  int64_t none[1];
  if (!BasicView<0>(cx, a, pattern.utf8(), v.data(), &data, none, none)) return false;
  *data = item;
  return true;
}

// view[...] = value: value (an array or an item) broadcast to the view's shape, as NumPy's
// assignment; an overlapping source is copied first.
template <class T, int N, class V>
FXN_OP("numpy.assign", "(A, V) -> None", "*")
bool np_assign(Ctx& cx, const Array<T, N>& view, const V& value) {
  if constexpr (IsArray<V>::value) {
    constexpr int M = V::kDims;
    bool fits = M <= N;
    for (int d = 0; fits && d < M; ++d) {
      int64_t e = value.shape(d), o = view.shape(N - M + d);
      fits = e == o || e == 1;
    }
    if (!fits)
      return cx.Raisef("ValueError", "could not broadcast input array from shape %s into shape %s",
                       ShapeText(value).c_str(), ShapeText(view).c_str());
    V source = value.buffer() == view.buffer() ? np_copy(value) : value;
    Array<T, N> staged;
    if (!arr::Map<T, N>(cx, staged, [](auto x, auto) { return static_cast<T>(x); }, source, view)) return false;
    ForEachItemPair(view, staged);
  } else {
    Array<T, N> target = view;
    ForEachItem(target, [&](T& slot) { slot = static_cast<T>(value); });
  }
  return true;
}

// ---- boolean masks and integer arrays as indices (copies, as NumPy's advanced indexing) ----

// The mask must match the array's leading dims (NumPy's IndexError otherwise).
template <class T, int N, int K>
bool CheckMask(Ctx& cx, const Array<T, N>& a, const Array<bool, K>& mask) {
  for (int d = 0; d < K; ++d)
    if (a.shape(d) != mask.shape(d))
      return cx.Raisef("IndexError",
                       "boolean index did not match indexed array along dimension %d; dimension is %lld but "
                       "corresponding boolean dimension is %lld",
                       d, static_cast<long long>(a.shape(d)), static_cast<long long>(mask.shape(d)));
  return true;
}

// a[mask]: the items (or, for a mask of a's first K dims, the sub-arrays) where mask is true.
template <class Out, class T, int N, int K>
FXN_OP("numpy.mask_select", "(A, M) -> R", "*")
bool np_mask_select(Ctx& cx, const Array<T, N>& a, const Array<bool, K>& mask, Out& out) {
  if (!CheckMask(cx, a, mask)) return false;
  Array<T, N> ca = Contiguous(a);
  Array<bool, K> cm = Contiguous(mask);
  int64_t count = 0;
  for (int64_t i = 0; i < cm.size(); ++i) count += cm.data()[i];
  int64_t row = 1;
  for (int d = K; d < N; ++d) row *= a.shape(d);
  int64_t shape[N - K + 1];
  shape[0] = count;
  for (int d = K; d < N; ++d) shape[d - K + 1] = a.shape(d);
  out = Out::Uninitialized(shape);
  T* o = out.data();
  for (int64_t i = 0; i < cm.size(); ++i)
    if (cm.data()[i]) {
      std::copy(ca.data() + i * row, ca.data() + (i + 1) * row, o);
      o += row;
    }
  return true;
}

template <class T, int N, class V>
FXN_OP("numpy.mask_assign", "(A, M, V) -> None", "*")
bool np_mask_assign(Ctx& cx, const Array<T, N>& a, const Array<bool, N>& mask, const V& value) {
  if (!CheckMask(cx, a, mask)) return false;
  Array<bool, N> cm = Contiguous(mask);
  int64_t count = 0;
  for (int64_t i = 0; i < cm.size(); ++i) count += cm.data()[i];
  const T* src = nullptr;
  Array<T, 1> values;
  if constexpr (IsArray<V>::value) {
    static_assert(V::kDims == 1, "a[mask] = values takes a 1-d array");
    if (value.shape(0) != count && value.shape(0) != 1)
      return cx.Raisef("ValueError",
                       "NumPy boolean array indexing assignment cannot assign %lld input values to the %lld output "
                       "values where the mask is true",
                       static_cast<long long>(value.shape(0)), static_cast<long long>(count));
    values = np_copy(value);
    src = values.data();
  }
  int64_t index[N > 0 ? N : 1] = {};
  int64_t k = 0;
  for (int64_t i = 0; i < cm.size(); ++i) {
    if (cm.data()[i]) {
      T& slot = a.data()[a.Offset(index)];
      if constexpr (IsArray<V>::value) slot = src[values.shape(0) == 1 ? 0 : k++];
      else slot = static_cast<T>(value);
    }
    for (int d = N - 1; d >= 0; --d) {
      if (++index[d] < a.shape(d)) break;
      index[d] = 0;
    }
  }
  return true;
}

// a[idx] for an integer array idx: items (or rows) of a along its first axis.
template <class Out, class T, int N, class I, int K>
FXN_OP("numpy.take0", "(A, I) -> R", "*")
bool np_take0(Ctx& cx, const Array<T, N>& a, const Array<I, K>& idx, Out& out) {
  int64_t shape[Out::kDims > 0 ? Out::kDims : 1];
  for (int d = 0; d < K; ++d) shape[d] = idx.shape(d);
  for (int d = 1; d < N; ++d) shape[K + d - 1] = a.shape(d);
  Array<I, K> ci = Contiguous(idx);
  Array<T, N> ca = Contiguous(a);
  int64_t row = 1;
  for (int d = 1; d < N; ++d) row *= a.shape(d);
  out = Out::Uninitialized(shape);
  T* o = out.data();
  for (int64_t i = 0; i < ci.size(); ++i) {
    int64_t k;
    if (!NormalizeIndex(cx, static_cast<int64_t>(ci.data()[i]), a.shape(0), 0, &k)) return false;
    std::copy(ca.data() + k * row, ca.data() + (k + 1) * row, o);
    o += row;
  }
  return true;
}

// ---- joining ----

// np.concatenate(arrays, axis) and np.stack(arrays, axis): a fresh array.
template <class Out, class T, int N>
FXN_OP("numpy.concatenate", "(L, int) -> R", "*")
bool np_concatenate(Ctx& cx, const List<Array<T, N>>& arrays, int64_t axis_arg, Out& out) {
  const auto& items = arrays.items();
  if (items.empty()) return cx.Raise("ValueError", "need at least one array to concatenate");
  int axis;
  if (!NormalizeAxis(cx, axis_arg, N, &axis)) return false;
  int64_t shape[N];
  for (int d = 0; d < N; ++d) shape[d] = items[0].shape(d);
  shape[axis] = 0;
  for (size_t k = 0; k < items.size(); ++k) {
    for (int d = 0; d < N; ++d)
      if (d != axis && items[k].shape(d) != items[0].shape(d))
        return cx.Raisef("ValueError",
                         "all the input array dimensions except for the concatenation axis must match exactly, but "
                         "along dimension %d, the array at index 0 has size %lld and the array at index %zu has size %lld",
                         d, static_cast<long long>(items[0].shape(d)), k, static_cast<long long>(items[k].shape(d)));
    shape[axis] += items[k].shape(axis);
  }
  out = Out::Uninitialized(shape);
  int64_t outer = 1, inner = 1;
  for (int d = 0; d < axis; ++d) outer *= shape[d];
  for (int d = axis + 1; d < N; ++d) inner *= shape[d];
  T* o = out.data();
  std::vector<Array<T, N>> parts;
  for (const auto& a : items) parts.push_back(Contiguous(a));
  for (int64_t i = 0; i < outer; ++i)
    for (const auto& p : parts) {
      const int64_t run = p.shape(axis) * inner;
      std::copy(p.data() + i * run, p.data() + (i + 1) * run, o);
      o += run;
    }
  return true;
}

template <class Out, class T, int N>
FXN_OP("numpy.stack", "(L, int) -> R", "*")
bool np_stack(Ctx& cx, const List<Array<T, N>>& arrays, int64_t axis_arg, Out& out) {
  const auto& items = arrays.items();
  if (items.empty()) return cx.Raise("ValueError", "need at least one array to stack");
  int axis;
  if (!NormalizeAxis(cx, axis_arg, N + 1, &axis)) return false;
  for (size_t k = 1; k < items.size(); ++k)
    for (int d = 0; d < N; ++d)
      if (items[k].shape(d) != items[0].shape(d)) return cx.Raise("ValueError", "all input arrays must have the same shape");
  int64_t shape[N + 1];
  for (int d = 0, s = 0; d <= N; ++d) shape[d] = d == axis ? static_cast<int64_t>(items.size()) : items[0].shape(s++);
  out = Out::Uninitialized(shape);
  int64_t outer = 1, inner = 1;
  for (int d = 0; d < axis; ++d) outer *= shape[d];
  for (int d = axis + 1; d <= N; ++d) inner *= shape[d];
  T* o = out.data();
  std::vector<Array<T, N>> parts;
  for (const auto& a : items) parts.push_back(Contiguous(a));
  for (int64_t i = 0; i < outer; ++i)
    for (const auto& p : parts) {
      std::copy(p.data() + i * inner, p.data() + (i + 1) * inner, o);
      o += inner;
    }
  return true;
}

// ---- dims of size 1 ----

// a view with the dims of `pattern` ('k' keep, 'd' drop a size-1 dim, 'n' insert one).
template <class Out, class T, int N>
FXN_OP("numpy.regroup", "(A, str) -> R", "*")
bool np_regroup(Ctx& cx, const Array<T, N>& a, const Str& pattern, Out& out) {
  int64_t shape[Out::kDims > 0 ? Out::kDims : 1], strides[Out::kDims > 0 ? Out::kDims : 1];
  int d = 0, od = 0;
  for (char c : pattern.utf8()) {
    if (c == 'n') {
      shape[od] = 1;
      strides[od++] = 0;
    } else if (c == 'd') {
      if (a.shape(d) != 1) return cx.Raise("ValueError", "cannot select an axis to squeeze out which has size not equal to one");
      ++d;
    } else {
      shape[od] = a.shape(d);
      strides[od++] = a.stride(d++);
    }
  }
  out = Out::View(a, a.data(), shape, strides);
  return true;
}

// ---- linear algebra ----

template <class T>
bool CheckMatmul(Ctx& cx, const Array<T, 2>& a, const Array<T, 2>& b) {
  const int64_t k = a.shape(1);
  if (b.shape(0) != k)
    return cx.Raisef("ValueError",
                     "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
                     "(n?,k),(k,m?)->(n?,m?) (size %lld is different from %lld)",
                     static_cast<long long>(b.shape(0)), static_cast<long long>(k));
  return true;
}

// The portable kernel: blocked for the cache, each item summed over k in ascending order.
template <class Out, class T>
void MatmulBlocked(const Array<T, 2>& a, const Array<T, 2>& b, Out& out) {
  const int64_t m = a.shape(0), k = a.shape(1), n = b.shape(1);
  int64_t shape[2] = {m, n};
  out = Array<T, 2>::Zeros(shape);
  Array<T, 2> ca = Contiguous(a), cb = Contiguous(b);
  const T* A = ca.data();
  const T* B = cb.data();
  T* C = out.data();
  constexpr int64_t kBlock = 64;
  for (int64_t i0 = 0; i0 < m; i0 += kBlock)
    for (int64_t p0 = 0; p0 < k; p0 += kBlock)
      for (int64_t i = i0; i < std::min(m, i0 + kBlock); ++i)
        for (int64_t p = p0; p < std::min(k, p0 + kBlock); ++p) {
          const T x = A[i * k + p];
          const T* brow = B + p * n;
          T* crow = C + i * n;
          for (int64_t j = 0; j < n; ++j) crow[j] = np_add(crow[j], np_multiply(x, brow[j]));
        }
}

// C = A @ B for 2-d A (m x k) and B (k x n) on targets without BLAS. NumPy calls BLAS for float
// matmul, whose summation order is its own: float results agree within the module's ulp bound.
#if defined(__linux__)
// OpenBLAS where the artifact runs on Linux (below); declared here so that its row comes first.
template <class Out, class T>
FXN_OP("numpy.matmul", "(A, B) -> R", "linux-x86_64,linux-arm64,linux-armv7,linux-riscv64")
bool np_matmul22_blas(Ctx& cx, const Array<T, 2>& a, const Array<T, 2>& b, Out& out);
#endif

template <class Out, class T>
FXN_OP("numpy.matmul", "(A, B) -> R", "*")
bool np_matmul22(Ctx& cx, const Array<T, 2>& a, const Array<T, 2>& b, Out& out) {
  if (!CheckMatmul(cx, a, b)) return false;
  MatmulBlocked(a, b, out);
  return true;
}

#if defined(__linux__)
// OpenBLAS, as NumPy uses it, when the machine running the artifact has libopenblas.so.0:
// looked up once at run time, so an artifact also runs (on the kernel above) where it is absent.
struct Blas {
  using Dgemm = void (*)(int, int, int, int, int, int, double, const double*, int, const double*, int, double,
                         double*, int);
  using Sgemm = void (*)(int, int, int, int, int, int, float, const float*, int, const float*, int, float, float*,
                         int);
  Dgemm dgemm = nullptr;
  Sgemm sgemm = nullptr;
  static const Blas& Get() {
    static const Blas blas = [] {
      Blas b;
      if (void* lib = dlopen("libopenblas.so.0", RTLD_NOW | RTLD_LOCAL)) {
        b.dgemm = reinterpret_cast<Dgemm>(dlsym(lib, "cblas_dgemm"));
        b.sgemm = reinterpret_cast<Sgemm>(dlsym(lib, "cblas_sgemm"));
      }
      return b;
    }();
    return blas;
  }
};

template <class Out, class T>
bool np_matmul22_blas(Ctx& cx, const Array<T, 2>& a, const Array<T, 2>& b, Out& out) {
  if (!CheckMatmul(cx, a, b)) return false;
  constexpr int kRowMajor = 101, kNoTrans = 111;
  const Blas& blas = Blas::Get();
  const int64_t m = a.shape(0), k = a.shape(1), n = b.shape(1);
  const bool fits = m < (int64_t{1} << 31) && k < (int64_t{1} << 31) && n < (int64_t{1} << 31) && m && n && k;
  if constexpr (std::is_same_v<T, double> || std::is_same_v<T, float>) {
    if (fits && (std::is_same_v<T, double> ? blas.dgemm != nullptr : blas.sgemm != nullptr)) {
      Array<T, 2> ca = Contiguous(a), cb = Contiguous(b);
      int64_t shape[2] = {m, n};
      out = Out::Zeros(shape);
      const int M = static_cast<int>(m), K = static_cast<int>(k), N = static_cast<int>(n);
      if constexpr (std::is_same_v<T, double>)
        blas.dgemm(kRowMajor, kNoTrans, kNoTrans, M, N, K, 1.0, ca.data(), K, cb.data(), N, 0.0, out.data(), N);
      else
        blas.sgemm(kRowMajor, kNoTrans, kNoTrans, M, N, K, 1.0f, ca.data(), K, cb.data(), N, 0.0f, out.data(), N);
      return true;
    }
  }
  MatmulBlocked(a, b, out);
  return true;
}
#endif

// ---- NumPy scalars to Python's ----

template <class T>
FXN_OP("numpy.to_float", "(A) -> float", "*")
inline double np_to_float(T x) { return static_cast<double>(x); }
template <class T>
FXN_OP("numpy.to_bool", "(A) -> bool", "*")
inline bool np_to_bool(T x) { return x != T(0); }
template <class T>
FXN_OP("numpy.to_int", "(A) -> int", "*")
inline bool np_to_int(Ctx& cx, T x, int64_t& out) {
  if constexpr (std::is_floating_point_v<T>) {
    if (std::isnan(x)) return cx.Raise("ValueError", "cannot convert float NaN to integer");
    if (std::isinf(x)) return cx.Raise("OverflowError", "cannot convert float infinity to integer");
    double t = std::trunc(static_cast<double>(x));
    if (!(t >= -9223372036854775808.0 && t < 9223372036854775808.0))
      return cx.RaiseIntLimit("int too large for fxn's 64-bit int");
    out = static_cast<int64_t>(t);
  } else if constexpr (std::is_same_v<T, uint64_t>) {
    if (x > static_cast<uint64_t>(INT64_MAX)) return cx.RaiseIntLimit("int too large for fxn's 64-bit int");
    out = static_cast<int64_t>(x);
  } else {
    out = static_cast<int64_t>(x);
  }
  return true;
}

}  // namespace fxn::ops
