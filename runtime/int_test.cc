// int_test.cc: the Int kernels (runtime/fxn_int.hpp) against today's int64 kernels
// (operator_registry/kernels/ops_int.hpp) and BigInt (runtime/fxn_bigint.hpp, itself pinned to
// CPython 3.11 by bigint_test.cc). On every pair of int64 edge values: where today's kernel
// succeeds, the Int kernel gives the same value (on its inline fast path); where today's raised
// OverflowError, it gives BigInt's answer; other errors (division by zero, negative shift counts,
// negative exponents) are today's, type and message. Then Int inside Dict, Set and List.
//
// Cross targets: built with -DFXN_INT_TEST_DRIVER (no GoogleTest, no kernels of today) this file
// prints Transcript(): every fxn::intops kernel on a smaller set of edge pairs, one outcome a line.
// scripts/bigint_cross.sh runs it under qemu-user / WASI and compares with the host's transcript
// (FXN_INT_DUMP=FILE makes the host test write it), which the tests below hold to today's kernels
// and BigInt.
#ifndef FXN_INT_TEST_DRIVER
#include <gtest/gtest.h>
#endif

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <limits>
#include <ostream>
#include <string>
#include <vector>

#include "fxn_runtime.hpp"
#include "fxn_int.hpp"
#ifndef FXN_INT_TEST_DRIVER
#include "ops_int.hpp"
#include "ops_float.hpp"
#include "ops_list.hpp"
#include "ops_str.hpp"
#endif

namespace fxn {
namespace {

[[maybe_unused]] std::vector<int64_t> EdgeValues() {
  std::vector<int64_t> v = {0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 63, 64, 65, -63, -64, 100, -100, 1000000007,
                            INT64_MIN, INT64_MIN + 1, INT64_MAX, INT64_MAX - 1, INT32_MAX, INT32_MIN,
                            int64_t{INT32_MAX} + 1, int64_t{INT32_MIN} - 1, 3037000499, 3037000500, -3037000500,
                            static_cast<int64_t>(bigint::kHashModulus), static_cast<int64_t>(bigint::kHashModulus) - 1,
                            static_cast<int64_t>(bigint::kHashModulus) + 1, -static_cast<int64_t>(bigint::kHashModulus)};
  for (int k = 1; k <= 62; ++k) {
    const int64_t p = int64_t{1} << k;
    for (int64_t x : {p - 1, p, p + 1}) {
      v.push_back(x);
      v.push_back(-x);
    }
  }
  return v;
}

// A few values past int64 for the slow paths with mixed operands.
std::vector<Int> BigValues() {
  Ctx cx;
  std::vector<Int> v;
  for (const char* s : {"9223372036854775808", "-9223372036854775809", "18446744073709551616", "-18446744073709551616",
                        "1267650600228229401496703205377", "-170141183460469231731687303715884105727",
                        "340282366920938463463374607431768211456"}) {
    Int x;
    if (!Int::FromString(cx, s, 10, x)) std::abort();
    v.push_back(x);
  }
  return v;
}

std::string Show(const Int& x) {
  Ctx cx;
  std::string s;
  if (!x.ToString(cx, s)) return "<" + cx.exc_message + ">";
  return s;
}

// The outcome of one kernel call: a value or an exception, as text.
struct Outcome {
  bool ok;
  std::string text;  // the value's str(), or "Type: message"
  bool operator==(const Outcome& o) const { return ok == o.ok && text == o.text; }
};
[[maybe_unused]] std::ostream& operator<<(std::ostream& os, const Outcome& o) { return os << (o.ok ? "" : "raised ") << o.text; }

Outcome Failed(Ctx& cx) { return {false, std::string(cx.exc_type) + ": " + cx.exc_message}; }
Outcome Value(const Int& x) { return {true, Show(x)}; }
[[maybe_unused]] Outcome Value(int64_t x) { return {true, std::to_string(x)}; }

using IntKernel = bool (*)(Ctx&, const Int&, const Int&, Int&);
using OldKernel = bool (*)(Ctx&, int64_t, int64_t, int64_t&);
using BigKernel = Outcome (*)(const Int&, const Int&);

Outcome RunNew(IntKernel k, const Int& a, const Int& b) {
  Ctx cx;
  Int out = Int::Small(12345);
  if (!k(cx, a, b, out)) return Failed(cx);
  return Value(out);
}
// a ** b and a << b with b in (200, 2**36]: results of up to 2**36 bits (gigabytes); BigInt's
// own tests cover sizes, here only the dispatch matters.
bool HugeExponent(int64_t a, int64_t b) {
  return b > 200 && b <= (int64_t{1} << 36) && a != 0 && a != 1 && a != -1;
}
bool HugeShift(int64_t a, int64_t b) { return b > 200 && b <= (int64_t{1} << 36) && a != 0; }

// Every intops kernel on pairs of a few edge values (both small and big): "op a b -> outcome".
std::string Transcript() {
  std::vector<Int> values;
  for (int64_t x : {int64_t{0}, int64_t{1}, int64_t{-1}, int64_t{2}, int64_t{-2}, int64_t{3}, int64_t{-7}, int64_t{31},
                    int64_t{32}, int64_t{63}, int64_t{64}, int64_t{65}, int64_t{-64}, int64_t{1} << 31,
                    -(int64_t{1} << 31), (int64_t{1} << 32) + 1, -(int64_t{1} << 32), int64_t{3037000500},
                    int64_t{1} << 53, (int64_t{1} << 53) + 1, int64_t{1} << 62, INT64_MIN, INT64_MIN + 1, INT64_MAX,
                    INT64_MAX - 1, static_cast<int64_t>(bigint::kHashModulus)})
    values.push_back(Int::Small(x));
  for (const Int& b : BigValues()) values.push_back(b);
  struct Op {
    const char* name;
    IntKernel k;
  };
  const Op ops[] = {{"add", intops::add},           {"sub", intops::sub},   {"mul", intops::mul},
                    {"floordiv", intops::floordiv}, {"mod", intops::mod},   {"pow", intops::pow},
                    {"lshift", intops::lshift},     {"rshift", intops::rshift}};
  std::string out;
  auto line = [&](const char* op, const Int& a, const Int* b, const std::string& r) {
    out += std::string(op) + " " + Show(a) + (b ? " " + Show(*b) : std::string()) + " -> " + r + "\n";
  };
  auto outcome = [](const Outcome& o) { return (o.ok ? "" : "raised ") + o.text; };
  for (const Int& a : values) {
    Ctx cx;
    Int r;
    double d = 0;
    char buf[40];
    line("neg", a, nullptr, intops::neg(cx, a, r) ? Show(r) : "?");
    line("abs", a, nullptr, intops::abs(cx, a, r) ? Show(r) : "?");
    line("invert", a, nullptr, Show(intops::invert(a)));
    line("hash", a, nullptr, std::to_string(intops::hash(a)));
    line("float", a, nullptr, intops::to_float(cx, a, d) ? (std::snprintf(buf, sizeof buf, "%a", d), buf) : outcome(Failed(cx)));
    int64_t w = 0;
    Ctx nx;
    line("narrow_cint", a, nullptr, Narrow<NarrowKind::kCInt>(nx, a, w) ? std::to_string(w) : outcome(Failed(nx)));
    for (const Int& b : values) {
      const bool small_pair = a.small() && b.small();
      for (const Op& op : ops) {
        const bool big_exponent = !b.small() && !b.negative() && a.bit_length() > 1;
        if ((std::strcmp(op.name, "pow") == 0 &&
             ((small_pair && HugeExponent(a.v(), b.v())) || big_exponent)) ||
            (std::strcmp(op.name, "lshift") == 0 && ((small_pair && HugeShift(a.v(), b.v())) || big_exponent)))
          continue;
        line(op.name, a, &b, outcome(RunNew(op.k, a, b)));
      }
      Ctx dx;
      line("truediv", a, &b, intops::truediv(dx, a, b, d) ? (std::snprintf(buf, sizeof buf, "%a", d), buf) : outcome(Failed(dx)));
      line("cmp", a, &b, std::to_string(intops::compare(a, b)) + (intops::eq(a, b) ? " eq" : " ne"));
      line("and", a, &b, Show(intops::and_(a, b)));
      line("or", a, &b, Show(intops::or_(a, b)));
      line("xor", a, &b, Show(intops::xor_(a, b)));
    }
  }
  return out;
}

#ifndef FXN_INT_TEST_DRIVER
// The reference: today's kernel, unless it raised OverflowError (then BigInt's answer).
Outcome Reference(OldKernel old, BigKernel big, int64_t a, int64_t b, bool* fast) {
  Ctx cx;
  int64_t out = 0;
  if (old(cx, a, b, out)) return *fast = true, Value(out);
  *fast = false;
  if (std::strcmp(cx.exc_type, Ctx::kIntLimit) == 0) return big(Int(a), Int(b));  // fxn's 64-bit limit
  return Failed(cx);
}

template <class F>
Outcome Big(F f) {
  Ctx cx;
  Int out;
  if (!f(cx, out)) return Failed(cx);
  return Value(out);
}

struct BinaryCase {
  const char* name;
  IntKernel kernel;
  OldKernel old;
  BigKernel big;
  bool (*skip)(int64_t a, int64_t b);  // pairs whose BigInt answer is too large to build in a test
};

bool NoSkip(int64_t, int64_t) { return false; }
std::vector<BinaryCase> BinaryCases() {
  return {
      {"add", intops::add, ops::int_add, [](const Int& a, const Int& b) { return Value(Int::Add(a, b)); }, NoSkip},
      {"sub", intops::sub, ops::int_sub, [](const Int& a, const Int& b) { return Value(Int::Sub(a, b)); }, NoSkip},
      {"mul", intops::mul, ops::int_mul, [](const Int& a, const Int& b) { return Value(Int::Mul(a, b)); }, NoSkip},
      {"floordiv", intops::floordiv, ops::int_floordiv,
       [](const Int& a, const Int& b) { return Big([&](Ctx& cx, Int& o) { return Int::FloorDiv(cx, a, b, o); }); },
       NoSkip},
      {"mod", intops::mod, ops::int_mod,
       [](const Int& a, const Int& b) { return Big([&](Ctx& cx, Int& o) { return Int::Mod(cx, a, b, o); }); }, NoSkip},
      {"pow", intops::pow, ops::int_pow,
       [](const Int& a, const Int& b) { return Big([&](Ctx& cx, Int& o) { return Int::Pow(cx, a, b, o); }); },
       HugeExponent},
      {"lshift", intops::lshift, ops::int_lshift,
       [](const Int& a, const Int& b) { return Big([&](Ctx& cx, Int& o) { return Int::Shl(cx, a, b, o); }); },
       HugeShift},
      {"rshift", intops::rshift, ops::int_rshift,
       [](const Int& a, const Int& b) { return Big([&](Ctx& cx, Int& o) { return Int::Shr(cx, a, b, o); }); }, NoSkip},
  };
}

TEST(IntKernels, BinaryOpsOnEdgePairsEqualTodaysOrBigInts) {
  const std::vector<int64_t> edges = EdgeValues();
  for (const BinaryCase& c : BinaryCases()) {
    int fast = 0, promoted = 0, raised = 0;
    for (int64_t a : edges) {
      for (int64_t b : edges) {
        if (c.skip(a, b)) continue;
        bool was_fast = false;
        const Outcome want = Reference(c.old, c.big, a, b, &was_fast);
        const Outcome got = RunNew(c.kernel, Int::Small(a), Int::Small(b));
        ASSERT_EQ(got, want) << c.name << "(" << a << ", " << b << ")";
        // the result is small exactly when it fits (FromMag's invariant)
        (was_fast ? fast : want.ok ? promoted : raised)++;
      }
    }
    EXPECT_GT(fast, 0) << c.name;
    if (std::strcmp(c.name, "rshift") != 0) {
      EXPECT_GT(promoted + raised, 0) << c.name;
    }
  }
}

TEST(IntKernels, BinaryOpsWithBigOperandsEqualBigInts) {
  std::vector<Int> values = BigValues();
  for (int64_t x : {int64_t{0}, int64_t{1}, int64_t{-1}, int64_t{2}, int64_t{-3}, int64_t{64}, INT64_MIN, INT64_MAX})
    values.push_back(Int::Small(x));
  for (const BinaryCase& c : BinaryCases()) {
    for (const Int& a : values) {
      for (const Int& b : values) {
        if (a.small() && b.small()) continue;
        const bool shift_or_pow = std::strcmp(c.name, "pow") == 0 || std::strcmp(c.name, "lshift") == 0;
        if (shift_or_pow && !b.small() && !b.negative() && a.bit_length() > 1) {
          // a ** big, a << big: MemoryError in both (BigInt refuses past kMaxBits)
          const Outcome got = RunNew(c.kernel, a, b);
          EXPECT_EQ(got.text, "MemoryError: ") << c.name << "(" << Show(a) << ", " << Show(b) << ")";
          continue;
        }
        if (std::strcmp(c.name, "pow") == 0 && b.negative()) continue;  // below
        ASSERT_EQ(RunNew(c.kernel, a, b), c.big(a, b)) << c.name << "(" << Show(a) << ", " << Show(b) << ")";
      }
    }
  }
}

TEST(IntKernels, PowNegativeExponentKeepsTodaysErrors) {
  for (int64_t a : {int64_t{0}, int64_t{2}, int64_t{-1}, INT64_MIN}) {
    for (const Int& b : {Int::Small(-1), Int::Small(INT64_MIN), BigValues()[1]}) {
      Ctx old_cx;
      int64_t old_out;
      ASSERT_FALSE(ops::int_pow(old_cx, a, -1, old_out));
      EXPECT_EQ(RunNew(intops::pow, Int::Small(a), b), Failed(old_cx)) << a;
    }
  }
}

TEST(IntKernels, DivModAndTrueDivOnEdgePairs) {
  const std::vector<int64_t> edges = EdgeValues();
  for (int64_t a : edges) {
    for (int64_t b : edges) {
      Ctx cx_old, cx_new;
      Tuple<int64_t, int64_t> old_out;
      Tuple<Int, Int> new_out;
      const bool old_ok = ops::int_divmod(cx_old, a, b, old_out);
      const bool new_ok = intops::divmod(cx_new, Int::Small(a), Int::Small(b), new_out);
      if (old_ok) {
        ASSERT_TRUE(new_ok) << a << ", " << b;
        EXPECT_EQ(Show(std::get<0>(new_out)), std::to_string(std::get<0>(old_out)));
        EXPECT_EQ(Show(std::get<1>(new_out)), std::to_string(std::get<1>(old_out)));
      } else if (std::strcmp(cx_old.exc_type, Ctx::kIntLimit) == 0) {
        ASSERT_TRUE(new_ok) << a << ", " << b;
        Int q, r;
        ASSERT_TRUE(Int::DivMod(cx_old, Int(a), Int(b), q, r));
        EXPECT_EQ(Show(std::get<0>(new_out)), Show(q));
        EXPECT_EQ(Show(std::get<1>(new_out)), Show(r));
      } else {
        ASSERT_FALSE(new_ok);
        EXPECT_EQ(Failed(cx_new), Failed(cx_old));
      }
      Ctx cx_old2, cx_new2;
      double old_q = 0, new_q = 0;
      // today's int_truediv never ends on 0 / b with |b| > 2**53 (its bit loop waits for a
      // quotient bit that never comes): BigInt's answer is the reference there
      const bool old_hangs = a == 0 && (b > (int64_t{1} << 53) || b < -(int64_t{1} << 53));
      const bool old_div = old_hangs ? Int::TrueDiv(cx_old2, Int(a), Int(b), old_q) : ops::int_truediv(cx_old2, a, b, old_q);
      const bool new_div = intops::truediv(cx_new2, Int::Small(a), Int::Small(b), new_q);
      ASSERT_EQ(old_div, new_div) << a << " / " << b;
      if (old_div) {
        EXPECT_EQ(std::memcmp(&old_q, &new_q, sizeof old_q), 0) << a << " / " << b;
      } else {
        EXPECT_EQ(Failed(cx_new2), Failed(cx_old2));
      }
    }
  }
  // with big operands: BigInt's answer
  for (const Int& a : BigValues()) {
    for (const Int& b : BigValues()) {
      Ctx cx1, cx2;
      Tuple<Int, Int> got;
      Int q, r;
      ASSERT_TRUE(intops::divmod(cx1, a, b, got));
      ASSERT_TRUE(Int::DivMod(cx2, a, b, q, r));
      EXPECT_TRUE(std::get<0>(got) == q && std::get<1>(got) == r);
      double d1 = 0, d2 = 0;
      ASSERT_TRUE(intops::truediv(cx1, a, b, d1));
      ASSERT_TRUE(Int::TrueDiv(cx2, a, b, d2));
      EXPECT_EQ(d1, d2);
    }
  }
}

TEST(IntKernels, UnaryOpsOnEdges) {
  std::vector<Int> values = BigValues();
  for (int64_t x : EdgeValues()) values.push_back(Int::Small(x));
  for (const Int& a : values) {
    Ctx cx;
    Int n, ab;
    ASSERT_TRUE(intops::neg(cx, a, n));
    ASSERT_TRUE(intops::abs(cx, a, ab));
    EXPECT_EQ(Show(n), Show(Int::Neg(a)));
    EXPECT_EQ(Show(ab), Show(Int::Abs(a)));
    EXPECT_EQ(Show(intops::invert(a)), Show(Int::Invert(a)));
    EXPECT_EQ(Show(intops::pos(a)), Show(a));
    EXPECT_EQ(intops::truth(a), !a.is_zero());
    if (a.small()) {
      const int64_t x = a.v();
      Ctx ocx;
      int64_t o = 0;
      if (ops::int_neg(ocx, x, o)) {
        EXPECT_EQ(Show(n), std::to_string(o));
      }
      if (ops::int_abs(ocx, x, o)) {
        EXPECT_EQ(Show(ab), std::to_string(o));
      }
      EXPECT_EQ(Show(intops::invert(a)), std::to_string(ops::int_invert(x)));
      EXPECT_EQ(intops::truth(a), ops::bool_from_int(x));
      EXPECT_EQ(n.small(), x != INT64_MIN);  // -(2**63) is the one neg/abs that leaves int64
      EXPECT_EQ(ab.small(), x != INT64_MIN);
    }
  }
  // -(2**63) computed through the heap comes back small
  Ctx cx;
  Int big = BigValues()[0], back;  // 2**63
  ASSERT_TRUE(intops::neg(cx, big, back));
  EXPECT_TRUE(back.small());
  EXPECT_EQ(back.v(), INT64_MIN);
}

TEST(IntKernels, BitwiseAndComparisons) {
  std::vector<Int> values = BigValues();
  for (int64_t x : EdgeValues()) values.push_back(Int::Small(x));
  for (const Int& a : values) {
    for (const Int& b : values) {
      EXPECT_EQ(Show(intops::and_(a, b)), Show(Int::And(a, b)));
      EXPECT_EQ(Show(intops::or_(a, b)), Show(Int::Or(a, b)));
      EXPECT_EQ(Show(intops::xor_(a, b)), Show(Int::Xor(a, b)));
      const int c = Int::Compare(a, b);
      EXPECT_EQ(intops::compare(a, b), c);
      EXPECT_EQ(intops::lt(a, b), c < 0);
      EXPECT_EQ(intops::le(a, b), c <= 0);
      EXPECT_EQ(intops::gt(a, b), c > 0);
      EXPECT_EQ(intops::ge(a, b), c >= 0);
      EXPECT_EQ(intops::eq(a, b), c == 0);
      EXPECT_EQ(intops::ne(a, b), c != 0);
      EXPECT_EQ(PyEq(a, b), c == 0);
      EXPECT_EQ(PyCmp(CmpOp::kLt, a, b), c < 0);
      EXPECT_EQ(PyCmp(CmpOp::kGe, a, b), c >= 0);
      if (a.small() && b.small()) {
        const int64_t x = a.v(), y = b.v();
        EXPECT_EQ(intops::and_(a, b).v(), ops::int_and(x, y));
        EXPECT_EQ(intops::or_(a, b).v(), ops::int_or(x, y));
        EXPECT_EQ(intops::xor_(a, b).v(), ops::int_xor(x, y));
        EXPECT_EQ(intops::lt(a, b), ops::int_lt(x, y));
        EXPECT_EQ(intops::le(a, b), ops::int_le(x, y));
        EXPECT_EQ(intops::gt(a, b), ops::int_gt(x, y));
        EXPECT_EQ(intops::ge(a, b), ops::int_ge(x, y));
        EXPECT_EQ(intops::eq(a, b), ops::int_eq(x, y));
        EXPECT_EQ(intops::ne(a, b), ops::int_ne(x, y));
      }
    }
  }
}

TEST(IntKernels, HashOfEveryEdgeEqualsPyHashOfInt64) {
  for (int64_t x : EdgeValues()) {
    const Int a = Int::Small(x);
    EXPECT_EQ(intops::hash(a), PyHash<int64_t>::Of(x)) << x;
    EXPECT_EQ(PyHash<Int>::Of(a), PyHash<int64_t>::Of(x)) << x;
    EXPECT_EQ(PyHashOf(a), a.Hash()) << x;
  }
  for (const Int& a : BigValues()) EXPECT_EQ(intops::hash(a), a.Hash());
  // CPython 3.11: hash(2**64) == 8, hash(-(2**64)) == -8, hash(2**63) == 4, hash(-1) == -2
  EXPECT_EQ(intops::hash(BigValues()[2]), 8);
  EXPECT_EQ(intops::hash(BigValues()[3]), -8);
  EXPECT_EQ(intops::hash(BigValues()[0]), 4);
  EXPECT_EQ(intops::hash(Int::Small(-1)), -2);
  EXPECT_TRUE(kPyHashExact<Int>);
  EXPECT_TRUE((kPyHashExact<Tuple<Int, int64_t>>));
  EXPECT_EQ((PyHash<Tuple<Int, Int>>::Of(Tuple<Int, Int>(Int::Small(3), Int::Small(-1)))),
            (PyHash<Tuple<int64_t, int64_t>>::Of(Tuple<int64_t, int64_t>(3, -1))));
}

TEST(IntKernels, FloatConversions) {
  std::vector<Int> values = BigValues();
  for (int64_t x : EdgeValues()) values.push_back(Int::Small(x));
  for (const Int& a : values) {
    Ctx cx1, cx2;
    double got = 0, want = 0;
    ASSERT_EQ(intops::to_float(cx1, a, got), a.ToDouble(cx2, want));
    EXPECT_EQ(std::memcmp(&got, &want, sizeof got), 0) << Show(a);
    if (a.small()) {
      const double old = ops::float_from_int(a.v());
      EXPECT_EQ(std::memcmp(&got, &old, sizeof got), 0) << a.v();
    }
  }
  Int huge;
  Ctx cx;
  ASSERT_TRUE(Int::Shl(cx, Int::Small(1), Int::Small(1024), huge));
  double d;
  EXPECT_FALSE(intops::to_float(cx, huge, d));
  EXPECT_EQ(Failed(cx).text, "OverflowError: int too large to convert to float");

  const double inf = std::numeric_limits<double>::infinity();
  for (double x : {0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 1e18, -1e18, 9223372036854774784.0, -9223372036854775808.0,
                   9223372036854775808.0, -9223372036854777856.0, 1e19, -1e19, 1e300, -1e300, 1.7976931348623157e308,
                   inf, -inf, std::nan("")}) {
    Ctx cn, co, cb;
    Int got = Int::Small(7);
    int64_t old = 0;
    Int want;
    const bool ok = intops::from_float(cn, x, got);
    const bool old_ok = ops::int_from_float(co, x, old);
    const bool big_ok = Int::FromDouble(cb, x, want);
    ASSERT_EQ(ok, big_ok) << x;
    if (!ok) {
      EXPECT_EQ(Failed(cn), Failed(cb)) << x;
      EXPECT_EQ(Failed(cn), Failed(co)) << x;  // NaN, infinities: today's messages
      continue;
    }
    EXPECT_EQ(Show(got), Show(want)) << x;
    if (old_ok) {
      EXPECT_EQ(Show(got), std::to_string(old)) << x;
    } else {
      EXPECT_STREQ(co.exc_type, Ctx::kIntLimit) << x;
    }
  }
}

TEST(IntKernels, StrAndFormat) {
  std::vector<Int> values = BigValues();
  for (int64_t x : EdgeValues()) values.push_back(Int::Small(x));
  for (const Int& a : values) {
    Ctx cx;
    Str s, r;
    ASSERT_TRUE(intops::str(cx, a, s));
    ASSERT_TRUE(intops::repr(cx, a, r));
    const std::string want = Show(a);
    EXPECT_EQ(std::string(s.data(), s.nbytes()), want);
    EXPECT_EQ(s.size(), static_cast<int64_t>(want.size()));
    EXPECT_TRUE(PyEq(s, r));
    if (a.small()) {
      const Str old = ops::str_of(a.v());
      EXPECT_TRUE(PyEq(s, old));
    }
    std::string f;
    Format<Int>::Str(f, a);
    EXPECT_EQ(f, want);
  }
  // a list of ints prints as Python's
  List<Int> xs;
  for (const Int& a : BigValues()) xs.items().push_back(a);
  xs.items().push_back(Int::Small(-1));
  std::string line;
  Format<List<Int>>::Repr(line, xs);
  EXPECT_EQ(line,
            "[9223372036854775808, -9223372036854775809, 18446744073709551616, -18446744073709551616, "
            "1267650600228229401496703205377, -170141183460469231731687303715884105727, "
            "340282366920938463463374607431768211456, -1]");
  // past 4300 digits: str() raises; Format parks the ValueError for the hook machinery
  Ctx cx;
  Int ten = Int::Small(10), big;
  ASSERT_TRUE(Int::Pow(cx, ten, Int::Small(4300), big));  // 4301 digits
  Str s;
  EXPECT_FALSE(intops::str(cx, big, s));
  EXPECT_EQ(std::string(cx.exc_type), "ValueError");
  std::string out;
  Format<Int>::Str(out, big);
  EXPECT_EQ(out, "");
  Ctx taken;
  ASSERT_TRUE(TakeHookError(taken));
  EXPECT_EQ(Failed(taken), Failed(cx));
}

TEST(IntKernels, NarrowKinds) {
  const Int big = BigValues()[2], neg_big = BigValues()[3];  // ±2**64
  for (int64_t x : EdgeValues()) {
    Ctx cx;
    int64_t out = 0;
    EXPECT_TRUE(Narrow<NarrowKind::kIndex>(cx, Int::Small(x), out) && out == x);
    EXPECT_TRUE(Narrow<NarrowKind::kSize>(cx, Int::Small(x), out) && out == x);
    EXPECT_TRUE(Narrow<NarrowKind::kSsize>(cx, Int::Small(x), out) && out == x);
    EXPECT_TRUE(Narrow<NarrowKind::kCLong>(cx, Int::Small(x), out) && out == x);
    EXPECT_TRUE(Narrow<NarrowKind::kClip>(cx, Int::Small(x), out) && out == x);
    const bool fits_c_int = x >= INT32_MIN && x <= INT32_MAX;
    EXPECT_EQ(Narrow<NarrowKind::kCInt>(cx, Int::Small(x), out), fits_c_int) << x;
    if (fits_c_int) {
      EXPECT_EQ(out, x);
    } else {
      EXPECT_EQ(Failed(cx).text, "OverflowError: Python int too large to convert to C int");
    }
  }
  struct Want {
    bool (*narrow)(Ctx&, const Int&, int64_t&);
    const char* message;
  };
  for (const Want& w : {Want{Narrow<NarrowKind::kIndex>, "IndexError: cannot fit 'int' into an index-sized integer"},
                        Want{Narrow<NarrowKind::kSize>, "OverflowError: cannot fit 'int' into an index-sized integer"},
                        Want{Narrow<NarrowKind::kSsize>, "OverflowError: Python int too large to convert to C ssize_t"},
                        Want{Narrow<NarrowKind::kCInt>, "OverflowError: Python int too large to convert to C int"},
                        Want{Narrow<NarrowKind::kCLong>, "OverflowError: Python int too large to convert to C long"}}) {
    for (const Int& x : {big, neg_big}) {
      Ctx cx;
      int64_t out = 0;
      EXPECT_FALSE(w.narrow(cx, x, out));
      EXPECT_EQ(Failed(cx).text, w.message);
    }
  }
  Ctx cx;
  int64_t out = 0;
  EXPECT_TRUE(Narrow<NarrowKind::kClip>(cx, big, out));
  EXPECT_EQ(out, INT64_MAX);
  EXPECT_TRUE(Narrow<NarrowKind::kClip>(cx, neg_big, out));
  EXPECT_EQ(out, INT64_MIN);
}

// The unbounded copy's narrowing of arguments to kernels that take int64_t, and of range() bounds.
TEST(IntKernels, NarrowToWordAndRangeBounds) {
  const Int big = BigValues()[2], neg_big = BigValues()[3];  // ±2**64
  for (int64_t x : EdgeValues()) {
    Ctx cx;
    int64_t out = 0;
    EXPECT_TRUE(NarrowToWord(cx, Int::Small(x), out) && out == x);
  }
  for (const Int& x : {big, neg_big}) {
    Ctx cx;
    int64_t out = 0;
    EXPECT_FALSE(NarrowToWord(cx, x, out));
    EXPECT_EQ(Failed(cx).text,
              "fxn.IntLimit: integer overflow: the argument does not fit in fxn's 64-bit int, which this operation "
              "still takes");
  }
  struct Case {
    Int stop, step;
    bool ok;
    int64_t want_stop, want_step;
  };
  for (const Case& c : {Case{Int::Small(10), Int::Small(-3), true, 10, -3}, Case{big, Int::Small(1), true, INT64_MAX, 1},
                        Case{neg_big, Int::Small(2), true, INT64_MIN, 2}, Case{Int::Small(10), big, true, 10, INT64_MAX},
                        Case{Int::Small(-10), neg_big, true, -10, INT64_MIN}, Case{big, big, false, 0, 0},
                        Case{neg_big, big, false, 0, 0}}) {
    Ctx cx;
    int64_t stop = 0, step = 0;
    EXPECT_EQ(RangeStopStep(cx, c.stop, c.step, stop, step), c.ok);
    if (c.ok) {
      EXPECT_EQ(stop, c.want_stop);
      EXPECT_EQ(step, c.want_step);
    } else {
      EXPECT_NE(Failed(cx).text.find("fxn's 64-bit int"), std::string::npos);
    }
  }
}

TEST(IntKernels, Layout) {
  if (sizeof(void*) == 8) {
    EXPECT_EQ(sizeof(Int), 16u);
  }
  Int a = Int::Small(5);
  EXPECT_TRUE(a.small());
  EXPECT_EQ(a.v(), 5);
  EXPECT_TRUE(BothSmall(a, Int::Small(INT64_MIN)));
  EXPECT_FALSE(BothSmall(a, BigValues()[0]));
  EXPECT_FALSE(BothSmall(BigValues()[0], a));
  EXPECT_EQ(Unset<Int>().v(), 0);
}

// Mixed small and big keys: equal values found whichever way they were built; 8 and 2**64 share
// a hash (2**64 mod (2**61 - 1) == 8) but are different keys.
TEST(IntContainers, DictWithSmallAndBigKeys) {
  Ctx cx;
  Dict<Int, int64_t> d;
  std::vector<Int> keys = BigValues();
  for (int64_t x : EdgeValues()) keys.push_back(Int::Small(x));
  for (size_t i = 0; i < keys.size(); ++i) d.Set(keys[i], static_cast<int64_t>(i));
  // duplicates in EdgeValues() keep their first position and take the last value
  for (size_t i = 0; i < keys.size(); ++i) {
    int64_t* v = d.Find(keys[i]);
    ASSERT_NE(v, nullptr) << Show(keys[i]);
    EXPECT_EQ(Show(keys[static_cast<size_t>(*v)]), Show(keys[i]));
  }
  Int two64;
  ASSERT_TRUE(Int::Shl(cx, Int::Small(1), Int::Small(64), two64));  // built anew: a different Rep
  ASSERT_NE(d.Find(two64), nullptr);
  EXPECT_EQ(*d.Find(two64), 2);
  EXPECT_EQ(PyHashOf(two64), PyHashOf(Int::Small(8)));
  EXPECT_EQ(*d.Find(Int::Small(8)), *d.Find(Int::Small(8)));
  EXPECT_NE(Show(keys[static_cast<size_t>(*d.Find(Int::Small(8)))]), Show(two64));
  Int two64_minus_1;
  ASSERT_TRUE(intops::sub(cx, two64, Int::Small(1), two64_minus_1));
  EXPECT_EQ(d.Find(two64_minus_1), nullptr);
  // 2**63 - 1 reached from 2**63 comes back small and finds the small key
  Int back;
  ASSERT_TRUE(intops::sub(cx, BigValues()[0], Int::Small(1), back));
  EXPECT_TRUE(back.small());
  ASSERT_NE(d.Find(back), nullptr);
  EXPECT_TRUE(d.Erase(two64));
  EXPECT_EQ(d.Find(two64), nullptr);
  EXPECT_NE(d.Find(Int::Small(8)), nullptr);

  // small keys only: the same order and table as Dict<int64_t, int64_t>
  Dict<int64_t, int64_t> old;
  Dict<Int, int64_t> now;
  for (int64_t x : EdgeValues()) {
    old.Set(x, x / 3);
    now.Set(Int::Small(x), x / 3);
  }
  ASSERT_EQ(old.size(), now.size());
  ASSERT_EQ(old.SlotCount(), now.SlotCount());
  for (size_t i = 0; i < old.SlotCount(); ++i) {
    EXPECT_EQ(old.SlotLive(i), now.SlotLive(i));
    EXPECT_EQ(old.HashAt(i), now.HashAt(i));
    EXPECT_EQ(std::to_string(old.KeyAt(i)), Show(now.KeyAt(i)));
  }
}

// A set's iteration order follows the hashes and the table's history: CPython's for mixed keys.
TEST(IntContainers, SetOrderIsCPythons) {
  const char* keys[] = {"8", "18446744073709551616", "-1", "-2", "2305843009213693951", "2305843009213693952",
                        "-9223372036854775808", "9223372036854775808", "1267650600228229401496703205377", "5", "13",
                        "-170141183460469231731687303715884105727", "4", "0"};
  Ctx cx;
  Set<Int> s;
  // s.add one by one: a set display of constants is built from a frozenset constant, in its order
  std::string py = "/usr/bin/python3.11 -c 's = set()\nfor x in [";
  for (const char* k : keys) {
    Int x;
    ASSERT_TRUE(Int::FromString(cx, k, 10, x));
    s.Add(x);
    py += std::string(k) + ",";
  }
  py += "]: s.add(x)\nprint(list(s))'";
  std::string ours = "[";
  for (size_t i = 0; i < s.SlotCount(); ++i) {
    if (!s.SlotLive(i)) continue;
    if (ours.size() > 1) ours += ", ";
    ours += Show(s.KeyAt(i));
  }
  ours += "]";
  FILE* p = popen(py.c_str(), "r");
  ASSERT_NE(p, nullptr);
  char buf[4096];
  std::string want;
  while (fgets(buf, sizeof buf, p)) want += buf;
  ASSERT_EQ(pclose(p), 0);
  while (!want.empty() && want.back() == '\n') want.pop_back();
  EXPECT_EQ(ours, want);
}

TEST(IntContainers, ListSortAndIndex) {
  Ctx cx;
  List<Int> xs;
  std::vector<Int> values = BigValues();
  for (int64_t x : {int64_t{5}, int64_t{-1}, INT64_MAX, INT64_MIN, int64_t{0}, int64_t{8}}) values.push_back(Int::Small(x));
  for (const Int& v : values) xs.items().push_back(v);
  ASSERT_TRUE(ops::list_sort(cx, xs));
  std::string line;
  Format<List<Int>>::Repr(line, xs);
  EXPECT_EQ(line,
            "[-170141183460469231731687303715884105727, -18446744073709551616, -9223372036854775809, "
            "-9223372036854775808, -1, 0, 5, 8, 9223372036854775807, 9223372036854775808, 18446744073709551616, "
            "1267650600228229401496703205377, 340282366920938463463374607431768211456]");
  int64_t at = -1;
  Int two64;
  ASSERT_TRUE(Int::Shl(cx, Int::Small(1), Int::Small(64), two64));
  ASSERT_TRUE(ops::list_index(cx, xs, two64, at));
  EXPECT_EQ(at, 10);
  ASSERT_TRUE(ops::list_index(cx, xs, Int::Small(8), at));
  EXPECT_EQ(at, 7);
  EXPECT_FALSE(ops::list_index(cx, xs, Int::Small(9), at));
  List<Int> ys(xs.items());
  EXPECT_TRUE(PyEq(xs, ys));
  EXPECT_FALSE(PyCmp(CmpOp::kLt, xs, ys));
}

TEST(IntKernels, CrossTranscript) {
  const std::string t = Transcript();
  EXPECT_GT(t.size(), 10000u);
  if (const char* file = std::getenv("FXN_INT_DUMP")) std::ofstream(file) << t;
}
#endif  // FXN_INT_TEST_DRIVER

}  // namespace
}  // namespace fxn

#ifdef FXN_INT_TEST_DRIVER
int main() {
  const std::string t = fxn::Transcript();
  std::fwrite(t.data(), 1, t.size(), stdout);
  return 0;
}
#endif
