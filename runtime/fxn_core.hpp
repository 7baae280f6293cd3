// fxn_core.hpp: the base of the runtime: the call context (recursion depth and the pending
// exception), None, Python's reference-semantics list, tuples, range arithmetic. The value
// headers (fxn_str.hpp, fxn_dict.hpp) build on it; fxn_runtime.hpp gathers them all.
//
// Error convention: a fallible operation returns bool (false: an exception is pending in the
// Ctx) and writes its result through its last parameter. No C++ exceptions: the same code
// builds for targets without unwinding support (wasm32).
#pragma once

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "fxn.h"

#define FXN_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define FXN_LIKELY(x) __builtin_expect(!!(x), 1)

#if defined(__MINGW32__)
// msvcrt.dll's own pow (its import slot): mingw-w64 replaces pow with libmingwex's, which is off
// by an ulp where the CRT's and glibc's are not (2 * 10 ** -2 gave 0.020000000000000004).
extern "C" double (*__imp_pow)(double, double);
#endif

namespace fxn {

// C's pow as CPython gets it on the platform (Windows: from the C runtime, not mingw's).
inline double CrtPow(double x, double y) {
#if defined(__MINGW32__)
  return __imp_pow(x, y);
#else
  return std::pow(x, y);
#endif
}

struct NoneT {
  bool operator==(const NoneT&) const { return true; }
};

// The header of every instance of a class in a hierarchy (a class with a user base, a class
// that has subclasses, a user exception class with fields): its references, its run-time
// class (an index into the module's class table) and a virtual destructor, so that a
// Ref<Base> may own a derived object. Classes outside hierarchies keep the plain record.
struct ObjectBase {
  size_t fxn_refs = 1;
  int32_t fxn_class = 0;
  virtual ~ObjectBase() = default;
};

// An instance of a user class: a reference-counted record (fields are the struct's members).
// Copies alias, as Python references do. Cycles leak (no cycle collector). A class of a
// hierarchy (T derives from ObjectBase) is allocated as T itself, the count in its header; the
// others as {count, fields}. T may be incomplete where Ref<T> is named (a field of its own
// class), so the choice is made inside the member functions.
template <class T>
class Ref {
 public:
  struct UnsetTag {};
  explicit Ref(UnsetTag) : obj_(nullptr) {}
  static Ref New() {
    if constexpr (Poly()) return Ref(static_cast<void*>(new T()));
    else return Ref(static_cast<void*>(new Object{}));
  }
  Ref(const Ref& o) : obj_(o.obj_) {
    if (obj_) ++refs();
  }
  Ref(Ref&& o) noexcept : obj_(o.obj_) { o.obj_ = nullptr; }
  Ref& operator=(const Ref& o) {
    Ref copy(o);
    std::swap(obj_, copy.obj_);
    return *this;
  }
  Ref& operator=(Ref&& o) noexcept {
    std::swap(obj_, o.obj_);
    return *this;
  }
  ~Ref() {
    if (obj_ && --refs() == 0) {
      if constexpr (Poly()) delete static_cast<T*>(obj_);
      else delete static_cast<Object*>(obj_);
    }
  }
  T* operator->() const {
    if constexpr (Poly()) return static_cast<T*>(obj_);
    else return &static_cast<Object*>(obj_)->fields;
  }
  bool same(const Ref& o) const { return obj_ == o.obj_; }
  bool empty() const { return obj_ == nullptr; }
  // The run-time class of an instance of a hierarchy.
  int32_t class_id() const { return static_cast<T*>(obj_)->fxn_class; }
  // The same instance seen as a base or (where the run-time class is known) a derived class.
  template <class U>
  static Ref Cast(const Ref<U>& u) {
    Ref r(UnsetTag{});
    if (u.obj_) {
      r.obj_ = static_cast<void*>(static_cast<T*>(static_cast<U*>(u.obj_)));
      ++r.refs();
    }
    return r;
  }

 private:
  template <class U>
  friend class Ref;
  static constexpr bool Poly() { return std::is_base_of_v<ObjectBase, T>; }
  struct Object {
    size_t refs = 1;
    T fields;
  };
  size_t& refs() const {
    if constexpr (Poly()) return static_cast<ObjectBase*>(static_cast<T*>(obj_))->fxn_refs;
    else return static_cast<Object*>(obj_)->refs;
  }
  explicit Ref(void* obj) : obj_(obj) {}
  void* obj_;
};

// A caught exception (`except E as e`, or one held while a finally block runs): CPython's
// class name and str() of the exception.
struct Exc {
  const char* type = nullptr;
  std::string message;
  Ref<ObjectBase> object{Ref<ObjectBase>::UnsetTag{}};  // the instance of a user exception class with fields
};

// The state one call of the generic or typed entry carries through compiled code.
struct Ctx {
  int depth = 0;
  // CPython's default sys.getrecursionlimit(); a constant, so the check costs no load per call.
  static constexpr int recursion_limit = 1000;
  const char* exc_type = nullptr;
  std::string exc_message;  // str() of the pending exception: any length, NUL bytes kept
  // The instance, when the pending exception is of a user class with fields; empty otherwise.
  Ref<ObjectBase> exc_object{Ref<ObjectBase>::UnsetTag{}};

  bool failed() const { return exc_type != nullptr; }

  // Set by an entry point that can re-run the call exactly: a module whose functions also have a
  // copy over unbounded ints (fxn::Int; WORKSPACE.md "Ints past 64 bits"). Then an int kernel
  // whose result leaves int64 raises kDeopt, which no handler catches and no finally block sees,
  // and the entry runs the call again in that copy, from fresh conversions of its arguments.
  bool speculating = false;
  static constexpr const char* kDeopt = "fxn.IntPastInt64";
  bool Deopting() const { return exc_type == kDeopt || (exc_type && std::strcmp(exc_type, kDeopt) == 0); }
  // fxn's own limits (an int past 64 bits where a kernel still takes 64-bit ints): CPython raises
  // nothing there, so no handler may catch it and no finally block may turn it into a value (a
  // return in a finally would); the entry reports it as OverflowError (CopyError).
  static constexpr const char* kIntLimit = "fxn.IntLimit";
  bool RaiseIntLimit(const char* message) { return Raise(kIntLimit, message); }
  // Exceptions Python code never sees: the re-run and fxn's limits.
  bool Uncatchable() const {
    return exc_type && (exc_type == kDeopt || exc_type == kIntLimit || std::strncmp(exc_type, "fxn.", 4) == 0);
  }
  // The Python class a caller is told: fxn's limit is the OverflowError it is documented as.
  const char* ReportedType() const {
    if (!exc_type) return "SystemError";
    return exc_type == kIntLimit || std::strcmp(exc_type, kIntLimit) == 0 ? "OverflowError" : exc_type;
  }

  // Records a Python exception; returns false so kernels can `return cx.Raise(...)`.
  bool Raise(const char* type, const char* message) {
    exc_type = type;
    if (FXN_UNLIKELY(!exc_object.empty())) exc_object = Ref<ObjectBase>(Ref<ObjectBase>::UnsetTag{});
    exc_message.assign(message);
    return false;
  }
  bool RaiseView(const char* type, std::string_view message) {
    exc_type = type;
    if (FXN_UNLIKELY(!exc_object.empty())) exc_object = Ref<ObjectBase>(Ref<ObjectBase>::UnsetTag{});
    exc_message.assign(message.data(), message.size());
    return false;
  }
  // Takes the pending exception out of the context (it is being handled).
  Exc Take() {
    Exc e{exc_type, std::move(exc_message), std::move(exc_object)};
    exc_object = Ref<ObjectBase>(Ref<ObjectBase>::UnsetTag{});
    exc_type = nullptr;
    exc_message.clear();
    return e;
  }
  bool Restore(const Exc& e) {
    RaiseView(e.type, e.message);
    exc_object = e.object;
    return false;
  }
  // Raises an instance of a user exception class: its run-time class names the exception.
  bool RaiseObject(const char* type, std::string_view message, Ref<ObjectBase> object) {
    RaiseView(type, message);
    exc_object = std::move(object);
    return false;
  }
  // Whether the pending exception is one of `names` (the front end lists every subclass).
  template <size_t N>
  bool Matches(const char* const (&names)[N]) const {
    for (const char* n : names)
      if (std::strcmp(n, exc_type) == 0) return true;
    return false;
  }
  template <class... A>
  bool Raisef(const char* type, const char* fmt, A... args) {
    exc_type = type;
    if (FXN_UNLIKELY(!exc_object.empty())) exc_object = Ref<ObjectBase>(Ref<ObjectBase>::UnsetTag{});
    const int n = std::snprintf(nullptr, 0, fmt, args...);
    exc_message.resize(n > 0 ? static_cast<size_t>(n) : 0);
    std::snprintf(exc_message.data(), exc_message.size() + 1, fmt, args...);  // C++17: data() is writable
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

// ---- Slices: CPython's PySlice_Unpack step rules and PySlice_AdjustIndices ----
// The front end passes INT64_MAX/INT64_MIN for omitted bounds, which the clamping treats as None.

// A zero step raises; the most negative step is clamped to -INT64_MAX.
inline bool SliceStep(Ctx& cx, int64_t& step) {
  if (FXN_UNLIKELY(step == 0)) return cx.Raise("ValueError", "slice step cannot be zero");
  if (step < -INT64_MAX) step = -INT64_MAX;
  return true;
}
// Clamps start/stop into a sequence of `length` items; returns the slice's length.
inline int64_t SliceAdjust(int64_t length, int64_t& start, int64_t& stop, int64_t step) {
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  if (step < 0) {
    if (stop < start) return static_cast<int64_t>(static_cast<uint64_t>(start - stop - 1) / (0 - static_cast<uint64_t>(step)) + 1);
  } else if (start < stop) {
    return static_cast<int64_t>(static_cast<uint64_t>(stop - start - 1) / static_cast<uint64_t>(step) + 1);
  }
  return 0;
}

// ---- Python's comparison and truth over every value type ----
//
// PyEq, PyCmp and PyTruth give ==, <, <=, >, >= and bool() as CPython computes them. Lists and
// tuples compare item by item: the first pair that is not == decides (with the same operator),
// else the lengths do. Value headers (str, dict, objects) add their overloads; generic kernels
// (sort, min, max, `in`, ==) call these, never raw operator<.
enum class CmpOp { kLt, kLe, kGt, kGe };

template <class T>
inline bool ScalarCmp(CmpOp op, const T& a, const T& b) {
  switch (op) {
    case CmpOp::kLt: return a < b;
    case CmpOp::kLe: return a <= b;
    case CmpOp::kGt: return a > b;
    case CmpOp::kGe: return a >= b;
  }
  return false;
}

inline bool PyEq(int64_t a, int64_t b) { return a == b; }
inline bool PyEq(double a, double b) { return a == b; }
inline bool PyEq(bool a, bool b) { return a == b; }
inline bool PyEq(NoneT, NoneT) { return true; }
inline bool PyCmp(CmpOp op, int64_t a, int64_t b) { return ScalarCmp(op, a, b); }
inline bool PyCmp(CmpOp op, double a, double b) { return ScalarCmp(op, a, b); }
inline bool PyCmp(CmpOp op, bool a, bool b) { return ScalarCmp<int>(op, a, b); }
inline bool PyTruth(int64_t a) { return a != 0; }
inline bool PyTruth(double a) { return a != 0.0; }
inline bool PyTruth(bool a) { return a; }
inline bool PyTruth(NoneT) { return false; }

template <class T>
bool PyEq(const List<T>& a, const List<T>& b);
template <class T>
bool PyCmp(CmpOp op, const List<T>& a, const List<T>& b);
template <class... T>
bool PyEq(const Tuple<T...>& a, const Tuple<T...>& b);
template <class... T>
bool PyCmp(CmpOp op, const Tuple<T...>& a, const Tuple<T...>& b);

template <class T>
bool PyEq(const List<T>& a, const List<T>& b) {
  if (a.same(b)) return true;
  if (a.size() != b.size()) return false;
  for (int64_t i = 0; i < a.size(); ++i)
    if (!PyEq(static_cast<T>(a.items()[static_cast<size_t>(i)]), static_cast<T>(b.items()[static_cast<size_t>(i)])))
      return false;
  return true;
}
template <class T>
bool PyCmp(CmpOp op, const List<T>& a, const List<T>& b) {
  const int64_t n = a.size() < b.size() ? a.size() : b.size();
  for (int64_t i = 0; i < n; ++i) {
    T x = static_cast<T>(a.items()[static_cast<size_t>(i)]), y = static_cast<T>(b.items()[static_cast<size_t>(i)]);
    if (!PyEq(x, y)) return PyCmp(op, x, y);
  }
  return ScalarCmp(op, a.size(), b.size());
}
template <class T>
inline bool PyTruth(const List<T>& a) {
  return a.size() != 0;
}

namespace detail {
// Index of the first item pair that is not ==, or sizeof...(T).
template <size_t I = 0, class... T>
size_t FirstDifference(const Tuple<T...>& a, const Tuple<T...>& b) {
  if constexpr (I == sizeof...(T)) {
    return I;
  } else {
    if (!PyEq(std::get<I>(a), std::get<I>(b))) return I;
    return FirstDifference<I + 1>(a, b);
  }
}
template <size_t I = 0, class... T>
bool CmpAt(size_t index, CmpOp op, const Tuple<T...>& a, const Tuple<T...>& b) {
  if constexpr (I == sizeof...(T)) {
    return false;
  } else {
    if (index == I) return PyCmp(op, std::get<I>(a), std::get<I>(b));
    return CmpAt<I + 1>(index, op, a, b);
  }
}
}  // namespace detail

template <class... T>
bool PyEq(const Tuple<T...>& a, const Tuple<T...>& b) {
  return detail::FirstDifference(a, b) == sizeof...(T);
}
template <class... T>
bool PyCmp(CmpOp op, const Tuple<T...>& a, const Tuple<T...>& b) {
  size_t i = detail::FirstDifference(a, b);
  if (i == sizeof...(T)) return op == CmpOp::kLe || op == CmpOp::kGe;  // equal length, all equal
  return detail::CmpAt(i, op, a, b);
}
template <class... T>
inline bool PyTruth(const Tuple<T...>&) {
  return sizeof...(T) != 0;
}

template <class T>
struct UnsetValue<Ref<T>> {
  static Ref<T> Get() { return Ref<T>(typename Ref<T>::UnsetTag{}); }
};
template <class T>
inline bool PyTruth(const Ref<T>&) {
  return true;
}

// ---- Operator methods of user classes called from inside kernels ----
//
// PyEq, PyCmp, PyHash and Format take no Ctx, yet a class's __eq__, __lt__, __hash__ or
// __repr__ is compiled Python that may raise. The generated overloads for such a class (the
// IR's class hooks) run the user's method with their own Ctx and park a raised exception here,
// per thread; every later hook call answers at once while one is parked. Generated code sets
// `depth` before a kernel call whose arguments hold such instances and, after it, moves a parked
// exception into its Ctx (TakeHookError) ahead of anything the kernel itself raised, as CPython
// would have stopped at the method's exception.
// Trivially destructible: a thread_local with a destructor needs __cxa_thread_atexit, which
// wasm32-wasi lacks.
struct HookState {
  int depth = 0;  // the Python frame depth of the code calling the kernel
  bool failed = false;
  const char* type = nullptr;  // the parked exception (as Ctx holds it)
  char* message = nullptr;     // malloc'ed, message_len bytes (a std::string would need a destructor)
  size_t message_len = 0;
  void Park(const char* exc_type, std::string_view text) {
    failed = true;
    type = exc_type;
    std::free(message);
    message = static_cast<char*>(std::malloc(text.size() + 1));
    message_len = message ? text.size() : 0;
    if (message) std::memcpy(message, text.data(), message_len);
  }
};
inline HookState& Hooks() {
  static thread_local HookState state;
  return state;
}
inline bool TakeHookError(Ctx& cx) {
  HookState& h = Hooks();
  if (!h.failed) return false;
  h.failed = false;
  cx.RaiseView(h.type, std::string_view(h.message ? h.message : "", h.message_len));
  std::free(h.message);
  h.message = nullptr;
  h.message_len = 0;
  return true;
}
// Runs one hook: `call(cx, depth)` is the user's method; its exception is parked.
template <class R, class F>
inline R RunHook(R fallback, F call) {
  HookState& h = Hooks();
  if (h.failed) return fallback;
  Ctx cx;
  const int depth = h.depth;
  R r = call(cx, depth + 1);
  h.depth = depth;
  if (cx.failed()) {
    h.Park(cx.exc_type, cx.exc_message);
    return fallback;
  }
  return r;
}

// `x: T | None` (and what dict.get returns): a value or None.
template <class T>
struct Optional {
  bool has = false;
  T value = UnsetValue<T>::Get();

  Optional() = default;
  Optional(NoneT) {}
  Optional(const T& v) : has(true), value(v) {}  // NOLINT: T converts implicitly, as in Python
};
template <class T>
struct UnsetValue<Optional<T>> {
  static Optional<T> Get() { return Optional<T>(); }
};
template <class T>
inline bool PyEq(const Optional<T>& a, const Optional<T>& b) {
  return a.has == b.has && (!a.has || PyEq(a.value, b.value));
}
template <class T>
inline bool PyTruth(const Optional<T>& a) {
  return a.has && PyTruth(a.value);
}

}  // namespace fxn
