// Image preprocessing operators: the native side of python/fxn/image.py. Each computes exactly
// what that NumPy reference computes: the same float64 operations in the same order (targets
// compile with -ffp-contract=off, so nothing is fused).
#pragma once

#include <cmath>
#include <cstdint>
#include <vector>

#include "fxn_op_annotate.hpp"
#include "fxn_runtime.hpp"
#include "ops_numpy.hpp"

namespace fxn::ops {

struct BilinearTap {
  int64_t i0, i1;
  double w;
};

// Half-pixel centers, as _source_coordinates in image.py.
inline void BilinearTaps(int64_t out_size, int64_t in_size, BilinearTap* taps) {
  const double scale = static_cast<double>(in_size) / static_cast<double>(out_size);
  for (int64_t i = 0; i < out_size; ++i) {
    double s = (static_cast<double>(i) + 0.5) * scale - 0.5;
    s = s > 0.0 ? s : 0.0;
    int64_t i0 = static_cast<int64_t>(std::floor(s));
    i0 = i0 < in_size - 1 ? i0 : in_size - 1;
    taps[i] = {i0, i0 + 1 < in_size - 1 ? i0 + 1 : in_size - 1, s - static_cast<double>(i0)};
  }
}

template <int N>
bool CheckImage(Ctx& cx, const Array<uint8_t, N>& img, int64_t height, int64_t width, const char* what) {
  if (height <= 0 || width <= 0)
    return cx.Raisef("ValueError", "%s: height and width must be positive, got %lld x %lld", what,
                     static_cast<long long>(height), static_cast<long long>(width));
  return true;
}

template <class Out, int N>
FXN_OP("fxn.image.resize_bilinear", "(A, int, int) -> R", "*")
bool image_resize_bilinear(Ctx& cx, const Array<uint8_t, N>& img, int64_t height, int64_t width, Out& out) {
  static_assert(N == 2 || N == 3, "images are HxW or HxWxC");
  if (!CheckImage(cx, img, height, width, "resize_bilinear")) return false;
  if (img.shape(0) == 0 || img.shape(1) == 0) return cx.Raise("ValueError", "resize_bilinear: the image is empty");
  const int64_t channels = N == 3 ? img.shape(2) : 1;
  int64_t shape[3] = {height, width, channels};
  out = Out::Uninitialized(shape);
  std::vector<BilinearTap> ys(static_cast<size_t>(height)), xs(static_cast<size_t>(width));
  BilinearTaps(height, img.shape(0), ys.data());
  BilinearTaps(width, img.shape(1), xs.data());
  const int64_t s0 = img.stride(0), s1 = img.stride(1), s2 = N == 3 ? img.stride(2) : 0;
  const uint8_t* p = img.data();
  uint8_t* o = out.data();
  for (int64_t y = 0; y < height; ++y) {
    const BilinearTap ty = ys[static_cast<size_t>(y)];
    for (int64_t x = 0; x < width; ++x) {
      const BilinearTap tx = xs[static_cast<size_t>(x)];
      for (int64_t c = 0; c < channels; ++c) {
        auto at = [&](int64_t i, int64_t j) { return static_cast<double>(p[i * s0 + j * s1 + c * s2]); };
        const double top = (1.0 - tx.w) * at(ty.i0, tx.i0) + tx.w * at(ty.i0, tx.i1);
        const double bottom = (1.0 - tx.w) * at(ty.i1, tx.i0) + tx.w * at(ty.i1, tx.i1);
        double v = std::floor((1.0 - ty.w) * top + ty.w * bottom + 0.5);
        v = v < 0.0 ? 0.0 : (v > 255.0 ? 255.0 : v);
        *o++ = static_cast<uint8_t>(v);
      }
    }
  }
  return true;
}

template <class Out, int N>
FXN_OP("fxn.image.center_crop", "(A, int, int) -> R", "*")
bool image_center_crop(Ctx& cx, const Array<uint8_t, N>& img, int64_t height, int64_t width, Out& out) {
  static_assert(N == 2 || N == 3, "images are HxW or HxWxC");
  if (height <= 0 || width <= 0 || height > img.shape(0) || width > img.shape(1))
    return cx.Raisef("ValueError", "center_crop: cannot crop %lld x %lld out of %lld x %lld",
                     static_cast<long long>(height), static_cast<long long>(width),
                     static_cast<long long>(img.shape(0)), static_cast<long long>(img.shape(1)));
  const int64_t top = (img.shape(0) - height) / 2, left = (img.shape(1) - width) / 2;
  int64_t shape[N], strides[N];
  for (int d = 0; d < N; ++d) {
    shape[d] = img.shape(d);
    strides[d] = img.stride(d);
  }
  shape[0] = height;
  shape[1] = width;
  Array<uint8_t, N> window = Array<uint8_t, N>::View(img, img.data() + top * img.stride(0) + left * img.stride(1), shape, strides);
  out = np_copy(window);
  return true;
}

}  // namespace fxn::ops
