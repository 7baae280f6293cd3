// fxn_array.hpp: NumPy's ndarray for compiled code. An Array<T, N> is a strided view (data
// pointer, shape, strides in items) of a reference-counted buffer: slicing, reshaping and
// transposing share the buffer as NumPy's views do; operations that NumPy gives fresh
// arrays allocate C-contiguous ones. N, the number of dimensions, is static: the front end
// types every array expression with its ndim, as NumPy's rules for shapes let it.
#pragma once

#include <cstdlib>
#include <cstring>
#include <new>
#include <initializer_list>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>

#include "fxn_core.hpp"

// Array code is compiled twice on x86-64 Linux: as is, and for AVX2 (x86-64-v3), and each call of
// an entry point runs the copy its CPU supports (lowering emits both; see fxn_generated_v3).
#define FXN_ALWAYS_INLINE inline __attribute__((always_inline))
#if defined(__x86_64__) && defined(__linux__) && defined(__clang__)
#define FXN_MULTIVERSION 1
#define FXN_TARGET_V3 __attribute__((target("avx2,fma")))
#else
#define FXN_MULTIVERSION 0
#define FXN_TARGET_V3
#endif

namespace fxn {

#if FXN_MULTIVERSION
inline bool CpuHasV3() {
  static const bool yes = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  return yes;
}
#endif

// ---- dtypes ----

template <class T>
struct DType;
#define FXN_DTYPE(T, CODE, NAME)                  \
  template <>                                     \
  struct DType<T> {                               \
    static constexpr fxn_dtype kCode = CODE;      \
    static constexpr const char* kName = NAME;    \
  };
FXN_DTYPE(bool, FXN_DT_BOOL, "bool")
FXN_DTYPE(int8_t, FXN_DT_INT8, "int8")
FXN_DTYPE(int16_t, FXN_DT_INT16, "int16")
FXN_DTYPE(int32_t, FXN_DT_INT32, "int32")
FXN_DTYPE(int64_t, FXN_DT_INT64, "int64")
FXN_DTYPE(uint8_t, FXN_DT_UINT8, "uint8")
FXN_DTYPE(uint16_t, FXN_DT_UINT16, "uint16")
FXN_DTYPE(uint32_t, FXN_DT_UINT32, "uint32")
FXN_DTYPE(uint64_t, FXN_DT_UINT64, "uint64")
FXN_DTYPE(float, FXN_DT_FLOAT32, "float32")
FXN_DTYPE(double, FXN_DT_FLOAT64, "float64")
#undef FXN_DTYPE

// ---- storage ----

// The bytes of one or more arrays (views share it). Items start 64-byte aligned.
struct ArrayBuffer {
  // Buffers of module-level constants live for the whole process and may be read from several
  // threads: their count is never touched.
  static constexpr int64_t kImmortal = INT64_MAX;
  int64_t refs;
  int64_t bytes;
  alignas(64) unsigned char data[];

  // Aligned operator new, not aligned_alloc: the Windows C library has no aligned_alloc.
  static ArrayBuffer* New(int64_t bytes) {
    void* p = ::operator new(sizeof(ArrayBuffer) + static_cast<size_t>(bytes), std::align_val_t{64});
    auto* b = static_cast<ArrayBuffer*>(p);
    b->refs = 1;
    b->bytes = bytes;
    return b;
  }
  static void Free(ArrayBuffer* b) { ::operator delete(static_cast<void*>(b), std::align_val_t{64}); }
};

template <class T, int N>
class Array {
 public:
  static_assert(N >= 0 && N <= 32, "NumPy arrays have at most 32 dimensions");
  static constexpr int kDims = N;
  using value_type = T;

  Array() = default;
  Array(const Array& o) : buf_(o.buf_), data_(o.data_) {
    CopyLayout(o);
    Retain(buf_);
  }
  Array(Array&& o) noexcept : buf_(o.buf_), data_(o.data_) {
    CopyLayout(o);
    o.buf_ = nullptr;
    o.data_ = nullptr;
  }
  Array& operator=(const Array& o) {
    if (this != &o) {
      Retain(o.buf_);
      Release();
      buf_ = o.buf_;
      data_ = o.data_;
      CopyLayout(o);
    }
    return *this;
  }
  Array& operator=(Array&& o) noexcept {
    if (this != &o) {
      Release();
      buf_ = o.buf_;
      data_ = o.data_;
      CopyLayout(o);
      o.buf_ = nullptr;
      o.data_ = nullptr;
    }
    return *this;
  }
  ~Array() { Release(); }

  // A new C-contiguous array whose items the caller writes at once.
  static Array Uninitialized(const int64_t* shape) {
    Array a;
    int64_t count = 1;
    for (int d = 0; d < N; ++d) {
      a.shape_[d] = shape[d];
      count *= shape[d];
    }
    a.buf_ = ArrayBuffer::New(count * static_cast<int64_t>(sizeof(T)));
    a.data_ = reinterpret_cast<T*>(a.buf_->data);
    a.SetContiguousStrides();
    return a;
  }
  // A new C-contiguous array of zeros (NumPy's empty() promises nothing, zeros() zero).
  static Array Zeros(const int64_t* shape) {
    Array a = Uninitialized(shape);
    std::memset(a.data_, 0, static_cast<size_t>(a.size()) * sizeof(T));
    return a;
  }
  // A view of `base`'s buffer with its own layout.
  template <class U, int M>
  static Array View(const Array<U, M>& base, T* data, const int64_t* shape, const int64_t* strides) {
    Array a;
    a.buf_ = base.buffer();
    Retain(a.buf_);
    a.data_ = data;
    for (int d = 0; d < N; ++d) {
      a.shape_[d] = shape[d];
      a.strides_[d] = strides[d];
    }
    return a;
  }

  T* data() const { return data_; }
  const int64_t* shape() const { return shape_; }
  const int64_t* strides() const { return strides_; }
  int64_t shape(int d) const { return shape_[d]; }
  int64_t stride(int d) const { return strides_[d]; }
  ArrayBuffer* buffer() const { return buf_; }
  // Makes the buffer live as long as the process (a module-level constant).
  void MakeImmortal() {
    if (buf_) buf_->refs = ArrayBuffer::kImmortal;
  }
  bool is_set() const { return buf_ != nullptr; }
  int64_t size() const {
    int64_t n = 1;
    for (int d = 0; d < N; ++d) n *= shape_[d];
    return n;
  }
  bool contiguous() const {
    int64_t expect = 1;
    for (int d = N - 1; d >= 0; --d) {
      if (shape_[d] != 1 && strides_[d] != expect) return false;
      expect *= shape_[d];
    }
    return true;
  }
  // The offset of an item, in items, from its multi-index.
  int64_t Offset(const int64_t* index) const {
    int64_t off = 0;
    for (int d = 0; d < N; ++d) off += index[d] * strides_[d];
    return off;
  }

 private:
  void CopyLayout(const Array& o) {
    for (int d = 0; d < N; ++d) {
      shape_[d] = o.shape_[d];
      strides_[d] = o.strides_[d];
    }
  }
  void SetContiguousStrides() {
    int64_t s = 1;
    for (int d = N - 1; d >= 0; --d) {
      strides_[d] = s;
      s *= shape_[d];
    }
  }
  static void Retain(ArrayBuffer* b) {
    if (b && b->refs != ArrayBuffer::kImmortal) ++b->refs;
  }
  void Release() {
    if (buf_ && buf_->refs != ArrayBuffer::kImmortal && --buf_->refs == 0) ArrayBuffer::Free(buf_);
    buf_ = nullptr;
  }

  ArrayBuffer* buf_ = nullptr;
  T* data_ = nullptr;
  int64_t shape_[N > 0 ? N : 1] = {};
  int64_t strides_[N > 0 ? N : 1] = {};
};

template <class T>
struct IsArray : std::false_type {};
template <class T, int N>
struct IsArray<Array<T, N>> : std::true_type {};

template <class T, int N>
struct UnsetValue<Array<T, N>> {
  static Array<T, N> Get() { return Array<T, N>(); }
};

// NumPy's text for a shape: "(2,3)", "(4,)", "()".
template <class T, int N>
std::string ShapeText(const Array<T, N>& a, bool spaces = false) {
  std::string s = "(";
  for (int d = 0; d < N; ++d) {
    if (d) s += spaces ? ", " : ",";
    s += std::to_string(a.shape(d));
  }
  if (N == 1) s += ",";
  return s + ")";
}

// A C-contiguous copy (or `a` itself when it already is one).
template <class T, int N>
Array<T, N> Contiguous(const Array<T, N>& a) {
  if (a.contiguous()) return a;
  Array<T, N> out = Array<T, N>::Uninitialized(a.shape());
  T* o = out.data();
  if (out.size() == 0) return out;
  int64_t index[N > 0 ? N : 1] = {};
  const int64_t inner = N > 0 ? a.shape(N - 1) : 1;
  const int64_t inner_stride = N > 0 ? a.stride(N - 1) : 0;
  while (true) {
    const T* p = a.data() + a.Offset(index);
    for (int64_t k = 0; k < inner; ++k) *o++ = p[k * inner_stride];
    int d = N - 2;
    for (; d >= 0; --d) {
      if (++index[d] < a.shape(d)) break;
      index[d] = 0;
    }
    if (d < 0) break;
  }
  return out;
}

// ---- broadcasting and elementwise maps ----

namespace arr {

template <class A>
constexpr int DimsOf() {
  if constexpr (IsArray<A>::value) return A::kDims;
  else return 0;
}

// The broadcast shape of the operands into out[N]; false (ValueError as NumPy words it) if
// they do not broadcast.
template <int N, class... A>
bool BroadcastShape(Ctx& cx, int64_t* out, const A&... args) {
  for (int d = 0; d < N; ++d) out[d] = 1;
  bool ok = true;
  auto one = [&](const auto& a) {
    using T = std::decay_t<decltype(a)>;
    if constexpr (IsArray<T>::value) {
      constexpr int M = T::kDims;
      for (int d = 0; d < M; ++d) {
        int64_t& o = out[N - M + d];
        int64_t e = a.shape(d);
        if (o == 1) o = e;
        else if (e != 1 && e != o) ok = false;
      }
    }
  };
  (one(args), ...);
  if (ok) return true;
  std::string shapes;
  auto text = [&](const auto& a) {
    using T = std::decay_t<decltype(a)>;
    if constexpr (IsArray<T>::value) shapes += ShapeText(a) + " ";
    else shapes += "() ";
  };
  (text(args), ...);
  return cx.Raisef("ValueError", "operands could not be broadcast together with shapes %s", shapes.c_str());
}

// A shape of up to 32 dims (an operand's, or a broadcast result's), for the broadcast checks of a
// fused chain: NumPy checks each ufunc's operands in turn, so a failure names the shapes of
// the first failing operation's operands, not every leaf of the chain.
struct ShapeN {
  int ndim = 0;
  int64_t dims[32] = {};
};
template <class A>
ShapeN ShapeOfOperand(const A& a) {
  ShapeN s;
  if constexpr (IsArray<A>::value) {
    s.ndim = A::kDims;
    for (int d = 0; d < A::kDims; ++d) s.dims[d] = a.shape(d);
  }
  return s;
}
inline bool BroadcastShapes(Ctx& cx, ShapeN& out, std::initializer_list<ShapeN> operands) {
  out = ShapeN{};
  for (const auto& s : operands) out.ndim = s.ndim > out.ndim ? s.ndim : out.ndim;
  for (int d = 0; d < out.ndim; ++d) out.dims[d] = 1;
  bool ok = true;
  for (const auto& s : operands)
    for (int d = 0; d < s.ndim; ++d) {
      int64_t& o = out.dims[out.ndim - s.ndim + d];
      if (o == 1) o = s.dims[d];
      else if (s.dims[d] != 1 && s.dims[d] != o) ok = false;
    }
  if (ok) return true;
  std::string shapes;
  for (const auto& s : operands) {
    shapes += "(";
    for (int d = 0; d < s.ndim; ++d) shapes += (d ? "," : "") + std::to_string(s.dims[d]);
    shapes += s.ndim == 1 ? ",) " : ") ";
  }
  return cx.Raisef("ValueError", "operands could not be broadcast together with shapes %s", shapes.c_str());
}

// One operand of a map: a pointer and its strides over the result's N dimensions (0 where it
// broadcasts), or a scalar.
template <class A, int N, bool kIsArray = IsArray<A>::value>
struct Operand {
  using Item = A;
  explicit Operand(const A& a, const int64_t*) : value(a) {}
  Item Get(int64_t) const { return value; }
  Item At(int64_t) const { return value; }
  int64_t Stride(int) const { return 0; }
  A value;
};
template <class A, int N>
struct Operand<A, N, true> {
  using Item = typename A::value_type;
  Operand(const A& a, const int64_t* out_shape) : base(a.data()) {
    constexpr int M = A::kDims;
    for (int d = 0; d < N; ++d) strides[d] = 0;
    for (int d = 0; d < M; ++d) strides[N - M + d] = (a.shape(d) == 1 && out_shape[N - M + d] != 1) ? 0 : a.stride(d);
  }
  Item Get(int64_t offset) const { return base[offset]; }
  Item At(int64_t flat) const { return base[flat]; }
  int64_t Stride(int d) const { return strides[d]; }
  const Item* base;
  int64_t strides[N > 0 ? N : 1];
};

template <class A>
bool SameShapeContiguous(const int64_t* shape, int n, const A& a) {
  if constexpr (IsArray<A>::value) {
    constexpr int M = A::kDims;
    if (M != n || !a.contiguous()) return false;
    for (int d = 0; d < M; ++d)
      if (a.shape(d) != shape[d]) return false;
  }
  return true;
}

// An item from a fallible item kernel inside a loop: the exception stays pending in the Ctx
// and the map's caller checks it once the loop is done.
template <class R, class F>
inline R TryItem(F&& f) {
  R r{};
  f(&r);
  return r;
}

// The general case of Map: an odometer over the outer dimensions, the last one innermost.
template <class R, int N, class F, size_t... I, class... Op>
void MapStrided(R* o, const int64_t* shape, F& f, std::index_sequence<I...>, const Op&... op) {
  constexpr size_t K = sizeof...(Op);
  int64_t index[N > 0 ? N : 1] = {};
  const int64_t inner = N > 0 ? shape[N - 1] : 1;
  const int64_t inner_strides[K > 0 ? K : 1] = {(N > 0 ? op.Stride(N - 1) : 0)...};
  while (true) {
    int64_t offsets[K > 0 ? K : 1] = {};
    auto offset_of = [&](const auto& one) {
      int64_t off = 0;
      for (int d = 0; d + 1 < N; ++d) off += index[d] * one.Stride(d);
      return off;
    };
    ((offsets[I] = offset_of(op)), ...);
    for (int64_t i = 0; i < inner; ++i) *o++ = static_cast<R>(f(op.Get(offsets[I] + i * inner_strides[I])...));
    int d = N - 2;
    for (; d >= 0; --d) {
      if (++index[d] < shape[d]) break;
      index[d] = 0;
    }
    if (d < 0) break;
  }
}

// out = f(args...) item by item, NumPy's broadcasting; R is the result's item type. Fusion
// hands one lambda for a whole chain of elementwise operations, so no temporaries exist.
template <class R, int N, class F, class... A>
bool Map(Ctx& cx, Array<R, N>& out, F&& f, const A&... args) {
  int64_t shape[N > 0 ? N : 1];
  if (!BroadcastShape<N>(cx, shape, args...)) return false;
  out = Array<R, N>::Uninitialized(shape);
  const int64_t count = out.size();
  R* o = out.data();
  if (count == 0) return true;
  if ((SameShapeContiguous(shape, N, args) && ...)) {
    // The common case: every array operand is laid out as the result is.
    auto ops = std::make_tuple(Operand<A, N>(args, shape)...);
    std::apply([&](const auto&... op) {
      for (int64_t i = 0; i < count; ++i) o[i] = static_cast<R>(f(op.At(i)...));
    }, ops);
    return true;
  }
  MapStrided<R, N>(o, shape, f, std::index_sequence_for<A...>{}, Operand<A, N>(args, shape)...);
  return true;
}

}  // namespace arr

// ---- conversions to and from the value model ----

template <class T, int N>
struct Convert<Array<T, N>> {
  static constexpr const char* kName = "ndarray";
  static bool From(const fxn_value* v, Array<T, N>& out) {
    if (fxn_value_kind(v) != FXN_TENSOR || fxn_tensor_dtype(v) != DType<T>::kCode ||
        fxn_tensor_ndim(v) != static_cast<size_t>(N))
      return false;
    out = Array<T, N>::Uninitialized(fxn_tensor_shape(v));
    std::memcpy(out.data(), fxn_tensor_data(v), static_cast<size_t>(out.size()) * sizeof(T));
    return true;
  }
  static fxn_value* To(const Array<T, N>& a) {
    Array<T, N> c = Contiguous(a);
    return fxn_tensor(DType<T>::kCode, N, c.shape(), c.data());
  }
};

// NumPy scalars of the other widths return as Python's int and float (as .item() gives).
template <class T>
struct ConvertNumber {
  static bool From(const fxn_value* v, T& out) {
    if constexpr (std::is_floating_point_v<T>) {
      if (fxn_value_kind(v) != FXN_FLOAT) return false;
      out = static_cast<T>(fxn_value_float(v));
    } else if constexpr (std::is_same_v<T, uint64_t>) {
      // [2**63, 2**64) is a big int in the value model: read its two digits.
      if (fxn_value_kind(v) != FXN_INT) return false;
      bool negative = false;
      uint32_t d[2] = {0, 0};
      if (!fxn_value_int_fits(v) && fxn_value_int_digits(v, &negative, d, 2) <= 2 && !negative) {
        out = (uint64_t{d[1]} << 32) | d[0];
        return true;
      }
      int64_t i = 0;
      if (!IntFrom(v, i)) return false;
      out = static_cast<T>(i);
    } else {
      int64_t i = 0;
      if (!IntFrom(v, i)) return false;  // past 64 bits: see BigIntRefused
      out = static_cast<T>(i);
    }
    return true;
  }
  static fxn_value* To(T x) {
    if constexpr (std::is_floating_point_v<T>) return fxn_float(static_cast<double>(x));
    else if constexpr (std::is_same_v<T, uint64_t>) {
      // Past int64 a uint64 is a big int of the value model (two digits): Python's int(x).
      const uint32_t digits[2] = {static_cast<uint32_t>(x), static_cast<uint32_t>(x >> 32)};
      return fxn_int_from_digits(false, digits, 2);
    } else {
      return fxn_int(static_cast<int64_t>(x));
    }
  }
};
template <> struct Convert<float> : ConvertNumber<float> { static constexpr const char* kName = "float32"; };
template <> struct Convert<int8_t> : ConvertNumber<int8_t> { static constexpr const char* kName = "int8"; };
template <> struct Convert<int16_t> : ConvertNumber<int16_t> { static constexpr const char* kName = "int16"; };
template <> struct Convert<int32_t> : ConvertNumber<int32_t> { static constexpr const char* kName = "int32"; };
template <> struct Convert<uint8_t> : ConvertNumber<uint8_t> { static constexpr const char* kName = "uint8"; };
template <> struct Convert<uint16_t> : ConvertNumber<uint16_t> { static constexpr const char* kName = "uint16"; };
template <> struct Convert<uint32_t> : ConvertNumber<uint32_t> { static constexpr const char* kName = "uint32"; };
template <> struct Convert<uint64_t> : ConvertNumber<uint64_t> { static constexpr const char* kName = "uint64"; };

}  // namespace fxn
