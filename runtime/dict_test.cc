// dict_test.cc: Dict and Set (fxn_dict.hpp) and their kernels (ops_dict.hpp) against CPython 3.11.
//
// The expectations come from /usr/bin/python3.11 itself: random operation sequences are run on
// the C++ side and written out as a Python script, which python3.11 runs; every line it prints
// (the set/dict in iteration order, and the table's internals read with ctypes: fill, used,
// mask and pop finger of a set; size, usable and entry count of a dict) must equal the line the
// C++ side predicted. Matching the internals, not just the order, shows the port follows CPython's
// table step by step, so later operations keep matching too.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "fxn_core.hpp"
#include "fxn_str.hpp"


#include "fxn_dict.hpp"
#include "ops_dict.hpp"

namespace fxn {
namespace {

template <class T>
std::string R(const T& x) {
  std::string out;
  Format<T>::Repr(out, x);
  return out;
}
std::string Quote(const std::string& s) { return "'" + s + "'"; }

// Runs a Python script with python3.11; its stdout, line by line.
std::vector<std::string> RunPython(const std::string& script) {
  char path[] = "/tmp/fxn_dict_test_XXXXXX";
  int fd = mkstemp(path);
  EXPECT_GE(fd, 0);
  FILE* f = fdopen(fd, "w");
  std::fwrite(script.data(), 1, script.size(), f);
  std::fclose(f);
  std::string command = std::string("/usr/bin/python3.11 ") + path;
  FILE* p = popen(command.c_str(), "r");
  EXPECT_NE(p, nullptr);
  std::string text;
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) text.append(buf, n);
  EXPECT_EQ(pclose(p), 0) << text.substr(text.size() > 2000 ? text.size() - 2000 : 0);
  if (!getenv("FXN_KEEP_SCRIPT")) std::remove(path);
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

const char* kPrelude = R"PY(
import ctypes
def sstate(s):
    a = id(s)
    r = lambda off: ctypes.c_ssize_t.from_address(a + off).value
    return (r(16), r(24), r(32), r(56))   # fill, used, mask, finger
def dstate(d):
    a = id(d)
    keys = ctypes.c_void_p.from_address(a + 32).value
    log2 = ctypes.c_uint8.from_address(keys + 8).value
    return (len(d), 1 << log2, ctypes.c_ssize_t.from_address(keys + 16).value,
            ctypes.c_ssize_t.from_address(keys + 24).value)   # used, size, usable, nentries
def v(x):
    return x
def S(s):
    print(list(s), sstate(s))
def D(d):
    print(list(d.items()), dstate(d))
def T(f):
    try:
        print(f())
    except KeyError as e:
        print(e)
def L(c, f, body):
    out = []
    try:
        for x in c:
            out.append(x)
            if len(out) > 50: break
            body(c, f, x)
    except RuntimeError as e:
        out.append(str(e))
    print(out)
)PY";

// A script and the lines the C++ side expects it to print.
struct Script {
  std::string py = kPrelude;
  std::vector<std::string> expected;
  std::vector<std::string> what;  // the statement behind each expected line
  void Emit(const std::string& code, const std::string& line) {
    py += code;
    py += '\n';
    expected.push_back(line);
    what.push_back(code);
  }
  void Check() {
    if (access("/usr/bin/python3.11", X_OK) != 0) GTEST_SKIP() << "needs /usr/bin/python3.11 (the reference)";
    std::vector<std::string> got = RunPython(py);
    ASSERT_EQ(got.size(), expected.size()) << "python printed " << got.size() << " lines, expected " << expected.size();
    int failures = 0;
    for (size_t i = 0; i < got.size() && failures < 5; ++i) {
      if (got[i] != expected[i]) {
        ++failures;
        ADD_FAILURE() << "line " << i << ": after\n" << what[i] << "\npython3.11: " << got[i] << "\nfxn:        " << expected[i];
      }
    }
  }
};

using Rng = std::mt19937_64;

// Values: many collisions mod 8/32/128, -1 and -2 (same hash), multiples of 2**61-1, extremes.
template <class T>
struct Gen;
template <>
struct Gen<int64_t> {
  static int64_t Value(Rng& rng) {
    switch (rng() % 10) {
      case 0: return static_cast<int64_t>(rng());
      case 1: {
        static const int64_t kSpecial[] = {-1,
                                           -2,
                                           0,
                                           INT64_MIN,
                                           INT64_MAX,
                                           (int64_t{1} << 61) - 1,
                                           (int64_t{1} << 61),
                                           -((int64_t{1} << 61) - 1),
                                           2 * ((int64_t{1} << 61) - 1),
                                           int64_t{1} << 62,
                                           -(int64_t{1} << 62),
                                           INT64_MIN + 1};
        return kSpecial[rng() % (sizeof kSpecial / sizeof kSpecial[0])];
      }
      case 2:
      case 3: return static_cast<int64_t>(rng() % 16) * 8 - 40;
      case 4: return static_cast<int64_t>(rng() % 12) * 32 + static_cast<int64_t>(rng() % 3);
      case 5: return static_cast<int64_t>(rng() % 2000) - 1000;
      default: return static_cast<int64_t>(rng() % 40) - 10;
    }
  }
  static int64_t Flip(int64_t x) { return ~x; }
  static std::string Py(int64_t x) { return std::to_string(x); }
};
template <>
struct Gen<Tuple<int64_t, int64_t>> {
  using T = Tuple<int64_t, int64_t>;
  static T Value(Rng& rng) {
    if (rng() % 4 == 0) return T(Gen<int64_t>::Value(rng), Gen<int64_t>::Value(rng));
    return T(static_cast<int64_t>(rng() % 7) - 2, static_cast<int64_t>(rng() % 7) - 2);
  }
  static T Flip(const T& t) { return T(~std::get<1>(t), std::get<0>(t)); }
  static std::string Py(const T& t) { return R(t); }
};
template <>
struct Gen<bool> {
  static bool Value(Rng& rng) { return rng() % 2; }
  static bool Flip(bool b) { return !b; }
  static std::string Py(bool b) { return b ? "True" : "False"; }
};

template <class T>
List<T> MakeList(const std::vector<T>& xs) {
  List<T> out;
  for (const T& x : xs) out.items().push_back(List<T>::Store(x));
  return out;
}

template <class T>
std::string ListRepr(const List<T>& list) {
  std::string out = "[";
  for (size_t i = 0; i < list.items().size(); ++i) {
    if (i) out += ", ";
    out += R(static_cast<T>(list.items()[i]));
  }
  return out + "]";
}

// ---- sets ----

template <class T>
std::string SetLine(const Set<T>& s) {
  return ListRepr(ops::set_list(s)) + " (" + std::to_string(s.fill()) + ", " + std::to_string(s.size()) + ", " +
         std::to_string(s.mask()) + ", " + std::to_string(s.finger()) + ")";
}

template <class T>
void RandomSetSequence(Rng& rng, Script& sc, int ops_count) {
  using G = Gen<T>;
  Set<T> s[3];
  std::string name[3] = {"s0", "s1", "s2"};
  std::string init = "s0 = set(); s1 = set(); s2 = set()";
  sc.py += init + "\n";
  auto show = [&](int i) { return "S(" + name[i] + ")"; };
  auto pick = [&] { return static_cast<int>(rng() % 3); };
  auto values = [&](size_t n, std::vector<T>& out) {
    std::string py = "[";
    for (size_t k = 0; k < n; ++k) {
      out.push_back(G::Value(rng));
      if (k) py += ", ";
      py += G::Py(out.back());
    }
    return py + "]";
  };
  for (int step = 0; step < ops_count; ++step) {
    int a = pick(), b = pick(), c = pick();
    T x = G::Value(rng);
    std::string X = G::Py(x);
    Ctx cx;
    switch (rng() % 41) {
      case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7:  // add dominates
        ops::set_add(s[a], x);
        sc.Emit(name[a] + ".add(" + X + "); " + show(a), SetLine(s[a]));
        break;
      case 8: case 9: case 10:
        ops::set_discard(s[a], x);
        sc.Emit(name[a] + ".discard(" + X + "); " + show(a), SetLine(s[a]));
        break;
      case 11: {  // remove an element that is there, or not
        if (s[a].size() > 0 && rng() % 2) {
          std::vector<T> items;
          for (size_t i = 0; i < s[a].SlotCount(); ++i)
            if (s[a].SlotLive(i)) items.push_back(s[a].KeyAt(i));
          x = items[rng() % items.size()];
          X = G::Py(x);
        }
        std::string line = ops::set_remove(cx, s[a], x) ? "ok" : cx.exc_message;
        sc.Emit("T(lambda: " + name[a] + ".remove(" + X + ") or 'ok')", line);
        sc.Emit(show(a), SetLine(s[a]));
        break;
      }
      case 12: case 13: {
        T out{};
        std::string line = ops::set_pop(cx, s[a], out) ? R(out) : std::string(cx.exc_message);
        sc.Emit("T(" + name[a] + ".pop)", line);
        sc.Emit(show(a), SetLine(s[a]));
        break;
      }
      case 14:
        if (rng() % 3) break;
        ops::set_clear(s[a]);
        sc.Emit(name[a] + ".clear(); " + show(a), SetLine(s[a]));
        break;
      case 15:
        s[a] = ops::set_copy(s[b]);
        sc.Emit(name[a] + " = " + name[b] + ".copy(); " + show(a), SetLine(s[a]));
        break;
      case 16:
        s[a] = ops::set_from_set(s[b]);
        sc.Emit(name[a] + " = set(" + name[b] + "); " + show(a), SetLine(s[a]));
        break;
      case 17: {
        std::vector<T> xs;
        std::string py = values(rng() % 12, xs);
        s[a] = ops::set_from_list(MakeList(xs));
        sc.Emit(name[a] + " = set(" + py + "); " + show(a), SetLine(s[a]));
        break;
      }
      case 18:
        ops::set_update(s[a], s[b]);
        sc.Emit(name[a] + ".update(" + name[b] + "); " + show(a), SetLine(s[a]));
        break;
      case 19: {
        std::vector<T> xs;
        std::string py = values(rng() % 10, xs);
        ops::set_update_list(s[a], MakeList(xs));
        sc.Emit(name[a] + ".update(" + py + "); " + show(a), SetLine(s[a]));
        break;
      }
      case 20:
        s[a] = rng() % 2 ? ops::set_union(s[b], s[c]) : ops::set_union(s[b], s[c]);
        sc.Emit(name[a] + " = " + name[b] + " | " + name[c] + "; " + show(a), SetLine(s[a]));
        break;
      case 21:
        s[a] = ops::set_intersection(s[b], s[c]);
        sc.Emit(name[a] + " = " + name[b] + ".intersection(" + name[c] + "); " + show(a), SetLine(s[a]));
        break;
      case 22:
        s[a] = ops::set_difference(s[b], s[c]);
        sc.Emit(name[a] + " = " + name[b] + " - " + name[c] + "; " + show(a), SetLine(s[a]));
        break;
      case 23:
        s[a] = ops::set_symmetric_difference(s[b], s[c]);
        sc.Emit(name[a] + " = " + name[b] + " ^ " + name[c] + "; " + show(a), SetLine(s[a]));
        break;
      case 24:
        s[a] = ops::set_ior(s[a], s[b]);
        sc.Emit(name[a] + " |= " + name[b] + "; " + show(a), SetLine(s[a]));
        break;
      case 25:
        s[a] = ops::set_iand(s[a], s[b]);
        sc.Emit(name[a] + " &= " + name[b] + "; " + show(a), SetLine(s[a]));
        break;
      case 26:
        s[a] = ops::set_isub(s[a], s[b]);
        sc.Emit(name[a] + " -= " + name[b] + "; " + show(a), SetLine(s[a]));
        break;
      case 27:
        s[a] = ops::set_ixor(s[a], s[b]);
        sc.Emit(name[a] + " ^= " + name[b] + "; " + show(a), SetLine(s[a]));
        break;
      case 28: {
        auto tf = [](bool t) { return std::string(t ? "True" : "False"); };
        std::string line = tf(ops::set_eq(s[a], s[b])) + " " + tf(ops::set_ne(s[a], s[b])) + " " +
                           tf(ops::set_lt(s[a], s[b])) + " " + tf(ops::set_le(s[a], s[b])) + " " +
                           tf(ops::set_gt(s[a], s[b])) + " " + tf(ops::set_ge(s[a], s[b])) + " " +
                           tf(ops::set_issubset(s[a], s[b])) + " " + tf(ops::set_issuperset(s[a], s[b])) + " " +
                           tf(ops::set_isdisjoint(s[a], s[b])) + " " + tf(ops::set_truth(s[a])) + " " +
                           std::to_string(ops::set_len(s[a]));
        std::string A = name[a], B = name[b];
        sc.Emit("print(" + A + " == " + B + ", " + A + " != " + B + ", " + A + " < " + B + ", " + A + " <= " + B + ", " +
                    A + " > " + B + ", " + A + " >= " + B + ", " + A + ".issubset(" + B + "), " + A + ".issuperset(" +
                    B + "), " + A + ".isdisjoint(" + B + "), bool(" + A + "), len(" + A + "))",
                line);
        break;
      }
      case 29:
        sc.Emit("print(" + X + " in " + name[a] + ")", ops::set_contains(s[a], x) ? "True" : "False");
        break;
      case 30:  // alias: later mutations of one show in the other
        s[a] = s[b];
        sc.Emit(name[a] + " = " + name[b] + "; " + show(a), SetLine(s[a]));
        break;
      case 31: {  // a display of constants: BUILD_SET 0 + frozenset constant + SET_UPDATE
        std::vector<T> xs;
        size_t n = 3 + rng() % 8;
        for (size_t k = 0; k < n; ++k) xs.push_back(G::Value(rng));
        std::string py = "{";
        for (size_t k = 0; k < n; ++k) py += (k ? ", " : "") + G::Py(xs[k]);
        py += "}";
        if (n == 3) s[a] = ops::set_build_const<T>(xs[0], xs[1], xs[2]);
        if (n == 4) s[a] = ops::set_build_const<T>(xs[0], xs[1], xs[2], xs[3]);
        if (n == 5) s[a] = ops::set_build_const<T>(xs[0], xs[1], xs[2], xs[3], xs[4]);
        if (n == 6) s[a] = ops::set_build_const<T>(xs[0], xs[1], xs[2], xs[3], xs[4], xs[5]);
        if (n == 7) s[a] = ops::set_build_const<T>(xs[0], xs[1], xs[2], xs[3], xs[4], xs[5], xs[6]);
        if (n == 8) s[a] = ops::set_build_const<T>(xs[0], xs[1], xs[2], xs[3], xs[4], xs[5], xs[6], xs[7]);
        if (n == 9) s[a] = ops::set_build_const<T>(xs[0], xs[1], xs[2], xs[3], xs[4], xs[5], xs[6], xs[7], xs[8]);
        if (n == 10)
          s[a] = ops::set_build_const<T>(xs[0], xs[1], xs[2], xs[3], xs[4], xs[5], xs[6], xs[7], xs[8], xs[9]);
        sc.Emit(name[a] + " = " + py + "; " + show(a), SetLine(s[a]));
        break;
      }
      case 32: {  // a display with non-constant items: BUILD_SET adds in order
        std::vector<T> xs;
        size_t n = 1 + rng() % 4;
        for (size_t k = 0; k < n; ++k) xs.push_back(G::Value(rng));
        std::string py = "{";
        for (size_t k = 0; k < n; ++k) py += (k ? ", v(" : "v(") + G::Py(xs[k]) + ")";
        py += "}";
        if (n == 1) s[a] = ops::set_build<T>(xs[0]);
        if (n == 2) s[a] = ops::set_build<T>(xs[0], xs[1]);
        if (n == 3) s[a] = ops::set_build<T>(xs[0], xs[1], xs[2]);
        if (n == 4) s[a] = ops::set_build<T>(xs[0], xs[1], xs[2], xs[3]);
        sc.Emit(name[a] + " = " + py + "; " + show(a), SetLine(s[a]));
        break;
      }
      case 38: {  // `for x in {c1, c2, ...}` iterates the frozenset constant itself
        std::vector<T> xs;
        size_t n = 1 + rng() % 6;
        for (size_t k = 0; k < n; ++k) xs.push_back(G::Value(rng));
        std::string py = "{";
        for (size_t k = 0; k < n; ++k) py += (k ? ", " : "") + G::Py(xs[k]);
        py += "}";
        Set<T> f;
        if (n == 1) f = ops::set_frozen_const<T>(xs[0]);
        if (n == 2) f = ops::set_frozen_const<T>(xs[0], xs[1]);
        if (n == 3) f = ops::set_frozen_const<T>(xs[0], xs[1], xs[2]);
        if (n == 4) f = ops::set_frozen_const<T>(xs[0], xs[1], xs[2], xs[3]);
        if (n == 5) f = ops::set_frozen_const<T>(xs[0], xs[1], xs[2], xs[3], xs[4]);
        if (n == 6) f = ops::set_frozen_const<T>(xs[0], xs[1], xs[2], xs[3], xs[4], xs[5]);
        sc.Emit("print([x for x in " + py + "])", ListRepr(ops::set_list(f)));
        break;
      }
      case 33:
        ops::set_intersection_update(s[a], s[b]);
        sc.Emit(name[a] + ".intersection_update(" + name[b] + "); " + show(a), SetLine(s[a]));
        break;
      case 34:
        ops::set_difference_update(s[a], s[b]);
        sc.Emit(name[a] + ".difference_update(" + name[b] + "); " + show(a), SetLine(s[a]));
        break;
      case 35:
        ops::set_symmetric_difference_update(s[a], s[b]);
        sc.Emit(name[a] + ".symmetric_difference_update(" + name[b] + "); " + show(a), SetLine(s[a]));
        break;
      case 36: case 37: {  // a for loop whose body mutates the set
        int body = static_cast<int>(rng() % 5);
        static const char* kBody[] = {"(s.discard(x), s.add(f(x)))", "s.add(f(x))", "s.discard(x)", "None",
                                      "(s.discard(x), s.add(x))"};
        std::string out = "[";
        SetIter<T> it(s[a]);
        size_t count = 0;
        while (true) {
          T item{};
          int r = it.Next(cx, item);
          if (r == 0) break;
          if (r < 0) {
            out += (count ? ", " : "") + Quote(cx.exc_message);
            break;
          }
          out += (count ? ", " : "") + R(item);
          if (++count > 50) break;
          if (body == 0) {
            s[a].Discard(item);
            s[a].Add(G::Flip(item));
          } else if (body == 1) {
            s[a].Add(G::Flip(item));
          } else if (body == 2) {
            s[a].Discard(item);
          } else if (body == 4) {
            s[a].Discard(item);
            s[a].Add(item);
          }
        }
        out += "]";
        std::string flip = std::is_same_v<T, int64_t> ? "lambda x: ~x"
                           : std::is_same_v<T, bool> ? "lambda x: not x"
                                                     : "lambda t: (~t[1], t[0])";
        sc.Emit("L(" + name[a] + ", " + flip + ", lambda s, f, x: " + kBody[body] + ")", out);
        sc.Emit(show(a), SetLine(s[a]));
        break;
      }
      default: {
        // Grow a set past a few resizes.
        std::vector<T> xs;
        std::string py = values(10 + rng() % 40, xs);
        for (const T& e : xs) s[a].Add(e);
        sc.Emit("for x in " + py + ": " + name[a] + ".add(x)\n" + show(a), SetLine(s[a]));
        break;
      }
    }
  }
}

TEST(PyHash, MatchesCPython) {
  Rng rng(1);
  Script sc;
  for (int i = 0; i < 3000; ++i) {
    int64_t x = Gen<int64_t>::Value(rng);
    sc.Emit("print(hash(" + std::to_string(x) + "))", std::to_string(PyHashOf(x)));
    auto t = Gen<Tuple<int64_t, int64_t>>::Value(rng);
    sc.Emit("print(hash(" + R(t) + "))", std::to_string(PyHashOf(t)));
  }
  for (int i = 0; i < 2000; ++i) {
    double d;
    switch (i % 5) {
      case 0: d = std::ldexp(static_cast<double>(rng() % 100000) - 50000, static_cast<int>(rng() % 2100) - 1100); break;
      case 1: d = static_cast<double>(static_cast<int64_t>(rng())); break;
      case 2: d = (static_cast<double>(rng() % 1000000) - 500000) / 1024.0; break;
      case 3: d = __builtin_bit_cast(double, rng() & 0x7fefffffffffffffULL); break;
      default: d = std::ldexp(1.0, static_cast<int>(rng() % 2000) - 1074) * (rng() % 2 ? -1 : 1); break;
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", d);
    sc.Emit(std::string("print(hash(float('") + buf + "')))", std::to_string(PyHashOf(d)));
  }
  sc.Emit("print(hash(float('inf')), hash(float('-inf')), hash(True), hash(False), hash(()), hash(((1, 2), (3,))))",
          std::to_string(PyHashOf(1.0 / 0.0)) + " " + std::to_string(PyHashOf(-1.0 / 0.0)) + " " +
              std::to_string(PyHashOf(true)) + " " + std::to_string(PyHashOf(false)) + " " +
              std::to_string(PyHashOf(Tuple<>())) + " " +
              std::to_string(PyHashOf(Tuple<Tuple<int64_t, int64_t>, Tuple<int64_t>>({1, 2}, {3}))));
  sc.Check();
}

TEST(Set, RandomIntSequencesMatchCPython) {
  Rng rng(42);
  Script sc;
  for (int seq = 0; seq < 1000; ++seq) RandomSetSequence<int64_t>(rng, sc, 40);
  sc.Check();
}

TEST(Set, RandomTupleSequencesMatchCPython) {
  Rng rng(7);
  Script sc;
  for (int seq = 0; seq < 600; ++seq) RandomSetSequence<Tuple<int64_t, int64_t>>(rng, sc, 40);
  sc.Check();
}

TEST(Set, RandomBoolSequencesMatchCPython) {
  Rng rng(9);
  Script sc;
  for (int seq = 0; seq < 200; ++seq) RandomSetSequence<bool>(rng, sc, 30);
  sc.Check();
}

TEST(Set, LargeSetsMatchCPython) {
  // Past 50000 elements the growth factor changes (used*2 instead of used*4).
  Rng rng(3);
  Script sc;
  Set<int64_t> s;
  std::string py = "s = set()\nfor i in range(60000): s.add(i * 7919 % 1000003 - 500000)\n";
  for (int64_t i = 0; i < 60000; ++i) s.Add(i * 7919 % 1000003 - 500000);
  Set<int64_t> t = SetDifference(s, ops::set_build<int64_t>(5, 6, 7));
  Set<int64_t> u = SetIntersection(t, ops::set_from_list(List<int64_t>(std::vector<int64_t>{1, 2, 3, -499999})));
  for (int64_t i = 0; i < 30000; ++i) t.Discard(i * 13 % 1000003 - 500000);
  SetDifferenceUpdate(t, u);
  sc.py += py + "t = s - {5, 6, 7}\nu = t & set([1, 2, 3, -499999])\n";
  sc.py += "for i in range(30000): t.discard(i * 13 % 1000003 - 500000)\nt -= u\n";
  auto digest = [](const Set<int64_t>& x) {
    // sum of position * value mod 2**61 - 1, position-sensitive
    uint64_t acc = 0, k = 1;
    for (size_t i = 0; i < x.SlotCount(); ++i)
      if (x.SlotLive(i)) acc = (acc + (k++ % 1000003) * static_cast<uint64_t>(x.KeyAt(i))) & ((uint64_t{1} << 61) - 1);
    return std::to_string(acc);
  };
  const char* pydigest = "def digest(x):\n    acc, k = 0, 1\n    for e in x:\n        acc = (acc + (k % 1000003) * e) % (1 << 64) & ((1 << 61) - 1)\n        k += 1\n    return acc\n";
  sc.py += pydigest;
  for (auto [nm, x] : {std::pair<const char*, Set<int64_t>*>{"s", &s}, {"t", &t}, {"u", &u}})
    sc.Emit(std::string("print(digest(") + nm + "), sstate(" + nm + "))",
            digest(*x) + " (" + std::to_string(x->fill()) + ", " + std::to_string(x->size()) + ", " +
                std::to_string(x->mask()) + ", " + std::to_string(x->finger()) + ")");
  sc.Check();
}

TEST(Set, ReprAndErrors) {
  Set<int64_t> s;
  EXPECT_EQ(R(s), "set()");
  s.Add(3);
  s.Add(1);
  s.Add(-1);
  EXPECT_EQ(R(s), "{1, 3, -1}");
  Ctx cx;
  EXPECT_FALSE(ops::set_remove(cx, s, 7));
  EXPECT_STREQ(cx.exc_type, "KeyError");
  EXPECT_EQ(cx.exc_message, "7");
  Set<Tuple<int64_t, int64_t>> t;
  Ctx cx2;
  EXPECT_FALSE(ops::set_remove(cx2, t, Tuple<int64_t, int64_t>(1, 2)));
  EXPECT_EQ(cx2.exc_message, "(1, 2)");
  Ctx cx3;
  int64_t out;
  EXPECT_FALSE(ops::set_pop(cx3, Set<int64_t>(), out));
  EXPECT_EQ(cx3.exc_message, "'pop from an empty set'");
  // Aliasing: a handle copy is the same set.
  Set<int64_t> alias = s;
  alias.Add(100);
  EXPECT_TRUE(s.Contains(100));
  EXPECT_TRUE(PyEq(s, alias));
  Set<int64_t> unset = Unset<Set<int64_t>>();
  unset = s;
  EXPECT_EQ(unset.size(), 4);
}

// ---- dicts ----

template <class K>
std::string DictLine(const Dict<K, int64_t>& d) {
  std::string items = ListRepr(ops::dict_items(d));
  int64_t size = int64_t{1} << d.log2_size();
  return items + " (" + std::to_string(d.size()) + ", " + std::to_string(size) + ", " + std::to_string(d.usable()) +
         ", " + std::to_string(d.SlotCount()) + ")";
}

template <class K>
void RandomDictSequence(Rng& rng, Script& sc, int ops_count) {
  using G = Gen<K>;
  using D = Dict<K, int64_t>;
  D d[3];
  std::string name[3] = {"d0", "d1", "d2"};
  sc.py += "d0 = {}; d1 = {}; d2 = {}\n";
  auto show = [&](int i) { return "D(" + name[i] + ")"; };
  auto pick = [&] { return static_cast<int>(rng() % 3); };
  auto existing = [&](const D& x, K& key) {
    std::vector<K> keys;
    for (size_t i = 0; i < x.SlotCount(); ++i)
      if (x.SlotLive(i)) keys.push_back(x.KeyAt(i));
    if (keys.empty()) return false;
    key = keys[rng() % keys.size()];
    return true;
  };
  for (int step = 0; step < ops_count; ++step) {
    int a = pick(), b = pick();
    K k = G::Value(rng);
    if (rng() % 2) existing(d[a], k);
    std::string Kp = G::Py(k);
    int64_t val = static_cast<int64_t>(rng() % 100);
    std::string Vp = std::to_string(val);
    Ctx cx;
    switch (rng() % 30) {
      case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7:
        ops::dict_setitem(d[a], k, val);
        sc.Emit(name[a] + "[" + Kp + "] = " + Vp + "; " + show(a), DictLine(d[a]));
        break;
      case 8: case 9: case 10: {
        std::string line = ops::dict_delitem(cx, d[a], k) ? "ok" : cx.exc_message;
        sc.Emit("T(lambda: " + name[a] + ".__delitem__(" + Kp + ") or 'ok')", line);
        sc.Emit(show(a), DictLine(d[a]));
        break;
      }
      case 11: {
        int64_t out = 0;
        std::string line = ops::dict_getitem(cx, d[a], k, out) ? std::to_string(out) : std::string(cx.exc_message);
        sc.Emit("T(lambda: " + name[a] + "[" + Kp + "])", line);
        break;
      }
      case 12: {
        Optional<int64_t> g = ops::dict_get(d[a], k);
        std::string line = (g.has ? std::to_string(g.value) : "None") + " " +
                           std::to_string(ops::dict_get_default(d[a], k, val)) + " " +
                           (ops::dict_contains(d[a], k) ? "True" : "False");
        sc.Emit("print(" + name[a] + ".get(" + Kp + "), " + name[a] + ".get(" + Kp + ", " + Vp + "), " + Kp + " in " +
                    name[a] + ")",
                line);
        break;
      }
      case 13: {
        int64_t out = 0;
        std::string line = ops::dict_pop(cx, d[a], k, out) ? std::to_string(out) : std::string(cx.exc_message);
        sc.Emit("T(lambda: " + name[a] + ".pop(" + Kp + "))", line);
        sc.Emit(show(a), DictLine(d[a]));
        break;
      }
      case 14:
        sc.Emit("print(" + name[a] + ".pop(" + Kp + ", " + Vp + "))", std::to_string(ops::dict_pop_default(d[a], k, val)));
        sc.Emit(show(a), DictLine(d[a]));
        break;
      case 15: {
        Tuple<K, int64_t> out{};
        std::string line = ops::dict_popitem(cx, d[a], out) ? R(out) : std::string(cx.exc_message);
        sc.Emit("T(" + name[a] + ".popitem)", line);
        sc.Emit(show(a), DictLine(d[a]));
        break;
      }
      case 16:
        sc.Emit("print(" + name[a] + ".setdefault(" + Kp + ", " + Vp + "))",
                std::to_string(ops::dict_setdefault(d[a], k, val)));
        sc.Emit(show(a), DictLine(d[a]));
        break;
      case 17:
        ops::dict_update(d[a], d[b]);
        sc.Emit(name[a] + ".update(" + name[b] + "); " + show(a), DictLine(d[a]));
        break;
      case 18:
        d[a] = ops::dict_copy(d[b]);
        sc.Emit(name[a] + " = " + name[b] + ".copy(); " + show(a), DictLine(d[a]));
        break;
      case 19:
        d[a] = ops::dict_from_dict(d[b]);
        sc.Emit(name[a] + " = dict(" + name[b] + "); " + show(a), DictLine(d[a]));
        break;
      case 20: {
        std::vector<typename List<Tuple<K, int64_t>>::Stored> pairs;
        std::string py = "[";
        size_t n = rng() % 12;
        for (size_t i = 0; i < n; ++i) {
          pairs.push_back(Tuple<K, int64_t>(G::Value(rng), static_cast<int64_t>(i)));
          py += (i ? ", " : "") + R(pairs.back());
        }
        d[a] = ops::dict_from_pairs(List<Tuple<K, int64_t>>(pairs));
        sc.Emit(name[a] + " = dict(" + py + "]); " + show(a), DictLine(d[a]));
        break;
      }
      case 21:
        if (rng() % 3) break;
        ops::dict_clear(d[a]);
        sc.Emit(name[a] + ".clear(); " + show(a), DictLine(d[a]));
        break;
      case 22: {
        auto tf = [](bool t) { return std::string(t ? "True" : "False"); };
        sc.Emit("print(" + name[a] + " == " + name[b] + ", " + name[a] + " != " + name[b] + ", bool(" + name[a] +
                    "), len(" + name[a] + "), list(" + name[a] + ".keys()), list(" + name[a] + ".values()))",
                tf(ops::dict_eq(d[a], d[b])) + " " + tf(ops::dict_ne(d[a], d[b])) + " " + tf(ops::dict_truth(d[a])) +
                    " " + std::to_string(ops::dict_len(d[a])) + " " + ListRepr(ops::dict_keys(d[a])) + " " +
                    ListRepr(ops::dict_values(d[a])));
        break;
      }
      case 23:
        d[a] = d[b];
        sc.Emit(name[a] + " = " + name[b] + "; " + show(a), DictLine(d[a]));
        break;
      case 24: {  // a display {k1: v1, ...} of n <= 16 pairs: presized, then set in order
        size_t n = 1 + rng() % 16;
        d[a] = ops::dict_presized<K, int64_t>(static_cast<int64_t>(n));
        std::string py = "{";
        for (size_t i = 0; i < n; ++i) {
          K key = G::Value(rng);
          ops::dict_setitem(d[a], key, static_cast<int64_t>(i));
          py += (i ? ", v(" : "v(") + G::Py(key) + "): " + std::to_string(i);
        }
        sc.Emit(name[a] + " = " + py + "}; " + show(a), DictLine(d[a]));
        break;
      }
      case 25: case 26: case 27: {  // a loop whose body mutates the dict
        int body = static_cast<int>(rng() % 6);
        static const char* kBody[] = {"(d.__delitem__(k), d.__setitem__(f(k), 1))", "d.__setitem__(k, d[k] + 1)",
                                      "d.pop(k)", "None", "d.__setitem__(f(k), 2)",
                                      "(d.__delitem__(k), d.__setitem__(k, 3))"};
        std::string out = "[";
        DictIter<K, int64_t> it(d[a]);
        size_t count = 0;
        while (true) {
          size_t index = 0;
          int r = it.Next(cx, index);
          if (r == 0) break;
          if (r < 0) {
            out += (count ? ", " : "") + Quote(cx.exc_message);
            break;
          }
          K key = d[a].KeyAt(index);
          out += (count ? ", " : "") + R(key);
          if (++count > 50) break;
          D& x = d[a];
          if (body == 0) {
            x.Erase(key);
            x.Set(G::Flip(key), 1);
          } else if (body == 1) {
            x.Set(key, *x.Find(key) + 1);
          } else if (body == 2) {
            x.Erase(key);
          } else if (body == 4) {
            x.Set(G::Flip(key), 2);
          } else if (body == 5) {
            x.Erase(key);
            x.Set(key, 3);
          }
        }
        out += "]";
        std::string flip = std::is_same_v<K, int64_t> ? "lambda x: ~x" : "lambda t: (~t[1], t[0])";
        sc.Emit("L(" + name[a] + ", " + flip + ", lambda d, f, k: " + kBody[body] + ")", out);
        sc.Emit(show(a), DictLine(d[a]));
        break;
      }
      default: {
        size_t n = 5 + rng() % 30;
        std::string py = "[";
        for (size_t i = 0; i < n; ++i) {
          K key = G::Value(rng);
          d[a].Set(key, static_cast<int64_t>(i));
          py += (i ? ", " : "") + G::Py(key);
        }
        sc.Emit("for i, k in enumerate(" + py + "]): " + name[a] + "[k] = i\n" + show(a), DictLine(d[a]));
        break;
      }
    }
  }
}

TEST(Dict, RandomIntSequencesMatchCPython) {
  Rng rng(11);
  Script sc;
  for (int seq = 0; seq < 800; ++seq) RandomDictSequence<int64_t>(rng, sc, 40);
  sc.Check();
}

TEST(Dict, RandomTupleSequencesMatchCPython) {
  Rng rng(12);
  Script sc;
  for (int seq = 0; seq < 400; ++seq) RandomDictSequence<Tuple<int64_t, int64_t>>(rng, sc, 40);
  sc.Check();
}

TEST(Dict, ReprErrorsAndAliasing) {
  Dict<int64_t, bool> d;
  EXPECT_EQ(R(d), "{}");
  d.Set(2, true);
  d.Set(-1, false);
  d.Set(2, false);
  EXPECT_EQ(R(d), "{2: False, -1: False}");
  Ctx cx;
  bool out;
  EXPECT_FALSE(ops::dict_getitem(cx, d, 5, out));
  EXPECT_STREQ(cx.exc_type, "KeyError");
  EXPECT_EQ(cx.exc_message, "5");
  Ctx cx2;
  Tuple<int64_t, bool> item;
  EXPECT_FALSE(ops::dict_popitem(cx2, Dict<int64_t, bool>(), item));
  EXPECT_EQ(cx2.exc_message, "'popitem(): dictionary is empty'");
  Dict<int64_t, bool> alias = d;
  alias.Set(9, true);
  EXPECT_TRUE(d.Contains(9));
  Dict<int64_t, bool> copy = d.Copy();
  copy.Erase(9);
  EXPECT_TRUE(d.Contains(9));
  EXPECT_FALSE(PyEq(copy, d));
  Dict<int64_t, bool> unset = Unset<Dict<int64_t, bool>>();
  unset = d;
  EXPECT_EQ(unset.size(), 3);
  // Nested values keep reference semantics.
  Dict<int64_t, List<int64_t>> nested;
  List<int64_t> row;
  nested.Set(1, row);
  row.items().push_back(5);
  EXPECT_EQ(nested.Find(1)->size(), 1);
}

TEST(DictSet, StrKeys) {
  auto S = [](const char* s) { return Str::FromUtf8(s); };
  Dict<Str, int64_t> d;
  d.Set(S("b"), 1);
  d.Set(S("it's"), 2);
  d.Set(S("a long key of more than sixteen bytes"), 3);
  d.Set(S("b"), 4);
  EXPECT_EQ(R(d), "{'b': 4, \"it's\": 2, 'a long key of more than sixteen bytes': 3}");
  Ctx cx;
  int64_t out;
  EXPECT_FALSE(ops::dict_getitem(cx, d, S("zz"), out));
  EXPECT_EQ(cx.exc_message, "'zz'");
  EXPECT_TRUE(ops::dict_getitem(cx, d, S("a long key of more than sixteen bytes"), out));
  EXPECT_EQ(out, 3);
  Set<Str> chars = ops::set_from_str(S("h\u00e9llo w\u00f6rld"));
  EXPECT_EQ(chars.size(), 9);
  EXPECT_TRUE(chars.Contains(S("\u00e9")));
  EXPECT_TRUE(chars.Contains(S(" ")));
  EXPECT_FALSE(chars.Contains(S("e")));
  Ctx cx2;
  EXPECT_FALSE(ops::set_remove(cx2, chars, S("x")));
  EXPECT_EQ(cx2.exc_message, "'x'");
  EXPECT_TRUE(PyEq(chars, ops::set_from_str(S("\u00f6\u00e9lhow dr"))));
  Set<Str> one;
  one.Add(S("q"));
  EXPECT_EQ(R(one), "{'q'}");
}

}  // namespace

}  // namespace fxn
