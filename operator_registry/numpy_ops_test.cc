// NumPy kernels (kernels/ops_numpy.hpp) and arrays (runtime/fxn_array.hpp) in isolation. Their
// agreement with NumPy itself is tested end to end (tests/e2e/test_numpy_conformance.py).
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>

#include "fxn_runtime.hpp"
#include "ops_numpy.hpp"

namespace fxn::ops {
namespace {

double Ulps(double a, double b) {
  if (a == b) return 0;
  double larger = std::max(std::fabs(a), std::fabs(b));
  return std::fabs(a - b) / (std::nextafter(larger, HUGE_VAL) - larger);
}

TEST(NumpyExp, WithinOneUlpOfLibm) {
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> wide(-746.0, 710.0), narrow(-5.0, 5.0);
  double worst = 0;
  for (int i = 0; i < 2000000; ++i) {
    double x = i % 2 ? wide(rng) : narrow(rng);
    worst = std::max(worst, Ulps(ExpF64(x), std::exp(x)));
  }
  EXPECT_LE(worst, 1.0);
  for (double x : {0.0, -0.0, 1e-300, 709.78, 709.79, -745.1, -745.2, -708.4, 1e300, -1e300, HUGE_VAL, -HUGE_VAL})
    EXPECT_LE(Ulps(ExpF64(x), std::exp(x)), 1.0) << x;
  EXPECT_TRUE(std::isnan(ExpF64(std::nan(""))));
}

Array<double, 2> Iota(int64_t rows, int64_t cols) {
  int64_t shape[2] = {rows, cols};
  auto a = Array<double, 2>::Uninitialized(shape);
  for (int64_t i = 0; i < a.size(); ++i) a.data()[i] = static_cast<double>(i);
  return a;
}

TEST(NumpyMap, BroadcastsAndFuses) {
  Ctx cx;
  Array<double, 2> a = Iota(2, 3);
  int64_t col_shape[2] = {2, 1};
  Array<double, 2> col = Array<double, 2>::Zeros(col_shape);
  col.data()[1] = 10;
  Array<double, 2> out;
  ASSERT_TRUE((arr::Map<double, 2>(cx, out, [](double x, double c, double s) { return (x + c) * s; }, a, col, 2.0)));
  EXPECT_EQ(out.shape(0), 2);
  EXPECT_EQ(out.shape(1), 3);
  EXPECT_EQ(out.data()[4], (4 + 10) * 2.0);
  // A transposed (non-contiguous) operand takes the strided path.
  Array<double, 2> t = np_transpose(a);
  ASSERT_TRUE((arr::Map<double, 2>(cx, out, [](double x) { return x; }, t)));
  EXPECT_EQ(out.data()[1], 3.0);  // t[0, 1] == a[1, 0]
  int64_t bad_shape[1] = {4};
  Array<double, 1> bad = Array<double, 1>::Zeros(bad_shape);
  EXPECT_FALSE((arr::Map<double, 2>(cx, out, [](double x, double y) { return x + y; }, a, bad)));
  EXPECT_STREQ(cx.exc_type, "ValueError");
  EXPECT_EQ(cx.exc_message, "operands could not be broadcast together with shapes (2,3) (4,) ");
}

TEST(NumpyIndex, ViewsShareTheBuffer) {
  Ctx cx;
  Array<double, 2> a = Iota(4, 5);
  Array<double, 2> view;
  // a[1::2, ::-2]
  const std::tuple<int64_t, int64_t, int64_t, int64_t, int64_t, int64_t> bounds(1, INT64_MAX, 2, INT64_MAX, INT64_MIN, -2);
  ASSERT_TRUE(np_index(cx, a, Str::FromUtf8("ss"), bounds, view));
  EXPECT_EQ(view.shape(0), 2);
  EXPECT_EQ(view.shape(1), 3);
  EXPECT_EQ(view.data()[0], 9.0);  // a[1, 4]
  EXPECT_EQ(view.buffer(), a.buffer());
  double item = 0;
  const std::tuple<int64_t, int64_t> beyond(0, 5);
  EXPECT_FALSE(np_index_item(cx, a, Str::FromUtf8("ii"), beyond, item));
  EXPECT_EQ(cx.exc_message, "index 5 is out of bounds for axis 1 with size 5");
}

TEST(NumpySum, PairwiseLikeNumpy) {
  // Below 8 items NumPy adds in order from 0.0: -0.0 sums to 0.0.
  double minus_zero[1] = {-0.0};
  EXPECT_FALSE(std::signbit(PairwiseSum<double>(minus_zero, 1, 1)));
  // 1e16 + 1 + ...: a running sum loses every 1 (1e16's ulp is 2); NumPy's 8 accumulators lose
  // only the one added to 1e16, then add ((1e16 + 2) + 4) + (4 + 4).
  std::vector<double> v(16, 1.0);
  v[0] = 1e16;
  double running = 0;
  for (double x : v) running += x;
  EXPECT_EQ(running, 1e16);
  EXPECT_EQ(PairwiseSum<double>(v.data(), 16, 1), 1e16 + 14);
}

TEST(NumpyReshape, ChecksSizes) {
  Ctx cx;
  Array<double, 2> a = Iota(2, 3);
  Array<double, 1> flat;
  ASSERT_TRUE(np_reshape(cx, a, std::tuple<int64_t>(-1), flat));
  EXPECT_EQ(flat.shape(0), 6);
  Array<double, 2> bad;
  const std::tuple<int64_t, int64_t> shape(4, 2);
  EXPECT_FALSE(np_reshape(cx, a, shape, bad));
  EXPECT_EQ(cx.exc_message, "cannot reshape array of size 6 into shape (4,2)");
}

}  // namespace
}  // namespace fxn::ops
