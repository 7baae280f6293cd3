#include <gtest/gtest.h>

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "float_repr.h"
#include "fxn/fxn.h"
#include "fxn_dyn.hpp"

namespace {

std::string RoundTrip(const std::string& json) {
  char* err = nullptr;
  fxn_value* v = fxn_value_from_json(json.data(), json.size(), &err);
  if (!v) {
    std::string e = err;
    fxn_string_free(err);
    return "error: " + e;
  }
  char* out = fxn_value_to_json(v);
  std::string s = out;
  fxn_string_free(out);
  fxn_value_free(v);
  return s;
}

TEST(FloatRepr, MatchesCPython) {
  using fxn::rt::FloatRepr;
  EXPECT_EQ(FloatRepr(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(FloatRepr(1e16), "1e+16");
  EXPECT_EQ(FloatRepr(1e15), "1000000000000000.0");
  EXPECT_EQ(FloatRepr(1e-5), "1e-05");
  EXPECT_EQ(FloatRepr(0.0001), "0.0001");
  EXPECT_EQ(FloatRepr(1.5e-7), "1.5e-07");
  EXPECT_EQ(FloatRepr(123456789012345678.0), "1.2345678901234568e+17");
  EXPECT_EQ(FloatRepr(-0.0), "-0.0");
  EXPECT_EQ(FloatRepr(2.0), "2.0");
  EXPECT_EQ(FloatRepr(-0.16908371256962862), "-0.16908371256962862");
  EXPECT_EQ(FloatRepr(5e-324), "5e-324");
  EXPECT_EQ(FloatRepr(1.7976931348623157e308), "1.7976931348623157e+308");
  EXPECT_EQ(FloatRepr(HUGE_VAL), "inf");
}

TEST(Json, RoundTripsTheValueModel) {
  EXPECT_EQ(RoundTrip("[1, -2.5, true, null, [1e300, NaN, -Infinity]]"),
            "[1, -2.5, true, null, [1e+300, NaN, -Infinity]]");
  EXPECT_EQ(RoundTrip("{\"a\": [], \"b\": {}}"), "{\"a\": [], \"b\": {}}");
  EXPECT_EQ(RoundTrip("\"caf\\u00e9 \\ud83d\\ude00\""), "\"caf\\u00e9 \\ud83d\\ude00\"");
  EXPECT_EQ(RoundTrip("-9223372036854775808"), "-9223372036854775808");
  EXPECT_EQ(RoundTrip("2.0"), "2.0");
  EXPECT_EQ(RoundTrip("1e400"), "Infinity");
}

TEST(Json, RejectsMalformedInput) {
  EXPECT_EQ(RoundTrip("[1, 2"), "error: unexpected end of input at offset 5");
  EXPECT_EQ(RoundTrip("[1] x"), "error: unexpected text after the value at offset 4");
  EXPECT_EQ(RoundTrip("tru"), "error: unexpected character at offset 0");
}

TEST(Json, TensorsRoundTripPerDtype) {
  EXPECT_EQ(RoundTrip(R"({"tensor": {"dtype": "float32", "shape": [2, 2], "data": [0.1, 1, NaN, -Infinity]}})"),
            R"({"tensor": {"dtype": "float32", "shape": [2, 2], "data": [0.10000000149011612, 1.0, NaN, -Infinity]}})");
  EXPECT_EQ(RoundTrip(R"([{"tensor": {"shape": [3], "data": [true, false, true], "dtype": "bool"}}])"),
            R"([{"tensor": {"dtype": "bool", "shape": [3], "data": [true, false, true]}}])");
  EXPECT_EQ(RoundTrip(R"({"tensor": {"dtype": "uint64", "shape": [2], "data": [18446744073709551615, 0]}})"),
            R"({"tensor": {"dtype": "uint64", "shape": [2], "data": [18446744073709551615, 0]}})");
  EXPECT_EQ(RoundTrip(R"({"tensor": {"dtype": "int8", "shape": [0, 3], "data": []}})"),
            R"({"tensor": {"dtype": "int8", "shape": [0, 3], "data": []}})");
  EXPECT_EQ(RoundTrip(R"({"tensor": {"dtype": "float64", "shape": [], "data": [2.5]}})"),
            R"({"tensor": {"dtype": "float64", "shape": [], "data": [2.5]}})");
}

TEST(Json, RejectsMalformedTensors) {
  EXPECT_EQ(RoundTrip(R"({"tensor": {"dtype": "int8", "shape": [2], "data": [1, 128]}})"),
            "error: tensor: int8 data out of range: 128");
  EXPECT_EQ(RoundTrip(R"({"tensor": {"dtype": "float16", "shape": [1], "data": [1]}})"),
            "error: tensor: unsupported dtype 'float16'");
  EXPECT_EQ(RoundTrip(R"({"tensor": {"dtype": "int32", "shape": [2, 3], "data": [1, 2]}})"),
            "error: tensor: data has 2 items; the shape needs 6");
  EXPECT_EQ(RoundTrip(R"({"tensor": {"dtype": "int32", "shape": [-1], "data": []}})"),
            "error: tensor: shape extents must be ints >= 0");
  EXPECT_EQ(RoundTrip(R"({"tensor": {"dtype": "uint64", "shape": [1], "data": [18446744073709551616]}})"),
            "error: tensor: uint64 data out of range: 18446744073709551616");
  EXPECT_EQ(RoundTrip(R"({"tensor": {"dtype": "uint64", "shape": [1], "data": [-9223372036854775809]}})"),
            "error: tensor: uint64 data out of range: -9223372036854775809");
  EXPECT_EQ(RoundTrip(R"({"tensor": {"dtype": "int64", "shape": [1], "data": [9223372036854775808]}})"),
            "error: tensor: int64 data out of range: 9223372036854775808");
  EXPECT_EQ(RoundTrip(R"({"tensor": {"dtype": "int8", "shape": [1], "data": [-18446744073709551616]}})"),
            "error: tensor: int8 data out of range: -18446744073709551616");
  EXPECT_EQ(RoundTrip(R"({"tensor": {"dtype": "int32", "shape": [18446744073709551616], "data": []}})"),
            "error: tensor: shape extents must be ints >= 0");
  // NumPy: OverflowError: int too large to convert to float
  EXPECT_EQ(RoundTrip("{\"tensor\": {\"dtype\": \"float64\", \"shape\": [1], \"data\": [1" + std::string(309, '0') + "]}}"),
            "error: tensor: float64 data out of range: 1" + std::string(309, '0'));
  EXPECT_EQ(RoundTrip(R"({"tensor": {"dtype": "float32", "shape": [1], "data": [340282366920938463463374607431768211456]}})"),
            "error: tensor: float32 data out of range: 340282366920938463463374607431768211456");
}

TEST(Values, TensorsBuildAndRead) {
  const int64_t shape[] = {2, 3};
  const int16_t data[] = {1, -2, 3, -4, 5, -6};
  fxn_value* t = fxn_tensor(FXN_DT_INT16, 2, shape, data);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(fxn_value_kind(t), FXN_TENSOR);
  EXPECT_EQ(fxn_tensor_dtype(t), FXN_DT_INT16);
  EXPECT_EQ(fxn_tensor_ndim(t), 2u);
  EXPECT_EQ(fxn_tensor_shape(t)[1], 3);
  EXPECT_EQ(static_cast<const int16_t*>(fxn_tensor_data(t))[5], -6);
  char* json = fxn_value_to_json(t);
  EXPECT_STREQ(json, R"({"tensor": {"dtype": "int16", "shape": [2, 3], "data": [1, -2, 3, -4, 5, -6]}})");
  fxn_string_free(json);
  fxn_value_free(t);
  const int64_t bad[] = {-1};
  EXPECT_EQ(fxn_tensor(FXN_DT_FLOAT64, 1, bad, nullptr), nullptr);
}

TEST(Values, BuildAndRead) {
  fxn_value* l = fxn_list();
  fxn_seq_append(l, fxn_int(7));
  fxn_seq_append(l, fxn_float(0.5));
  EXPECT_EQ(fxn_value_len(l), 2u);
  EXPECT_EQ(fxn_value_int(fxn_seq_item(l, 0)), 7);
  EXPECT_EQ(fxn_value_float(fxn_seq_item(l, 1)), 0.5);
  EXPECT_EQ(fxn_seq_item(l, 2), nullptr);
  fxn_value_free(l);
}

// ---- ints past 64 bits ----

fxn_value* Parse(const std::string& json) {
  char* err = nullptr;
  fxn_value* v = fxn_value_from_json(json.data(), json.size(), &err);
  if (!v) {
    ADD_FAILURE() << json.substr(0, 80) << ": " << err;
    fxn_string_free(err);
  }
  return v;
}

std::string Json(const fxn_value* v) {
  char* out = fxn_value_to_json(v);
  std::string s = out;
  fxn_string_free(out);
  return s;
}

std::vector<uint32_t> Digits(const fxn_value* v, bool* negative) {
  size_t n = fxn_value_int_digits(v, negative, nullptr, 0);
  std::vector<uint32_t> out(n);
  EXPECT_EQ(fxn_value_int_digits(v, negative, out.data(), out.size()), n);
  return out;
}

TEST(BigInt, PastInt64RoundTripsExactly) {
  const std::string cases[] = {
      "18446744073709551616",  // 2**64
      "-1606938044258990275541962092341162602522202993782792835301376",  // -(2**200)
      "9223372036854775808",                                              // 2**63
      "-9223372036854775809",                                             // -(2**63) - 1
      "[18446744073709551615, {\"k\": [-340282366920938463463374607431768211456]}]",
      "1" + std::string(4300, '0'),  // 4301 digits: past Python's int(str) limit, fine in JSON
      "-" + std::string(4301, '9'),
  };
  for (const auto& text : cases) EXPECT_EQ(RoundTrip(text), text) << text.substr(0, 40);
  // Small ints stay small at the int64 edges, with or without leading zeros.
  EXPECT_EQ(RoundTrip("[0, -0, 9223372036854775807, -9223372036854775808, 000000000000000000000000000007]"),
            "[0, 0, 9223372036854775807, -9223372036854775808, 7]");
}

TEST(BigInt, DigitsAndKinds) {
  fxn_value* two64 = Parse("18446744073709551616");
  ASSERT_NE(two64, nullptr);
  EXPECT_EQ(fxn_value_kind(two64), FXN_INT);
  EXPECT_FALSE(fxn_value_int_fits(two64));
  EXPECT_EQ(fxn_value_int(two64), 0);  // documented: 0 for an int past int64, as for a wrong kind
  bool neg = true;
  EXPECT_EQ(Digits(two64, &neg), (std::vector<uint32_t>{0, 0, 1}));
  EXPECT_FALSE(neg);
  // cap smaller than the count: the count, and only cap digits written
  uint32_t one[2] = {7, 7};
  EXPECT_EQ(fxn_value_int_digits(two64, nullptr, one, 1), 3u);
  EXPECT_EQ(one[0], 0u);
  EXPECT_EQ(one[1], 7u);
  fxn_value_free(two64);

  fxn_value* m200 = Parse("-1606938044258990275541962092341162602522202993782792835301376");
  std::vector<uint32_t> want(7, 0);
  want[6] = 256;  // 2**200 = 2**(6*32 + 8)
  EXPECT_EQ(Digits(m200, &neg), want);
  EXPECT_TRUE(neg);
  fxn_value_free(m200);

  // Small ints answer the digit query too.
  fxn_value* small = fxn_int(INT64_MIN);
  EXPECT_TRUE(fxn_value_int_fits(small));
  EXPECT_EQ(Digits(small, &neg), (std::vector<uint32_t>{0, 0x80000000u}));
  EXPECT_TRUE(neg);
  fxn_value_free(small);
  fxn_value* zero = fxn_int(0);
  EXPECT_EQ(Digits(zero, &neg), std::vector<uint32_t>{});
  EXPECT_FALSE(neg);
  fxn_value_free(zero);
  // Other kinds: 0 digits, not negative, does not fit.
  fxn_value* f = fxn_float(-1.0);
  neg = true;
  EXPECT_EQ(fxn_value_int_digits(f, &neg, nullptr, 0), 0u);
  EXPECT_FALSE(neg);
  EXPECT_FALSE(fxn_value_int_fits(f));
  fxn_value_free(f);
}

TEST(BigInt, FromDigitsNormalizes) {
  const uint32_t min64[] = {0, 0x80000000u, 0, 0};  // leading zero digits ignored
  fxn_value* v = fxn_int_from_digits(true, min64, 4);
  EXPECT_TRUE(fxn_value_int_fits(v));
  EXPECT_EQ(fxn_value_int(v), INT64_MIN);
  fxn_value_free(v);
  v = fxn_int_from_digits(false, min64, 2);  // 2**63: big
  EXPECT_FALSE(fxn_value_int_fits(v));
  EXPECT_EQ(Json(v), "9223372036854775808");
  fxn_value_free(v);
  v = fxn_int_from_digits(true, nullptr, 0);  // -0 is 0
  EXPECT_TRUE(fxn_value_int_fits(v));
  EXPECT_EQ(Json(v), "0");
  fxn_value_free(v);
  const uint32_t two64[] = {0, 0, 1};
  v = fxn_int_from_digits(true, two64, 3);
  EXPECT_EQ(Json(v), "-18446744073709551616");
  fxn_value_free(v);
  // A big int is a dict key like any other: the same key replaces the item.
  fxn_value* d = fxn_dict();
  fxn_dict_set(d, fxn_int_from_digits(false, two64, 3), fxn_int(1));
  fxn_dict_set(d, fxn_int_from_digits(false, two64, 3), fxn_int(2));
  fxn_dict_set(d, fxn_int_from_digits(true, two64, 3), fxn_int(3));
  EXPECT_EQ(Json(d), R"({"18446744073709551616": 2, "-18446744073709551616": 3})");
  fxn_value_free(d);
}

TEST(BigInt, Uint64TensorData) {
  EXPECT_EQ(RoundTrip(R"({"tensor": {"dtype": "uint64", "shape": [3], "data": [18446744073709551615, 9223372036854775808, 1]}})"),
            R"({"tensor": {"dtype": "uint64", "shape": [3], "data": [18446744073709551615, 9223372036854775808, 1]}})");
  // Big ints into float tensors: correctly rounded, as NumPy's float(int).
  EXPECT_EQ(RoundTrip(R"({"tensor": {"dtype": "float64", "shape": [3], "data": [9007199254740993, 18446744073709553665, 18446744073709553664]}})"),
            R"({"tensor": {"dtype": "float64", "shape": [3], "data": [9007199254740992.0, 1.8446744073709556e+19, 1.8446744073709552e+19]}})");
}

TEST(BigInt, MalformedAndOversizedLiterals) {
  EXPECT_EQ(RoundTrip("-"), "error: unexpected character at offset 0");
  EXPECT_EQ(RoundTrip("[1" + std::string(40, '0') + "x]"), "error: expected ',' or ']' at offset 42");
  EXPECT_EQ(RoundTrip("--" + std::string(40, '1')), "error: unexpected character at offset 0");
  EXPECT_EQ(RoundTrip("1" + std::string(40, '0') + "-1"), "error: unexpected text after the value at offset 41");
  const std::string longest(100000, '7');
  EXPECT_EQ(RoundTrip("[-" + longest + "]"), "[-" + longest + "]");
  EXPECT_EQ(RoundTrip("[-" + longest + "7]"),
            "error: integer too long: 100001 digits, fxn reads at most 100000 at offset 1");
  // and a million digits of big ints per document: ten of the longest, not eleven
  std::string ten = "[" + longest;
  for (int k = 1; k < 10; ++k) ten += ", " + longest;
  EXPECT_EQ(RoundTrip(ten + ", 1" + std::string(30, '0') + "]"),
            "error: too many digits in ints past 64 bits: fxn reads at most 1000000 in one document at offset 1000021");
  ten += ", 1]";
  fxn_value* fits = Parse(ten);  // parsed, not printed (0.3 s an int)
  EXPECT_EQ(fxn_value_len(fits), 11u);
  fxn_value_free(fits);
}

// Until compiled code has big ints (docs/design/big-ints.md step 3), an argument holding one
// where an int64_t goes raises OverflowError naming fxn's 64-bit ints: never TypeError, never 0.
std::string ArgOutcome(const std::string& json, auto typed) {
  fxn_value* args = Parse(json);
  if (!args) return "parse error";
  fxn::Ctx cx;
  bool ok = fxn::ArgFrom(cx, args, 0, "x", "T", typed);
  fxn_value_free(args);
  if (ok) return "ok";
  return std::string(cx.ReportedType()) + ": " + cx.exc_message;  // as fxn_error carries it
}

TEST(BigInt, CompiledArgumentsRefuseIntsPast64Bits) {
  const std::string overflow =
      "OverflowError: fxn: argument 'x' holds an int past 64 bits; fxn's ints are 64-bit here (this function has no "
      "copy over unbounded ints: its fxn source says why)";
  const std::string big = "18446744073709551616";
  EXPECT_EQ(ArgOutcome("[" + big + "]", int64_t{}), overflow);
  EXPECT_EQ(ArgOutcome("[-9223372036854775809]", int64_t{}), overflow);
  EXPECT_EQ(ArgOutcome("[[1, " + big + "]]", fxn::List<int64_t>()), overflow);
  EXPECT_EQ(ArgOutcome("[{\"a\": " + big + "}]", fxn::Dict<fxn::Str, int64_t>()), overflow);
  EXPECT_EQ(ArgOutcome("[[\"s\", " + big + "]]", fxn::Tuple<fxn::Str, int64_t>()), overflow);
  EXPECT_EQ(ArgOutcome("[" + big + "]", fxn::Optional<int64_t>()), overflow);
  EXPECT_EQ(ArgOutcome("[[" + big + "]]", fxn::Dyn()), overflow);
  EXPECT_EQ(ArgOutcome("[" + big + "]", int32_t{}), overflow);
  EXPECT_EQ(ArgOutcome("[" + big + "]", uint64_t{}), overflow);
  // uint64 scalars take [2**63, 2**64) exactly.
  uint64_t u = 0;
  fxn_value* args = Parse("[18446744073709551615]");
  fxn::Ctx cx;
  EXPECT_TRUE(fxn::ArgFrom(cx, args, 0, "x", "uint64", u));
  EXPECT_EQ(u, UINT64_MAX);
  fxn_value_free(args);
  fxn_value* back = fxn::Convert<uint64_t>::To(UINT64_MAX);
  EXPECT_EQ(Json(back), "18446744073709551615");
  fxn_value_free(back);
  // A type mismatch met before (or without) a big int is still the TypeError; fitting ints pass.
  EXPECT_EQ(ArgOutcome("[[\"s\", " + big + "]]", fxn::List<int64_t>()),
            "TypeError: argument 'x' must be T (the type it was compiled for)");
  EXPECT_EQ(ArgOutcome("[" + big + "]", fxn::Str()), "TypeError: argument 'x' must be T (the type it was compiled for)");
  EXPECT_EQ(ArgOutcome("[-9223372036854775808]", int64_t{}), "ok");
  EXPECT_EQ(ArgOutcome("[[1, 2]]", fxn::List<int64_t>()), "ok");
}

// Random ints of up to 5000 digits: the decimal text and the digits agree with CPython's
// str() and to_bytes() (python3.11 with the 4300-digit limit lifted).
TEST(BigInt, MatchesCPython) {
  if (access("/usr/bin/python3.11", X_OK) != 0) GTEST_SKIP() << "needs /usr/bin/python3.11 (the reference)";
  const char* script =
      "import random, sys\n"
      "sys.set_int_max_str_digits(0)\n"
      "r = random.Random(15)\n"
      "xs = [2**64, -(2**200), 2**63, -(2**63) - 1, 10**4300, -(10**4300) + 1, 2**32 - 1, 2**96 - 1, -(2**96)]\n"
      "xs += [r.choice((-1, 1)) * r.getrandbits(r.randrange(1, 17000)) for _ in range(300)]\n"
      "for x in xs:\n"
      "    m = abs(x)\n"
      "    n = (m.bit_length() + 31) // 32\n"
      "    b = m.to_bytes(4 * n, 'little')\n"
      "    ds = ' '.join(str(int.from_bytes(b[4 * k:4 * k + 4], 'little')) for k in range(n))\n"
      "    print(x, int(x < 0), ds)\n";
  std::string path = testing::TempDir() + "/fxn_bigint_ref.py";
  FILE* f = std::fopen(path.c_str(), "w");
  ASSERT_NE(f, nullptr);
  std::fputs(script, f);
  std::fclose(f);
  FILE* p = popen(("/usr/bin/python3.11 " + path).c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string text;
  char buf[65536];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) text.append(buf, n);
  ASSERT_EQ(pclose(p), 0);
  std::istringstream lines(text);
  std::string line;
  int count = 0;
  while (std::getline(lines, line)) {
    std::istringstream in(line);
    std::string decimal;
    int negative;
    in >> decimal >> negative;
    std::vector<uint32_t> want;
    for (unsigned long d; in >> d;) want.push_back(static_cast<uint32_t>(d));
    fxn_value* v = Parse(decimal);
    ASSERT_NE(v, nullptr);
    bool neg = false;
    EXPECT_EQ(Digits(v, &neg), want) << decimal.substr(0, 40);
    EXPECT_EQ(neg, negative == 1 && !want.empty());
    EXPECT_EQ(Json(v), decimal);
    fxn_value_free(v);
    fxn_value* w = fxn_int_from_digits(negative == 1, want.data(), want.size());
    EXPECT_EQ(Json(w), decimal);
    fxn_value_free(w);
    ++count;
  }
  EXPECT_EQ(count, 309);
}

}  // namespace
