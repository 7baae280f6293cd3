#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "float_repr.h"
#include "fxn/fxn.h"

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
  EXPECT_EQ(RoundTrip("9223372036854775808"), "error: integer does not fit in 64 bits at offset 0");
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
  EXPECT_EQ(RoundTrip(R"([18446744073709551615])"), "error: integer does not fit in 64 bits at offset 1");
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

}  // namespace
