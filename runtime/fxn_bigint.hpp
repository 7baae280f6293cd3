// fxn_bigint.hpp: Python's int without a ceiling, with CPython 3.11's results and error messages.
//
// BigInt is a value: a copy shares the (immutable) digits, so copying is a count increment.
// A value that fits in int64_t is kept inline (no allocation): fits_int64()/to_int64() let
// generated code keep small values in a machine word and promote only on overflow. Larger
// values are sign + magnitude in base 2**32 (little-endian, no leading zero digit) in a
// reference-counted block (non-atomic, as List's: one thread owns a value).
//
// The algorithms are CPython's (Objects/longobject.c, Modules/mathmodule.c): schoolbook and
// Karatsuba multiplication, Knuth's algorithm D, base-10**9 decimal conversion (quadratic, as
// 3.11's, hence its 4300-digit limit), long_true_divide's rounding, long_hash's reduction
// modulo 2**61 - 1, two's-complement bitwise operations. Arithmetic is in 32-bit digits with
// 64-bit intermediates only: no __int128 (32-bit ARM lacks it), no C++ exceptions.
//
// Errors: fallible operations return bool (false: a Python exception is pending in the Ctx) and
// write their result through the last parameter, as the kernels do. `a ** b` with b < 0 is a
// float in Python (long_pow hands it to float_pow): Pow() refuses a negative exponent and the
// caller converts. Sizes CPython would try to allocate but fxn will not (a result past
// kMaxBits) raise MemoryError, as CPython does when the allocation fails.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "fxn_core.hpp"

namespace fxn {

namespace bigint {

using Digit = uint32_t;
using Digits = std::vector<Digit>;
inline constexpr int kShift = 32;
inline constexpr size_t kKaratsubaCutoff = 48;  // digits; CPython: 70 digits of 30 bits
inline constexpr int kMaxStrDigits = 4300;      // sys.get_int_max_str_digits() default
// The largest result fxn builds (2**36 bits = 8 GiB; a quarter of the address space on 32-bit
// targets); past it MemoryError, where CPython's allocation would fail or exhaust memory.
inline constexpr uint64_t kMaxBits = sizeof(void*) >= 8 ? (uint64_t{1} << 36) : (uint64_t{1} << 33);

inline constexpr uint64_t kHashModulus = (uint64_t{1} << 61) - 1;  // _PyHASH_MODULUS

inline int BitLength64(uint64_t x) { return x == 0 ? 0 : 64 - __builtin_clzll(x); }

inline void Normalize(Digits& d) {
  while (!d.empty() && d.back() == 0) d.pop_back();
}

// ---- magnitudes: (pointer, count), little-endian, no leading zeros ----

inline int CmpMag(const Digit* a, size_t na, const Digit* b, size_t nb) {
  if (na != nb) return na < nb ? -1 : 1;
  for (size_t i = na; i-- > 0;)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

inline Digits AddMag(const Digit* a, size_t na, const Digit* b, size_t nb) {
  if (na < nb) {
    std::swap(a, b);
    std::swap(na, nb);
  }
  Digits r(na + 1);
  uint64_t carry = 0;
  size_t i = 0;
  for (; i < nb; ++i) {
    carry += uint64_t{a[i]} + b[i];
    r[i] = static_cast<Digit>(carry);
    carry >>= kShift;
  }
  for (; i < na; ++i) {
    carry += a[i];
    r[i] = static_cast<Digit>(carry);
    carry >>= kShift;
  }
  r[i] = static_cast<Digit>(carry);
  Normalize(r);
  return r;
}

// a - b with |a| >= |b|.
inline Digits SubMag(const Digit* a, size_t na, const Digit* b, size_t nb) {
  Digits r(na);
  uint64_t borrow = 0;
  size_t i = 0;
  for (; i < nb; ++i) {
    const uint64_t t = uint64_t{a[i]} - b[i] - borrow;
    r[i] = static_cast<Digit>(t);
    borrow = (t >> 63) & 1;
  }
  for (; i < na; ++i) {
    const uint64_t t = uint64_t{a[i]} - borrow;
    r[i] = static_cast<Digit>(t);
    borrow = (t >> 63) & 1;
  }
  Normalize(r);
  return r;
}

// r[0..na+nb) += a * b (schoolbook); r must be large enough.
inline void MulAddSchool(const Digit* a, size_t na, const Digit* b, size_t nb, Digit* r) {
  for (size_t i = 0; i < na; ++i) {
    const uint64_t ai = a[i];
    if (ai == 0) continue;
    uint64_t carry = 0;
    for (size_t j = 0; j < nb; ++j) {
      carry += ai * b[j] + r[i + j];  // < 2**64: (2**32-1)**2 + 2 * (2**32-1)
      r[i + j] = static_cast<Digit>(carry);
      carry >>= kShift;
    }
    for (size_t k = i + nb; carry != 0; ++k) {
      carry += r[k];
      r[k] = static_cast<Digit>(carry);
      carry >>= kShift;
    }
  }
}

// r[0..) += x[0..n); carries propagate (r must have room).
inline void AddInto(Digit* r, const Digit* x, size_t n) {
  uint64_t carry = 0;
  size_t i = 0;
  for (; i < n; ++i) {
    carry += uint64_t{r[i]} + x[i];
    r[i] = static_cast<Digit>(carry);
    carry >>= kShift;
  }
  for (; carry != 0; ++i) {
    carry += r[i];
    r[i] = static_cast<Digit>(carry);
    carry >>= kShift;
  }
}

// r[0..) -= x[0..n); r >= x.
inline void SubInto(Digit* r, const Digit* x, size_t n) {
  uint64_t borrow = 0;
  size_t i = 0;
  for (; i < n; ++i) {
    const uint64_t t = uint64_t{r[i]} - x[i] - borrow;
    r[i] = static_cast<Digit>(t);
    borrow = (t >> 63) & 1;
  }
  for (; borrow != 0; ++i) {
    const uint64_t t = uint64_t{r[i]} - borrow;
    r[i] = static_cast<Digit>(t);
    borrow = (t >> 63) & 1;
  }
}

inline size_t Trim(const Digit* a, size_t n) {
  while (n > 0 && a[n - 1] == 0) --n;
  return n;
}

// r[0..na+nb) += a * b, Karatsuba (CPython's k_mul) above the cutoff; k_lopsided_mul's slicing
// when one side is much longer.
inline void MulAdd(const Digit* a, size_t na, const Digit* b, size_t nb, Digit* r) {
  na = Trim(a, na);
  nb = Trim(b, nb);
  if (na > nb) {
    std::swap(a, b);
    std::swap(na, nb);
  }
  if (na == 0) return;
  if (na < kKaratsubaCutoff) return MulAddSchool(a, na, b, nb, r);
  if (2 * na <= nb) {  // lopsided: b in slices of na digits
    for (size_t off = 0; off < nb; off += na) MulAdd(a, na, b + off, std::min(na, nb - off), r + off);
    return;
  }
  // a = a1*B**h + a0, b = b1*B**h + b0; a*b = a1b1*B**2h + ((a1+a0)(b1+b0) - a1b1 - a0b0)*B**h + a0b0
  const size_t h = nb / 2;
  const size_t na0 = std::min(na, h), nb0 = h;
  const Digit *a0 = a, *a1 = a + na0, *b0 = b, *b1 = b + nb0;
  const size_t na1 = na - na0, nb1 = nb - nb0;
  Digits lo(na0 + nb0 + 1, 0), hi(na1 + nb1 + 1, 0);
  MulAdd(a0, na0, b0, nb0, lo.data());
  MulAdd(a1, na1, b1, nb1, hi.data());
  Digits sa = AddMag(a0, Trim(a0, na0), a1, na1), sb = AddMag(b0, Trim(b0, nb0), b1, nb1);
  Digits mid(sa.size() + sb.size() + 1, 0);
  MulAdd(sa.data(), sa.size(), sb.data(), sb.size(), mid.data());
  SubInto(mid.data(), lo.data(), Trim(lo.data(), lo.size()));
  SubInto(mid.data(), hi.data(), Trim(hi.data(), hi.size()));
  AddInto(r, lo.data(), Trim(lo.data(), lo.size()));
  AddInto(r + h, mid.data(), Trim(mid.data(), mid.size()));
  AddInto(r + 2 * h, hi.data(), Trim(hi.data(), hi.size()));
}

inline Digits MulMag(const Digit* a, size_t na, const Digit* b, size_t nb) {
  if (na == 0 || nb == 0) return {};
  Digits r(na + nb + 1, 0);
  MulAdd(a, na, b, nb, r.data());
  Normalize(r);
  return r;
}

// q = a / d, returns a % d (CPython's inplace_divrem1).
inline Digit DivRem1(const Digit* a, size_t na, Digit d, Digits& q) {
  q.assign(na, 0);
  uint64_t rem = 0;
  for (size_t i = na; i-- > 0;) {
    rem = (rem << kShift) | a[i];
    q[i] = static_cast<Digit>(rem / d);
    rem %= d;
  }
  Normalize(q);
  return static_cast<Digit>(rem);
}

// Knuth's algorithm D (CPython's x_divrem): q = a / b, r = a % b, |b| >= 2 digits, a >= b.
inline void DivRemKnuth(const Digit* a, size_t na, const Digit* b, size_t nb, Digits& q, Digits& r) {
  const int s = __builtin_clz(b[nb - 1]);  // normalize: top bit of v's top digit set
  Digits v(nb), u(na + 1);
  for (size_t i = nb; i-- > 0;) v[i] = s ? (b[i] << s) | (i ? b[i - 1] >> (kShift - s) : 0) : b[i];
  u[na] = s ? a[na - 1] >> (kShift - s) : 0;
  for (size_t i = na; i-- > 0;) u[i] = s ? (a[i] << s) | (i ? a[i - 1] >> (kShift - s) : 0) : a[i];
  const size_t m = na - nb;
  q.assign(m + 1, 0);
  const uint64_t vtop = v[nb - 1], vnext = v[nb - 2];
  for (size_t j = m + 1; j-- > 0;) {
    // estimate qhat from the top two digits of u, refined with the third
    const uint64_t num = (uint64_t{u[j + nb]} << kShift) | u[j + nb - 1];
    uint64_t qhat = num / vtop, rhat = num % vtop;
    while (qhat >> kShift || qhat * vnext > ((rhat << kShift) | u[j + nb - 2])) {
      --qhat;
      rhat += vtop;
      if (rhat >> kShift) break;
    }
    // u[j..j+nb] -= qhat * v
    int64_t borrow = 0;
    uint64_t carry = 0;
    for (size_t i = 0; i < nb; ++i) {
      carry += qhat * v[i];
      const int64_t t = static_cast<int64_t>(u[i + j]) + borrow - static_cast<int64_t>(carry & 0xFFFFFFFFu);
      u[i + j] = static_cast<Digit>(t);
      borrow = t >> kShift;  // arithmetic shift: 0 or -1
      carry >>= kShift;
    }
    const int64_t t = static_cast<int64_t>(u[j + nb]) + borrow - static_cast<int64_t>(carry);
    u[j + nb] = static_cast<Digit>(t);
    if (t < 0) {  // qhat was one too large: add v back
      --qhat;
      uint64_t c = 0;
      for (size_t i = 0; i < nb; ++i) {
        c += uint64_t{u[i + j]} + v[i];
        u[i + j] = static_cast<Digit>(c);
        c >>= kShift;
      }
      u[j + nb] += static_cast<Digit>(c);
    }
    q[j] = static_cast<Digit>(qhat);
  }
  Normalize(q);
  r.assign(nb, 0);
  for (size_t i = 0; i < nb; ++i) r[i] = s ? (u[i] >> s) | (u[i + 1] << (kShift - s)) : u[i];
  Normalize(r);
}

inline void DivRemMag(const Digit* a, size_t na, const Digit* b, size_t nb, Digits& q, Digits& r) {
  if (CmpMag(a, na, b, nb) < 0) {
    q.clear();
    r.assign(a, a + na);
    return;
  }
  if (nb == 1) {
    const Digit rem = DivRem1(a, na, b[0], q);
    r.clear();
    if (rem) r.push_back(rem);
    return;
  }
  DivRemKnuth(a, na, b, nb, q, r);
}

inline Digits ShlMag(const Digit* a, size_t na, uint64_t n) {
  if (na == 0) return {};
  const size_t words = static_cast<size_t>(n / kShift);
  const int bits = static_cast<int>(n % kShift);
  Digits r(na + words + 1, 0);
  for (size_t i = 0; i < na; ++i) {
    r[i + words] |= bits ? a[i] << bits : a[i];
    if (bits) r[i + words + 1] = a[i] >> (kShift - bits);
  }
  Normalize(r);
  return r;
}

// floor(a / 2**n) for a magnitude; *lost: whether nonzero bits were shifted out.
inline Digits ShrMag(const Digit* a, size_t na, uint64_t n, bool* lost = nullptr) {
  const uint64_t words64 = n / kShift;
  const int bits = static_cast<int>(n % kShift);
  if (lost) {
    *lost = false;
    const size_t upto = words64 < na ? static_cast<size_t>(words64) : na;
    for (size_t i = 0; i < upto && !*lost; ++i) *lost = a[i] != 0;
    if (!*lost && bits && words64 < na) *lost = (a[words64] & ((Digit{1} << bits) - 1)) != 0;
  }
  if (words64 >= na) return {};
  const size_t words = static_cast<size_t>(words64);
  Digits r(na - words);
  for (size_t i = 0; i < r.size(); ++i) {
    const Digit lo = a[i + words], hi = i + words + 1 < na ? a[i + words + 1] : 0;
    r[i] = bits ? (lo >> bits) | (hi << (kShift - bits)) : lo;
  }
  Normalize(r);
  return r;
}

inline uint64_t BitLengthMag(const Digit* a, size_t na) {
  return na == 0 ? 0 : uint64_t{na - 1} * kShift + static_cast<uint64_t>(BitLength64(a[na - 1]));
}

}  // namespace bigint

// [[clang::trivial_abi]]: a BigInt is passed and returned in two registers (x86-64, AArch64)
// although it has a destructor; the callee destroys its by-value parameters. Every target is
// compiled by clang (toolchains/targets.cc); the host's unit tests may use g++, which lacks it.
#if defined(__clang__) && defined(__has_cpp_attribute)
#if __has_cpp_attribute(clang::trivial_abi)
#define FXN_TRIVIAL_ABI [[clang::trivial_abi]]
#endif
#endif
#ifndef FXN_TRIVIAL_ABI
#define FXN_TRIVIAL_ABI
#endif

class FXN_TRIVIAL_ABI BigInt {
 public:
  using Digit = bigint::Digit;
  using Digits = bigint::Digits;

  BigInt() = default;
  BigInt(int64_t v) : small_(v) {}  // NOLINT: implicit, as Python's small ints are ints
  // int(f) truncates and may fail: FromDouble, never an implicit conversion
  template <class F, std::enable_if_t<std::is_floating_point_v<F>, int> = 0>
  BigInt(F) = delete;
  BigInt(const BigInt& o) : small_(o.small_), rep_(o.rep_) {
    if (rep_) ++rep_->refs;
  }
  BigInt(BigInt&& o) noexcept : small_(o.small_), rep_(o.rep_) { o.rep_ = nullptr; }
  BigInt& operator=(const BigInt& o) {
    BigInt copy(o);
    Swap(copy);
    return *this;
  }
  BigInt& operator=(BigInt&& o) noexcept {
    Swap(o);
    return *this;
  }
  ~BigInt() { Release(); }

  static BigInt FromUint64(uint64_t v) {
    if (v <= static_cast<uint64_t>(INT64_MAX)) return BigInt(static_cast<int64_t>(v));
    return FromMag(false, Digits{static_cast<Digit>(v), static_cast<Digit>(v >> 32)});
  }
  // sign + magnitude (little-endian base 2**32 digits, leading zeros allowed).
  static BigInt FromMag(bool negative, Digits mag) {
    bigint::Normalize(mag);
    if (mag.size() <= 2) {
      const uint64_t m = mag.empty() ? 0 : (mag.size() == 1 ? mag[0] : (uint64_t{mag[1]} << 32) | mag[0]);
      if (!negative && m <= static_cast<uint64_t>(INT64_MAX)) return BigInt(static_cast<int64_t>(m));
      if (negative && m <= (uint64_t{1} << 63)) return BigInt(static_cast<int64_t>(0 - m));
    }
    BigInt r;
    r.rep_ = Rep::Make(negative, mag.data(), mag.size());
    return r;
  }

  // ---- the machine-word fast path ----
  bool fits_int64() const { return rep_ == nullptr; }
  int64_t to_int64() const { return small_; }  // only when fits_int64()
  // The names the int kernels (fxn_int.hpp) use: Small(v) is BigInt(v) spelled as what it is;
  // small() is true for every value in int64 (FromMag never builds a Rep for one), v() its value.
  static BigInt Small(int64_t v) { return BigInt(v); }
  bool small() const { return rep_ == nullptr; }
  int64_t v() const { return small_; }  // only when small()
  // Both operands in int64: one `or` of the two rep pointers and a test.
  friend bool BothSmall(const BigInt& a, const BigInt& b) {
    return (reinterpret_cast<uintptr_t>(a.rep_) | reinterpret_cast<uintptr_t>(b.rep_)) == 0;
  }

  // ---- inspection ----
  bool is_zero() const { return !rep_ && small_ == 0; }
  bool negative() const { return rep_ ? rep_->negative : small_ < 0; }
  int sign() const { return rep_ ? (rep_->negative ? -1 : 1) : (small_ > 0) - (small_ < 0); }
  // The magnitude's digits (a view; small values through a scratch buffer of two digits).
  struct Mag {
    const Digit* d;
    size_t n;
    bool neg;
    Digit buf[2];
    explicit Mag(const BigInt& x) {
      if (x.rep_) {
        d = x.rep_->digits;
        n = x.rep_->size;
        neg = x.rep_->negative;
      } else {
        neg = x.small_ < 0;
        const uint64_t m = neg ? 0 - static_cast<uint64_t>(x.small_) : static_cast<uint64_t>(x.small_);
        buf[0] = static_cast<Digit>(m);
        buf[1] = static_cast<Digit>(m >> 32);
        d = buf;
        n = buf[1] ? 2 : (buf[0] ? 1 : 0);
      }
    }
    Mag(const Mag&) = delete;
  };

  // int.bit_length(), int.bit_count()
  uint64_t bit_length() const {
    Mag m(*this);
    return bigint::BitLengthMag(m.d, m.n);
  }
  uint64_t bit_count() const {
    Mag m(*this);
    uint64_t c = 0;
    for (size_t i = 0; i < m.n; ++i) c += static_cast<uint64_t>(__builtin_popcount(m.d[i]));
    return c;
  }

  // ---- comparisons ----
  static int Compare(const BigInt& a, const BigInt& b) {
    if (!a.rep_ && !b.rep_) return (a.small_ > b.small_) - (a.small_ < b.small_);
    Mag x(a), y(b);
    if (x.neg != y.neg) return x.neg ? -1 : 1;
    const int c = bigint::CmpMag(x.d, x.n, y.d, y.n);
    return x.neg ? -c : c;
  }
  friend bool operator==(const BigInt& a, const BigInt& b) { return Compare(a, b) == 0; }
  friend bool operator!=(const BigInt& a, const BigInt& b) { return Compare(a, b) != 0; }
  friend bool operator<(const BigInt& a, const BigInt& b) { return Compare(a, b) < 0; }
  friend bool operator<=(const BigInt& a, const BigInt& b) { return Compare(a, b) <= 0; }
  friend bool operator>(const BigInt& a, const BigInt& b) { return Compare(a, b) > 0; }
  friend bool operator>=(const BigInt& a, const BigInt& b) { return Compare(a, b) >= 0; }

  // ---- arithmetic that cannot fail (beyond memory) ----
  static BigInt Add(const BigInt& a, const BigInt& b) {
    if (!a.rep_ && !b.rep_) {
      int64_t r;
      if (!__builtin_add_overflow(a.small_, b.small_, &r)) return BigInt(r);
    }
    Mag x(a), y(b);
    return AddSigned(x.d, x.n, x.neg, y.d, y.n, y.neg);
  }
  static BigInt Sub(const BigInt& a, const BigInt& b) {
    if (!a.rep_ && !b.rep_) {
      int64_t r;
      if (!__builtin_sub_overflow(a.small_, b.small_, &r)) return BigInt(r);
    }
    Mag x(a), y(b);
    return AddSigned(x.d, x.n, x.neg, y.d, y.n, !y.neg);
  }
  static BigInt Mul(const BigInt& a, const BigInt& b) {
    if (!a.rep_ && !b.rep_) {
      int64_t r;
      if (!__builtin_mul_overflow(a.small_, b.small_, &r)) return BigInt(r);
    }
    Mag x(a), y(b);
    return FromMag(x.neg != y.neg, bigint::MulMag(x.d, x.n, y.d, y.n));
  }
  static BigInt Neg(const BigInt& a) {
    if (!a.rep_ && a.small_ != INT64_MIN) return BigInt(-a.small_);
    Mag x(a);
    return FromMag(!x.neg && x.n != 0, Digits(x.d, x.d + x.n));
  }
  static BigInt Abs(const BigInt& a) { return a.negative() ? Neg(a) : a; }
  // ~a == -a - 1
  static BigInt Invert(const BigInt& a) {
    if (!a.rep_) return BigInt(~a.small_);
    return Sub(Neg(a), BigInt(1));
  }
  friend BigInt operator+(const BigInt& a, const BigInt& b) { return Add(a, b); }
  friend BigInt operator-(const BigInt& a, const BigInt& b) { return Sub(a, b); }
  friend BigInt operator*(const BigInt& a, const BigInt& b) { return Mul(a, b); }
  BigInt operator-() const { return Neg(*this); }
  BigInt operator~() const { return Invert(*this); }

  // ---- division (floor semantics, CPython's l_divmod) ----
  // q = a // b and/or r = a % b (either pointer may be null).
  static bool DivMod(Ctx& cx, const BigInt& a, const BigInt& b, BigInt* q, BigInt* r,
                     const char* zero_message = "integer division or modulo by zero") {
    if (b.is_zero()) return cx.Raise("ZeroDivisionError", zero_message);
    if (!a.rep_ && !b.rep_ && !(a.small_ == INT64_MIN && b.small_ == -1)) {
      int64_t qq = a.small_ / b.small_, rr = a.small_ % b.small_;
      if (rr != 0 && ((rr < 0) != (b.small_ < 0))) {
        --qq;
        rr += b.small_;
      }
      if (q) *q = BigInt(qq);
      if (r) *r = BigInt(rr);
      return true;
    }
    Mag x(a), y(b);
    Digits qm, rm;
    bigint::DivRemMag(x.d, x.n, y.d, y.n, qm, rm);
    const bool qneg = x.neg != y.neg;
    if (qneg && !rm.empty()) {  // floor: q = -(|q| + 1), r = |b| - |r| with b's sign
      const Digit one = 1;
      qm = bigint::AddMag(qm.data(), qm.size(), &one, 1);
      rm = bigint::SubMag(y.d, y.n, rm.data(), rm.size());
    }
    if (q) *q = FromMag(qneg, std::move(qm));
    if (r) *r = FromMag(y.neg, std::move(rm));
    return true;
  }
  static bool FloorDiv(Ctx& cx, const BigInt& a, const BigInt& b, BigInt& out) {
    return DivMod(cx, a, b, &out, nullptr);
  }
  static bool Mod(Ctx& cx, const BigInt& a, const BigInt& b, BigInt& out) {
    return DivMod(cx, a, b, nullptr, &out, "integer modulo by zero");
  }
  static bool DivMod(Ctx& cx, const BigInt& a, const BigInt& b, BigInt& q, BigInt& r) {
    return DivMod(cx, a, b, &q, &r);
  }

  // a / b, correctly rounded (CPython's long_true_divide).
  static bool TrueDiv(Ctx& cx, const BigInt& a, const BigInt& b, double& out) {
    if (b.is_zero()) return cx.Raise("ZeroDivisionError", "division by zero");
    Mag x(a), y(b);
    const bool negate = x.neg != y.neg;
    if (x.n == 0) {
      out = negate ? -0.0 : 0.0;
      return true;
    }
    constexpr int kMant = 53, kMinExp = -1021, kMaxExp = 1024;
    const uint64_t abits = bigint::BitLengthMag(x.d, x.n), bbits = bigint::BitLengthMag(y.d, y.n);
    if (abits <= kMant && bbits <= kMant) {  // both exact as doubles: IEEE division rounds correctly
      const double r = static_cast<double>(MagToU64(x)) / static_cast<double>(MagToU64(y));
      out = negate ? -r : r;
      return true;
    }
    const int64_t diff = static_cast<int64_t>(abits) - static_cast<int64_t>(bbits);
    if (diff > kMaxExp) return cx.Raise("OverflowError", "integer division result too large for a float");
    if (diff < kMinExp - kMant - 1) {
      out = negate ? -0.0 : 0.0;
      return true;
    }
    const int64_t shift = std::max<int64_t>(diff, kMinExp) - kMant - 2;
    bool inexact = false;
    Digits xs = shift <= 0 ? bigint::ShlMag(x.d, x.n, static_cast<uint64_t>(-shift))
                           : bigint::ShrMag(x.d, x.n, static_cast<uint64_t>(shift), &inexact);
    Digits q, r;
    bigint::DivRemMag(xs.data(), xs.size(), y.d, y.n, q, r);
    if (!r.empty()) inexact = true;
    const int64_t xbits = static_cast<int64_t>(bigint::BitLengthMag(q.data(), q.size()));
    const int64_t extra = std::max<int64_t>(xbits, kMinExp - shift) - kMant;  // 2 or 3
    // q has at most 56 bits: round in a uint64 (CPython edits its low digit; 32-bit digits could carry)
    uint64_t qv = q.empty() ? 0 : q[0];
    if (q.size() > 1) qv |= uint64_t{q[1]} << 32;
    const uint64_t mask = uint64_t{1} << (extra - 1);
    const uint64_t low = qv | (inexact ? 1 : 0);
    qv = ((low & mask) && (low & (3 * mask - 1))) ? low + mask : low;
    qv &= ~(2 * mask - 1);
    const double dx = static_cast<double>(qv);  // exact: at most 54 significant bits, low bits cleared
    if (shift + xbits >= kMaxExp && (shift + xbits > kMaxExp || dx == std::ldexp(1.0, static_cast<int>(xbits))))
      return cx.Raise("OverflowError", "integer division result too large for a float");
    const double result = std::ldexp(dx, static_cast<int>(shift));
    out = negate ? -result : result;
    return true;
  }

  // ---- powers ----
  // a ** b for b >= 0 (b < 0 is float_pow's, the caller's).
  static bool Pow(Ctx& cx, const BigInt& a, const BigInt& b, BigInt& out) {
    if (b.negative()) return cx.Raise("ValueError", "fxn: int ** negative int is a float (the caller's)");
    if (b.is_zero()) return out = BigInt(1), true;
    const uint64_t abits = a.bit_length();
    if (abits <= 1) {  // 0, 1, -1
      out = (a.negative() && b.IsOdd()) ? BigInt(-1) : (a.is_zero() ? BigInt(0) : BigInt(1));
      return true;
    }
    if (!b.fits_int64() || static_cast<uint64_t>(b.small_) > bigint::kMaxBits ||
        abits - 1 > bigint::kMaxBits / static_cast<uint64_t>(b.small_))
      return cx.Raise("MemoryError", "");
    uint64_t e = static_cast<uint64_t>(b.small_);
    BigInt result(1), base = a;
    for (int bit = bigint::BitLength64(e) - 1; bit >= 0; --bit) {
      result = Mul(result, result);
      if ((e >> bit) & 1) result = Mul(result, base);
    }
    out = std::move(result);
    return true;
  }

  // pow(a, b, m) (CPython's long_pow with a modulus; b < 0 takes the modular inverse).
  static bool PowMod(Ctx& cx, const BigInt& a_in, const BigInt& b_in, const BigInt& m_in, BigInt& out) {
    if (m_in.is_zero()) return cx.Raise("ValueError", "pow() 3rd argument cannot be 0");
    const bool negative_output = m_in.negative();
    const BigInt m = Abs(m_in);
    if (m == BigInt(1)) return out = BigInt(0), true;
    BigInt a = a_in, b = b_in;
    if (b.negative()) {
      if (!InvMod(a, m, a)) return cx.Raise("ValueError", "base is not invertible for the given modulus");
      b = Neg(b);
    }
    if (a.negative() || a >= m) Mod(cx, a, m, a);
    BigInt z(1);
    Mag e(b);
    for (size_t i = e.n; i-- > 0;) {
      for (int bit = bigint::kShift - 1; bit >= 0; --bit) {
        Mod(cx, Mul(z, z), m, z);
        if ((e.d[i] >> bit) & 1) Mod(cx, Mul(z, a), m, z);
      }
    }
    if (negative_output && !z.is_zero()) z = Sub(z, m);
    out = std::move(z);
    return true;
  }

  // ---- shifts ----
  static bool Shl(Ctx& cx, const BigInt& a, const BigInt& n, BigInt& out) {
    if (n.negative()) return cx.Raise("ValueError", "negative shift count");
    if (a.is_zero()) return out = BigInt(0), true;
    if (!n.fits_int64() || static_cast<uint64_t>(n.small_) + a.bit_length() > bigint::kMaxBits)
      return cx.Raise("MemoryError", "");
    const int64_t s = n.small_;
    if (!a.rep_ && s < 63) {
      const int64_t v = a.small_;
      const int64_t r = static_cast<int64_t>(static_cast<uint64_t>(v) << s);
      if ((r >> s) == v) return out = BigInt(r), true;
    }
    Mag x(a);
    out = FromMag(x.neg, bigint::ShlMag(x.d, x.n, static_cast<uint64_t>(s)));
    return true;
  }
  static bool Shr(Ctx& cx, const BigInt& a, const BigInt& n, BigInt& out) {
    if (n.negative()) return cx.Raise("ValueError", "negative shift count");
    if (!n.fits_int64()) return out = BigInt(a.negative() ? -1 : 0), true;
    const int64_t s = n.small_;
    if (!a.rep_) return out = BigInt(a.small_ >> (s < 63 ? s : 63)), true;
    Mag x(a);
    bool lost = false;
    Digits r = bigint::ShrMag(x.d, x.n, static_cast<uint64_t>(s), &lost);
    if (x.neg && lost) {  // floor toward -inf: -(|a| >> s) - 1
      const Digit one = 1;
      r = bigint::AddMag(r.data(), r.size(), &one, 1);
    }
    out = FromMag(x.neg, std::move(r));
    return true;
  }

  // ---- bitwise, two's complement on negatives (CPython's long_bitwise) ----
  static BigInt And(const BigInt& a, const BigInt& b) {
    if (!a.rep_ && !b.rep_) return BigInt(a.small_ & b.small_);
    return Bitwise('&', a, b);
  }
  static BigInt Or(const BigInt& a, const BigInt& b) {
    if (!a.rep_ && !b.rep_) return BigInt(a.small_ | b.small_);
    return Bitwise('|', a, b);
  }
  static BigInt Xor(const BigInt& a, const BigInt& b) {
    if (!a.rep_ && !b.rep_) return BigInt(a.small_ ^ b.small_);
    return Bitwise('^', a, b);
  }
  friend BigInt operator&(const BigInt& a, const BigInt& b) { return And(a, b); }
  friend BigInt operator|(const BigInt& a, const BigInt& b) { return Or(a, b); }
  friend BigInt operator^(const BigInt& a, const BigInt& b) { return Xor(a, b); }

  // ---- hash(x): CPython's long_hash (the residue modulo 2**61 - 1, sign kept; -1 -> -2) ----
  int64_t Hash() const {
    if (!rep_ && small_ != INT64_MIN && (small_ < 0 ? -small_ : small_) < static_cast<int64_t>(bigint::kHashModulus))
      return small_ == -1 ? -2 : small_;
    Mag m(*this);
    constexpr uint64_t P = bigint::kHashModulus;
    uint64_t x = 0;
    for (size_t i = m.n; i-- > 0;) {
      x = ((x << 32) & P) | (x >> (61 - 32));  // x * 2**32 mod P (a rotation within 61 bits)
      x += m.d[i];
      if (x >= P) x -= P;
    }
    int64_t h = static_cast<int64_t>(x);
    if (m.neg) h = -h;
    return h == -1 ? -2 : h;
  }

  // ---- floats ----
  // float(x), correctly rounded (half to even); OverflowError past DBL_MAX.
  bool ToDouble(Ctx& cx, double& out) const {
    if (!rep_) {
      const uint64_t m = small_ < 0 ? 0 - static_cast<uint64_t>(small_) : static_cast<uint64_t>(small_);
      if (m < (uint64_t{1} << 53)) return out = static_cast<double>(small_), true;
    }
    Mag x(*this);
    const uint64_t bits = bigint::BitLengthMag(x.d, x.n);
    if (bits > 1024) return cx.Raise("OverflowError", "int too large to convert to float");
    // the top 64 bits, and whether anything below them is nonzero
    bool sticky = false;
    Digits top = bits > 64 ? bigint::ShrMag(x.d, x.n, bits - 64, &sticky) : Digits(x.d, x.d + x.n);
    uint64_t m = top.empty() ? 0 : top[0];
    if (top.size() > 1) m |= uint64_t{top[1]} << 32;
    const int64_t exp = bits > 64 ? static_cast<int64_t>(bits - 64) : 0;
    // m has at most 64 bits; round to 53 significant ones
    const int mbits = bigint::BitLength64(m);
    double r;
    if (mbits <= 53) {
      r = std::ldexp(static_cast<double>(m), static_cast<int>(exp));
    } else {
      const int drop = mbits - 53;
      uint64_t keep = m >> drop;
      const uint64_t rest = m & ((uint64_t{1} << drop) - 1), half = uint64_t{1} << (drop - 1);
      if (rest > half || (rest == half && (sticky || (keep & 1)))) ++keep;
      r = std::ldexp(static_cast<double>(keep), static_cast<int>(exp + drop));
    }
    if (std::isinf(r)) return cx.Raise("OverflowError", "int too large to convert to float");
    out = x.neg ? -r : r;
    return true;
  }
  // int(f): truncates toward zero.
  static bool FromDouble(Ctx& cx, double f, BigInt& out) {
    if (std::isinf(f)) return cx.Raise("OverflowError", "cannot convert float infinity to integer");
    if (std::isnan(f)) return cx.Raise("ValueError", "cannot convert float NaN to integer");
    const double t = std::trunc(f);
    if (t >= -9223372036854775808.0 && t < 9223372036854775808.0) return out = BigInt(static_cast<int64_t>(t)), true;
    int e;
    const double fr = std::frexp(std::fabs(t), &e);  // |t| = fr * 2**e, fr in [0.5, 1)
    const uint64_t mant = static_cast<uint64_t>(std::ldexp(fr, 53));
    const Digit md[2] = {static_cast<Digit>(mant), static_cast<Digit>(mant >> 32)};
    out = FromMag(t < 0, bigint::ShlMag(md, 2, static_cast<uint64_t>(e - 53)));
    return true;
  }

  // ---- decimal text ----
  // str(x); ValueError past 4300 digits (CPython 3.11's default limit).
  bool ToString(Ctx& cx, std::string& out) const {
    if (!rep_) return out = std::to_string(small_), true;
    Mag x(*this);
    const uint64_t bits = bigint::BitLengthMag(x.d, x.n);
    // a number of `bits` bits has more than (bits - 1) * log10(2) digits: skip the conversion
    if (static_cast<double>(bits - 1) * 0.30102999566398120 >= bigint::kMaxStrDigits + 1) return StrLimit(cx);
    // base 10**9 digits, least significant first, by CPython's loop: each digit of x from the top
    // is carried into them (quadratic; the carry, not the remainder, is the loop's dependency)
    constexpr uint64_t kBase = 1000000000;
    std::vector<Digit> out9;
    out9.reserve(x.n * 10 / 9 + 2);
    for (size_t i = x.n; i-- > 0;) {
      uint64_t hi = x.d[i];  // stays below 2**32 + 5, so z < 2**62
      for (Digit& o : out9) {
        const uint64_t z = (uint64_t{o} << bigint::kShift) + hi;
        hi = z / kBase;
        o = static_cast<Digit>(z - hi * kBase);
      }
      while (hi) {
        out9.push_back(static_cast<Digit>(hi % kBase));
        hi /= kBase;
      }
    }
    std::string s = std::to_string(out9.back());
    s.resize(s.size() + 9 * (out9.size() - 1));
    char* w = &s[s.size()];
    for (size_t i = 0; i + 1 < out9.size(); ++i) {
      Digit v = out9[i];
      for (int k = 0; k < 9; ++k) *--w = static_cast<char>('0' + v % 10), v /= 10;
    }
    if (s.size() > static_cast<size_t>(bigint::kMaxStrDigits)) return StrLimit(cx);
    out = x.neg ? "-" + s : std::move(s);
    return true;
  }

  // int(text, base) (PyLong_FromString) over ASCII text (callers map Unicode digits and spaces
  // first, as _PyUnicode_TransformDecimalAndSpaceToASCII does). `repr` is what the "invalid
  // literal" message shows (repr(original)[:200]); empty: the repr of `text`.
  static bool FromString(Ctx& cx, std::string_view text, int64_t base_arg, BigInt& out, std::string_view repr = {}) {
    if ((base_arg != 0 && base_arg < 2) || base_arg > 36)
      return cx.Raise("ValueError", "int() base must be >= 2 and <= 36, or 0");
    auto invalid = [&]() {
      std::string r = repr.empty() ? AsciiRepr(text) : std::string(repr);
      if (repr.empty() && r.size() > 200) r.resize(200);
      return cx.Raisef("ValueError", "invalid literal for int() with base %lld: %s", static_cast<long long>(base_arg),
                       r.c_str());
    };
    auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    auto digit = [](char c) -> int {
      if (c >= '0' && c <= '9') return c - '0';
      if (c >= 'a' && c <= 'z') return c - 'a' + 10;
      if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
      return 37;
    };
    size_t p = 0;
    const size_t n = text.size();
    auto at = [&](size_t i) -> char { return i < n ? text[i] : '\0'; };
    int base = static_cast<int>(base_arg);
    while (p < n && space(text[p])) ++p;
    bool neg = false;
    if (at(p) == '+') {
      ++p;
    } else if (at(p) == '-') {
      neg = true;
      ++p;
    }
    bool error_if_nonzero = false;
    if (base == 0) {
      const char c1 = at(p + 1);
      if (at(p) != '0') base = 10;
      else if (c1 == 'x' || c1 == 'X') base = 16;
      else if (c1 == 'o' || c1 == 'O') base = 8;
      else if (c1 == 'b' || c1 == 'B') base = 2;
      else error_if_nonzero = true, base = 10;  // "old" C-style octal: only zeros are valid
    }
    if (at(p) == '0') {
      const char c1 = at(p + 1);
      if ((base == 16 && (c1 == 'x' || c1 == 'X')) || (base == 8 && (c1 == 'o' || c1 == 'O')) ||
          (base == 2 && (c1 == 'b' || c1 == 'B'))) {
        p += 2;
        if (at(p) == '_') ++p;  // one underscore allowed after the prefix
      }
    }
    if (at(p) == '_') return invalid();
    const size_t start = p;
    char prev = 0;
    std::string digits;
    while (p < n && (digit(text[p]) < base || text[p] == '_')) {
      if (text[p] == '_') {
        if (prev == '_') return invalid();
      } else {
        digits += static_cast<char>(digit(text[p]));
      }
      prev = text[p];
      ++p;
    }
    if (prev == '_') return invalid();  // trailing underscore
    if ((base & (base - 1)) != 0 && digits.size() > static_cast<size_t>(bigint::kMaxStrDigits))
      return cx.Raisef("ValueError",
                       "Exceeds the limit (%d digits) for integer string conversion: value has %lld digits; use "
                       "sys.set_int_max_str_digits() to increase the limit",
                       bigint::kMaxStrDigits, static_cast<long long>(digits.size()));
    if (p == start) return invalid();
    while (p < n && space(text[p])) ++p;
    if (p != n) return invalid();
    Digits mag;
    if ((base & (base - 1)) == 0) {  // a power of two: bits straight into place (linear)
      const int per = bigint::BitLength64(static_cast<uint64_t>(base)) - 1;
      mag.assign((digits.size() * per) / 32 + 1, 0);
      uint64_t pos = 0;
      for (size_t i = digits.size(); i-- > 0; pos += per) {
        const uint64_t v = static_cast<uint64_t>(digits[i]) << (pos % 32);
        mag[pos / 32] |= static_cast<Digit>(v);
        if (v >> 32) mag[pos / 32 + 1] |= static_cast<Digit>(v >> 32);
      }
    } else {  // chunks of k digits with base**k < 2**32, multiply-added (quadratic, as CPython's)
      Digit chunk_limit = 1;
      int per_chunk = 0;
      while (uint64_t{chunk_limit} * static_cast<uint64_t>(base) <= 0xFFFFFFFFu)
        chunk_limit *= static_cast<Digit>(base), ++per_chunk;
      for (size_t i = 0; i < digits.size();) {
        Digit mult = 1, acc = 0;
        for (int k = 0; k < per_chunk && i < digits.size(); ++k, ++i) {
          acc = acc * static_cast<Digit>(base) + static_cast<Digit>(digits[i]);
          mult *= static_cast<Digit>(base);
        }
        uint64_t carry = acc;
        for (Digit& d : mag) {
          carry += uint64_t{d} * mult;
          d = static_cast<Digit>(carry);
          carry >>= 32;
        }
        if (carry) mag.push_back(static_cast<Digit>(carry));
      }
    }
    bigint::Normalize(mag);
    if (error_if_nonzero && !mag.empty()) return invalid();
    out = FromMag(neg, std::move(mag));
    return true;
  }

  // ---- math ----
  // math.isqrt(n)
  static bool Isqrt(Ctx& cx, const BigInt& n, BigInt& out) {
    if (n.negative()) return cx.Raise("ValueError", "isqrt() argument must be nonnegative");
    if (n.is_zero()) return out = BigInt(0), true;
    // Newton from above: x0 = 2**ceil(bits/2) >= sqrt(n)
    BigInt x;
    Shl(cx, BigInt(1), BigInt(static_cast<int64_t>((n.bit_length() + 1) / 2)), x);
    for (;;) {
      BigInt q, y;
      DivMod(cx, n, x, &q, nullptr);
      Shr(cx, Add(x, q), BigInt(1), y);
      if (y >= x) break;
      x = std::move(y);
    }
    out = std::move(x);
    return true;
  }
  // math.gcd(a, b) (always >= 0)
  static BigInt Gcd(const BigInt& a_in, const BigInt& b_in) {
    BigInt a = Abs(a_in), b = Abs(b_in);
    while (!b.is_zero()) {
      if (a.fits_int64() && b.fits_int64()) {
        uint64_t x = static_cast<uint64_t>(a.small_), y = static_cast<uint64_t>(b.small_);
        while (y) {
          const uint64_t t = x % y;
          x = y;
          y = t;
        }
        return FromUint64(x);
      }
      Mag x(a), y(b);
      Digits q, r;
      bigint::DivRemMag(x.d, x.n, y.d, y.n, q, r);
      a = std::move(b);
      b = FromMag(false, std::move(r));
    }
    return a;
  }

  bool IsOdd() const {
    Mag m(*this);
    return m.n && (m.d[0] & 1);
  }

 private:
  struct Rep {
    size_t refs;
    size_t size;
    bool negative;
    Digit digits[1];
    static Rep* Make(bool negative, const Digit* d, size_t n) {
      Rep* r = static_cast<Rep*>(std::malloc(sizeof(Rep) + sizeof(Digit) * (n ? n - 1 : 0)));
      if (!r) std::abort();
      r->refs = 1;
      r->size = n;
      r->negative = negative;
      std::memcpy(r->digits, d, sizeof(Digit) * n);
      return r;
    }
  };

  // The destructor of every Int temporary in generated code: only a test inline, the count and
  // free() out of line (big values are the cold path; the spike of docs/design/big-ints.md step 0
  // measured fib 4.5% fewer instructions than with the decrement inline).
  void Release() {
    if (FXN_UNLIKELY(rep_ != nullptr)) Drop(rep_);
    rep_ = nullptr;
  }
  [[gnu::cold, gnu::noinline]] static void Drop(Rep* r) {
    if (--r->refs == 0) std::free(r);
  }
  void Swap(BigInt& o) noexcept {
    std::swap(small_, o.small_);
    std::swap(rep_, o.rep_);
  }

  static uint64_t MagToU64(const Mag& m) {
    return m.n == 0 ? 0 : (m.n == 1 ? m.d[0] : (uint64_t{m.d[1]} << 32) | m.d[0]);
  }

  static BigInt AddSigned(const Digit* a, size_t na, bool aneg, const Digit* b, size_t nb, bool bneg) {
    if (aneg == bneg) return FromMag(aneg, bigint::AddMag(a, na, b, nb));
    const int c = bigint::CmpMag(a, na, b, nb);
    if (c == 0) return BigInt(0);
    if (c > 0) return FromMag(aneg, bigint::SubMag(a, na, b, nb));
    return FromMag(bneg, bigint::SubMag(b, nb, a, na));
  }

  // Two's complement in n digits of a signed magnitude.
  static Digits TwosComplement(const Mag& m, size_t n) {
    Digits r(n, 0);
    std::copy(m.d, m.d + m.n, r.begin());
    if (m.neg) {
      uint64_t carry = 1;
      for (Digit& d : r) {
        carry += static_cast<Digit>(~d);
        d = static_cast<Digit>(carry);
        carry >>= 32;
      }
    }
    return r;
  }
  static BigInt Bitwise(char op, const BigInt& a, const BigInt& b) {
    Mag x(a), y(b);
    const size_t n = std::max(x.n, y.n) + 1;  // one more digit holds the sign
    Digits u = TwosComplement(x, n), v = TwosComplement(y, n);
    for (size_t i = 0; i < n; ++i) u[i] = op == '&' ? (u[i] & v[i]) : op == '|' ? (u[i] | v[i]) : (u[i] ^ v[i]);
    const bool neg = (u[n - 1] >> 31) != 0;
    if (neg) {  // back to the magnitude: -(~u + 1)
      uint64_t carry = 1;
      for (Digit& d : u) {
        carry += static_cast<Digit>(~d);
        d = static_cast<Digit>(carry);
        carry >>= 32;
      }
    }
    return FromMag(neg, std::move(u));
  }

  // Extended Euclid: out = a**-1 mod m (m > 1); false if gcd(a, m) != 1.
  static bool InvMod(const BigInt& a, const BigInt& m, BigInt& out) {
    Ctx cx;
    BigInt b = m, x(1), y(0), aa;
    Mod(cx, a, m, aa);
    // invariant: x*a0 == aa (mod m), y*a0 == b (mod m)
    while (!b.is_zero()) {
      BigInt q, r;
      DivMod(cx, aa, b, &q, &r);
      aa = std::move(b);
      b = std::move(r);
      BigInt t = Sub(x, Mul(q, y));
      x = std::move(y);
      y = std::move(t);
    }
    if (aa != BigInt(1)) return false;
    Mod(cx, x, m, out);
    return true;
  }

  static bool StrLimit(Ctx& cx) {
    return cx.Raisef("ValueError",
                     "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() "
                     "to increase the limit",
                     bigint::kMaxStrDigits);
  }

  // repr() of an ASCII str (the "invalid literal" message of ASCII input).
  static std::string AsciiRepr(std::string_view s) {
    const bool dq = s.find('\'') != std::string_view::npos && s.find('"') == std::string_view::npos;
    const char quote = dq ? '"' : '\'';
    std::string r(1, quote);
    for (unsigned char c : s) {
      if (c == quote || c == '\\') r += '\\', r += static_cast<char>(c);
      else if (c == '\t') r += "\\t";
      else if (c == '\n') r += "\\n";
      else if (c == '\r') r += "\\r";
      else if (c < 0x20 || c == 0x7f) {
        char buf[5];
        std::snprintf(buf, sizeof buf, "\\x%02x", c);
        r += buf;
      } else {
        r += static_cast<char>(c);
      }
    }
    r += quote;
    return r;
  }

  int64_t small_ = 0;    // the value, when rep_ is null
  Rep* rep_ = nullptr;  // sign + magnitude of a value outside int64
};

// Declared here too, so that `fxn::BothSmall(a, b)` (qualified, as generated code spells it)
// finds the friend defined in the class.
bool BothSmall(const BigInt& a, const BigInt& b);

// Python's int in compiled code (docs/design/big-ints.md): a machine word inline, digits past it.
using Int = BigInt;
// {int64_t, Rep*}: 16 bytes on 64-bit targets; on 32-bit ones 16 where int64_t is 8-aligned
// (armv7, wasm32), 12 on i686.
static_assert(sizeof(void*) != 8 || sizeof(Int) == 16, "Int is two words on 64-bit targets");
static_assert(sizeof(Int) <= 16, "Int is at most 16 bytes");

}  // namespace fxn
