// fxn_int.hpp: Python's int over fxn::Int (fxn_bigint.hpp's BigInt): the kernels generated code
// will call once `int` lowers to fxn::Int (docs/design/big-ints.md, step 3), and the hooks that
// let Int sit in List, Tuple, Dict and Set (PyEq, PyCmp, PyTruth, PyHash, Format).
//
// Each kernel is an inline fast path, taken when the operands are in int64 and the machine
// operation does not overflow: the int64 kernel of today (operator_registry/kernels/ops_int.hpp)
// plus one test of the two rep pointers (BothSmall). Everything else goes to an out-of-line,
// cold slow path into BigInt. The slow paths take their operands by value and hand their result
// back by value: a `const Int&` or `Int&` passed to a function that is not inlined would make
// the caller's Int live in memory, so clang could no longer split it into (value, rep) scalars
// and fold the rep tests of values it knows are small (range counters, constants, fast results).
// With [[clang::trivial_abi]] a by-value Int travels in two registers.
//
// Kernel convention (WORKSPACE.md "Conventions in generated code"): a fallible kernel returns
// bool (false: an exception is pending in the Ctx) and writes its result through its last
// parameter. These live in fxn::intops, apart from today's fxn::ops::int_* kernels, and carry
// no FXN_OP rows: the registry does not know them yet.
#pragma once

#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>

#include "fxn_bigint.hpp"
#include "fxn_dict.hpp"
#include "fxn_str.hpp"

namespace fxn {

namespace intops {

namespace slow {
// The slow paths: cold, never inlined, operands by value (see the file comment). Those that
// cannot fail return the result; the others return bool and write a local of the fast path.
#define FXN_INT_SLOW [[gnu::cold, gnu::noinline]] inline
FXN_INT_SLOW Int Add(Int a, Int b) { return Int::Add(a, b); }
FXN_INT_SLOW Int Sub(Int a, Int b) { return Int::Sub(a, b); }
FXN_INT_SLOW Int Mul(Int a, Int b) { return Int::Mul(a, b); }
FXN_INT_SLOW Int Neg(Int a) { return Int::Neg(a); }
FXN_INT_SLOW Int Abs(Int a) { return Int::Abs(a); }
FXN_INT_SLOW Int Invert(Int a) { return Int::Invert(a); }
FXN_INT_SLOW Int And(Int a, Int b) { return Int::And(a, b); }
FXN_INT_SLOW Int Or(Int a, Int b) { return Int::Or(a, b); }
FXN_INT_SLOW Int Xor(Int a, Int b) { return Int::Xor(a, b); }
FXN_INT_SLOW int Compare(Int a, Int b) { return Int::Compare(a, b); }
FXN_INT_SLOW int64_t Hash(Int a) { return a.Hash(); }
FXN_INT_SLOW bool FloorDiv(Ctx& cx, Int a, Int b, Int& out) { return Int::FloorDiv(cx, a, b, out); }
FXN_INT_SLOW bool Mod(Ctx& cx, Int a, Int b, Int& out) { return Int::Mod(cx, a, b, out); }
FXN_INT_SLOW bool DivMod(Ctx& cx, Int a, Int b, Int& q, Int& r) { return Int::DivMod(cx, a, b, q, r); }
FXN_INT_SLOW bool TrueDiv(Ctx& cx, Int a, Int b, double& out) { return Int::TrueDiv(cx, a, b, out); }
FXN_INT_SLOW bool Shl(Ctx& cx, Int a, Int b, Int& out) { return Int::Shl(cx, a, b, out); }
FXN_INT_SLOW bool Shr(Ctx& cx, Int a, Int b, Int& out) { return Int::Shr(cx, a, b, out); }
FXN_INT_SLOW bool ToDouble(Ctx& cx, Int a, double& out) { return a.ToDouble(cx, out); }
FXN_INT_SLOW bool FromDouble(Ctx& cx, double x, Int& out) { return Int::FromDouble(cx, x, out); }
FXN_INT_SLOW bool ToString(Ctx& cx, Int a, std::string& out) { return a.ToString(cx, out); }
// a ** b, b >= 0, once the int64 loop overflowed (or an operand is big).
FXN_INT_SLOW bool Pow(Ctx& cx, Int a, Int b, Int& out) { return Int::Pow(cx, a, b, out); }
FXN_INT_SLOW bool PowNegative(Ctx& cx, Int base) {
  // Today's int_pow errors (ops_int.hpp): the float result of int ** negative int is the
  // caller's to compute (a kernel with an int result cannot return it).
  if (base.is_zero()) return cx.Raise("ZeroDivisionError", "0.0 cannot be raised to a negative power");
  return cx.Raise("NotImplementedError",
                  "int ** negative int gives a float in Python, but this code was compiled for an "
                  "int result; write float(x) ** y");
}
#undef FXN_INT_SLOW
}  // namespace slow

// The fast paths are always inlined: one left out of line (clang's inliner declined floordiv's
// in the spike, docs/design/big-ints.md step 0) takes its operands by address, which keeps the
// caller's Ints in memory and every rep test alive.
#define FXN_INT_FAST [[gnu::always_inline]] inline

// ---- arithmetic ----

// a + b, a - b, a * b: never fail (BigInt raises only MemoryError past kMaxBits, on shifts and
// powers), but keep the kernel signature so the lowering treats every int op alike.
FXN_INT_FAST bool add(Ctx&, const Int& a, const Int& b, Int& out) {
  int64_t r;
  if (FXN_LIKELY(BothSmall(a, b)) && FXN_LIKELY(!__builtin_add_overflow(a.v(), b.v(), &r))) {
    out = Int::Small(r);
    return true;
  }
  out = slow::Add(a, b);
  return true;
}
FXN_INT_FAST bool sub(Ctx&, const Int& a, const Int& b, Int& out) {
  int64_t r;
  if (FXN_LIKELY(BothSmall(a, b)) && FXN_LIKELY(!__builtin_sub_overflow(a.v(), b.v(), &r))) {
    out = Int::Small(r);
    return true;
  }
  out = slow::Sub(a, b);
  return true;
}
FXN_INT_FAST bool mul(Ctx&, const Int& a, const Int& b, Int& out) {
  int64_t r;
  if (FXN_LIKELY(BothSmall(a, b)) && FXN_LIKELY(!__builtin_mul_overflow(a.v(), b.v(), &r))) {
    out = Int::Small(r);
    return true;
  }
  out = slow::Mul(a, b);
  return true;
}
FXN_INT_FAST bool neg(Ctx&, const Int& a, Int& out) {
  if (FXN_LIKELY(a.small() && a.v() != INT64_MIN)) {
    out = Int::Small(-a.v());
    return true;
  }
  out = slow::Neg(a);
  return true;
}
FXN_INT_FAST Int pos(const Int& a) { return a; }
FXN_INT_FAST bool abs(Ctx&, const Int& a, Int& out) {
  if (FXN_LIKELY(a.small() && a.v() != INT64_MIN)) {
    out = Int::Small(a.v() < 0 ? -a.v() : a.v());
    return true;
  }
  out = slow::Abs(a);
  return true;
}
FXN_INT_FAST Int invert(const Int& a) { return FXN_LIKELY(a.small()) ? Int::Small(~a.v()) : slow::Invert(a); }

// Floor division and modulo round toward negative infinity. INT64_MIN // -1 = 2**63 (slow path).
FXN_INT_FAST bool floordiv(Ctx& cx, const Int& a, const Int& b, Int& out) {
  if (FXN_LIKELY(BothSmall(a, b)) && FXN_LIKELY(b.v() != 0) && FXN_LIKELY(!(a.v() == INT64_MIN && b.v() == -1))) {
    const int64_t x = a.v(), y = b.v();
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
    out = Int::Small(q);
    return true;
  }
  Int t;
  if (!slow::FloorDiv(cx, a, b, t)) return false;
  out = std::move(t);
  return true;
}
FXN_INT_FAST bool mod(Ctx& cx, const Int& a, const Int& b, Int& out) {
  if (FXN_LIKELY(BothSmall(a, b)) && FXN_LIKELY(b.v() != 0)) {
    const int64_t x = a.v(), y = b.v();
    if (y == -1) {  // x % -1 would trap for INT64_MIN
      out = Int::Small(0);
      return true;
    }
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    out = Int::Small(r);
    return true;
  }
  Int t;
  if (!slow::Mod(cx, a, b, t)) return false;
  out = std::move(t);
  return true;
}
FXN_INT_FAST bool divmod(Ctx& cx, const Int& a, const Int& b, Tuple<Int, Int>& out) {
  if (FXN_LIKELY(BothSmall(a, b)) && FXN_LIKELY(b.v() != 0) && FXN_LIKELY(!(a.v() == INT64_MIN && b.v() == -1))) {
    const int64_t x = a.v(), y = b.v();
    int64_t q = x / y, r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) {
      --q;
      r += y;
    }
    out = Tuple<Int, Int>(Int::Small(q), Int::Small(r));
    return true;
  }
  Int q, r;
  if (!slow::DivMod(cx, a, b, q, r)) return false;
  out = Tuple<Int, Int>(std::move(q), std::move(r));
  return true;
}

// a / b: the correctly rounded quotient (CPython's long_true_divide). Operands within 2**53 are
// exact doubles, so one IEEE division rounds correctly; the rest goes to BigInt::TrueDiv.
FXN_INT_FAST bool truediv(Ctx& cx, const Int& a, const Int& b, double& out) {
  constexpr int64_t kExact = int64_t{1} << 53;
  if (FXN_LIKELY(BothSmall(a, b)) && b.v() != 0 && a.v() >= -kExact && a.v() <= kExact && b.v() >= -kExact &&
      b.v() <= kExact) {
    out = static_cast<double>(a.v()) / static_cast<double>(b.v());
    return true;
  }
  return slow::TrueDiv(cx, a, b, out);
}

// a ** b for b >= 0 (the int64 loop of today's int_pow; its overflow exits go to BigInt::Pow).
// b < 0 raises today's errors: Python's answer is a float, the caller's (docs/design/big-ints.md 4.6).
FXN_INT_FAST bool pow(Ctx& cx, const Int& a, const Int& b, Int& out) {
  if (FXN_LIKELY(BothSmall(a, b)) && FXN_LIKELY(b.v() >= 0)) {
    int64_t base = a.v(), exp = b.v(), result = 1;
    bool overflow = false;
    while (exp > 0) {
      if ((exp & 1) && __builtin_mul_overflow(result, base, &result)) {
        overflow = true;
        break;
      }
      exp >>= 1;
      if (exp > 0 && __builtin_mul_overflow(base, base, &base)) {
        overflow = true;
        break;
      }
    }
    if (FXN_LIKELY(!overflow)) {
      out = Int::Small(result);
      return true;
    }
  } else if (b.negative()) {
    return slow::PowNegative(cx, a);
  }
  Int t;
  if (!slow::Pow(cx, a, b, t)) return false;
  out = std::move(t);
  return true;
}

// ---- shifts and bitwise operations (two's complement on negatives, as CPython's) ----
FXN_INT_FAST bool lshift(Ctx& cx, const Int& a, const Int& b, Int& out) {
  if (FXN_LIKELY(BothSmall(a, b)) && FXN_LIKELY(b.v() >= 0)) {
    const int64_t x = a.v(), s = b.v();
    if (x == 0) {
      out = Int::Small(0);
      return true;
    }
    if (s < 64) {
      const int64_t r = static_cast<int64_t>(static_cast<uint64_t>(x) << s);
      if (FXN_LIKELY((r >> s) == x)) {
        out = Int::Small(r);
        return true;
      }
    }
  }
  Int t;
  if (!slow::Shl(cx, a, b, t)) return false;  // also "negative shift count"
  out = std::move(t);
  return true;
}
FXN_INT_FAST bool rshift(Ctx& cx, const Int& a, const Int& b, Int& out) {
  if (FXN_LIKELY(BothSmall(a, b)) && FXN_LIKELY(b.v() >= 0)) {
    const int64_t x = a.v(), s = b.v();
    out = Int::Small(s >= 64 ? (x < 0 ? -1 : 0) : (x >> s));
    return true;
  }
  Int t;
  if (!slow::Shr(cx, a, b, t)) return false;
  out = std::move(t);
  return true;
}
FXN_INT_FAST Int and_(const Int& a, const Int& b) {
  return FXN_LIKELY(BothSmall(a, b)) ? Int::Small(a.v() & b.v()) : slow::And(a, b);
}
FXN_INT_FAST Int or_(const Int& a, const Int& b) {
  return FXN_LIKELY(BothSmall(a, b)) ? Int::Small(a.v() | b.v()) : slow::Or(a, b);
}
FXN_INT_FAST Int xor_(const Int& a, const Int& b) {
  return FXN_LIKELY(BothSmall(a, b)) ? Int::Small(a.v() ^ b.v()) : slow::Xor(a, b);
}

// ---- comparisons, truth, hash ----
// -1, 0 or 1.
FXN_INT_FAST int compare(const Int& a, const Int& b) {
  if (FXN_LIKELY(BothSmall(a, b))) return (a.v() > b.v()) - (a.v() < b.v());
  return slow::Compare(a, b);
}
FXN_INT_FAST bool lt(const Int& a, const Int& b) { return FXN_LIKELY(BothSmall(a, b)) ? a.v() < b.v() : slow::Compare(a, b) < 0; }
FXN_INT_FAST bool le(const Int& a, const Int& b) { return FXN_LIKELY(BothSmall(a, b)) ? a.v() <= b.v() : slow::Compare(a, b) <= 0; }
FXN_INT_FAST bool gt(const Int& a, const Int& b) { return FXN_LIKELY(BothSmall(a, b)) ? a.v() > b.v() : slow::Compare(a, b) > 0; }
FXN_INT_FAST bool ge(const Int& a, const Int& b) { return FXN_LIKELY(BothSmall(a, b)) ? a.v() >= b.v() : slow::Compare(a, b) >= 0; }
// A big value never equals a small one (FromMag keeps every int64 value small).
FXN_INT_FAST bool eq(const Int& a, const Int& b) { return FXN_LIKELY(BothSmall(a, b)) ? a.v() == b.v() : slow::Compare(a, b) == 0; }
FXN_INT_FAST bool ne(const Int& a, const Int& b) { return !eq(a, b); }
FXN_INT_FAST bool truth(const Int& a) { return !a.is_zero(); }
// hash(a): CPython's long_hash; equals PyHash<int64_t> on every int64.
FXN_INT_FAST int64_t hash(const Int& a) {
  constexpr int64_t kModulus = static_cast<int64_t>(bigint::kHashModulus);
  if (FXN_LIKELY(a.small()) && a.v() > -kModulus && a.v() < kModulus) return a.v() == -1 ? -2 : a.v();
  return slow::Hash(a);
}

// ---- conversions ----
// float(a): correctly rounded; OverflowError "int too large to convert to float" past DBL_MAX.
// An int64 converts correctly rounded (half to even) on every target (cvtsi2sd, scvtf,
// compiler-rt's __floatdidf), as today's float_from_int relies on.
FXN_INT_FAST bool to_float(Ctx& cx, const Int& a, double& out) {
  if (FXN_LIKELY(a.small())) {
    out = static_cast<double>(a.v());
    return true;
  }
  return slow::ToDouble(cx, a, out);
}
// int(x) of a float: truncates toward zero; exact past 64 bits.
FXN_INT_FAST bool from_float(Ctx& cx, double x, Int& out) {
  const double t = std::trunc(x);
  if (FXN_LIKELY(t >= -9223372036854775808.0 && t < 9223372036854775808.0)) {
    out = Int::Small(static_cast<int64_t>(t));
    return true;
  }
  Int r;
  if (!slow::FromDouble(cx, x, r)) return false;  // also NaN and infinities
  out = std::move(r);
  return true;
}
// str(a) == repr(a); ValueError past 4300 digits (CPython 3.11's default limit).
inline bool to_string(Ctx& cx, const Int& a, std::string& out) {
  if (FXN_LIKELY(a.small())) {
    char b[24];
    auto r = std::to_chars(b, b + sizeof b, a.v());
    out.assign(b, r.ptr);
    return true;
  }
  return slow::ToString(cx, a, out);
}
inline bool str(Ctx& cx, const Int& a, Str& out) {
  std::string s;
  if (!to_string(cx, a, s)) return false;
  out = Str::FromUtf8(s, static_cast<int64_t>(s.size()));  // ASCII: one code point per byte
  return true;
}
inline bool repr(Ctx& cx, const Int& a, Str& out) { return str(cx, a, out); }
#undef FXN_INT_FAST

// ---- builtins over ints (a module's copy over unbounded ints names them: WORKSPACE.md "Ints past 64 bits") ----
// max(a, b, ...) and min(a, b, ...): equal ints are indistinguishable, so which one is kept is moot.
inline Int max_of(const Int& a) { return a; }
template <class... R>
inline Int max_of(const Int& a, const Int& b, const R&... rest) {
  return max_of(lt(a, b) ? b : a, rest...);
}
inline Int min_of(const Int& a) { return a; }
template <class... R>
inline Int min_of(const Int& a, const Int& b, const R&... rest) {
  return min_of(lt(b, a) ? b : a, rest...);
}
// round(x) (ties to even), math.floor/ceil/trunc(x) of a float: exact past 64 bits.
inline bool round_float(Ctx& cx, double x, Int& out) { return from_float(cx, std::nearbyint(x), out); }
inline bool round_float_none(Ctx& cx, double x, NoneT, Int& out) { return round_float(cx, x, out); }
inline bool floor_float(Ctx& cx, double x, Int& out) { return from_float(cx, std::floor(x), out); }
inline bool ceil_float(Ctx& cx, double x, Int& out) { return from_float(cx, std::ceil(x), out); }
// math.factorial(n) by binary splitting of the product (CPython splits further, same value).
inline Int ProductRange(Ctx& cx, int64_t lo, int64_t hi) {  // lo * (lo + 1) * ... * hi, lo <= hi
  if (hi - lo < 16) {
    Int r = Int::Small(lo);
    for (int64_t k = lo + 1; k <= hi; ++k) {
      Int t;
      mul(cx, r, Int::Small(k), t);
      r = std::move(t);
    }
    return r;
  }
  const int64_t mid = lo + (hi - lo) / 2;
  const Int a = ProductRange(cx, lo, mid), b = ProductRange(cx, mid + 1, hi);
  Int r;
  mul(cx, a, b, r);
  return r;
}
inline bool factorial(Ctx& cx, const Int& n, Int& out) {
  if (n.negative()) return cx.Raise("ValueError", "factorial() not defined for negative values");
  if (!n.small()) return cx.Raise("OverflowError", "factorial() argument should not exceed 9223372036854775807");
  out = n.v() < 2 ? Int::Small(1) : ProductRange(cx, 2, n.v());
  return true;
}

// sum(xs, start)
inline bool sum_start(Ctx& cx, const List<Int>& xs, const Int& start, Int& out) {
  Int acc = start;
  for (const Int& x : xs.items()) {
    Int next;
    add(cx, acc, x, next);
    acc = std::move(next);
  }
  out = std::move(acc);
  return true;
}
inline bool sum(Ctx& cx, const List<Int>& xs, Int& out) { return sum_start(cx, xs, Int::Small(0), out); }

}  // namespace intops

// ---- Int in containers and generic kernels ----
inline bool PyEq(const Int& a, const Int& b) { return intops::eq(a, b); }
inline bool PyCmp(CmpOp op, const Int& a, const Int& b) {
  const int c = intops::compare(a, b);
  switch (op) {
    case CmpOp::kLt: return c < 0;
    case CmpOp::kLe: return c <= 0;
    case CmpOp::kGt: return c > 0;
    case CmpOp::kGe: return c >= 0;
  }
  return false;
}
inline bool PyTruth(const Int& a) { return intops::truth(a); }

template <>
struct PyHash<Int> {
  static int64_t Of(const Int& x) { return intops::hash(x); }
};
template <>
inline constexpr bool kPyHashExact<Int> = true;

// str() and repr() inside containers and f-strings. Format has no Ctx: str() of an int past
// 4300 digits parks CPython's ValueError in the hook state (fxn_core.hpp), which generated code
// takes after the kernel (docs/design/big-ints.md 4.6: the lowering must treat kernels that
// format ints as hook-running), and prints nothing.
template <>
struct Format<Int> {
  static void Str(std::string& out, const Int& v) {
    if (FXN_LIKELY(v.small())) return Format<int64_t>::Str(out, v.v());
    Ctx cx;
    std::string s;
    if (!intops::to_string(cx, v, s)) {
      HookState& h = Hooks();
      if (!h.failed) h.Park(cx.exc_type, cx.exc_message);
      return;
    }
    out += s;
  }
  static void Repr(std::string& out, const Int& v) { Str(out, v); }
};

// ---- narrowing an int to a machine word (docs/design/big-ints.md 4.5) ----
// Kernels that need a word (an index, a count, a width, a C int) keep int64_t parameters; the
// lowering narrows the Int first, raising what CPython raises at that kind of parameter:
//   kIndex  PyNumber_AsSsize_t(o, IndexError): subscripts        IndexError: cannot fit 'int' into an index-sized integer
//   kSize   PyNumber_AsSsize_t(o, OverflowError): repeat counts  OverflowError: cannot fit 'int' into an index-sized integer
//   kSsize  argument clinic Py_ssize_t (pop, ljust, split, len(range)) OverflowError: Python int too large to convert to C ssize_t
//   kCInt   argument clinic int (chr, getrandbits)               OverflowError: Python int too large to convert to C int
//   kCLong  PyLong_AsLong (LP64: int64)                          OverflowError: Python int too large to convert to C long
//   kClip   _PyEval_SliceIndex, PyNumber_AsSsize_t(o, NULL): slice bounds, find/index bounds: saturates, never raises
// Which kind each registry parameter is, is step 4's to check against CPython (a probe per row).
enum class NarrowKind { kIndex, kSize, kSsize, kCInt, kCLong, kClip };

namespace intops::slow {
[[gnu::cold, gnu::noinline]] inline bool NarrowFail(Ctx& cx, NarrowKind k) {
  switch (k) {
    case NarrowKind::kIndex: return cx.Raise("IndexError", "cannot fit 'int' into an index-sized integer");
    case NarrowKind::kSize: return cx.Raise("OverflowError", "cannot fit 'int' into an index-sized integer");
    case NarrowKind::kSsize: return cx.Raise("OverflowError", "Python int too large to convert to C ssize_t");
    case NarrowKind::kCInt: return cx.Raise("OverflowError", "Python int too large to convert to C int");
    case NarrowKind::kCLong: return cx.Raise("OverflowError", "Python int too large to convert to C long");
    case NarrowKind::kClip: break;
  }
  return true;
}
}  // namespace intops::slow

template <NarrowKind K>
[[gnu::always_inline]] inline bool Narrow(Ctx& cx, const Int& x, int64_t& out) {
  if constexpr (K == NarrowKind::kCInt) {
    if (FXN_LIKELY(x.small()) && x.v() >= INT32_MIN && x.v() <= INT32_MAX) {
      out = x.v();
      return true;
    }
    return intops::slow::NarrowFail(cx, K);
  } else {
    if (FXN_LIKELY(x.small())) {
      out = x.v();
      return true;
    }
    if constexpr (K == NarrowKind::kClip) {
      out = x.negative() ? INT64_MIN : INT64_MAX;
      return true;
    } else {
      return intops::slow::NarrowFail(cx, K);
    }
  }
}

// The copy of a module over unbounded ints still calls kernels that take an int64_t where
// docs/design/big-ints.md's steps 4-5 have not given them an exact narrowing kind or an Int
// version; an int past 64 bits raises fxn's 64-bit limit there, as the int64 copy did.
namespace intops::slow {
[[gnu::cold, gnu::noinline]] inline bool WordLimit(Ctx& cx) {
  return cx.RaiseIntLimit(
      "integer overflow: the argument does not fit in fxn's 64-bit int, which this operation still takes");
}
}  // namespace intops::slow
[[gnu::always_inline]] inline bool NarrowToWord(Ctx& cx, const Int& x, int64_t& out) {
  if (FXN_LIKELY(x.small())) {
    out = x.v();
    return true;
  }
  return intops::slow::WordLimit(cx);
}

// hash() of an instance whose __hash__ returned h: h itself when it is a word, else hash(h)
// (CPython's slot_tp_hash), as the int64 copy's hook gives for every h it can hold.
inline int64_t HookHash(const Int& h) { return h.small() ? h.v() : intops::hash(h); }

// range()'s stop and step for a loop over int64 counters. A stop past 64 bits clips: the loop
// could not get there (2**63 iterations) and one past the other end is empty either way. A step
// past 64 bits clips while the stop is in range: the loop yields its start alone either way.
inline bool RangeStopStep(Ctx& cx, const Int& stop, const Int& step, int64_t& stop_out, int64_t& step_out) {
  if (FXN_LIKELY(BothSmall(stop, step))) {
    stop_out = stop.v();
    step_out = step.v();
    return true;
  }
  if (!stop.small() && !step.small()) return intops::slow::WordLimit(cx);
  stop_out = stop.small() ? stop.v() : (stop.negative() ? INT64_MIN : INT64_MAX);
  step_out = step.small() ? step.v() : (step.negative() ? INT64_MIN : INT64_MAX);
  return true;
}

}  // namespace fxn
