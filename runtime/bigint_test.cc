// bigint_test.cc: fxn::BigInt (runtime/fxn_bigint.hpp) against CPython 3.11, differentially.
// Expected values are never written by hand: the test generates operands (sizes 0, 1, 31-33,
// 63-65 bits, 100s and 1000s of bits, powers of two and their neighbours, digit patterns of
// all-ones/zero runs that stress Knuth's division, both signs), writes one case per line, runs
// the batch through /usr/bin/python3.11 and compares every answer: ints in hex, floats as their
// bits, str() in decimal, exceptions as type + message.
//
// Case line: op \t arg \t arg ...; int args in hex ("-1f"), `parse` takes the text as hex of
// its bytes and the base, `fromf` a double's bits. Answer: I<hex>[,<hex>], F<bits>, S<decimal>,
// E<type>:<message>.
//
// Size: FXN_BIGINT_PAIRS=N (default 12000 random pairs, each through every operation, plus the
// cross product of the edge values); FXN_BIGINT_LONG=1 runs 1,000,000 pairs; FXN_BIGINT_SEED=S
// another sequence (shards of a long run).
// Cross targets: built with -DFXN_BIGINT_TEST_DRIVER (no GoogleTest) this file answers case
// lines on stdin (run it under qemu-user or a WASI runtime and diff with CPython's answers;
// FXN_BIGINT_DUMP=DIR makes the host test write DIR/cases.txt and DIR/want.txt).
#ifndef FXN_BIGINT_TEST_DRIVER
#include <gtest/gtest.h>
#include <unistd.h>
#endif

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "fxn_bigint.hpp"

namespace {

using fxn::BigInt;
using fxn::Ctx;

std::string Hex(const BigInt& x) {
  BigInt::Mag m(x);
  if (m.n == 0) return "0";
  static const char* d = "0123456789abcdef";
  std::string s;
  for (size_t i = 0; i < m.n; ++i)
    for (int k = 0; k < 8; ++k) s += d[(m.d[i] >> (4 * k)) & 15];
  while (s.size() > 1 && s.back() == '0') s.pop_back();
  if (m.neg) s += '-';
  return std::string(s.rbegin(), s.rend());
}

std::string BytesHex(std::string_view s) {
  static const char* d = "0123456789abcdef";
  std::string h;
  for (unsigned char c : s) h += d[c >> 4], h += d[c & 15];
  return h;
}
std::string Unhex(std::string_view h) {
  std::string s;
  for (size_t i = 0; i + 1 < h.size(); i += 2) s += static_cast<char>(std::stoi(std::string(h.substr(i, 2)), nullptr, 16));
  return s;
}
std::string FloatBits(double f) {
  uint64_t b;
  std::memcpy(&b, &f, 8);
  std::string s;
  for (int i = 0; i < 8; ++i) s += BytesHex(std::string(1, static_cast<char>(b >> (8 * i))));
  return s;
}

BigInt ParseHex(const std::string& s) {
  Ctx cx;
  BigInt x;
  if (!BigInt::FromString(cx, s, 16, x)) std::abort();
  return x;
}

std::string Error(Ctx& cx) {
  std::string e = std::string("E") + cx.exc_type + ":" + cx.exc_message;
  cx.Take();
  return e;
}

// fxn's answer to one case line.
std::string Answer(const std::string& line) {
  std::vector<std::string> f;
  std::stringstream ss(line);
  for (std::string part; std::getline(ss, part, '\t');) f.push_back(part);
  const std::string& op = f[0];
  Ctx cx;
  BigInt r, r2;
  double d;
  auto I = [](const BigInt& x) { return "I" + Hex(x); };
  if (op == "parse") {
    if (!BigInt::FromString(cx, Unhex(f[1]), std::stoll(f[2]), r)) return Error(cx);
    return I(r);
  }
  if (op == "fromf") {
    uint64_t bits = std::stoull(f[1], nullptr, 16);
    std::memcpy(&d, &bits, 8);
    if (!BigInt::FromDouble(cx, d, r)) return Error(cx);
    return I(r);
  }
  const BigInt a = ParseHex(f[1]);
  const BigInt b = f.size() > 2 ? ParseHex(f[2]) : BigInt();
  if (op == "add") return I(a + b);
  if (op == "sub") return I(a - b);
  if (op == "mul") return I(a * b);
  if (op == "and") return I(a & b);
  if (op == "or") return I(a | b);
  if (op == "xor") return I(a ^ b);
  if (op == "cmp") return I(BigInt(BigInt::Compare(a, b)));
  if (op == "eq") return I(BigInt(a == b));
  if (op == "gcd") return I(BigInt::Gcd(a, b));
  if (op == "neg") return I(-a);
  if (op == "inv") return I(~a);
  if (op == "abs") return I(BigInt::Abs(a));
  if (op == "hash") return I(BigInt(a.Hash()));
  if (op == "bitlen") return I(BigInt::FromUint64(a.bit_length()));
  if (op == "bitcnt") return I(BigInt::FromUint64(a.bit_count()));
  bool ok = true;
  if (op == "floordiv") ok = BigInt::FloorDiv(cx, a, b, r);
  else if (op == "mod") ok = BigInt::Mod(cx, a, b, r);
  else if (op == "shl") ok = BigInt::Shl(cx, a, b, r);
  else if (op == "shr") ok = BigInt::Shr(cx, a, b, r);
  else if (op == "pow") ok = BigInt::Pow(cx, a, b, r);
  else if (op == "powmod") ok = BigInt::PowMod(cx, a, b, ParseHex(f[3]), r);
  else if (op == "isqrt") ok = BigInt::Isqrt(cx, a, r);
  else if (op == "divmod") {
    if (!BigInt::DivMod(cx, a, b, r, r2)) return Error(cx);
    return I(r) + "," + Hex(r2);
  } else if (op == "truediv" || op == "float") {
    ok = op == "float" ? a.ToDouble(cx, d) : BigInt::TrueDiv(cx, a, b, d);
    if (!ok) return Error(cx);
    return "F" + FloatBits(d);
  } else if (op == "str") {
    std::string s;
    if (!a.ToString(cx, s)) return Error(cx);
    return "S" + s;
  } else {
    return "?unknown op " + op;
  }
  if (!ok) return Error(cx);
  return I(r);
}

}  // namespace

#ifndef FXN_BIGINT_TEST_DRIVER
namespace {

constexpr const char* kPython = "/usr/bin/python3.11";

const char* kScript = R"PY(
import sys, struct, math
def F(x): return 'F' + struct.pack('<d', x).hex()
def I(x): return 'I' + format(x, 'x')
OPS = {
    'add': lambda a, b: I(a + b), 'sub': lambda a, b: I(a - b), 'mul': lambda a, b: I(a * b),
    'floordiv': lambda a, b: I(a // b), 'mod': lambda a, b: I(a % b),
    'divmod': lambda a, b: 'I%s,%s' % tuple(format(v, 'x') for v in divmod(a, b)),
    'truediv': lambda a, b: F(a / b), 'and': lambda a, b: I(a & b), 'or': lambda a, b: I(a | b),
    'xor': lambda a, b: I(a ^ b), 'cmp': lambda a, b: I((a > b) - (a < b)), 'eq': lambda a, b: I(int(a == b)),
    'shl': lambda a, b: I(a << b), 'shr': lambda a, b: I(a >> b), 'pow': lambda a, b: I(a ** b),
    'powmod': lambda a, b, c: I(pow(a, b, c)), 'gcd': lambda a, b: I(math.gcd(a, b)),
    'neg': lambda a: I(-a), 'inv': lambda a: I(~a), 'abs': lambda a: I(abs(a)), 'hash': lambda a: I(hash(a)),
    'float': lambda a: F(float(a)), 'str': lambda a: 'S' + str(a), 'isqrt': lambda a: I(math.isqrt(a)),
    'bitlen': lambda a: I(a.bit_length()), 'bitcnt': lambda a: I(a.bit_count()),
}
out = []
for line in sys.stdin:
    p = line.rstrip('\n').split('\t')
    op = p[0]
    try:
        if op == 'parse':
            out.append(I(int(bytes.fromhex(p[1]).decode('ascii'), int(p[2]))))
        elif op == 'fromf':
            out.append(I(int(struct.unpack('<d', int(p[1], 16).to_bytes(8, 'little'))[0])))
        else:
            out.append(OPS[op](*[int(x, 16) for x in p[1:]]))
    except Exception as e:
        out.append('E' + type(e).__name__ + ':' + str(e))
sys.stdout.write('\n'.join(out) + '\n')
)PY";

// Runs the script on `input`; its stdout lines.
std::vector<std::string> RunPython(const std::string& input) {
  char sp[] = "/tmp/fxn_bigint_test_py_XXXXXX";
  char ip[] = "/tmp/fxn_bigint_test_in_XXXXXX";
  const int sf = mkstemp(sp), inf = mkstemp(ip);
  EXPECT_GE(sf, 0);
  EXPECT_GE(inf, 0);
  EXPECT_EQ(write(sf, kScript, std::strlen(kScript)), static_cast<ssize_t>(std::strlen(kScript)));
  for (size_t done = 0; done < input.size();) {
    const ssize_t w = write(inf, input.data() + done, input.size() - done);
    if (w <= 0) break;
    done += static_cast<size_t>(w);
  }
  close(sf);
  close(inf);
  const std::string cmd = std::string(kPython) + " " + sp + " < " + ip;
  FILE* f = popen(cmd.c_str(), "r");
  std::vector<std::string> lines;
  std::string cur;
  char buf[1 << 16];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
    for (size_t i = 0; i < n; ++i) {
      if (buf[i] == '\n') lines.push_back(std::move(cur)), cur.clear();
      else cur += buf[i];
    }
  }
  EXPECT_EQ(pclose(f), 0);
  unlink(sp);
  unlink(ip);
  return lines;
}

// Random operands of the sizes and shapes big-int code gets wrong.
class Gen {
 public:
  explicit Gen(uint64_t seed) : rng_(seed) {}
  uint64_t U(uint64_t n) { return std::uniform_int_distribution<uint64_t>(0, n - 1)(rng_); }

  BigInt Bits(uint64_t bits) {  // exactly `bits` bits, digits random or in runs
    if (bits == 0) return BigInt(0);
    std::vector<uint32_t> d((bits + 31) / 32);
    const int style = static_cast<int>(U(4));
    for (auto& x : d) {
      if (style == 0) x = static_cast<uint32_t>(rng_());
      else {
        const uint64_t k = U(6);
        x = k == 0 ? 0 : k == 1 ? 0xFFFFFFFFu : k == 2 ? 0x80000000u : k == 3 ? 1u : static_cast<uint32_t>(rng_());
      }
    }
    const int top = static_cast<int>((bits - 1) % 32);
    d.back() &= top == 31 ? 0xFFFFFFFFu : ((1u << (top + 1)) - 1);
    d.back() |= 1u << top;
    return BigInt::FromMag(false, std::move(d));
  }
  uint64_t Size() {
    static const uint64_t kEdge[] = {0, 1, 2, 3, 31, 32, 33, 52, 53, 54, 62, 63, 64, 65, 96, 127, 128, 129};
    switch (U(10)) {
      case 0: case 1: case 2: return kEdge[U(sizeof kEdge / sizeof kEdge[0])];
      case 3: case 4: return U(64) + 1;
      case 5: case 6: return U(400) + 60;
      case 7: return U(8) == 0 ? U(400) + 14100 : U(3000) + 500;  // 14100..14500: around 4300 digits
      case 8: return U(200) + 60;
      default: return U(130);
    }
  }
  BigInt Operand() {
    BigInt x;
    const uint64_t bits = Size();
    Ctx cx;
    switch (U(8)) {
      case 0: {  // 2**k + {-1, 0, 1}
        BigInt::Shl(cx, BigInt(1), BigInt(static_cast<int64_t>(bits)), x);
        x = x + BigInt(static_cast<int64_t>(U(3)) - 1);
        break;
      }
      default: x = Bits(bits);
    }
    return U(2) ? -x : x;
  }
  std::mt19937_64 rng_;
};

// Every operation on one pair (plus a third operand and a double for the ternary/unary ones).
void AddCases(Gen& g, const BigInt& a, const BigInt& b, std::string& out) {
  const std::string ha = Hex(a), hb = Hex(b);
  for (const char* op : {"add", "sub", "mul", "floordiv", "mod", "divmod", "truediv", "and", "or", "xor", "cmp", "eq", "gcd"})
    out += std::string(op) + "\t" + ha + "\t" + hb + "\n";
  for (const char* op : {"neg", "inv", "abs", "hash", "float", "bitlen", "bitcnt", "str"})
    out += std::string(op) + "\t" + ha + "\n";
  out += "isqrt\t" + (g.U(4) == 0 ? ha : Hex(BigInt::Abs(a))) + "\n";
  // shift counts: small, around digit boundaries, occasionally negative or huge (right shift)
  const int64_t counts[] = {static_cast<int64_t>(g.U(70)), static_cast<int64_t>(g.U(300)), 31, 32, 33, 63, 64, -1};
  const int64_t c = counts[g.U(8)];
  out += "shl\t" + ha + "\t" + Hex(BigInt(c)) + "\n";
  out += "shr\t" + ha + "\t" + Hex(g.U(8) == 0 ? b : BigInt(c)) + "\n";
  // a ** e with a bounded result size (CPython would compute any size; the test keeps it fast)
  const uint64_t abits = a.bit_length();
  const int64_t e = abits > 1000 ? static_cast<int64_t>(g.U(3)) : abits > 64 ? static_cast<int64_t>(g.U(12)) : static_cast<int64_t>(g.U(80));
  out += "pow\t" + ha + "\t" + Hex(BigInt(e)) + "\n";
  // pow(a, b', m): exponent up to 200 bits (sometimes negative), modulus a third operand
  Ctx cx;
  BigInt eb, m;
  BigInt::Shr(cx, b, BigInt(static_cast<int64_t>(b.bit_length() > 200 ? b.bit_length() - 200 : 0)), eb);
  m = g.Operand();
  if (m.bit_length() > 1200) BigInt::Shr(cx, m, BigInt(static_cast<int64_t>(m.bit_length() - 1200)), m);
  if (g.U(10) == 0) m = BigInt(static_cast<int64_t>(g.U(7)) - 3);
  out += "powmod\t" + ha + "\t" + Hex(g.U(4) == 0 ? -eb : eb) + "\t" + Hex(m) + "\n";
  // int(text, base): a's digits with signs, spaces, underscores, prefixes, sometimes broken
  {
    static const int kBases[] = {10, 10, 10, 0, 16, 2, 8, 36, 7};
    const int base = kBases[g.U(9)];
    std::string digits;
    const int shown = base == 0 ? 10 : base;
    BigInt v = BigInt::Abs(a);
    if (v.bit_length() > 4000 && base != 10) BigInt::Shr(cx, v, BigInt(static_cast<int64_t>(v.bit_length() - 3000)), v);
    if (v.is_zero()) digits = "0";
    while (!v.is_zero()) {
      BigInt q, r;
      BigInt::DivMod(cx, v, BigInt(shown), q, r);
      digits += "0123456789abcdefghijklmnopqrstuvwxyz"[r.to_int64()];
      v = q;
    }
    std::string text(digits.rbegin(), digits.rend());
    if (g.U(4) == 0) {  // underscores, once in a while a double or trailing one
      std::string t;
      for (size_t i = 0; i < text.size(); ++i) {
        t += text[i];
        if (i + 1 < text.size() && g.U(5) == 0) t += g.U(30) == 0 ? "__" : "_";
      }
      if (g.U(30) == 0) t += "_";
      text = t;
    }
    if (base == 16 && g.U(2)) text = (g.U(2) ? "0x" : "0X") + std::string(g.U(3) == 0 ? "_" : "") + text;
    if (g.U(8) == 0) text = "0" + text;  // a leading zero (invalid for base 0 unless all zeros)
    if (a.negative()) text = "-" + text;
    else if (g.U(4) == 0) text = "+" + text;
    if (g.U(4) == 0) text = std::string(" \t\n\v\f\r").substr(g.U(6), 1 + g.U(2)) + text + " ";
    if (g.U(20) == 0) text.insert(g.U(text.size() + 1), 1, "z!. -+x"[g.U(7)]);
    if (g.U(40) == 0) text = "";
    out += "parse\t" + BytesHex(text) + "\t" + std::to_string(base) + "\n";
  }
  // int(f): random bits, or a from float(a)
  {
    uint64_t bits = g.rng_();
    if (g.U(2)) {
      double d;
      if (a.ToDouble(cx, d)) std::memcpy(&bits, &d, 8);
      else cx.Take();
    }
    std::string h;
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(bits));
    out += std::string("fromf\t") + buf + "\n";
  }
}

// The values every operation meets in the cross product.
std::vector<BigInt> EdgeValues() {
  std::vector<BigInt> v;
  Ctx cx;
  for (int64_t k : {0, 1, 2, 31, 32, 33, 52, 53, 54, 62, 63, 64, 65, 96, 127, 128, 1023, 1024, 1025}) {
    BigInt p;
    BigInt::Shl(cx, BigInt(1), BigInt(k), p);
    for (int64_t d : {-1, 0, 1}) {
      v.push_back(p + BigInt(d));
      v.push_back(-(p + BigInt(d)));
    }
  }
  v.push_back(BigInt(INT64_MIN));
  v.push_back(BigInt(INT64_MAX));
  v.push_back(BigInt(3));
  v.push_back(BigInt(-7));
  v.push_back(BigInt(1000000000));
  return v;
}

struct Totals {
  size_t cases = 0, pairs = 0, failures = 0;
};

// Runs a batch through both sides; reports up to a few mismatches.
void Check(const std::string& cases, Totals& t) {
  std::vector<std::string> lines;
  std::stringstream ss(cases);
  for (std::string l; std::getline(ss, l);) lines.push_back(l);
  std::vector<std::string> mine;
  mine.reserve(lines.size());
  for (const auto& l : lines) mine.push_back(Answer(l));
  const std::vector<std::string> want = RunPython(cases);
  ASSERT_EQ(want.size(), lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    if (mine[i] != want[i] && ++t.failures <= 20)
      ADD_FAILURE() << "case: " << lines[i].substr(0, 600) << "\npython3.11: " << want[i].substr(0, 600)
                    << "\nfxn:        " << mine[i].substr(0, 600);
  }
  t.cases += lines.size();
  if (const char* dir = std::getenv("FXN_BIGINT_DUMP")) {
    std::ofstream(std::string(dir) + "/cases.txt", std::ios::app) << cases;
    std::ofstream w(std::string(dir) + "/want.txt", std::ios::app);
    for (const auto& l : want) w << l << "\n";
  }
}

bool HavePython() { return access(kPython, X_OK) == 0; }

TEST(BigInt, EdgeValuesCrossProduct) {
  if (!HavePython()) GTEST_SKIP() << "needs /usr/bin/python3.11 (the reference)";
  Gen g(1);
  const auto edges = EdgeValues();
  std::string cases;
  Totals t;
  for (const auto& a : edges)
    for (const auto& b : edges) AddCases(g, a, b, cases), ++t.pairs;
  Check(cases, t);
  std::printf("bigint edge values: %zu pairs, %zu cases, %zu mismatches\n", t.pairs, t.cases, t.failures);
}

// The 4300-digit limit both ways, at and around it.
TEST(BigInt, DigitLimit) {
  if (!HavePython()) GTEST_SKIP() << "needs /usr/bin/python3.11 (the reference)";
  std::string cases;
  for (size_t n : {4299, 4300, 4301, 5000}) {
    for (const std::string& text : {std::string(n, '9'), std::string(n, '0'), "-" + std::string(n, '1'), " 1" + std::string(n - 1, '0') + " ",
                                    std::string(n, '7') + "_1", "1" + std::string(n - 1, '0') + "x"}) {
      cases += "parse\t" + BytesHex(text) + "\t10\n";
      cases += "parse\t" + BytesHex(text) + "\t0\n";
      cases += "parse\t" + BytesHex(text) + "\t7\n";
      cases += "parse\t" + BytesHex(text) + "\t16\n";  // no limit for powers of two
    }
    Ctx cx;
    BigInt p;
    ASSERT_TRUE(BigInt::Pow(cx, BigInt(10), BigInt(static_cast<int64_t>(n)), p));
    for (const BigInt& v : {p, p - BigInt(1), -p, -(p - BigInt(1)), p + p}) cases += "str\t" + Hex(v) + "\n";
  }
  Totals t;
  Check(cases, t);
  EXPECT_EQ(t.failures, 0u);
}

TEST(BigInt, RandomPairsAgainstCPython) {
  if (!HavePython()) GTEST_SKIP() << "needs /usr/bin/python3.11 (the reference)";
  size_t pairs = 12000;
  if (const char* l = std::getenv("FXN_BIGINT_LONG"); l && *l && *l != '0') pairs = 1000000;
  if (const char* n = std::getenv("FXN_BIGINT_PAIRS")) pairs = std::strtoull(n, nullptr, 10);
  const auto start = std::chrono::steady_clock::now();
  uint64_t seed = 20261203;
  if (const char* v = std::getenv("FXN_BIGINT_SEED")) seed = std::strtoull(v, nullptr, 10);
  Gen g(seed);
  Totals t;
  std::string cases;
  for (size_t i = 0; i < pairs; ++i) {
    AddCases(g, g.Operand(), g.Operand(), cases);
    ++t.pairs;
    if ((i + 1) % 4000 == 0 || i + 1 == pairs) {
      Check(cases, t);
      cases.clear();
      if (t.failures > 20) break;
      if ((i + 1) % 100000 == 0) std::printf("  %zu pairs, %zu mismatches\n", i + 1, t.failures), std::fflush(stdout);
    }
  }
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("bigint random (seed %llu): %zu operand pairs x every operation = %zu cases against CPython 3.11, "
              "%zu mismatches, %.1f s (FXN_BIGINT_LONG=1 for a million pairs, FXN_BIGINT_SEED=S)\n",
              static_cast<unsigned long long>(seed), t.pairs, t.cases, t.failures, s);
  EXPECT_EQ(t.failures, 0u);
}

TEST(BigInt, Api) {
  Ctx cx;
  BigInt x;
  ASSERT_TRUE(BigInt::FromString(cx, "-9223372036854775808", 10, x));
  EXPECT_TRUE(x.fits_int64());
  EXPECT_EQ(x.to_int64(), INT64_MIN);
  BigInt q;
  ASSERT_TRUE(BigInt::FloorDiv(cx, x, BigInt(7), q));
  EXPECT_EQ(q.to_int64(), -1317624576693539402);  // CPython's, where int64 code overflowed
  BigInt y = -x;
  EXPECT_FALSE(y.fits_int64());
  BigInt z = y;  // shares the digits
  EXPECT_EQ(z, y);
  EXPECT_EQ(BigInt::Sub(y, BigInt(1)).to_int64(), INT64_MAX);
  EXPECT_FALSE(BigInt::Pow(cx, BigInt(2), BigInt(-1), q));  // float_pow's: the caller's
  cx.Take();
}

}  // namespace

#else  // FXN_BIGINT_TEST_DRIVER

int main() {
  std::string line;
  while (std::getline(std::cin, line)) std::cout << Answer(line) << "\n";
  return 0;
}

#endif  // FXN_BIGINT_TEST_DRIVER
