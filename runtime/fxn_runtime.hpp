// fxn_runtime.hpp: what generated code stands on. The call context (recursion depth and the
// pending exception), Python's reference-semantics list, and conversions between the typed
// C++ values of compiled code and the fxn_value model of fxn.h.
//
// Error convention: a fallible operation returns bool (false: an exception is pending in the
// Ctx) and writes its result through its last parameter. No C++ exceptions: the same code
// builds for targets without unwinding support (wasm32).
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "fxn.h"

#define FXN_UNLIKELY(x) __builtin_expect(!!(x), 0)

namespace fxn {

struct NoneT {
  bool operator==(const NoneT&) const { return true; }
};

// The state one call of the generic or typed entry carries through compiled code.
struct Ctx {
  int depth = 0;
  int recursion_limit = 1000;  // CPython's default sys.getrecursionlimit()
  const char* exc_type = nullptr;
  char exc_message[960] = {0};

  bool failed() const { return exc_type != nullptr; }

  // Records a Python exception; returns false so kernels can `return cx.Raise(...)`.
  bool Raise(const char* type, const char* message) {
    exc_type = type;
    std::snprintf(exc_message, sizeof exc_message, "%s", message);
    return false;
  }
  template <class... A>
  bool Raisef(const char* type, const char* fmt, A... args) {
    exc_type = type;
    std::snprintf(exc_message, sizeof exc_message, fmt, args...);
    return false;
  }
};

// Python's list: a reference to a shared, growable sequence. Copies alias (a = b; a.append(1)
// changes b), as in Python. Reference counting is not atomic: one call runs on one thread.
template <class T>
class List {
 public:
  // Items as stored: bool as a byte-sized enum, not vector<bool> (bit-packed) and not uint8_t
  // (a char type, which may alias anything and would make the compiler reload the vector's
  // pointers after every store).
  enum class BoolByte : uint8_t {};
  using Stored = std::conditional_t<std::is_same_v<T, bool>, BoolByte, T>;
  struct Object {
    size_t refs = 1;
    std::vector<Stored> items;
  };

  struct UnsetTag {};
  List() : obj_(new Object) {}
  // A slot to be assigned before it is read (an out-parameter, a not yet assigned local).
  explicit List(UnsetTag) : obj_(nullptr) {}
  explicit List(std::vector<Stored> items) : obj_(new Object{1, std::move(items)}) {}
  List(const List& o) : obj_(o.obj_) {
    if (obj_) ++obj_->refs;
  }
  List(List&& o) noexcept : obj_(o.obj_) { o.obj_ = nullptr; }
  List& operator=(const List& o) {
    List copy(o);
    std::swap(obj_, copy.obj_);
    return *this;
  }
  List& operator=(List&& o) noexcept {
    std::swap(obj_, o.obj_);
    return *this;
  }
  ~List() {
    if (obj_ && --obj_->refs == 0) delete obj_;
  }

  std::vector<Stored>& items() const { return obj_->items; }
  static Stored Store(const T& value) { return static_cast<Stored>(value); }
  int64_t size() const { return static_cast<int64_t>(obj_->items.size()); }
  bool same(const List& o) const { return obj_ == o.obj_; }

 private:
  Object* obj_;
};

template <class... T>
using Tuple = std::tuple<T...>;

// The initial value of a slot that is written before it is read: no allocation for lists.
template <class T>
struct UnsetValue {
  static T Get() { return T{}; }
};
template <class T>
struct UnsetValue<List<T>> {
  static List<T> Get() { return List<T>(typename List<T>::UnsetTag{}); }
};
template <class... T>
struct UnsetValue<Tuple<T...>> {
  static Tuple<T...> Get() { return Tuple<T...>(UnsetValue<T>::Get()...); }
};
template <class T>
inline T Unset() {
  return UnsetValue<T>::Get();
}

inline int64_t WrappingAdd(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b));
}
// The last value of a range with `count` > 0 values.
inline int64_t RangeLast(int64_t start, int64_t step, uint64_t count) {
  return static_cast<int64_t>(static_cast<uint64_t>(start) + (count - 1) * static_cast<uint64_t>(step));
}

// Iterations of range(start, stop, step), step != 0, without overflow.
inline uint64_t RangeLength(int64_t start, int64_t stop, int64_t step) {
  if (step > 0) {
    if (start >= stop) return 0;
    return (static_cast<uint64_t>(stop) - static_cast<uint64_t>(start) - 1) / static_cast<uint64_t>(step) + 1;
  }
  if (start <= stop) return 0;
  return (static_cast<uint64_t>(start) - static_cast<uint64_t>(stop) - 1) / (0 - static_cast<uint64_t>(step)) + 1;
}

// ---- Conversions between fxn_value and typed values (the entry points' argument checks) ----

template <class T>
struct Convert;

template <>
struct Convert<int64_t> {
  static constexpr const char* kName = "int";
  static bool From(const fxn_value* v, int64_t& out) {
    if (fxn_value_kind(v) != FXN_INT) return false;
    out = fxn_value_int(v);
    return true;
  }
  static fxn_value* To(int64_t x) { return fxn_int(x); }
};

template <>
struct Convert<double> {
  static constexpr const char* kName = "float";
  static bool From(const fxn_value* v, double& out) {
    if (fxn_value_kind(v) != FXN_FLOAT) return false;
    out = fxn_value_float(v);
    return true;
  }
  static fxn_value* To(double x) { return fxn_float(x); }
};

template <>
struct Convert<bool> {
  static constexpr const char* kName = "bool";
  static bool From(const fxn_value* v, bool& out) {
    if (fxn_value_kind(v) != FXN_BOOL) return false;
    out = fxn_value_bool(v);
    return true;
  }
  static fxn_value* To(bool x) { return fxn_bool(x); }
};

template <>
struct Convert<NoneT> {
  static constexpr const char* kName = "None";
  static bool From(const fxn_value* v, NoneT&) { return fxn_value_kind(v) == FXN_NONE; }
  static fxn_value* To(NoneT) { return fxn_none(); }
};

template <class T>
struct Convert<List<T>> {
  static constexpr const char* kName = "list";
  static bool From(const fxn_value* v, List<T>& out) {
    if (fxn_value_kind(v) != FXN_LIST) return false;
    size_t n = fxn_value_len(v);
    out = List<T>();  // a new list: `out` may be an unset slot
    auto& items = out.items();
    items.reserve(n);
    for (size_t i = 0; i < n; ++i) {
      T item{};
      if (!Convert<T>::From(fxn_seq_item(v, i), item)) return false;
      items.push_back(List<T>::Store(item));
    }
    return true;
  }
  static fxn_value* To(const List<T>& xs) {
    fxn_value* out = fxn_list();
    for (const auto& x : xs.items()) fxn_seq_append(out, Convert<T>::To(static_cast<T>(x)));
    return out;
  }
};

template <class... T>
struct Convert<Tuple<T...>> {
  static constexpr const char* kName = "tuple";
  static bool From(const fxn_value* v, Tuple<T...>& out) {
    if (fxn_value_kind(v) != FXN_TUPLE && fxn_value_kind(v) != FXN_LIST) return false;
    if (fxn_value_len(v) != sizeof...(T)) return false;
    return FromItems(v, out, std::index_sequence_for<T...>{});
  }
  static fxn_value* To(const Tuple<T...>& t) {
    fxn_value* out = fxn_tuple();
    std::apply([&](const auto&... x) { (fxn_seq_append(out, Convert<std::decay_t<decltype(x)>>::To(x)), ...); }, t);
    return out;
  }

 private:
  template <size_t... I>
  static bool FromItems(const fxn_value* v, Tuple<T...>& out, std::index_sequence<I...>) {
    return (Convert<T>::From(fxn_seq_item(v, I), std::get<I>(out)) && ...);
  }
};

// Reads argument `index` of the generic entry, raising Python's TypeError wording on mismatch.
template <class T>
bool ArgFrom(Ctx& cx, const fxn_value* args, size_t index, const char* name, const char* type, T& out) {
  if (!Convert<T>::From(fxn_seq_item(args, index), out)) {
    return cx.Raisef("TypeError", "argument '%s' must be %s (the type it was compiled for)", name, type);
  }
  return true;
}

inline void CopyError(const Ctx& cx, fxn_error* error) {
  if (!error) return;
  std::snprintf(error->type, sizeof error->type, "%s", cx.exc_type ? cx.exc_type : "SystemError");
  std::snprintf(error->message, sizeof error->message, "%s", cx.exc_message);
}

}  // namespace fxn
