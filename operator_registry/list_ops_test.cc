// list_ops_test.cc: the list kernels (ops_list.hpp) and CPython's sort (ops_sort.hpp) against
// CPython 3.11 itself. Random cases run through the kernels here and, as Python source, through
// /usr/bin/python3.11 in one batch; results are compared as repr() text (Format<T>), exceptions
// as "type|message". The sort is also checked comparison by comparison: both sides log every
// `<` they ask (as a hash), on consistent and on deliberately inconsistent orders.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "ops_dyn.hpp"
#include "ops_list.hpp"

namespace fxn::ops {
namespace {

constexpr const char* kPython = "/usr/bin/python3.11";

std::string WriteTemp(const std::string& contents) {
  char path[] = "/tmp/fxn_list_test_XXXXXX";
  int fd = mkstemp(path);
  EXPECT_GE(fd, 0);
  FILE* f = fdopen(fd, "w");
  std::fwrite(contents.data(), 1, contents.size(), f);
  std::fclose(f);
  return path;
}

// Runs `script` on `input` (stdin) with python3.11; returns stdout's lines.
std::vector<std::string> RunPython(const std::string& script, const std::string& input) {
  const std::string sp = WriteTemp(script), ip = WriteTemp(input);
  const std::string cmd = std::string(kPython) + " " + sp + " < " + ip;
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  EXPECT_EQ(pclose(p), 0) << "python3.11 failed";
  std::remove(sp.c_str());
  std::remove(ip.c_str());
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < out.size()) {
    size_t nl = out.find('\n', start);
    if (nl == std::string::npos) nl = out.size();
    lines.push_back(out.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

// ---- Python literals of typed values (NaNs as distinct float('nan') objects) ----
void Lit(std::string& o, int64_t v) { o += std::to_string(v); }
void Lit(std::string& o, bool v) { o += v ? "True" : "False"; }
void Lit(std::string& o, double v) {
  if (std::isnan(v)) o += "float('nan')";
  else if (std::isinf(v)) o += v > 0 ? "float('inf')" : "-float('inf')";
  else o += rt::FloatRepr(v);
}
template <class T>
void Lit(std::string& o, const List<T>& l);
template <class... T>
void Lit(std::string& o, const Tuple<T...>& t);
template <class T>
void Lit(std::string& o, const List<T>& l) {
  o += '[';
  for (size_t i = 0; i < l.items().size(); ++i) {
    if (i) o += ", ";
    Lit(o, static_cast<T>(l.items()[i]));
  }
  o += ']';
}
template <class... T>
void Lit(std::string& o, const Tuple<T...>& t) {
  o += '(';
  [&]<size_t... I>(std::index_sequence<I...>) {
    ((I ? (void)(o += ", ") : (void)0, Lit(o, std::get<I>(t))), ...);
  }(std::index_sequence_for<T...>{});
  if (sizeof...(T) == 1) o += ',';
  o += ')';
}
template <class T>
std::string L(const T& v) {
  std::string o;
  Lit(o, v);
  return o;
}
template <class T>
std::string R(const T& v) {
  std::string o;
  Format<T>::Repr(o, v);
  return o;
}

// The outcome line both sides print: "repr(r)|repr(xs)" or "EXC type|message".
template <class Res, class T>
std::string Outcome(const Ctx& cx, bool ok, const Res& r, const List<T>& xs) {
  if (!ok) return std::string("EXC ") + cx.ReportedType() + "|" + cx.exc_message;
  return R(r) + "|" + R(xs);
}

// Each case: Python statements setting `xs` and `r`, and what the kernels gave.
constexpr const char* kCaseScript = R"PY(
import sys
def big(v):
    if isinstance(v, bool): return False
    if isinstance(v, int): return not -2**63 <= v < 2**63
    if isinstance(v, (list, tuple)): return any(big(x) for x in v)
    return False
for line in sys.stdin:
    env = {}
    try:
        exec(line, env)
        r = env.get('r')
        print(('BIGINT' if big(r) else repr(r)) + '|' + repr(env.get('xs')))
    except Exception as e:
        print('EXC ' + type(e).__name__ + '|' + str(e))
)PY";

struct Batch {
  std::vector<std::string> code, expect;
  void Add(const std::string& c, const std::string& e) {
    code.push_back(c);
    expect.push_back(e);
  }
  void Check(const char* name) {
    std::string input;
    for (const auto& c : code) input += c + "\n";
    const auto got = RunPython(kCaseScript, input);
    ASSERT_EQ(got.size(), code.size()) << name;
    int bad = 0, unknown = 0, compared = 0;
    for (size_t i = 0; i < code.size(); ++i) {
      const std::string& e = expect[i];
      if (e.rfind("EXC NotImplementedError|fxn:", 0) == 0) {  // fxn raised rather than guess
        ++unknown;
        continue;
      }
      if (e.rfind("EXC OverflowError|integer overflow", 0) == 0 && got[i].rfind("BIGINT|", 0) == 0) continue;
      ++compared;
      if (got[i] != e && ++bad <= 10) {
        ADD_FAILURE() << name << ": " << code[i] << "\n  python3.11: " << got[i] << "\n  fxn:        " << e;
      }
    }
    EXPECT_EQ(bad, 0) << name;
    EXPECT_GT(compared, static_cast<int>(code.size()) / 2) << name << ": too few cases compared (" << unknown
                                                            << " raised NotImplementedError)";
  }
};

std::mt19937_64 rng(20240611);
int64_t Rand(int64_t lo, int64_t hi) { return std::uniform_int_distribution<int64_t>(lo, hi)(rng); }

List<int64_t> IntList(int64_t maxlen, int64_t lo = -3, int64_t hi = 3) {
  List<int64_t> l;
  for (int64_t n = Rand(0, maxlen); n > 0; --n) l.items().push_back(Rand(lo, hi));
  return l;
}
double RandFloat() {
  static const double kVals[] = {0.0, -0.0, 1.5, -1.0, 2.0, 0.1, std::numeric_limits<double>::infinity(),
                                 -std::numeric_limits<double>::infinity(), std::nan("")};
  return kVals[Rand(0, 8)];
}
List<double> FloatList(int64_t maxlen) {
  List<double> l;
  for (int64_t n = Rand(0, maxlen); n > 0; --n) l.items().push_back(RandFloat());
  return l;
}
using TupIF = Tuple<int64_t, double>;
List<TupIF> TupleList(int64_t maxlen) {
  List<TupIF> l;
  for (int64_t n = Rand(0, maxlen); n > 0; --n) l.items().push_back(TupIF(Rand(-2, 2), RandFloat()));
  return l;
}
template <class T>
List<T> Copy(const List<T>& l) {
  return List<T>(l.items());
}

// A slice bound: small, or the front end's sentinel (printed both as the number and as None).
int64_t Bound() {
  switch (Rand(0, 9)) {
    case 0: return INT64_MAX;
    case 1: return INT64_MIN;
    case 2: return Rand(-40, 40);
    default: return Rand(-12, 12);
  }
}
int64_t Step() {
  switch (Rand(0, 12)) {
    case 0: return 0;
    case 1: return INT64_MIN;
    case 2: return INT64_MAX;
    case 3: return -INT64_MAX;
    default: {
      int64_t s = Rand(-4, 4);
      return s == 0 ? 1 : s;
    }
  }
}
// Slice text for Python: "a:b:c" with the numbers, or with None where a sentinel means None.
std::string SliceText(int64_t a, int64_t b, int64_t c, bool nones) {
  auto one = [&](int64_t v, bool is_start) {
    if (nones && c != 0) {
      if (is_start && v == (c > 0 ? 0 : INT64_MAX)) return std::string("None");
      if (!is_start && v == (c > 0 ? INT64_MAX : INT64_MIN)) return std::string("None");
    }
    return std::to_string(v);
  };
  return one(a, true) + ":" + one(b, false) + ":" + std::to_string(c);
}

TEST(ListOps, Slices) {
  Batch b;
  for (int k = 0; k < 6000; ++k) {
    List<int64_t> xs = IntList(12, -9, 9);
    int64_t s0 = Bound(), s1 = Bound(), st = Step();
    if (Rand(0, 3) == 0 && st != 0) s0 = st > 0 ? 0 : INT64_MAX;  // sentinels as the front end sends
    if (Rand(0, 3) == 0 && st != 0) s1 = st > 0 ? INT64_MAX : INT64_MIN;
    const bool nones = Rand(0, 1);
    const std::string sl = SliceText(s0, s1, st, nones);
    const std::string init = "xs = " + L(xs) + "; ";
    Ctx cx;
    switch (k % 4) {
      case 0: {
        List<int64_t> r;
        bool ok = list_slice(cx, xs, s0, s1, st, r);
        b.Add(init + "r = xs[" + sl + "]", Outcome(cx, ok, r, xs));
        break;
      }
      case 1: {
        List<int64_t> ys = Rand(0, 5) == 0 ? xs : IntList(6, 10, 19);
        const bool self = ys.same(xs);
        if (!self && Rand(0, 1)) {  // often the right length for an extended slice
          int64_t a = s0, z = s1, stp = st;
          if (stp != 0) {
            if (stp < -INT64_MAX) stp = -INT64_MAX;
            int64_t n = slice_adjust(xs.size(), a, z, stp);
            ys = IntList(0);
            for (int64_t i = 0; i < n; ++i) ys.items().push_back(Rand(10, 19));
          }
        }
        std::string code = init + (self ? "xs[" + sl + "] = xs" : "xs[" + sl + "] = " + L(ys));
        bool ok = list_setslice(cx, xs, s0, s1, st, ys);
        b.Add(code, Outcome(cx, ok, NoneT{}, xs));
        break;
      }
      case 2: {
        bool ok = list_delslice(cx, xs, s0, s1, st);
        b.Add(init + "del xs[" + sl + "]", Outcome(cx, ok, NoneT{}, xs));
        break;
      }
      case 3: {
        int64_t i = Rand(0, 8) == 0 ? Bound() : Rand(-14, 14);
        bool ok = list_delitem(cx, xs, i);
        b.Add(init + "del xs[" + std::to_string(i) + "]", Outcome(cx, ok, NoneT{}, xs));
        break;
      }
    }
  }
  b.Check("slices");
}

TEST(ListOps, Methods) {
  Batch b;
  for (int k = 0; k < 8000; ++k) {
    List<int64_t> xs = IntList(8);
    const std::string init = "xs = " + L(xs) + "; ";
    Ctx cx;
    const int64_t v = Rand(-4, 4);
    const int64_t i = Rand(0, 10) == 0 ? Bound() : Rand(-10, 10);
    const int64_t j = Rand(0, 10) == 0 ? Bound() : Rand(-10, 10);
    switch (k % 14) {
      case 0: {
        List<int64_t> ys = Rand(0, 3) == 0 ? xs : IntList(4);
        std::string code = init + (ys.same(xs) ? "xs.extend(xs)" : "xs.extend(" + L(ys) + ")");
        list_extend(xs, ys);
        b.Add(code, Outcome(cx, true, NoneT{}, xs));
        break;
      }
      case 1:
        list_insert(xs, i, v);
        b.Add(init + "xs.insert(" + std::to_string(i) + ", " + std::to_string(v) + ")", Outcome(cx, true, NoneT{}, xs));
        break;
      case 2: {
        int64_t r = 0;
        bool ok = list_pop_last(cx, xs, r);
        b.Add(init + "r = xs.pop()", Outcome(cx, ok, r, xs));
        break;
      }
      case 3: {
        int64_t r = 0;
        bool ok = list_pop(cx, xs, i, r);
        b.Add(init + "r = xs.pop(" + std::to_string(i) + ")", Outcome(cx, ok, r, xs));
        break;
      }
      case 4: {
        bool ok = list_remove(cx, xs, v);
        b.Add(init + "xs.remove(" + std::to_string(v) + ")", Outcome(cx, ok, NoneT{}, xs));
        break;
      }
      case 5: {
        int64_t r = 0;
        bool ok = list_index(cx, xs, v, r);
        b.Add(init + "r = xs.index(" + std::to_string(v) + ")", Outcome(cx, ok, r, xs));
        break;
      }
      case 6: {
        int64_t r = 0;
        bool ok = list_index_from(cx, xs, v, i, r);
        b.Add(init + "r = xs.index(" + std::to_string(v) + ", " + std::to_string(i) + ")", Outcome(cx, ok, r, xs));
        break;
      }
      case 7: {
        int64_t r = 0;
        bool ok = list_index_range(cx, xs, v, i, j, r);
        b.Add(init + "r = xs.index(" + std::to_string(v) + ", " + std::to_string(i) + ", " + std::to_string(j) + ")",
              Outcome(cx, ok, r, xs));
        break;
      }
      case 8: {
        int64_t r = 0;
        bool ok = list_count(cx, xs, v, r);
        b.Add(init + "r = xs.count(" + std::to_string(v) + ")", Outcome(cx, ok, r, xs));
        break;
      }
      case 9: {
        bool r = false;
        bool ok = list_contains(cx, xs, v, r);
        b.Add(init + "r = " + std::to_string(v) + " in xs", Outcome(cx, ok, r, xs));
        break;
      }
      case 10:
        list_reverse(xs);
        b.Add(init + "xs.reverse()", Outcome(cx, true, NoneT{}, xs));
        break;
      case 11: {
        List<int64_t> r = list_copy(xs);
        r.items().push_back(99);
        b.Add(init + "r = xs.copy(); r.append(99)", Outcome(cx, true, r, xs));
        break;
      }
      case 12: {
        List<int64_t> alias = xs;
        list_clear(alias);
        b.Add(init + "a = xs; a.clear()", Outcome(cx, true, NoneT{}, xs));
        break;
      }
      case 13: {
        List<int64_t> r = list_reversed(xs);
        b.Add(init + "r = list(reversed(xs))", Outcome(cx, true, r, xs));
        break;
      }
    }
  }
  b.Check("methods");
}

// Searching lists of floats and tuples: NaN, signed zeros, and repr() in the index message.
TEST(ListOps, SearchFloatsAndTuples) {
  Batch b;
  int raised = 0;
  for (int k = 0; k < 4000; ++k) {
    Ctx cx;
    if (k % 2 == 0) {
      List<double> xs = FloatList(6);
      const std::string init = "xs = " + L(xs) + "; ";
      const double v = RandFloat();
      switch (k / 2 % 4) {
        case 0: {
          int64_t r = 0;
          bool ok = list_index(cx, xs, v, r);
          b.Add(init + "r = xs.index(" + L(v) + ")", Outcome(cx, ok, r, xs));
          break;
        }
        case 1: {
          int64_t r = 0;
          bool ok = list_count(cx, xs, v, r);
          b.Add(init + "r = xs.count(" + L(v) + ")", Outcome(cx, ok, r, xs));
          break;
        }
        case 2: {
          bool r = false;
          bool ok = list_contains(cx, xs, v, r);
          b.Add(init + "r = " + L(v) + " in xs", Outcome(cx, ok, r, xs));
          break;
        }
        case 3: {
          bool ok = list_remove(cx, xs, v);
          b.Add(init + "xs.remove(" + L(v) + ")", Outcome(cx, ok, NoneT{}, xs));
          break;
        }
      }
    } else {
      List<TupIF> xs = TupleList(5);
      const std::string init = "xs = " + L(xs) + "; ";
      const TupIF v(Rand(-2, 2), RandFloat());
      const int64_t st = Rand(-3, 3), en = Rand(-6, 6);
      const bool ranged = Rand(0, 1);
      int64_t r = 0;
      bool ok = ranged ? list_index_range(cx, xs, v, st, en, r) : list_index(cx, xs, v, r);
      b.Add(init + "r = xs.index(" + L(v) + (ranged ? ", " + std::to_string(st) + ", " + std::to_string(en) : "") + ")",
            Outcome(cx, ok, r, xs));
    }
    raised += cx.failed() && std::string(cx.exc_type) == "NotImplementedError";
  }
  EXPECT_GT(raised, 0);
  b.Check("search floats and tuples");
}

TEST(ListOps, IdentityCases) {
  Ctx cx;
  List<double> xs(std::vector<double>{1.0, std::nan("")});
  bool r = false;
  EXPECT_FALSE(list_contains(cx, xs, std::nan(""), r));  // x in [x] is True, float('nan') in [...] False
  EXPECT_STREQ(cx.exc_type, "NotImplementedError");
  Ctx cx2;
  EXPECT_TRUE(list_contains(cx2, xs, 1.0, r));
  EXPECT_TRUE(r);
  EXPECT_TRUE(value_eq(cx2, xs, xs, r));  // the same list: identical items
  EXPECT_TRUE(r);
  EXPECT_TRUE(value_le(cx2, xs, xs, r));
  EXPECT_TRUE(r);
  List<double> ys(std::vector<double>{2.0, std::nan("")});
  EXPECT_TRUE(value_eq(cx2, xs, ys, r));  // 1.0 != 2.0 decides whatever the NaNs are
  EXPECT_FALSE(r);
  EXPECT_TRUE(value_lt(cx2, xs, ys, r));
  EXPECT_TRUE(r);
  // (nan, 1) < (nan, 2): True if the NaNs are one object, else False.
  Tuple<double, int64_t> a(std::nan(""), 1), c(std::nan(""), 2);
  Ctx cx3;
  EXPECT_FALSE(value_lt(cx3, a, c, r));
  // (nan, 2) < (nan, 1) is False either way.
  Ctx cx4;
  EXPECT_TRUE(value_lt(cx4, c, a, r));
  EXPECT_FALSE(r);
  // Sorting such tuples raises, and leaves a permutation.
  List<Tuple<double, int64_t>> ts(std::vector<Tuple<double, int64_t>>{a, c, a, c});
  Ctx cx5;
  EXPECT_FALSE(list_sort(cx5, ts));
  EXPECT_EQ(ts.size(), 4);
}

TEST(ListOps, SumMinMaxAnyAll) {
  Batch b;
  for (int k = 0; k < 6000; ++k) {
    Ctx cx;
    switch (k % 10) {
      case 0: {
        List<int64_t> xs = Rand(0, 1) ? IntList(6, -100, 100) : IntList(6, INT64_MIN, INT64_MAX);
        int64_t r = 0;
        bool ok = list_sum_int(cx, xs, r);
        b.Add("xs = " + L(xs) + "; r = sum(xs)", Outcome(cx, ok, r, xs));
        break;
      }
      case 1: {
        List<int64_t> xs = IntList(6, INT64_MIN / 2, INT64_MAX / 2);
        int64_t s = Rand(0, 1) ? Rand(-5, 5) : Rand(INT64_MIN, INT64_MAX);
        int64_t r = 0;
        bool ok = list_sum_int_start(cx, xs, s, r);
        b.Add("xs = " + L(xs) + "; r = sum(xs, " + std::to_string(s) + ")", Outcome(cx, ok, r, xs));
        break;
      }
      case 2: {
        List<double> xs = FloatList(5);
        if (xs.size() == 0) break;  // sum([]) is the int 0: checked below
        const Dyn d = list_sum_float(xs);
        ASSERT_EQ(d.tag, Dyn::kFloat);
        b.Add("xs = " + L(xs) + "; r = sum(xs)", Outcome(cx, true, d.f, xs));
        break;
      }
      case 3: {
        List<double> xs = FloatList(5);
        double s = RandFloat();
        double r = list_sum_float_start(xs, s);
        b.Add("xs = " + L(xs) + "; r = sum(xs, " + L(s) + ")", Outcome(cx, true, r, xs));
        break;
      }
      case 4: {
        List<bool> xs;
        for (int64_t n = Rand(0, 6); n > 0; --n) xs.items().push_back(List<bool>::Store(Rand(0, 1)));
        int64_t r = list_sum_bool(xs);
        bool any = list_any(xs), all = list_all(xs);
        b.Add("xs = " + L(xs) + "; r = (sum(xs), any(xs), all(xs))", Outcome(cx, true, Tuple<int64_t, bool, bool>(r, any, all), xs));
        break;
      }
      case 5: {
        List<TupIF> xs = TupleList(5);
        TupIF r;
        bool ok = k % 20 < 10 ? list_min_any(cx, xs, r) : list_max_any(cx, xs, r);
        b.Add("xs = " + L(xs) + "; r = " + (k % 20 < 10 ? "min" : "max") + "(xs)", Outcome(cx, ok, r, xs));
        break;
      }
      case 6: {
        List<List<int64_t>> xs;
        for (int64_t n = Rand(0, 4); n > 0; --n) xs.items().push_back(IntList(3, 0, 2));
        List<int64_t> r;
        bool ok = k % 20 < 10 ? list_min_any(cx, xs, r) : list_max_any(cx, xs, r);
        b.Add("xs = " + L(xs) + "; r = " + (k % 20 < 10 ? "min" : "max") + "(xs)", Outcome(cx, ok, r, xs));
        break;
      }
      case 7: {
        TupIF x(Rand(-1, 1), RandFloat()), y(Rand(-1, 1), RandFloat()), z(Rand(-1, 1), RandFloat()), r;
        const bool mn = Rand(0, 1);
        bool ok = mn ? values_min(cx, x, y, z, r) : values_max(cx, x, y, z, r);
        b.Add(std::string("xs = None; r = ") + (mn ? "min(" : "max(") + L(x) + ", " + L(y) + ", " + L(z) + ")",
              ok ? R(r) + "|None" : Outcome(cx, ok, r, List<int64_t>()));
        break;
      }
      case 8: {
        List<double> xs = FloatList(4);
        b.Add("xs = " + L(xs) + "; r = (any(xs), all(xs))",
              Outcome(cx, true, Tuple<bool, bool>(list_any(xs), list_all(xs)), xs));
        break;
      }
      case 9: {
        List<int64_t> xs = IntList(5);
        int64_t r = 0;
        bool ok = k % 20 < 10 ? list_min_any(cx, xs, r) : list_max_any(cx, xs, r);
        b.Add("xs = " + L(xs) + "; r = " + (k % 20 < 10 ? "min" : "max") + "(xs)", Outcome(cx, ok, r, xs));
        break;
      }
    }
  }
  b.Check("sum/min/max/any/all");
  const Dyn empty = list_sum_float(List<double>());  // sum([]) is the int 0, as CPython's
  EXPECT_EQ(empty.tag, Dyn::kInt);
  EXPECT_EQ(empty.i, 0);
  int64_t ri;
  Ctx cx2;  // partial sums leave 64 bits, the total does not
  EXPECT_TRUE(list_sum_int(cx2, List<int64_t>(std::vector<int64_t>{INT64_MAX, INT64_MAX, -INT64_MAX, -5}), ri));
  EXPECT_EQ(ri, INT64_MAX - 5);
  Ctx cx3;
  EXPECT_FALSE(list_sum_int(cx3, List<int64_t>(std::vector<int64_t>{INT64_MAX, 1}), ri));
  EXPECT_STREQ(cx3.exc_type, Ctx::kIntLimit);  // fxn's 64-bit limit: no handler catches it
}

TEST(ListOps, Comparisons) {
  Batch b;
  const char* names[] = {"==", "!=", "<", "<=", ">", ">="};
  auto run = [&](auto& xs, auto& ys, int op, const std::string& lhs, const std::string& rhs) {
    Ctx cx;
    bool r = false, ok = false;
    switch (op) {
      case 0: ok = value_eq(cx, xs, ys, r); break;
      case 1: ok = value_ne(cx, xs, ys, r); break;
      case 2: ok = value_lt(cx, xs, ys, r); break;
      case 3: ok = value_le(cx, xs, ys, r); break;
      case 4: ok = value_gt(cx, xs, ys, r); break;
      case 5: ok = value_ge(cx, xs, ys, r); break;
    }
    b.Add("xs = None; r = " + lhs + " " + names[op] + " " + rhs, ok ? R(r) + "|None" : Outcome(cx, ok, r, List<int64_t>()));
  };
  for (int k = 0; k < 6000; ++k) {
    const int op = k % 6;
    switch (k / 6 % 4) {
      case 0: {
        List<int64_t> xs = IntList(4, 0, 2), ys = Rand(0, 5) == 0 ? xs : IntList(4, 0, 2);
        run(xs, ys, op, L(xs), ys.same(xs) ? L(xs) : L(ys));
        break;
      }
      case 1: {
        List<double> xs = FloatList(3), ys = FloatList(3);
        run(xs, ys, op, L(xs), L(ys));
        break;
      }
      case 2: {
        TupIF x(Rand(0, 1), RandFloat()), y(Rand(0, 1), RandFloat());
        run(x, y, op, L(x), L(y));
        break;
      }
      case 3: {
        List<List<int64_t>> xs, ys;
        for (int64_t n = Rand(0, 3); n > 0; --n) xs.items().push_back(IntList(2, 0, 1));
        for (int64_t n = Rand(0, 3); n > 0; --n) ys.items().push_back(IntList(2, 0, 1));
        run(xs, ys, op, L(xs), L(ys));
        break;
      }
    }
  }
  b.Check("comparisons");
}

TEST(ListOps, EnumerateZipRangeRepeat) {
  Batch b;
  for (int k = 0; k < 4000; ++k) {
    Ctx cx;
    switch (k % 5) {
      case 0: {
        List<double> xs = FloatList(4);
        int64_t s = Rand(0, 4) == 0 ? INT64_MAX - Rand(0, 4) : Rand(-5, 5);
        List<Tuple<int64_t, double>> r;
        bool ok = k % 10 < 5 ? list_enumerate_from(cx, xs, s, r) : list_enumerate(cx, xs, r);
        b.Add("xs = " + L(xs) + "; r = list(enumerate(xs" + (k % 10 < 5 ? ", " + std::to_string(s) : "") + "))",
              Outcome(cx, ok, r, xs));
        break;
      }
      case 1: {
        List<int64_t> xs = IntList(4);
        List<double> ys = FloatList(4);
        auto r = list_zip(xs, ys);
        b.Add("xs = " + L(xs) + "; r = list(zip(xs, " + L(ys) + "))", Outcome(cx, true, r, xs));
        break;
      }
      case 2: {
        List<int64_t> xs = IntList(4);
        List<double> ys = FloatList(4);
        List<bool> zs;
        for (int64_t n = Rand(0, 4); n > 0; --n) zs.items().push_back(List<bool>::Store(Rand(0, 1)));
        auto r = list_zip3(xs, ys, zs);
        b.Add("xs = " + L(xs) + "; r = list(zip(xs, " + L(ys) + ", " + L(zs) + "))", Outcome(cx, true, r, xs));
        break;
      }
      case 3: {
        int64_t a = Rand(-20, 20), z = Rand(-20, 20), s = Rand(-4, 4);
        if (Rand(0, 15) == 0) {
          a = Rand(0, 1) ? INT64_MIN : 0;
          z = INT64_MAX;
          s = Rand(0, 1) ? 1 : 2;
        }
        List<int64_t> r;
        bool ok = range_list(cx, a, z, s, r);
        b.Add("xs = None; r = list(range(" + std::to_string(a) + ", " + std::to_string(z) + ", " + std::to_string(s) + "))",
              ok ? R(r) + "|None" : Outcome(cx, ok, r, List<int64_t>()));
        break;
      }
      case 4: {
        List<int64_t> xs = IntList(3);
        int64_t n = Rand(-2, 4);
        List<int64_t> r;
        bool ok = list_repeat_left(cx, n, xs, r);
        b.Add("xs = " + L(xs) + "; r = " + std::to_string(n) + " * xs", Outcome(cx, ok, r, xs));
        break;
      }
    }
  }
  b.Check("enumerate/zip/range/repeat");
}

// ---- Sorting ----

// Lists with the shapes timsort cares about: random, runs up and down, plateaus, sawtooth.
std::vector<double> SortInput(int64_t n, int shape, bool nans) {
  std::vector<double> v(static_cast<size_t>(n));
  const int64_t distinct = Rand(1, 4) == 1 ? Rand(1, 4) : Rand(5, 1000);
  auto val = [&]() -> double {
    if (nans && Rand(0, 20) == 0) return std::nan("");
    if (Rand(0, 30) == 0) return Rand(0, 1) ? 0.0 : -0.0;
    return static_cast<double>(Rand(0, distinct));
  };
  for (auto& x : v) x = val();
  switch (shape) {
    case 0: break;
    case 1: std::sort(v.begin(), v.end(), [](double a, double b) { return a < b; }); break;
    case 2: std::sort(v.begin(), v.end(), [](double a, double b) { return a > b; }); break;
    case 3: {  // runs of random lengths, up or down
      size_t i = 0;
      while (i < v.size()) {
        size_t len = static_cast<size_t>(Rand(1, Rand(0, 3) == 0 ? 400 : 40));
        size_t e = std::min(v.size(), i + len);
        if (Rand(0, 1)) std::sort(v.begin() + i, v.begin() + e, [](double a, double b) { return a < b; });
        else std::sort(v.begin() + i, v.begin() + e, [](double a, double b) { return a > b; });
        i = e;
      }
      break;
    }
    case 4: {  // sorted with a few swaps: long runs, galloping
      std::sort(v.begin(), v.end(), [](double a, double b) { return a < b; });
      for (int64_t s = Rand(0, 10); s > 0 && n > 1; --s) std::swap(v[Rand(0, n - 1)], v[Rand(0, n - 1)]);
      break;
    }
    case 5: {  // two interleaved sorted halves
      for (int64_t i = 0; i < n; ++i) v[i] = static_cast<double>(i % 2 ? i : n - i) + (nans && Rand(0, 50) == 0 ? std::nan("") : 0.0);
      break;
    }
  }
  return v;
}
int64_t SortLength() {
  switch (Rand(0, 5)) {
    case 0: return Rand(0, 8);
    case 1: return Rand(0, 70);
    case 2: return Rand(60, 300);
    case 3: return Rand(300, 3000);
    default: return Rand(0, 1000);
  }
}
std::string FloatsLit(const std::vector<double>& v) {
  std::string o;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) o += ' ';
    o += std::isnan(v[i]) ? "nan" : rt::FloatRepr(v[i]);
  }
  return o;
}

// Values: xs.sort() / sorted(xs, reverse=) on floats, permutations of sorted(range(n), key=).
TEST(ListSort, FloatsAgainstCPython) {
  std::string input;
  std::vector<std::string> expect;
  for (int k = 0; k < 2500; ++k) {
    const int64_t n = SortLength();
    const bool reverse = Rand(0, 1);
    auto v = SortInput(n, static_cast<int>(Rand(0, 5)), Rand(0, 2) != 0);
    input += std::string(reverse ? "1" : "0") + " " + std::to_string(k % 2) + " " + FloatsLit(v) + "\n";
    Ctx cx;
    std::string e;
    if (k % 2 == 0) {
      List<double> xs(v);
      EXPECT_TRUE(reverse ? list_sort_reverse(cx, xs, true) : list_sort(cx, xs));
      e = R(xs);
    } else {
      List<int64_t> idx;
      for (int64_t i = 0; i < n; ++i) idx.items().push_back(i);
      List<int64_t> out;
      EXPECT_TRUE(list_sorted_by_keys(cx, idx, List<double>(v), reverse, out));
      e = R(out);
    }
    expect.push_back(e);
  }
  const char* script = R"PY(
import sys
for line in sys.stdin:
    parts = line.split()
    rev, mode = parts[0] == '1', parts[1]
    xs = [float(t) for t in parts[2:]]
    if mode == '0':
        xs.sort(reverse=rev); print(repr(xs))
    else:
        print(repr(sorted(range(len(xs)), key=xs.__getitem__, reverse=rev)))
)PY";
  auto got = RunPython(script, input);
  ASSERT_EQ(got.size(), expect.size());
  int bad = 0;
  for (size_t i = 0; i < got.size(); ++i)
    if (got[i] != expect[i] && ++bad <= 3) ADD_FAILURE() << "case " << i << "\n py: " << got[i].substr(0, 300) << "\n fxn: " << expect[i].substr(0, 300);
  EXPECT_EQ(bad, 0);
}

// Tuples and lists as items (compared item by item): sorted(xs), sorted(xs, reverse=True).
TEST(ListSort, TuplesAndListsAgainstCPython) {
  Batch b;
  for (int k = 0; k < 1500; ++k) {
    const int64_t n = Rand(0, 3) == 0 ? Rand(0, 400) : Rand(0, 40);
    const bool reverse = Rand(0, 1);
    Ctx cx;
    if (k % 3 == 0) {
      List<TupIF> xs;
      const bool nans = Rand(0, 3) == 0;
      for (int64_t i = 0; i < n; ++i) xs.items().push_back(TupIF(Rand(0, 5), nans ? RandFloat() : static_cast<double>(Rand(0, 3))));
      List<TupIF> r;
      bool ok = list_sorted_reverse(cx, xs, reverse, r);
      b.Add("xs = " + L(xs) + "; r = sorted(xs, reverse=" + (reverse ? "True" : "False") + ")", Outcome(cx, ok, r, xs));
    } else if (k % 3 == 1) {
      List<Tuple<double, int64_t>> xs;
      for (int64_t i = 0; i < n; ++i) xs.items().push_back(Tuple<double, int64_t>(static_cast<double>(Rand(0, 3)) - (Rand(0, 5) == 0 ? 0.5 : 0), i));
      List<Tuple<double, int64_t>> r;
      bool ok = list_sorted_reverse(cx, xs, reverse, r);
      b.Add("xs = " + L(xs) + "; r = sorted(xs, reverse=" + (reverse ? "True" : "False") + ")", Outcome(cx, ok, r, xs));
    } else {
      List<List<int64_t>> xs;
      for (int64_t i = 0; i < n; ++i) xs.items().push_back(IntList(3, 0, 2));
      bool ok = list_sort_reverse(cx, xs, reverse);
      b.Add("xs = " + L(xs) + "; r = None; xs.sort(reverse=" + (reverse ? "True" : "False") + ")", Outcome(cx, ok, NoneT{}, xs));
    }
  }
  b.Check("sort tuples/lists");
}

// A key that logs every comparison: the sequence (as a hash) must be CPython's, on a consistent
// order (floats with NaN) and on a random, inconsistent one.
struct Logged {
  double v;
  int64_t i;
};
struct LogLess {
  uint64_t hash = 1469598103934665603ull;
  int64_t count = 0;
  int64_t seed = -1;  // >= 0: inconsistent order from (i, j, seed)
  int operator()(const Logged& a, const Logged& b) {
    hash = (hash ^ static_cast<uint64_t>(a.i * 1000003 + b.i)) * 1099511628211ull % 1000000000000000003ull;
    ++count;
    if (seed >= 0) return ((a.i * 7919 + b.i * 104729 + seed) % 11) < 5;
    return a.v < b.v;
  }
};

TEST(ListSort, SameComparisonsAsCPython) {
  std::string input;
  std::vector<std::string> expect;
  for (int k = 0; k < 1200; ++k) {
    const int64_t n = SortLength();
    const bool reverse = Rand(0, 1), with_values = Rand(0, 1);
    const int64_t seed = Rand(0, 3) == 0 ? Rand(0, 1000) : -1;
    auto v = SortInput(n, static_cast<int>(Rand(0, 5)), true);
    std::vector<Logged> keys;
    for (int64_t i = 0; i < n; ++i) keys.push_back({v[static_cast<size_t>(i)], i});
    LogLess lt;
    lt.seed = seed;
    std::vector<int64_t> values(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) values[static_cast<size_t>(i)] = i;
    if (with_values) {
      ASSERT_TRUE(timsort::Sort(keys.data(), values.data(), n, reverse, lt));
    } else {
      ASSERT_TRUE(timsort::Sort(keys.data(), static_cast<timsort::NoValues*>(nullptr), n, reverse, lt));
      for (int64_t i = 0; i < n; ++i) values[static_cast<size_t>(i)] = keys[static_cast<size_t>(i)].i;
    }
    std::string e = std::to_string(lt.count) + " " + std::to_string(lt.hash);
    for (int64_t x : values) e += " " + std::to_string(x);
    expect.push_back(e);
    input += std::to_string(reverse) + " " + std::to_string(with_values) + " " + std::to_string(seed) + " " + FloatsLit(v) + "\n";
  }
  const char* script = R"PY(
import sys
class W:
    __slots__ = ('v', 'i')
    def __init__(self, v, i): self.v = v; self.i = i
    def __lt__(self, o):
        global h, count
        h = ((h ^ (self.i * 1000003 + o.i)) * 1099511628211) % (2**64) % 1000000000000000003
        count += 1
        if seed >= 0: return (self.i * 7919 + o.i * 104729 + seed) % 11 < 5
        return self.v < o.v
for line in sys.stdin:
    parts = line.split()
    rev, withv, seed = parts[0] == '1', parts[1] == '1', int(parts[2])
    vals = [float(t) for t in parts[3:]]
    h, count = 1469598103934665603, 0
    if withv:
        ws = [W(x, i) for i, x in enumerate(vals)]
        out = sorted(range(len(vals)), key=lambda i: ws[i], reverse=rev)
    else:
        ws = [W(x, i) for i, x in enumerate(vals)]
        ws.sort(reverse=rev)
        out = [w.i for w in ws]
    print(' '.join([str(count), str(h)] + [str(i) for i in out]))
)PY";
  auto got = RunPython(script, input);
  ASSERT_EQ(got.size(), expect.size());
  int bad = 0;
  for (size_t i = 0; i < got.size(); ++i)
    if (got[i] != expect[i] && ++bad <= 3) ADD_FAILURE() << "case " << i << "\n py: " << got[i].substr(0, 200) << "\n fxn: " << expect[i].substr(0, 200);
  EXPECT_EQ(bad, 0);
}

// str items, short (inline) and long (heap, reference counted), non-ASCII included.
TEST(ListSort, StringsAgainstCPython) {
  Batch b;
  const char* pieces[] = {"a", "b", "ab", "\xc3\xa9", "z", "\xe2\x82\xac", "A", "", "aaaaaaaaaaaaaaaaaaaa", "\xf0\x9f\x98\x80"};
  for (int k = 0; k < 400; ++k) {
    List<Str> xs;
    std::string lit = "[";
    for (int64_t n = Rand(0, Rand(0, 3) == 0 ? 300 : 30), i = 0; i < n; ++i) {
      std::string w;
      for (int64_t m = Rand(0, 3); m > 0; --m) w += pieces[Rand(0, 9)];
      xs.items().push_back(Str::FromUtf8(w));
      lit += (i ? ", " : "") + R(xs.items().back());
    }
    lit += "]";
    const bool reverse = Rand(0, 1);
    Ctx cx;
    bool ok = list_sort_reverse(cx, xs, reverse);
    Str mn;
    Ctx cx2;
    if (xs.size()) list_min_any(cx2, xs, mn);
    b.Add("xs = " + lit + "; xs.sort(reverse=" + (reverse ? "True" : "False") + "); r = min(xs) if xs else ''",
          Outcome(cx, ok, mn, xs));
  }
  b.Check("sort str");
}

TEST(ListSort, SortByKeysInPlace) {
  Ctx cx;
  List<int64_t> xs(std::vector<int64_t>{3, 1, 2, 1});
  List<int64_t> keys(std::vector<int64_t>{0, 1, 0, 1});
  List<int64_t> alias = xs;
  ASSERT_TRUE(list_sort_by_keys(cx, xs, keys, true));
  EXPECT_EQ(R(alias), "[1, 1, 3, 2]");  // sorted(..., reverse=True) keeps equal keys in order
  ASSERT_TRUE(list_sort_by_keys(cx, xs, xs, false));  // the keys list may be the list itself
  EXPECT_EQ(R(xs), "[1, 1, 2, 3]");
  List<bool> bs(std::vector<List<bool>::Stored>{List<bool>::Store(true), List<bool>::Store(false)});
  ASSERT_TRUE(list_sort(cx, bs));
  EXPECT_EQ(R(bs), "[False, True]");
}

}  // namespace
}  // namespace fxn::ops
