// fxn_gen.hpp: Python's generator objects. A generator function is compiled to a C++20
// coroutine returning Gen<T, R, S> (T: what it yields, R: what it returns, the StopIteration
// value, S: what a yield expression gives: None after next(), the value after send(); NoneT when
// nothing is ever sent). Like CPython's, the body runs only when a consumer asks for the next item (for,
// next(), list(), ...), up to its next yield; the handle is reference-counted (aliases share
// one generator, as Python names do) and destroying the last handle frees the frame.
// Errors follow the Ctx convention: a body that raises records the exception in cx and
// finishes (co_return), and the consumer sees Next() return -1.
#pragma once
#include <coroutine>
#include <string>
#include <utility>

#include "fxn_core.hpp"
#include "fxn_str.hpp"

namespace fxn {

// Whether a value a generator is resumed with is None (NoneT, a `T | None`, a dynamic value).
template <class S>
inline bool SentIsNone(const S& v) {
  if constexpr (std::is_same_v<S, NoneT>) {
    return true;
  } else if constexpr (requires { v.has; }) {
    return !v.has;
  } else if constexpr (requires { S::kNone; }) {
    return v.tag == S::kNone;
  } else {
    return false;
  }
}

template <class T, class R, class S = NoneT>
class Gen {
 public:
  struct promise_type {
    size_t refs = 1;
    bool running = false;        // resumed and not yet suspended: "generator already executing"
    bool just_finished = false;  // the last resume ran to the end: `result` is its return value
    bool started = false;        // resumed at least once (CPython's FRAME_CREATED is !started)
    T current = Unset<T>();
    R result = Unset<R>();
    S sent{};                    // what the yield being resumed evaluates to (None but for send())
    Gen get_return_object() { return Gen(std::coroutine_handle<promise_type>::from_promise(*this)); }
    std::suspend_always initial_suspend() noexcept { return {}; }  // lazy: nothing runs before next()
    std::suspend_always final_suspend() noexcept { return {}; }
    // `co_yield v` suspends; its value, when resumed, is what Next() (None) or Send() left.
    struct YieldAwaiter {
      promise_type* p;
      bool await_ready() const noexcept { return false; }
      void await_suspend(std::coroutine_handle<>) const noexcept {}
      S await_resume() const noexcept { return std::move(p->sent); }
    };
    YieldAwaiter yield_value(T v) {
      current = std::move(v);
      return YieldAwaiter{this};
    }
    void return_value(R v) { result = std::move(v); }
    void unhandled_exception() { __builtin_trap(); }  // compiled with -fno-exceptions: never called
  };
  using Handle = std::coroutine_handle<promise_type>;

  struct UnsetTag {};
  explicit Gen(UnsetTag) {}
  Gen(const Gen& o) : h_(o.h_) {
    if (h_) ++h_.promise().refs;
  }
  Gen(Gen&& o) noexcept : h_(std::exchange(o.h_, nullptr)) {}
  Gen& operator=(const Gen& o) {
    Gen copy(o);
    std::swap(h_, copy.h_);
    return *this;
  }
  Gen& operator=(Gen&& o) noexcept {
    std::swap(h_, o.h_);
    return *this;
  }
  ~Gen() {
    if (h_ && --h_.promise().refs == 0) h_.destroy();
  }
  bool same(const Gen& o) const { return h_ == o.h_; }

  // Runs the body to its next yield: 1 with the item in `out`, 0 when it has finished (now or
  // before), -1 with the exception pending in cx. A StopIteration escaping the body becomes
  // RuntimeError, as PEP 479 makes CPython do.
  int Next(Ctx& cx, T& out) const {
    const int step = Step(cx);
    if (step > 0) out = std::move(h_.promise().current);
    return step;
  }
  // Next() leaving the item in the generator, for Current() (zip() over generators).
  int Step(Ctx& cx) const { return Resume(cx, nullptr); }
  // Resumes the body with `sent` (nullptr: None) as the value of the yield it is suspended at.
  int Resume(Ctx& cx, const S* sent) const {
    if (!h_ || h_.done()) {
      if (h_) h_.promise().just_finished = false;
      return 0;
    }
    promise_type& p = h_.promise();
    if (FXN_UNLIKELY(p.running)) {
      cx.Raise("ValueError", "generator already executing");
      return -1;
    }
    p.started = true;
    if constexpr (!std::is_same_v<S, NoneT>) p.sent = sent ? *sent : S{};
    p.running = true;
    h_.resume();
    p.running = false;
    if (h_.done()) {
      if (FXN_UNLIKELY(cx.failed())) {
        if (std::strcmp(cx.exc_type, "StopIteration") == 0) cx.Raise("RuntimeError", "generator raised StopIteration");
        return -1;
      }
      p.just_finished = true;
      return 0;
    }
    return 1;
  }
  const T& Current() const { return h_.promise().current; }

  // g.send(v): Next() with v as the value of the yield the body is suspended at. As CPython's
  // gen_send_ex2: a non-None value for a generator that has not started is a TypeError (and the
  // generator stays unstarted); send(None) is next(g).
  int Send(Ctx& cx, const S& v, T& out) const {
    if (h_ && !h_.done() && !h_.promise().started && !SentIsNone(v)) {
      cx.Raise("TypeError", "can't send non-None value to a just-started generator");
      return -1;
    }
    const int step = Resume(cx, &v);
    if (step > 0) out = std::move(h_.promise().current);
    return step;
  }

  // The value the body returned, when the last Next() saw it finish (what `yield from` gives).
  // A generator that had finished before gives None: representable only when R holds None.
  bool ReturnValue(Ctx& cx, R& out) const {
    if (h_ && h_.promise().just_finished) {
      out = h_.promise().result;
      return true;
    }
    if constexpr (std::is_same_v<R, NoneT>) {
      out = NoneT{};
      return true;
    } else if constexpr (requires { R(NoneT{}); }) {
      out = R(NoneT{});
      return true;
    } else {
      return cx.Raise("NotImplementedError", "fxn: `yield from` an exhausted generator gives None here, "
                                             "where the generator's return type is not None");
    }
  }
  // str() of the StopIteration that next() raises when the body just returned a value.
  std::string StopMessage() const {
    std::string out;
    if (!h_ || !h_.promise().just_finished) return out;
    if constexpr (!std::is_same_v<R, NoneT>) {
      if constexpr (requires { h_.promise().result.has; }) {
        if (!h_.promise().result.has) return out;
      }
      Format<R>::Str(out, h_.promise().result);
    }
    return out;
  }

 private:
  explicit Gen(Handle h) : h_(h) {}
  Handle h_ = nullptr;
};

template <class T, class R, class S>
struct UnsetValue<Gen<T, R, S>> {
  static Gen<T, R, S> Get() { return Gen<T, R, S>(typename Gen<T, R, S>::UnsetTag{}); }
};

template <class T, class R, class S>
inline bool PyEq(const Gen<T, R, S>& a, const Gen<T, R, S>& b) {
  return a.same(b);
}
template <class T, class R, class S>
inline bool PyTruth(const Gen<T, R, S>&) {
  return true;  // a generator object has no __bool__ or __len__
}

}  // namespace fxn
