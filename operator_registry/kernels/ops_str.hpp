// ops_str.hpp: the kernels of Python's str (operators, builtins, methods, int()/float() parsing
// and format()), with CPython 3.11's semantics and error messages. The FXN_OP annotations map
// each Python target and signature to one of these (fxn_op_annotate.hpp).
//
// Indices and lengths are in code points. ASCII strings (the common case) take byte-level fast
// paths; others decode UTF-8 (correct, slower). Results that can be huge (repeat, join,
// replace, padding, format widths) are allocated through Str::Make, so running out of memory
// raises MemoryError as in CPython instead of aborting.
#pragma once
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "fxn_op_annotate.hpp"
#include "ops_int.hpp"
#include "fxn_runtime.hpp"

namespace fxn::ops {

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------
namespace strimpl {

inline bool NoMemory(Ctx& cx) { return cx.Raise("MemoryError", ""); }

// Allocates a result string; MemoryError when it cannot.
inline bool Make(Ctx& cx, uint64_t nbytes, int64_t ncp, Str& out, char*& d) {
  if (!Str::Make(nbytes, ncp, out, d)) return NoMemory(cx);
  return true;
}
inline Str FromBuilt(const std::string& s, int64_t ncp) { return Str::FromUtf8(s, ncp); }
inline Str FromBuilt(const std::string& s) { return Str::FromUtf8(s); }

// Byte offset of code point `cp` (0 <= cp <= len) in s, and back.
inline size_t ByteOf(const Str& s, int64_t cp) {
  return s.is_ascii() ? static_cast<size_t>(cp) : utf8::Offset(s.data(), s.nbytes(), cp);
}
inline int64_t CpOf(const Str& s, size_t byte) {
  return s.is_ascii() ? static_cast<int64_t>(byte) : utf8::Count(s.data(), byte);
}
// The code points in bytes [b, e) of s.
inline Str Sub(const Str& s, size_t b, size_t e) {
  return s.is_ascii() ? s.SubstrBytes(b, e, static_cast<int64_t>(e - b)) : s.SubstrBytes(b, e);
}

// CPython's ADJUST_INDICES (find, count, startswith, ...).
inline void AdjustIndices(int64_t& start, int64_t& end, int64_t len) {
  if (end > len) {
    end = len;
  } else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
}

// ASCII whitespace as str.isspace() sees it (\t \n \v \f \r, \x1c-\x1f, space); b < 128.
inline constexpr uint64_t kAsciiSpaceBits = (uint64_t{1} << ' ') | (uint64_t{0x1F} << 0x09) | (uint64_t{0xF} << 0x1C);
inline bool AsciiSpace(unsigned char b) { return b < 64 && ((kAsciiSpaceBits >> b) & 1); }
// Whether the code point at byte i is whitespace; writes its byte length.
inline bool SpaceAt(const char* p, size_t i, size_t& len) {
  const unsigned char b = static_cast<unsigned char>(p[i]);
  if (b < 0x80) {
    len = 1;
    return AsciiSpace(b);
  }
  size_t j = i;
  const uint32_t cp = utf8::Decode(p, j);
  len = j - i;
  return unicode::IsSpace(cp);
}
// Whether the code point ending at byte e is whitespace; writes its byte length.
inline bool SpaceBefore(const char* p, size_t e, size_t& len) {
  const unsigned char b = static_cast<unsigned char>(p[e - 1]);
  if (b < 0x80) {
    len = 1;
    return AsciiSpace(b);
  }
  size_t j = e;
  const uint32_t cp = utf8::DecodeBack(p, j);
  len = e - j;
  return unicode::IsSpace(cp);
}

// Python's repr of s, cut to `limit` code points as "%.200R" does.
inline std::string ReprCut(const Str& s, int64_t limit) {
  std::string r;
  Format<Str>::Repr(r, s);
  if (utf8::Count(r.data(), r.size()) > limit) r.resize(utf8::Offset(r.data(), r.size(), limit));
  return r;
}

// Code points of s.
inline std::vector<uint32_t> Decode(const Str& s) {
  std::vector<uint32_t> out;
  out.reserve(static_cast<size_t>(s.size()));
  const char* p = s.data();
  for (size_t i = 0; i < s.nbytes();) out.push_back(utf8::Decode(p, i));
  return out;
}

}  // namespace strimpl

// ---------------------------------------------------------------------------------------------
// Operators
// ---------------------------------------------------------------------------------------------

// a + b
FXN_OP("operator.add", "(str, str) -> str", "*")
inline bool str_add(Ctx& cx, const Str& a, const Str& b, Str& out) {
  if (b.empty()) {
    out = a;
    return true;
  }
  if (a.empty()) {
    out = b;
    return true;
  }
  Str result;  // not `out`: it may be an argument
  char* d;
  if (!strimpl::Make(cx, uint64_t{a.nbytes()} + b.nbytes(), a.size() + b.size(), result, d)) return false;
  std::memcpy(d, a.data(), a.nbytes());
  std::memcpy(d + a.nbytes(), b.data(), b.nbytes());
  out = std::move(result);
  return true;
}

// The pieces of an f-string, joined: fxn.concat(a, b, ...). The last argument is the result.
template <class... A>
FXN_OP("fxn.concat", "(str, str...) -> str", "*")
inline bool str_concat(Ctx& cx, A&&... args) {
  constexpr size_t N = sizeof...(A) - 1;
  const Str* parts[] = {&args...};
  Str& out = const_cast<Str&>(*parts[N]);
  if constexpr (N == 1) {
    out = *parts[0];
    return true;
  } else {
    uint64_t nbytes = 0;
    int64_t ncp = 0;
    for (size_t i = 0; i < N; ++i) {
      nbytes += parts[i]->nbytes();
      ncp += parts[i]->size();
    }
    Str result;
    char* d;
    if (!strimpl::Make(cx, nbytes, ncp, result, d)) return false;
    for (size_t i = 0; i < N; ++i) {
      std::memcpy(d, parts[i]->data(), parts[i]->nbytes());
      d += parts[i]->nbytes();
    }
    out = std::move(result);
    return true;
  }
}

// s * n and n * s
FXN_OP("operator.mul", "(str, int) -> str", "*")
inline bool str_repeat(Ctx& cx, const Str& s, int64_t n, Str& out) {
  if (n <= 0 || s.empty()) {
    out = Str();
    return true;
  }
  if (n == 1) {
    out = s;
    return true;
  }
  if (static_cast<uint64_t>(s.size()) > Str::kMaxLength / static_cast<uint64_t>(n)) {
    return cx.Raise("OverflowError", "repeated string is too long");
  }
  const uint64_t nb = s.nbytes();
  if (nb > UINT64_MAX / static_cast<uint64_t>(n)) return strimpl::NoMemory(cx);
  const uint64_t total = nb * static_cast<uint64_t>(n);
  Str result;
  char* d;
  if (!strimpl::Make(cx, total, s.size() * n, result, d)) return false;
  if (nb == 1) {
    std::memset(d, s.data()[0], static_cast<size_t>(total));
  } else {
    std::memcpy(d, s.data(), nb);
    size_t done = nb;
    while (done < total) {  // doubling copies
      const size_t k = std::min<size_t>(done, static_cast<size_t>(total) - done);
      std::memcpy(d + done, d, k);
      done += k;
    }
  }
  out = std::move(result);
  return true;
}
FXN_OP("operator.mul", "(int, str) -> str", "*")
inline bool int_str_repeat(Ctx& cx, int64_t n, const Str& s, Str& out) { return str_repeat(cx, s, n, out); }

// s[i]
FXN_OP("operator.getitem", "(str, int) -> str", "*")
inline bool str_getitem(Ctx& cx, const Str& s, int64_t index, Str& out) {
  const int64_t len = s.size();
  if (static_cast<uint64_t>(index) >= static_cast<uint64_t>(len)) {
    if (index < 0) index += len;
    if (index < 0 || index >= len) return cx.Raise("IndexError", "string index out of range");
  }
  if (s.is_ascii()) {
    out = s.SubstrBytes(static_cast<size_t>(index), static_cast<size_t>(index) + 1, 1);
  } else {
    const size_t b = utf8::Offset(s.data(), s.nbytes(), index);
    out = s.SubstrBytes(b, s.NextCharEnd(b), 1);
  }
  return true;
}

// s[start:stop:step]; the front end passes INT64_MAX/INT64_MIN for omitted bounds.
FXN_OP("fxn.slice", "(str, int, int, int) -> str", "*")
inline bool str_slice(Ctx& cx, const Str& s, int64_t start, int64_t stop, int64_t step, Str& out) {
  if (!SliceStep(cx, step)) return false;
  const int64_t count = SliceAdjust(s.size(), start, stop, step);
  if (count == 0) {
    out = Str();
    return true;
  }
  if (step == 1) {
    if (s.is_ascii()) {
      out = s.SubstrBytes(static_cast<size_t>(start), static_cast<size_t>(stop), count);
    } else {
      const size_t b = utf8::Offset(s.data(), s.nbytes(), start);
      const size_t e = b + utf8::Offset(s.data() + b, s.nbytes() - b, count);
      out = s.SubstrBytes(b, e, count);
    }
    return true;
  }
  const char* p = s.data();
  Str result;
  char* d;
  // Index k of the result is start + k*step (wrapping arithmetic: past the last item the sum
  // may leave 64 bits, and is never used).
  auto at = [&](int64_t k) { return static_cast<size_t>(static_cast<uint64_t>(start) + static_cast<uint64_t>(k) * static_cast<uint64_t>(step)); };
  if (s.is_ascii()) {
    if (!strimpl::Make(cx, static_cast<uint64_t>(count), count, result, d)) return false;
    for (int64_t k = 0; k < count; ++k) d[k] = p[at(k)];
  } else {
    std::vector<size_t> offs;  // byte offset of each code point, and the end
    offs.reserve(static_cast<size_t>(s.size()) + 1);
    for (size_t i = 0; i < s.nbytes(); i += utf8::SeqLen(static_cast<unsigned char>(p[i]))) offs.push_back(i);
    offs.push_back(s.nbytes());
    uint64_t nbytes = 0;
    for (int64_t k = 0; k < count; ++k) nbytes += offs[at(k) + 1] - offs[at(k)];
    if (!strimpl::Make(cx, nbytes, count, result, d)) return false;
    for (int64_t k = 0; k < count; ++k) {
      const size_t i = at(k), n = offs[i + 1] - offs[i];
      std::memcpy(d, p + offs[i], n);
      d += n;
    }
  }
  out = std::move(result);
  return true;
}

// `sub in s`
FXN_OP("operator.contains", "(str, str) -> bool", "*")
inline bool str_contains(const Str& s, const Str& sub) {
  if (sub.nbytes() == 1) return s.nbytes() && std::memchr(s.data(), sub.data()[0], s.nbytes()) != nullptr;
  return s.utf8().find(sub.utf8()) != std::string_view::npos;
}

FXN_OP("operator.eq", "(str, str) -> bool", "*")
inline bool str_eq(const Str& a, const Str& b) { return a.Equals(b); }
FXN_OP("operator.ne", "(str, str) -> bool", "*")
inline bool str_ne(const Str& a, const Str& b) { return !a.Equals(b); }
FXN_OP("operator.lt", "(str, str) -> bool", "*")
inline bool str_lt(const Str& a, const Str& b) { return a.Compare(b) < 0; }
FXN_OP("operator.le", "(str, str) -> bool", "*")
inline bool str_le(const Str& a, const Str& b) { return a.Compare(b) <= 0; }
FXN_OP("operator.gt", "(str, str) -> bool", "*")
inline bool str_gt(const Str& a, const Str& b) { return a.Compare(b) > 0; }
FXN_OP("operator.ge", "(str, str) -> bool", "*")
inline bool str_ge(const Str& a, const Str& b) { return a.Compare(b) >= 0; }

FXN_OP("builtins.len", "(str) -> int", "*")
inline int64_t str_len(const Str& s) { return s.size(); }
FXN_OP("builtins.bool", "(str) -> bool", "*")
inline bool str_truth(const Str& s) { return !s.empty(); }

// ---------------------------------------------------------------------------------------------
// str(), repr(), ord(), chr()
// ---------------------------------------------------------------------------------------------
FXN_OP("builtins.str", "() -> str", "*")
inline Str str_empty() { return Str(); }
// str(x) and repr(x) through Format<T> (runtime/fxn_str.hpp). The rows of every type are on the
// template (C++ overload resolution picks the faster overloads below for str, int, bool and
// None); the first matching row wins, so the catch-all (T) rows come last.
template <class T>
FXN_OP("builtins.str", "(str) -> str", "*")
FXN_OP("builtins.str", "(int) -> str", "*")
FXN_OP("builtins.str", "(float) -> str", "*")
FXN_OP("builtins.str", "(bool) -> str", "*")
FXN_OP("builtins.str", "(None) -> str", "*")
FXN_OP("builtins.str", "(list[T]) -> str", "*")
FXN_OP("builtins.str", "(T) -> str", "*")
inline Str str_of(const T& x) {
  std::string buf;
  Format<T>::Str(buf, x);
  return Str::FromUtf8(buf);
}
inline Str str_of(const Str& s) { return s; }
inline Str str_of(int64_t x) {
  char b[24];
  auto r = std::to_chars(b, b + sizeof b, x);
  return Str::FromUtf8(std::string_view(b, static_cast<size_t>(r.ptr - b)), r.ptr - b);
}
inline Str str_of(bool x) { return x ? Str::Literal("True", 4) : Str::Literal("False", 5); }
inline Str str_of(NoneT) { return Str::Literal("None", 4); }

template <class T>
FXN_OP("builtins.repr", "(str) -> str", "*")
FXN_OP("builtins.repr", "(int) -> str", "*")
FXN_OP("builtins.repr", "(float) -> str", "*")
FXN_OP("builtins.repr", "(bool) -> str", "*")
FXN_OP("builtins.repr", "(None) -> str", "*")
FXN_OP("builtins.repr", "(list[T]) -> str", "*")
FXN_OP("builtins.repr", "(T) -> str", "*")
inline Str repr_of(const T& x) {
  std::string buf;
  Format<T>::Repr(buf, x);
  return Str::FromUtf8(buf);
}

FXN_OP("builtins.ord", "(str) -> int", "*")
inline bool str_ord(Ctx& cx, const Str& s, int64_t& out) {
  if (s.size() != 1) {
    return cx.Raisef("TypeError", "ord() expected a character, but string of length %lld found",
                     static_cast<long long>(s.size()));
  }
  size_t i = 0;
  out = utf8::Decode(s.data(), i);
  return true;
}

FXN_OP("builtins.chr", "(int) -> str", "*")
inline bool str_chr(Ctx& cx, int64_t x, Str& out) {
  // chr() takes a C int: larger magnitudes fail converting before the range check.
  if (x > INT32_MAX || x < INT32_MIN) return cx.Raise("OverflowError", "Python int too large to convert to C int");
  if (x < 0 || x > 0x10FFFF) return cx.Raise("ValueError", "chr() arg not in range(0x110000)");
  out = Str::FromCodePoint(static_cast<uint32_t>(x));
  return true;
}

// ---------------------------------------------------------------------------------------------
// Searching: find, rfind, index, rindex, count, startswith, endswith
// ---------------------------------------------------------------------------------------------
namespace strimpl {

// CPython's any_find_slice: code point index of sub in s[start:end], or -1.
inline int64_t Find(const Str& s, const Str& sub, int64_t start, int64_t end, bool forward) {
  const int64_t len1 = s.size(), len2 = sub.size();
  AdjustIndices(start, end, len1);
  if (end - start < len2) return -1;
  if (len2 == 0) return forward ? start : end;
  const size_t b = ByteOf(s, start);
  const size_t e = s.is_ascii() ? static_cast<size_t>(end) : b + utf8::Offset(s.data() + b, s.nbytes() - b, end - start);
  const std::string_view hay(s.data() + b, e - b);
  const size_t pos = forward ? hay.find(sub.utf8()) : hay.rfind(sub.utf8());
  if (pos == std::string_view::npos) return -1;
  return start + (s.is_ascii() ? static_cast<int64_t>(pos) : utf8::Count(hay.data(), pos));
}

inline int64_t Count(const Str& s, const Str& sub, int64_t start, int64_t end) {
  const int64_t len1 = s.size(), len2 = sub.size();
  AdjustIndices(start, end, len1);
  if (end - start < len2) return 0;
  if (len2 == 0) return end - start + 1;
  const size_t b = ByteOf(s, start);
  const size_t e = s.is_ascii() ? static_cast<size_t>(end) : b + utf8::Offset(s.data() + b, s.nbytes() - b, end - start);
  const char* p = s.data() + b;
  const size_t n = e - b;
  int64_t count = 0;
  if (sub.nbytes() == 1) {
    const char c = sub.data()[0];
    for (size_t i = 0; i < n; ++i) count += p[i] == c;
    return count;
  }
  const std::string_view hay(p, n), needle = sub.utf8();
  for (size_t pos = hay.find(needle); pos != std::string_view::npos; pos = hay.find(needle, pos + needle.size())) ++count;
  return count;
}

// CPython's tailmatch.
inline bool TailMatch(const Str& s, const Str& sub, int64_t start, int64_t end, bool at_end) {
  AdjustIndices(start, end, s.size());
  end -= sub.size();
  if (end < start) return false;
  if (sub.empty()) return true;
  const int64_t at = at_end ? end : start;
  const size_t b = ByteOf(s, at);
  return b + sub.nbytes() <= s.nbytes() && std::memcmp(s.data() + b, sub.data(), sub.nbytes()) == 0;
}

}  // namespace strimpl

FXN_OP("str.find", "(str, str) -> int", "*")
inline int64_t str_find(const Str& s, const Str& sub) { return strimpl::Find(s, sub, 0, INT64_MAX, true); }
FXN_OP("str.find", "(str, str, int) -> int", "*")
inline int64_t str_find(const Str& s, const Str& sub, int64_t start) { return strimpl::Find(s, sub, start, INT64_MAX, true); }
FXN_OP("str.find", "(str, str, int, int) -> int", "*")
inline int64_t str_find(const Str& s, const Str& sub, int64_t start, int64_t end) { return strimpl::Find(s, sub, start, end, true); }
FXN_OP("str.rfind", "(str, str) -> int", "*")
inline int64_t str_rfind(const Str& s, const Str& sub) { return strimpl::Find(s, sub, 0, INT64_MAX, false); }
FXN_OP("str.rfind", "(str, str, int) -> int", "*")
inline int64_t str_rfind(const Str& s, const Str& sub, int64_t start) { return strimpl::Find(s, sub, start, INT64_MAX, false); }
FXN_OP("str.rfind", "(str, str, int, int) -> int", "*")
inline int64_t str_rfind(const Str& s, const Str& sub, int64_t start, int64_t end) { return strimpl::Find(s, sub, start, end, false); }

inline bool str_index(Ctx& cx, const Str& s, const Str& sub, int64_t start, int64_t end, int64_t& out);
FXN_OP("str.index", "(str, str) -> int", "*")
inline bool str_index(Ctx& cx, const Str& s, const Str& sub, int64_t& out) { return str_index(cx, s, sub, 0, INT64_MAX, out); }
FXN_OP("str.index", "(str, str, int) -> int", "*")
inline bool str_index(Ctx& cx, const Str& s, const Str& sub, int64_t start, int64_t& out) {
  return str_index(cx, s, sub, start, INT64_MAX, out);
}
FXN_OP("str.index", "(str, str, int, int) -> int", "*")
inline bool str_index(Ctx& cx, const Str& s, const Str& sub, int64_t start, int64_t end, int64_t& out) {
  out = strimpl::Find(s, sub, start, end, true);
  return out >= 0 || cx.Raise("ValueError", "substring not found");
}
inline bool str_rindex(Ctx& cx, const Str& s, const Str& sub, int64_t start, int64_t end, int64_t& out);
FXN_OP("str.rindex", "(str, str) -> int", "*")
inline bool str_rindex(Ctx& cx, const Str& s, const Str& sub, int64_t& out) { return str_rindex(cx, s, sub, 0, INT64_MAX, out); }
FXN_OP("str.rindex", "(str, str, int) -> int", "*")
inline bool str_rindex(Ctx& cx, const Str& s, const Str& sub, int64_t start, int64_t& out) {
  return str_rindex(cx, s, sub, start, INT64_MAX, out);
}
FXN_OP("str.rindex", "(str, str, int, int) -> int", "*")
inline bool str_rindex(Ctx& cx, const Str& s, const Str& sub, int64_t start, int64_t end, int64_t& out) {
  out = strimpl::Find(s, sub, start, end, false);
  return out >= 0 || cx.Raise("ValueError", "substring not found");
}

FXN_OP("str.count", "(str, str) -> int", "*")
inline int64_t str_count(const Str& s, const Str& sub) { return strimpl::Count(s, sub, 0, INT64_MAX); }
FXN_OP("str.count", "(str, str, int) -> int", "*")
inline int64_t str_count(const Str& s, const Str& sub, int64_t start) { return strimpl::Count(s, sub, start, INT64_MAX); }
FXN_OP("str.count", "(str, str, int, int) -> int", "*")
inline int64_t str_count(const Str& s, const Str& sub, int64_t start, int64_t end) { return strimpl::Count(s, sub, start, end); }

FXN_OP("str.startswith", "(str, str) -> bool", "*")
inline bool str_startswith(const Str& s, const Str& p) {
  return p.nbytes() <= s.nbytes() && std::memcmp(s.data(), p.data(), p.nbytes()) == 0;
}
FXN_OP("str.startswith", "(str, str, int) -> bool", "*")
inline bool str_startswith(const Str& s, const Str& p, int64_t start) { return strimpl::TailMatch(s, p, start, INT64_MAX, false); }
FXN_OP("str.startswith", "(str, str, int, int) -> bool", "*")
inline bool str_startswith(const Str& s, const Str& p, int64_t start, int64_t end) { return strimpl::TailMatch(s, p, start, end, false); }
FXN_OP("str.endswith", "(str, str) -> bool", "*")
inline bool str_endswith(const Str& s, const Str& p) {
  return p.nbytes() <= s.nbytes() && std::memcmp(s.data() + s.nbytes() - p.nbytes(), p.data(), p.nbytes()) == 0;
}
FXN_OP("str.endswith", "(str, str, int) -> bool", "*")
inline bool str_endswith(const Str& s, const Str& p, int64_t start) { return strimpl::TailMatch(s, p, start, INT64_MAX, true); }
FXN_OP("str.endswith", "(str, str, int, int) -> bool", "*")
inline bool str_endswith(const Str& s, const Str& p, int64_t start, int64_t end) { return strimpl::TailMatch(s, p, start, end, true); }

// ---------------------------------------------------------------------------------------------
// split, rsplit, splitlines, partition, rpartition, join
// ---------------------------------------------------------------------------------------------
namespace strimpl {

inline void SplitWhitespace(const Str& s, int64_t maxcount, List<Str>& out) {
  auto& items = out.items();
  const char* p = s.data();
  const size_t n = s.nbytes();
  if (maxcount < 0) maxcount = INT64_MAX;
  size_t i = 0, len = 0;
  if (s.is_ascii()) {
    // Room for words of ~5 letters: typical text grows the list at most once. (Counting the
    // words first costs more than it saves; capacity that is never written is never touched.)
    if (n > 256 && maxcount == INT64_MAX) items.reserve(items.size() + n / 6);
    while (maxcount-- > 0) {
      while (i < n && AsciiSpace(static_cast<unsigned char>(p[i]))) ++i;
      if (i == n) break;
      const size_t j = i;
      ++i;
      // The word's end: 8 bytes at a time while none is <= 0x20 (every ASCII space is).
      while (i + 8 <= n) {
        uint64_t w;
        std::memcpy(&w, p + i, 8);
        const uint64_t low = (w - 0x2121212121212121ull) & ~w & 0x8080808080808080ull;
        if (low == 0) {
          i += 8;
          continue;
        }
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        i += static_cast<size_t>(__builtin_ctzll(low)) >> 3;
#endif
        break;
      }
      while (i < n && !AsciiSpace(static_cast<unsigned char>(p[i]))) ++i;
      items.push_back(s.SubstrBytes(j, i, static_cast<int64_t>(i - j)));
    }
    if (i < n) {
      while (i < n && AsciiSpace(static_cast<unsigned char>(p[i]))) ++i;
      if (i != n) items.push_back(s.SubstrBytes(i, n, static_cast<int64_t>(n - i)));
    }
    return;
  }
  while (maxcount-- > 0) {
    while (i < n && SpaceAt(p, i, len)) i += len;
    if (i == n) break;
    const size_t j = i;
    SpaceAt(p, i, len);
    i += len;
    while (i < n && !SpaceAt(p, i, len)) i += len;
    items.push_back(s.SubstrBytes(j, i));
  }
  if (i < n) {
    while (i < n && SpaceAt(p, i, len)) i += len;
    if (i != n) items.push_back(s.SubstrBytes(i, n));
  }
}

inline void RSplitWhitespace(const Str& s, int64_t maxcount, List<Str>& out) {
  auto& items = out.items();
  const char* p = s.data();
  if (maxcount < 0) maxcount = INT64_MAX;
  size_t i = s.nbytes(), len = 0;  // i: the end of the unexamined prefix
  while (maxcount-- > 0) {
    while (i > 0 && SpaceBefore(p, i, len)) i -= len;
    if (i == 0) break;
    const size_t j = i;
    SpaceBefore(p, i, len);
    i -= len;
    while (i > 0 && !SpaceBefore(p, i, len)) i -= len;
    items.push_back(Sub(s, i, j));
  }
  if (i > 0) {
    while (i > 0 && SpaceBefore(p, i, len)) i -= len;
    if (i > 0) items.push_back(Sub(s, 0, i));
  }
  std::reverse(items.begin(), items.end());
}

inline bool Split(Ctx& cx, const Str& s, const Str& sep, int64_t maxcount, List<Str>& out) {
  if (sep.empty()) return cx.Raise("ValueError", "empty separator");
  auto& items = out.items();
  if (maxcount < 0) maxcount = INT64_MAX;
  const std::string_view hay = s.utf8(), needle = sep.utf8();
  size_t i = 0;
  while (maxcount-- > 0) {
    const size_t pos = needle.size() == 1 ? hay.find(needle[0], i) : hay.find(needle, i);
    if (pos == std::string_view::npos) break;
    items.push_back(Sub(s, i, pos));
    i = pos + needle.size();
  }
  items.push_back(Sub(s, i, hay.size()));
  return true;
}

inline bool RSplit(Ctx& cx, const Str& s, const Str& sep, int64_t maxcount, List<Str>& out) {
  if (sep.empty()) return cx.Raise("ValueError", "empty separator");
  auto& items = out.items();
  if (maxcount < 0) maxcount = INT64_MAX;
  const std::string_view hay = s.utf8(), needle = sep.utf8();
  size_t j = hay.size();
  while (maxcount-- > 0) {
    if (j < needle.size()) break;
    const size_t pos = hay.substr(0, j).rfind(needle);
    if (pos == std::string_view::npos) break;
    items.push_back(Sub(s, pos + needle.size(), j));
    j = pos;
  }
  items.push_back(Sub(s, 0, j));
  std::reverse(items.begin(), items.end());
  return true;
}

}  // namespace strimpl

FXN_OP("str.split", "(str) -> list[str]", "*")
inline List<Str> str_split(const Str& s) {
  List<Str> out;
  strimpl::SplitWhitespace(s, -1, out);
  return out;
}
FXN_OP("str.split", "(str, None) -> list[str]", "*")
inline List<Str> str_split(const Str& s, NoneT) { return str_split(s); }
FXN_OP("str.split", "(str, str) -> list[str]", "*")
inline bool str_split(Ctx& cx, const Str& s, const Str& sep, List<Str>& out) {
  List<Str> r;
  if (!strimpl::Split(cx, s, sep, -1, r)) return false;
  out = std::move(r);
  return true;
}
FXN_OP("str.split", "(str, None, int) -> list[str]", "*")
inline List<Str> str_split(const Str& s, NoneT, int64_t maxsplit) {
  List<Str> out;
  strimpl::SplitWhitespace(s, maxsplit, out);
  return out;
}
FXN_OP("str.split", "(str, str, int) -> list[str]", "*")
inline bool str_split(Ctx& cx, const Str& s, const Str& sep, int64_t maxsplit, List<Str>& out) {
  List<Str> r;
  if (!strimpl::Split(cx, s, sep, maxsplit, r)) return false;
  out = std::move(r);
  return true;
}
FXN_OP("str.rsplit", "(str) -> list[str]", "*")
inline List<Str> str_rsplit(const Str& s) {
  List<Str> out;
  strimpl::RSplitWhitespace(s, -1, out);
  return out;
}
FXN_OP("str.rsplit", "(str, None) -> list[str]", "*")
inline List<Str> str_rsplit(const Str& s, NoneT) { return str_rsplit(s); }
FXN_OP("str.rsplit", "(str, str) -> list[str]", "*")
inline bool str_rsplit(Ctx& cx, const Str& s, const Str& sep, List<Str>& out) {
  List<Str> r;
  if (!strimpl::RSplit(cx, s, sep, -1, r)) return false;
  out = std::move(r);
  return true;
}
FXN_OP("str.rsplit", "(str, None, int) -> list[str]", "*")
inline List<Str> str_rsplit(const Str& s, NoneT, int64_t maxsplit) {
  List<Str> out;
  strimpl::RSplitWhitespace(s, maxsplit, out);
  return out;
}
FXN_OP("str.rsplit", "(str, str, int) -> list[str]", "*")
inline bool str_rsplit(Ctx& cx, const Str& s, const Str& sep, int64_t maxsplit, List<Str>& out) {
  List<Str> r;
  if (!strimpl::RSplit(cx, s, sep, maxsplit, r)) return false;
  out = std::move(r);
  return true;
}

inline List<Str> str_splitlines(const Str& s, bool keepends);
FXN_OP("str.splitlines", "(str) -> list[str]", "*")
inline List<Str> str_splitlines(const Str& s) { return str_splitlines(s, false); }
FXN_OP("str.splitlines", "(str, bool) -> list[str]", "*")
inline List<Str> str_splitlines(const Str& s, bool keepends) {
  List<Str> out;
  auto& items = out.items();
  const char* p = s.data();
  const size_t n = s.nbytes();
  size_t i = 0, j = 0;
  while (i < n) {
    size_t len = 1;
    while (i < n) {
      if (i + 8 <= n) {  // eight bytes at a time while none is below 0x1f (a break) or above 0x7f
        uint64_t x;
        std::memcpy(&x, p + i, 8);
        if (((((x - 0x1F1F1F1F1F1F1F1Full) & ~x) | x) & 0x8080808080808080ull) == 0) {
          i += 8;
          continue;
        }
      }
      const unsigned char b = static_cast<unsigned char>(p[i]);
      if (b > 0x1E && b < 0x80) {  // printable ASCII: no line break is above \x1e below 0x80
        ++i;
        continue;
      }
      if (b < 0x80) {
        if (unicode::IsLineBreak(b)) break;
        ++i;
        continue;
      }
      size_t k = i;
      const uint32_t cp = utf8::Decode(p, k);
      if (unicode::IsLineBreak(cp)) {
        len = k - i;
        break;
      }
      i = k;
    }
    size_t eol = i;
    if (i < n) {
      if (p[i] == '\r' && i + 1 < n && p[i + 1] == '\n') {
        i += 2;
      } else {
        i += len;
      }
      if (keepends) eol = i;
    }
    items.push_back(strimpl::Sub(s, j, eol));
    j = i;
  }
  return out;
}

FXN_OP("str.partition", "(str, str) -> tuple[str, str, str]", "*")
inline bool str_partition(Ctx& cx, const Str& s, const Str& sep, Tuple<Str, Str, Str>& out) {
  if (sep.empty()) return cx.Raise("ValueError", "empty separator");
  const size_t pos = s.utf8().find(sep.utf8());
  if (pos == std::string_view::npos) {
    out = Tuple<Str, Str, Str>(s, Str(), Str());
  } else {
    out = Tuple<Str, Str, Str>(strimpl::Sub(s, 0, pos), sep, strimpl::Sub(s, pos + sep.nbytes(), s.nbytes()));
  }
  return true;
}
FXN_OP("str.rpartition", "(str, str) -> tuple[str, str, str]", "*")
inline bool str_rpartition(Ctx& cx, const Str& s, const Str& sep, Tuple<Str, Str, Str>& out) {
  if (sep.empty()) return cx.Raise("ValueError", "empty separator");
  const size_t pos = s.utf8().rfind(sep.utf8());
  if (pos == std::string_view::npos) {
    out = Tuple<Str, Str, Str>(Str(), Str(), s);
  } else {
    out = Tuple<Str, Str, Str>(strimpl::Sub(s, 0, pos), sep, strimpl::Sub(s, pos + sep.nbytes(), s.nbytes()));
  }
  return true;
}

// sep.join(items)
FXN_OP("str.join", "(str, list[str]) -> str", "*")
inline bool str_join(Ctx& cx, const Str& sep, const List<Str>& list, Str& out) {
  const auto& items = list.items();
  if (items.empty()) {
    out = Str();
    return true;
  }
  if (items.size() == 1) {
    out = items[0];
    return true;
  }
  uint64_t nbytes, ncp;
  bool over = __builtin_mul_overflow(uint64_t{sep.nbytes()}, uint64_t{items.size() - 1}, &nbytes) ||
              __builtin_mul_overflow(static_cast<uint64_t>(sep.size()), uint64_t{items.size() - 1}, &ncp);
  for (const Str& x : items) {
    over |= __builtin_add_overflow(nbytes, uint64_t{x.nbytes()}, &nbytes);
    over |= __builtin_add_overflow(ncp, static_cast<uint64_t>(x.size()), &ncp);
  }
  if (over || ncp > Str::kMaxLength) return cx.Raise("OverflowError", "join() result is too long for a Python string");
  Str result;
  char* d;
  if (!strimpl::Make(cx, nbytes, static_cast<int64_t>(ncp), result, d)) return false;
  const char* sp = sep.data();
  const size_t sn = sep.nbytes();
  bool first = true;
  for (const Str& x : items) {
    if (!first && sn) {
      std::memcpy(d, sp, sn);
      d += sn;
    }
    first = false;
    std::memcpy(d, x.data(), x.nbytes());
    d += x.nbytes();
  }
  out = std::move(result);
  return true;
}

// ---------------------------------------------------------------------------------------------
// strip, lstrip, rstrip, removeprefix, removesuffix
// ---------------------------------------------------------------------------------------------
namespace strimpl {

enum StripSide { kLeft = 1, kRight = 2, kBoth = 3 };

inline Str StripSpace(const Str& s, int side) {
  const char* p = s.data();
  size_t i = 0, j = s.nbytes(), len = 0;
  if (side & kLeft)
    while (i < j && SpaceAt(p, i, len)) i += len;
  if (side & kRight)
    while (j > i && SpaceBefore(p, j, len)) j -= len;
  if (i == 0 && j == s.nbytes()) return s;
  return Sub(s, i, j);
}

inline Str StripChars(const Str& s, const Str& chars, int side) {
  const char* p = s.data();
  size_t i = 0, j = s.nbytes();
  if (chars.is_ascii()) {
    // A few characters, a few bytes tested per call: an inline scan of `chars` beats building a
    // lookup table (and a call to memchr per byte).
    const char* cs = chars.data();
    const size_t ncs = chars.nbytes();
    auto in = [&](unsigned char c) {
      if (c >= 128) return false;
      for (size_t k = 0; k < ncs; ++k)
        if (static_cast<unsigned char>(cs[k]) == c) return true;
      return false;
    };
    if (side & kLeft)
      while (i < j && in(static_cast<unsigned char>(p[i]))) ++i;
    if (side & kRight)
      while (j > i && in(static_cast<unsigned char>(p[j - 1]))) --j;
  } else {
    const std::vector<uint32_t> set = Decode(chars);
    auto in = [&](uint32_t c) { return std::find(set.begin(), set.end(), c) != set.end(); };
    if (side & kLeft) {
      while (i < j) {
        size_t k = i;
        if (!in(utf8::Decode(p, k))) break;
        i = k;
      }
    }
    if (side & kRight) {
      while (j > i) {
        size_t k = j;
        if (!in(utf8::DecodeBack(p, k))) break;
        j = k;
      }
    }
  }
  if (i == 0 && j == s.nbytes()) return s;
  return Sub(s, i, j);
}

}  // namespace strimpl

FXN_OP("str.strip", "(str) -> str", "*")
inline Str str_strip(const Str& s) { return strimpl::StripSpace(s, strimpl::kBoth); }
FXN_OP("str.strip", "(str, None) -> str", "*")
inline Str str_strip(const Str& s, NoneT) { return strimpl::StripSpace(s, strimpl::kBoth); }
FXN_OP("str.strip", "(str, str) -> str", "*")
inline Str str_strip(const Str& s, const Str& chars) { return strimpl::StripChars(s, chars, strimpl::kBoth); }
FXN_OP("str.lstrip", "(str) -> str", "*")
inline Str str_lstrip(const Str& s) { return strimpl::StripSpace(s, strimpl::kLeft); }
FXN_OP("str.lstrip", "(str, None) -> str", "*")
inline Str str_lstrip(const Str& s, NoneT) { return strimpl::StripSpace(s, strimpl::kLeft); }
FXN_OP("str.lstrip", "(str, str) -> str", "*")
inline Str str_lstrip(const Str& s, const Str& chars) { return strimpl::StripChars(s, chars, strimpl::kLeft); }
FXN_OP("str.rstrip", "(str) -> str", "*")
inline Str str_rstrip(const Str& s) { return strimpl::StripSpace(s, strimpl::kRight); }
FXN_OP("str.rstrip", "(str, None) -> str", "*")
inline Str str_rstrip(const Str& s, NoneT) { return strimpl::StripSpace(s, strimpl::kRight); }
FXN_OP("str.rstrip", "(str, str) -> str", "*")
inline Str str_rstrip(const Str& s, const Str& chars) { return strimpl::StripChars(s, chars, strimpl::kRight); }

FXN_OP("str.removeprefix", "(str, str) -> str", "*")
inline Str str_removeprefix(const Str& s, const Str& prefix) {
  if (!prefix.empty() && str_startswith(s, prefix)) return s.SubstrBytes(prefix.nbytes(), s.nbytes(), s.size() - prefix.size());
  return s;
}
FXN_OP("str.removesuffix", "(str, str) -> str", "*")
inline Str str_removesuffix(const Str& s, const Str& suffix) {
  if (!suffix.empty() && str_endswith(s, suffix)) return s.SubstrBytes(0, s.nbytes() - suffix.nbytes(), s.size() - suffix.size());
  return s;
}

// ---------------------------------------------------------------------------------------------
// Case: lower, upper, capitalize, title, swapcase, casefold
// ---------------------------------------------------------------------------------------------
namespace strimpl {

// CPython's handle_capital_sigma: U+03A3 lowers to final sigma (U+03C2) after a cased letter
// (skipping case-ignorables) unless a cased letter follows (skipping case-ignorables).
inline uint32_t CapitalSigma(const std::vector<uint32_t>& cps, size_t i) {
  size_t j = i;
  uint32_t c = 0;
  bool found = false;
  while (j > 0) {
    c = cps[--j];
    if (!unicode::Has(c, unicode::kPropCaseIgnorable)) {
      found = true;
      break;
    }
  }
  bool final_sigma = found && unicode::Has(c, unicode::kPropCased);
  if (final_sigma && i + 1 < cps.size()) {
    size_t k = i + 1;
    for (; k < cps.size(); ++k) {
      c = cps[k];
      if (!unicode::Has(c, unicode::kPropCaseIgnorable)) break;
    }
    final_sigma = k == cps.size() || !unicode::Has(c, unicode::kPropCased);
  }
  return final_sigma ? 0x3C2 : 0x3C3;
}
inline int LowerAt(const std::vector<uint32_t>& cps, size_t i, uint32_t* mapped) {
  if (cps[i] == 0x3A3) {
    mapped[0] = CapitalSigma(cps, i);
    return 1;
  }
  return unicode::ToLowerFull(cps[i], mapped);
}

enum class CaseOp { kLower, kUpper, kCapitalize, kTitle, kSwap, kFold };

inline Str CaseSlow(const Str& s, CaseOp op) {
  const std::vector<uint32_t> cps = Decode(s);
  std::string out;
  out.reserve(s.nbytes() + 8);
  int64_t ncp = 0;
  bool prev_cased = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    const uint32_t c = cps[i];
    uint32_t m[3];
    int n = 1;
    switch (op) {
      case CaseOp::kLower: n = LowerAt(cps, i, m); break;
      case CaseOp::kUpper: n = unicode::ToUpperFull(c, m); break;
      case CaseOp::kFold: n = unicode::ToFoldedFull(c, m); break;
      case CaseOp::kCapitalize: n = i == 0 ? unicode::ToTitleFull(c, m) : LowerAt(cps, i, m); break;
      case CaseOp::kTitle:
        n = prev_cased ? LowerAt(cps, i, m) : unicode::ToTitleFull(c, m);
        prev_cased = unicode::Has(c, unicode::kPropCased);
        break;
      case CaseOp::kSwap:
        if (unicode::Has(c, unicode::kPropUpper)) {
          n = LowerAt(cps, i, m);
        } else if (unicode::Has(c, unicode::kPropLower)) {
          n = unicode::ToUpperFull(c, m);
        } else {
          m[0] = c;
        }
        break;
    }
    for (int k = 0; k < n; ++k) utf8::Append(out, m[k]);
    ncp += n;
  }
  return FromBuilt(out, ncp);
}

inline bool IsAsciiUpper(unsigned char c) { return c - 'A' < 26u; }
inline bool IsAsciiLower(unsigned char c) { return c - 'a' < 26u; }
inline bool IsAsciiAlpha(unsigned char c) { return (c | 0x20) - 'a' < 26u; }

// ASCII in, ASCII out, same length.
inline Str CaseAscii(const Str& s, CaseOp op) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.nbytes();
  // lower/upper of text already in that case: the same string, no allocation
  if (op == CaseOp::kLower || op == CaseOp::kFold || op == CaseOp::kUpper) {
    const bool lower = op != CaseOp::kUpper;
    size_t i = 0;
    while (i < n && !(lower ? IsAsciiUpper(p[i]) : IsAsciiLower(p[i]))) ++i;
    if (i == n) return s;
  }
  Str out;
  char* d;
  if (!Str::Make(n, static_cast<int64_t>(n), out, d)) std::abort();  // not larger than s
  unsigned char* q = reinterpret_cast<unsigned char*>(d);
  switch (op) {
    case CaseOp::kLower:
    case CaseOp::kFold:
      for (size_t i = 0; i < n; ++i) q[i] = static_cast<unsigned char>(p[i] | (IsAsciiUpper(p[i]) << 5));
      break;
    case CaseOp::kUpper:
      for (size_t i = 0; i < n; ++i) q[i] = static_cast<unsigned char>(p[i] & ~(IsAsciiLower(p[i]) << 5));
      break;
    case CaseOp::kSwap:
      for (size_t i = 0; i < n; ++i) q[i] = static_cast<unsigned char>(p[i] ^ (IsAsciiAlpha(p[i]) << 5));
      break;
    case CaseOp::kCapitalize:
      for (size_t i = 0; i < n; ++i) q[i] = static_cast<unsigned char>(p[i] | (IsAsciiUpper(p[i]) << 5));
      if (n) q[0] = static_cast<unsigned char>(q[0] & ~(IsAsciiLower(q[0]) << 5));
      break;
    case CaseOp::kTitle: {
      bool prev_cased = false;
      for (size_t i = 0; i < n; ++i) {
        const unsigned char c = p[i];
        const bool alpha = IsAsciiAlpha(c);
        q[i] = !alpha ? c : prev_cased ? (c | 0x20) : (c & ~0x20);
        prev_cased = alpha;
      }
      break;
    }
  }
  return out;
}

inline Str Case(const Str& s, CaseOp op) { return s.is_ascii() ? CaseAscii(s, op) : CaseSlow(s, op); }

}  // namespace strimpl

FXN_OP("str.lower", "(str) -> str", "*")
inline Str str_lower(const Str& s) { return strimpl::Case(s, strimpl::CaseOp::kLower); }
FXN_OP("str.upper", "(str) -> str", "*")
inline Str str_upper(const Str& s) { return strimpl::Case(s, strimpl::CaseOp::kUpper); }
FXN_OP("str.capitalize", "(str) -> str", "*")
inline Str str_capitalize(const Str& s) { return strimpl::Case(s, strimpl::CaseOp::kCapitalize); }
FXN_OP("str.title", "(str) -> str", "*")
inline Str str_title(const Str& s) { return strimpl::Case(s, strimpl::CaseOp::kTitle); }
FXN_OP("str.swapcase", "(str) -> str", "*")
inline Str str_swapcase(const Str& s) { return strimpl::Case(s, strimpl::CaseOp::kSwap); }
FXN_OP("str.casefold", "(str) -> str", "*")
inline Str str_casefold(const Str& s) { return strimpl::Case(s, strimpl::CaseOp::kFold); }

// ---------------------------------------------------------------------------------------------
// Predicates: isdigit, isalpha, ..., istitle, isascii
// ---------------------------------------------------------------------------------------------
namespace strimpl {

// Every character has one of `mask`'s properties, and there is at least one character.
inline bool AllHave(const Str& s, uint32_t mask) {
  if (s.empty()) return false;
  const char* p = s.data();
  for (size_t i = 0; i < s.nbytes();) {
    const unsigned char b = static_cast<unsigned char>(p[i]);
    if (b < 0x80) {
      if (!(unicode::kAsciiProps.v[b] & mask)) return false;
      ++i;
    } else if (!unicode::Has(utf8::Decode(p, i), mask)) {
      return false;
    }
  }
  return true;
}

}  // namespace strimpl

FXN_OP("str.isdigit", "(str) -> bool", "*")
inline bool str_isdigit(const Str& s) { return strimpl::AllHave(s, unicode::kPropDigit); }
FXN_OP("str.isdecimal", "(str) -> bool", "*")
inline bool str_isdecimal(const Str& s) { return strimpl::AllHave(s, unicode::kPropDecimal); }
FXN_OP("str.isnumeric", "(str) -> bool", "*")
inline bool str_isnumeric(const Str& s) { return strimpl::AllHave(s, unicode::kPropNumeric); }
FXN_OP("str.isalpha", "(str) -> bool", "*")
inline bool str_isalpha(const Str& s) { return strimpl::AllHave(s, unicode::kPropAlpha); }
FXN_OP("str.isspace", "(str) -> bool", "*")
inline bool str_isspace(const Str& s) { return strimpl::AllHave(s, unicode::kPropSpace); }
FXN_OP("str.isalnum", "(str) -> bool", "*")
inline bool str_isalnum(const Str& s) {
  return strimpl::AllHave(s, unicode::kPropAlpha | unicode::kPropDecimal | unicode::kPropDigit | unicode::kPropNumeric);
}
FXN_OP("str.isprintable", "(str) -> bool", "*")
inline bool str_isprintable(const Str& s) { return s.empty() || strimpl::AllHave(s, unicode::kPropPrintable); }
FXN_OP("str.isascii", "(str) -> bool", "*")
inline bool str_isascii(const Str& s) { return s.is_ascii(); }

FXN_OP("str.isupper", "(str) -> bool", "*")
inline bool str_isupper(const Str& s) {
  bool cased = false;
  const char* p = s.data();
  for (size_t i = 0; i < s.nbytes();) {
    const uint32_t pr = unicode::Props(utf8::Decode(p, i));
    if (pr & (unicode::kPropLower | unicode::kPropTitle)) return false;
    cased |= (pr & unicode::kPropUpper) != 0;
  }
  return cased;
}
FXN_OP("str.islower", "(str) -> bool", "*")
inline bool str_islower(const Str& s) {
  bool cased = false;
  const char* p = s.data();
  for (size_t i = 0; i < s.nbytes();) {
    const uint32_t pr = unicode::Props(utf8::Decode(p, i));
    if (pr & (unicode::kPropUpper | unicode::kPropTitle)) return false;
    cased |= (pr & unicode::kPropLower) != 0;
  }
  return cased;
}
FXN_OP("str.istitle", "(str) -> bool", "*")
inline bool str_istitle(const Str& s) {
  bool cased = false, prev_cased = false;
  const char* p = s.data();
  for (size_t i = 0; i < s.nbytes();) {
    const uint32_t pr = unicode::Props(utf8::Decode(p, i));
    if (pr & (unicode::kPropUpper | unicode::kPropTitle)) {
      if (prev_cased) return false;
      prev_cased = cased = true;
    } else if (pr & unicode::kPropLower) {
      if (!prev_cased) return false;
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return cased;
}

// ---------------------------------------------------------------------------------------------
// replace, zfill, center, ljust, rjust
// ---------------------------------------------------------------------------------------------
inline bool str_replace(Ctx& cx, const Str& s, const Str& old, const Str& rep, int64_t maxcount, Str& out);
FXN_OP("str.replace", "(str, str, str) -> str", "*")
inline bool str_replace(Ctx& cx, const Str& s, const Str& old, const Str& rep, Str& out) {
  return str_replace(cx, s, old, rep, -1, out);
}
FXN_OP("str.replace", "(str, str, str, int) -> str", "*")
inline bool str_replace(Ctx& cx, const Str& s, const Str& old, const Str& rep, int64_t maxcount, Str& out) {
  if (s.size() < old.size() || maxcount == 0) {
    out = s;
    return true;
  }
  if (maxcount < 0) maxcount = INT64_MAX;
  const std::string_view hay = s.utf8(), needle = old.utf8();
  if (needle.empty()) {
    // rep before each of the first n characters (and after the last when n = len + 1)
    const int64_t n = std::min<int64_t>(maxcount, s.size() == INT64_MAX ? INT64_MAX : s.size() + 1);
    const uint64_t ncp = static_cast<uint64_t>(s.size()) + static_cast<uint64_t>(n) * static_cast<uint64_t>(rep.size());
    if (rep.size() && static_cast<uint64_t>(n) > (Str::kMaxLength - s.size()) / rep.size()) {
      return cx.Raise("OverflowError", "replace string is too long");
    }
    uint64_t nbytes;
    if (__builtin_mul_overflow(static_cast<uint64_t>(n), uint64_t{rep.nbytes()}, &nbytes) ||
        __builtin_add_overflow(nbytes, uint64_t{hay.size()}, &nbytes)) {
      return strimpl::NoMemory(cx);
    }
    Str result;
    char* d;
    if (!strimpl::Make(cx, nbytes, static_cast<int64_t>(ncp), result, d)) return false;
    size_t i = 0;
    for (int64_t k = 0; k < n; ++k) {
      std::memcpy(d, rep.data(), rep.nbytes());
      d += rep.nbytes();
      if (i < hay.size()) {
        const size_t e = s.NextCharEnd(i);
        std::memcpy(d, hay.data() + i, e - i);
        d += e - i;
        i = e;
      }
    }
    std::memcpy(d, hay.data() + i, hay.size() - i);
    out = std::move(result);
    return true;
  }
  int64_t count = 0;
  for (size_t pos = hay.find(needle); pos != std::string_view::npos && count < maxcount;
       pos = hay.find(needle, pos + needle.size()))
    ++count;
  if (count == 0) {
    out = s;
    return true;
  }
  const int64_t delta = rep.size() - old.size();
  if (delta > 0 && static_cast<uint64_t>(count) > (Str::kMaxLength - s.size()) / static_cast<uint64_t>(delta)) {
    return cx.Raise("OverflowError", "replace string is too long");
  }
  const int64_t ncp = s.size() + count * delta;
  uint64_t nbytes;
  if (__builtin_mul_overflow(static_cast<uint64_t>(count), uint64_t{rep.nbytes()}, &nbytes) ||
      __builtin_add_overflow(nbytes, uint64_t{hay.size()} - static_cast<uint64_t>(count) * needle.size(), &nbytes)) {
    return strimpl::NoMemory(cx);
  }
  Str result;
  char* d;
  if (!strimpl::Make(cx, nbytes, ncp, result, d)) return false;
  size_t i = 0;
  for (int64_t k = 0; k < count; ++k) {
    const size_t pos = hay.find(needle, i);
    std::memcpy(d, hay.data() + i, pos - i);
    d += pos - i;
    std::memcpy(d, rep.data(), rep.nbytes());
    d += rep.nbytes();
    i = pos + needle.size();
  }
  std::memcpy(d, hay.data() + i, hay.size() - i);
  out = std::move(result);
  return true;
}

namespace strimpl {

// s with `left` and `right` fill characters around it.
// The padding ljust/rjust add: none when the width is at most the length (width - len would
// overflow for a width near INT64_MIN).
inline int64_t PadWidth(const Str& s, int64_t width) { return width <= s.size() ? 0 : width - s.size(); }
inline bool Pad(Ctx& cx, const Str& s, int64_t left, int64_t right, uint32_t fill, Str& out) {
  if (left <= 0 && right <= 0) {
    out = s;
    return true;
  }
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  char fb[4];
  const size_t fl = utf8::Encode(fb, fill);
  uint64_t nbytes;
  if (__builtin_mul_overflow(static_cast<uint64_t>(left) + static_cast<uint64_t>(right), uint64_t{fl}, &nbytes) ||
      __builtin_add_overflow(nbytes, uint64_t{s.nbytes()}, &nbytes)) {
    return NoMemory(cx);
  }
  Str result;
  char* d;
  if (!Make(cx, nbytes, s.size() + left + right, result, d)) return false;
  auto put = [&](int64_t n) {
    if (fl == 1) {
      std::memset(d, fb[0], static_cast<size_t>(n));
      d += n;
    } else {
      for (int64_t k = 0; k < n; ++k, d += fl) std::memcpy(d, fb, fl);
    }
  };
  put(left);
  std::memcpy(d, s.data(), s.nbytes());
  d += s.nbytes();
  put(right);
  out = std::move(result);
  return true;
}

inline bool FillChar(Ctx& cx, const Str& fill, uint32_t& cp) {
  if (fill.size() != 1) return cx.Raise("TypeError", "The fill character must be exactly one character long");
  size_t i = 0;
  cp = utf8::Decode(fill.data(), i);
  return true;
}

}  // namespace strimpl

FXN_OP("str.zfill", "(str, int) -> str", "*")
inline bool str_zfill(Ctx& cx, const Str& s, int64_t width, Str& out) {
  if (s.size() >= width) {
    out = s;
    return true;
  }
  const int64_t fill = width - s.size();
  Str r;
  if (!strimpl::Pad(cx, s, fill, 0, '0', r)) return false;
  if (!s.empty() && (s.data()[0] == '+' || s.data()[0] == '-')) {
    char* d = const_cast<char*>(r.data());  // just made, not shared
    d[0] = s.data()[0];
    d[fill] = '0';
  }
  out = std::move(r);
  return true;
}
inline bool str_center(Ctx& cx, const Str& s, int64_t width, const Str& fill, Str& out);
FXN_OP("str.center", "(str, int) -> str", "*")
inline bool str_center(Ctx& cx, const Str& s, int64_t width, Str& out) {
  return str_center(cx, s, width, Str::Literal(" ", 1), out);
}
FXN_OP("str.center", "(str, int, str) -> str", "*")
inline bool str_center(Ctx& cx, const Str& s, int64_t width, const Str& fill, Str& out) {
  uint32_t f;
  if (!strimpl::FillChar(cx, fill, f)) return false;
  if (s.size() >= width) {
    out = s;
    return true;
  }
  const int64_t marg = width - s.size();
  const int64_t left = marg / 2 + (marg & width & 1);
  return strimpl::Pad(cx, s, left, marg - left, f, out);
}
FXN_OP("str.ljust", "(str, int) -> str", "*")
inline bool str_ljust(Ctx& cx, const Str& s, int64_t width, Str& out) {
  return strimpl::Pad(cx, s, 0, strimpl::PadWidth(s, width), ' ', out);
}
FXN_OP("str.ljust", "(str, int, str) -> str", "*")
inline bool str_ljust(Ctx& cx, const Str& s, int64_t width, const Str& fill, Str& out) {
  uint32_t f;
  if (!strimpl::FillChar(cx, fill, f)) return false;
  return strimpl::Pad(cx, s, 0, strimpl::PadWidth(s, width), f, out);
}
FXN_OP("str.rjust", "(str, int) -> str", "*")
inline bool str_rjust(Ctx& cx, const Str& s, int64_t width, Str& out) {
  return strimpl::Pad(cx, s, strimpl::PadWidth(s, width), 0, ' ', out);
}
FXN_OP("str.rjust", "(str, int, str) -> str", "*")
inline bool str_rjust(Ctx& cx, const Str& s, int64_t width, const Str& fill, Str& out) {
  uint32_t f;
  if (!strimpl::FillChar(cx, fill, f)) return false;
  return strimpl::Pad(cx, s, strimpl::PadWidth(s, width), 0, f, out);
}

// list(s): the characters.
FXN_OP("builtins.list", "(str) -> list[str]", "*")
inline List<Str> str_to_list(const Str& s) {
  List<Str> out;
  auto& items = out.items();
  items.reserve(static_cast<size_t>(s.size()));
  for (size_t i = 0; i < s.nbytes();) {
    const size_t e = s.NextCharEnd(i);
    items.push_back(s.SubstrBytes(i, e, 1));
    i = e;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// int(s), int(s, base), float(s)
// ---------------------------------------------------------------------------------------------
namespace strimpl {

// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: ASCII kept, Unicode spaces -> ' ',
// Unicode decimal digits -> '0'..'9'; the first other character becomes '?' and ends it.
inline std::string ToAsciiDigits(const Str& s) {
  if (s.is_ascii()) return std::string(s.utf8());
  std::string a;
  a.reserve(s.nbytes());
  const char* p = s.data();
  for (size_t i = 0; i < s.nbytes();) {
    const uint32_t c = utf8::Decode(p, i);
    if (c < 127) {
      a += static_cast<char>(c);
    } else if (unicode::IsSpace(c)) {
      a += ' ';
    } else {
      const int d = unicode::DecimalValue(c);
      if (d < 0) {
        a += '?';
        break;
      }
      a += static_cast<char>('0' + d);
    }
  }
  return a;
}

// C's isspace in the C locale (CPython's Py_ISSPACE).
inline bool CSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

inline int DigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 37;
}

inline constexpr int kMaxStrDigits = 4300;  // sys.get_int_max_str_digits() default

inline bool InvalidInt(Ctx& cx, const Str& s, int64_t base) {
  return cx.Raisef("ValueError", "invalid literal for int() with base %lld: %s", static_cast<long long>(base),
                   ReprCut(s, 200).c_str());
}

// PyLong_FromUnicodeObject -> PyLong_FromString, with the value kept in 64 bits.
inline bool ParseInt(Ctx& cx, const Str& s, int64_t base_arg, int64_t& out) {
  if (base_arg == 10 && s.nbytes() - 1 < 18) {
    // Fast path: 1 to 18 ASCII decimal digits and nothing else (no sign, space or '_'), which
    // cannot overflow 64 bits; anything else takes the general parser below.
    const char* p = s.data();
    const size_t n = s.nbytes();
    int64_t v = 0;
    size_t i = 0;
    for (; i < n && static_cast<unsigned char>(p[i] - '0') < 10; ++i) v = v * 10 + (p[i] - '0');
    if (i == n) {
      out = v;
      return true;
    }
  }
  if ((base_arg != 0 && base_arg < 2) || base_arg > 36) {
    return cx.Raise("ValueError", "int() base must be >= 2 and <= 36, or 0");
  }
  const std::string a = ToAsciiDigits(s);
  const char* p = a.c_str();  // NUL-terminated; an embedded NUL ends parsing like CPython's
  int base = static_cast<int>(base_arg);
  while (*p && CSpace(*p)) ++p;
  bool negative = false;
  if (*p == '+') {
    ++p;
  } else if (*p == '-') {
    negative = true;
    ++p;
  }
  bool error_if_nonzero = false;
  if (base == 0) {
    if (p[0] != '0') {
      base = 10;
    } else if (p[1] == 'x' || p[1] == 'X') {
      base = 16;
    } else if (p[1] == 'o' || p[1] == 'O') {
      base = 8;
    } else if (p[1] == 'b' || p[1] == 'B') {
      base = 2;
    } else {
      error_if_nonzero = true;  // "old" C-style octal: only zeros are valid
      base = 10;
    }
  }
  if (p[0] == '0' && ((base == 16 && (p[1] == 'x' || p[1] == 'X')) || (base == 8 && (p[1] == 'o' || p[1] == 'O')) ||
                      (base == 2 && (p[1] == 'b' || p[1] == 'B')))) {
    p += 2;
    if (*p == '_') ++p;  // one underscore allowed after the prefix
  }
  if (*p == '_') return InvalidInt(cx, s, base_arg);
  const char* start = p;
  char prev = 0;
  int64_t digits = 0;
  uint64_t value = 0;
  bool overflow = false;
  const uint64_t limit = negative ? uint64_t{1} << 63 : static_cast<uint64_t>(INT64_MAX);
  while (DigitValue(*p) < base || *p == '_') {
    if (*p == '_') {
      if (prev == '_') return InvalidInt(cx, s, base_arg);
    } else {
      ++digits;
      const uint64_t d = static_cast<uint64_t>(DigitValue(*p));
      if (!overflow) {
        if (value > (limit - d) / static_cast<uint64_t>(base)) {
          overflow = true;
        } else {
          value = value * static_cast<uint64_t>(base) + d;
        }
      }
    }
    prev = *p;
    ++p;
  }
  if (prev == '_') return InvalidInt(cx, s, base_arg);  // trailing underscore
  if ((base & (base - 1)) != 0 && digits > kMaxStrDigits) {
    return cx.Raisef("ValueError",
                     "Exceeds the limit (%d digits) for integer string conversion: value has %lld digits; use "
                     "sys.set_int_max_str_digits() to increase the limit",
                     kMaxStrDigits, static_cast<long long>(digits));
  }
  if (error_if_nonzero && (value != 0 || overflow)) return InvalidInt(cx, s, 0);
  if (p == start) return InvalidInt(cx, s, base_arg);
  while (*p && CSpace(*p)) ++p;
  if (*p != '\0' || p != a.c_str() + a.size()) return InvalidInt(cx, s, base_arg);
  if (overflow) {
    // CPython's int is unbounded and would return this value; fxn's int is 64-bit here.
    return int_overflow(cx);
  }
  out = negative ? static_cast<int64_t>(0 - value) : static_cast<int64_t>(value);
  return true;
}

inline bool InvalidFloat(Ctx& cx, const Str& s) {
  std::string r;
  Format<Str>::Repr(r, s);
  return cx.Raisef("ValueError", "could not convert string to float: %s", r.c_str());
}

inline bool CaseEq(const char* p, const char* e, const char* word) {
  const size_t n = std::strlen(word);
  if (static_cast<size_t>(e - p) < n) return false;
  for (size_t i = 0; i < n; ++i)
    if ((p[i] | 0x20) != word[i]) return false;
  return true;
}

// PyFloat_FromString: the text after the ASCII transform and underscore removal must be a
// decimal float ([sign] digits [. digits] [e [sign] digits]) or [sign] inf/infinity/nan.
inline bool ParseFloat(Ctx& cx, const Str& s, double& out) {
  std::string a = ToAsciiDigits(s);
  // _Py_string_to_number_with_underscores: only between digits.
  if (a.find('_') != std::string::npos) {
    std::string b;
    char prev = 0;
    for (char c : a) {
      if (c == '_') {
        if (!(prev >= '0' && prev <= '9')) return InvalidFloat(cx, s);
      } else {
        b += c;
        if (prev == '_' && !(c >= '0' && c <= '9')) return InvalidFloat(cx, s);
      }
      prev = c;
    }
    if (prev == '_') return InvalidFloat(cx, s);
    a = std::move(b);
  }
  const char* p = a.data();
  const char* e = p + a.size();
  while (p < e && CSpace(*p)) ++p;
  if (p == e) return InvalidFloat(cx, s);
  while (p < e - 1 && CSpace(e[-1])) --e;
  bool negative = false;
  const char* q = p;
  if (*q == '+' || *q == '-') negative = *q++ == '-';
  // inf, infinity, nan (any case)
  if (CaseEq(q, e, "inf")) {
    if (q + 3 == e || (q + 8 == e && CaseEq(q, e, "infinity"))) {
      out = negative ? -HUGE_VAL : HUGE_VAL;
      return true;
    }
    return InvalidFloat(cx, s);
  }
  if (CaseEq(q, e, "nan")) {
    if (q + 3 != e) return InvalidFloat(cx, s);
    out = std::copysign(std::numeric_limits<double>::quiet_NaN(), negative ? -1.0 : 1.0);
    return true;
  }
  // decimal syntax
  const char* num = q;
  size_t int_digits = 0, frac_digits = 0;
  while (q < e && *q >= '0' && *q <= '9') ++q, ++int_digits;
  if (q < e && *q == '.') {
    ++q;
    while (q < e && *q >= '0' && *q <= '9') ++q, ++frac_digits;
  }
  if (int_digits + frac_digits == 0) return InvalidFloat(cx, s);
  if (q < e && (*q == 'e' || *q == 'E')) {
    const char* x = q + 1;
    if (x < e && (*x == '+' || *x == '-')) ++x;
    const char* xd = x;
    while (x < e && *x >= '0' && *x <= '9') ++x;
    if (x > xd) q = x;  // else the 'e' is not part of the number (and fails below)
  }
  if (q != e) return InvalidFloat(cx, s);
  double v = 0;
#if defined(_LIBCPP_VERSION) && _LIBCPP_VERSION < 200000
  // libc++ before 20 (wasm32's) has no floating-point from_chars: C's strtod, correctly rounded
  // in wasi-libc (musl's), on the text validated above; the C locale ('.' as the point).
  {
    const std::string text(num, e);
    char* endp = nullptr;
    v = std::strtod(text.c_str(), &endp);
    if (endp != text.c_str() + text.size()) return InvalidFloat(cx, s);
  }
#else
  auto r = std::from_chars(num, e, v, std::chars_format::general);
  if (r.ec == std::errc::result_out_of_range) {
    // Decimal exponent of the first significant digit decides: overflow -> inf, underflow -> 0.
    const char* d = num;
    int64_t pos = 0;  // position of the first nonzero digit relative to the point
    int64_t lead = 0;
    bool seen_point = false, found = false;
    for (; d < e && *d != 'e' && *d != 'E'; ++d) {
      if (*d == '.') {
        seen_point = true;
        continue;
      }
      if (!found && *d != '0') {
        found = true;
        pos = seen_point ? -lead : 0;
      }
      if (!found && seen_point) ++lead;
      if (found && !seen_point) ++pos;
    }
    int64_t ex = 0;
    if (d < e) {
      ++d;
      bool xneg = false;
      if (*d == '+' || *d == '-') xneg = *d++ == '-';
      for (; d < e; ++d) ex = std::min<int64_t>(ex * 10 + (*d - '0'), int64_t{1} << 40);
      if (xneg) ex = -ex;
    }
    v = pos + ex > 0 ? HUGE_VAL : 0.0;
  } else if (r.ec != std::errc() || r.ptr != e) {
    return InvalidFloat(cx, s);
  }
#endif
  out = negative ? -v : v;
  return true;
}

}  // namespace strimpl

FXN_OP("builtins.int", "(str) -> int", "*")
inline bool str_to_int(Ctx& cx, const Str& s, int64_t& out) { return strimpl::ParseInt(cx, s, 10, out); }
FXN_OP("builtins.int", "(str, int) -> int", "*")
inline bool str_to_int_base(Ctx& cx, const Str& s, int64_t base, int64_t& out) { return strimpl::ParseInt(cx, s, base, out); }
// int(str) and int(str, base) over fxn::Int, for a module's copy over unbounded ints (WORKSPACE.md
// "Ints past 64 bits"; no registry rows: the lowering's UnboundedIntKernels names them). The
// 64-bit parse checks the text; a valid ASCII text past 64 bits is read again by BigInt (Unicode
// digits past 64 bits stay fxn's limit).
inline bool str_to_big_int_base(Ctx& cx, const Str& s, const Int& base, Int& out) {
  const int64_t b = base.small() ? base.v() : 37;  // past 64 bits: the "base must be" ValueError
  int64_t small = 0;
  if (strimpl::ParseInt(cx, s, b, small)) {
    out = Int::Small(small);
    return true;
  }
  if (!cx.Uncatchable() || !s.is_ascii()) return false;
  cx.Take();
  return Int::FromString(cx, s.utf8(), b, out);
}
inline bool str_to_big_int(Ctx& cx, const Str& s, Int& out) { return str_to_big_int_base(cx, s, Int::Small(10), out); }

FXN_OP("builtins.float", "(str) -> float", "*")
inline bool str_to_float(Ctx& cx, const Str& s, double& out) { return strimpl::ParseFloat(cx, s, out); }

// ---------------------------------------------------------------------------------------------
// format(value, spec): CPython's Python/formatter_unicode.c
// ---------------------------------------------------------------------------------------------
namespace strfmt {

// Output beyond this many code points raises MemoryError (CPython would try to allocate it).
inline constexpr int64_t kMaxOutput = int64_t{1} << 30;

enum Separator { kNoSep = 0, kComma, kUnderscore, kUnderFour };

struct Spec {
  uint32_t fill = ' ';
  uint32_t align = '>';
  uint32_t sign = 0;
  bool no_neg_0 = false;
  bool alternate = false;
  int64_t width = -1;
  Separator sep = kNoSep;
  int64_t precision = -1;
  uint32_t type = 0;
};

inline bool IsAlign(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// get_integer: Unicode decimal digits; -1 on overflow (raised), else the digit count.
inline int64_t GetInteger(Ctx& cx, const std::vector<uint32_t>& s, size_t& pos, int64_t& result) {
  int64_t acc = 0, n = 0;
  for (; pos < s.size(); ++pos, ++n) {
    const int d = unicode::DecimalValue(s[pos]);
    if (d < 0) break;
    if (acc > (INT64_MAX - d) / 10) {
      cx.Raise("ValueError", "Too many decimal digits in format string");
      return -1;
    }
    acc = acc * 10 + d;
  }
  result = acc;
  return n;
}

inline bool ParseSpec(Ctx& cx, const Str& spec_str, uint32_t default_type, uint32_t default_align, const char* type_name,
                      Spec& f) {
  const std::vector<uint32_t> s = strimpl::Decode(spec_str);
  size_t pos = 0;
  const size_t end = s.size();
  f = Spec();
  f.align = default_align;
  f.type = default_type;
  bool fill_specified = false, align_specified = false;
  if (end - pos >= 2 && IsAlign(s[pos + 1])) {
    f.align = s[pos + 1];
    f.fill = s[pos];
    fill_specified = align_specified = true;
    pos += 2;
  } else if (end - pos >= 1 && IsAlign(s[pos])) {
    f.align = s[pos];
    align_specified = true;
    ++pos;
  }
  if (end - pos >= 1 && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) f.sign = s[pos++];
  if (end - pos >= 1 && s[pos] == 'z') {
    f.no_neg_0 = true;
    ++pos;
  }
  if (end - pos >= 1 && s[pos] == '#') {
    f.alternate = true;
    ++pos;
  }
  if (!fill_specified && end - pos >= 1 && s[pos] == '0') {
    f.fill = '0';
    if (!align_specified && default_align == '>') f.align = '=';
    ++pos;
  }
  int64_t n = GetInteger(cx, s, pos, f.width);
  if (n < 0) return false;
  if (n == 0) f.width = -1;
  if (end - pos && s[pos] == ',') {
    f.sep = kComma;
    ++pos;
  }
  if (end - pos && s[pos] == '_') {
    if (f.sep != kNoSep) return cx.Raise("ValueError", "Cannot specify both ',' and '_'.");
    f.sep = kUnderscore;
    ++pos;
  }
  if (end - pos && s[pos] == ',' && f.sep == kUnderscore) return cx.Raise("ValueError", "Cannot specify both ',' and '_'.");
  if (end - pos && s[pos] == '.') {
    ++pos;
    n = GetInteger(cx, s, pos, f.precision);
    if (n < 0) return false;
    if (n == 0) return cx.Raise("ValueError", "Format specifier missing precision");
  }
  if (end - pos > 1) {
    return cx.Raisef("ValueError", "Invalid format specifier '%s' for object of type '%s'",
                     std::string(spec_str.utf8()).c_str(), type_name);
  }
  if (end - pos == 1) f.type = s[pos++];
  if (f.sep != kNoSep) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.sep == kUnderscore) {
          f.sep = kUnderFour;
          break;
        }
        [[fallthrough]];
      default: {
        const char c = f.sep == kComma ? ',' : '_';
        if (f.type > 32 && f.type < 128) return cx.Raisef("ValueError", "Cannot specify '%c' with '%c'.", c, static_cast<char>(f.type));
        return cx.Raisef("ValueError", "Cannot specify '%c' with '\\x%x'.", c, static_cast<unsigned>(f.type));
      }
    }
  }
  return true;
}

inline bool UnknownType(Ctx& cx, uint32_t type, const char* type_name) {
  if (type > 32 && type < 128) {
    return cx.Raisef("ValueError", "Unknown format code '%c' for object of type '%s'", static_cast<char>(type), type_name);
  }
  return cx.Raisef("ValueError", "Unknown format code '\\x%x' for object of type '%s'", static_cast<unsigned>(type), type_name);
}

inline bool TooBig(Ctx& cx) { return strimpl::NoMemory(cx); }

// Appends n copies of code point c.
inline void Fill(std::string& out, uint32_t c, int64_t n) {
  if (n <= 0) return;
  if (c < 0x80) {
    out.append(static_cast<size_t>(n), static_cast<char>(c));
  } else {
    char b[4];
    const size_t l = utf8::Encode(b, c);
    for (int64_t k = 0; k < n; ++k) out.append(b, l);
  }
}

// _PyUnicode_InsertThousandsGrouping: digits grouped (`group` 0 = none) with zeros added on the
// left up to min_width, as CPython computes for '0' fill with '=' alignment.
inline std::string Group(std::string_view digits, int64_t min_width, int group, char sep) {
  std::string rev;
  int64_t remaining = static_cast<int64_t>(digits.size());
  min_width = std::max<int64_t>(0, min_width);
  size_t dpos = digits.size();
  bool use_sep = false, broken = false;
  auto emit = [&](int64_t len) {
    const int64_t nz = std::max<int64_t>(0, len - remaining);
    const int64_t nc = std::max<int64_t>(0, std::min(remaining, len));
    if (use_sep) rev += sep;
    for (int64_t k = 0; k < nc; ++k) rev += digits[--dpos];
    rev.append(static_cast<size_t>(nz), '0');
    remaining -= nc;
  };
  if (group > 0) {
    for (;;) {
      const int64_t len = std::min<int64_t>(group, std::max<int64_t>(std::max(remaining, min_width), 1));
      emit(len);
      use_sep = true;
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) {
        broken = true;
        break;
      }
      min_width -= 1;
    }
  }
  if (!broken) emit(std::max<int64_t>(std::max(remaining, min_width), 1));
  std::reverse(rev.begin(), rev.end());
  return rev;
}

// calc_number_widths + fill_number. `number` is digits [. remainder] without the sign; for 'c'
// the whole text is remainder (n_digits 0).
inline bool Render(Ctx& cx, const Spec& f, uint32_t sign_char, std::string_view prefix, std::string_view digits,
                   bool has_decimal, std::string_view remainder, int64_t remainder_cps, bool toupper, Str& out) {
  int group = 0;
  char sepc = ',';
  if (f.type != 'n') {
    if (f.sep == kComma) group = 3;
    if (f.sep == kUnderscore) group = 3, sepc = '_';
    if (f.sep == kUnderFour) group = 4, sepc = '_';
  }
  char sign = 0;
  if (f.sign == '+') {
    sign = sign_char == '-' ? '-' : '+';
  } else if (f.sign == ' ') {
    sign = sign_char == '-' ? '-' : ' ';
  } else if (sign_char == '-') {
    sign = '-';
  }
  const int64_t n_non_digit = (sign ? 1 : 0) + static_cast<int64_t>(prefix.size()) + (has_decimal ? 1 : 0) + remainder_cps;
  const int64_t min_width = f.fill == '0' && f.align == '=' ? f.width - n_non_digit : 0;
  if (min_width > kMaxOutput || f.width > kMaxOutput) return TooBig(cx);
  std::string grouped;
  if (!digits.empty()) grouped = Group(digits, min_width, group, sepc);
  const int64_t n_padding = f.width - (n_non_digit + static_cast<int64_t>(grouped.size()));
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (n_padding > 0) {
    switch (f.align) {
      case '<': rpad = n_padding; break;
      case '^':
        lpad = n_padding / 2;
        rpad = n_padding - lpad;
        break;
      case '=': spad = n_padding; break;
      default: lpad = n_padding; break;
    }
  }
  std::string r;
  Fill(r, f.fill, lpad);
  if (sign) r += sign;
  for (char c : prefix) r += toupper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
  Fill(r, f.fill, spad);
  for (char c : grouped) r += toupper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
  if (has_decimal) r += '.';
  r += remainder;
  Fill(r, f.fill, rpad);
  out = strimpl::FromBuilt(r);
  return true;
}

// _Py_dg_dtoa's digits: mode 0 shortest, 2 `nd` significant digits, 3 `nd` digits after the
// point; trailing zeros removed; zero is "0" with decpt 1; a value rounding to nothing in
// mode 3 is "" with decpt -nd.
inline void Dtoa(double v, int mode, int64_t nd, std::string& digits, int64_t& decpt) {
  v = std::fabs(v);
  digits.clear();
  if (v == 0) {
    digits = "0";
    decpt = 1;
    return;
  }
  std::vector<char> buf;
  if (mode == 0 || mode == 2) {
    // A double has at most 767 significant decimal digits; past that the digits are exact zeros.
    const int p = static_cast<int>(std::min<int64_t>(nd, 800)) - 1;
    buf.resize(1000);
    auto r = mode == 0 ? std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::scientific)
                       : std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::scientific, p);
    const std::string_view t(buf.data(), static_cast<size_t>(r.ptr - buf.data()));
    const size_t epos = t.find('e');
    for (size_t i = 0; i < epos; ++i)
      if (t[i] != '.') digits += t[i];
    int exp10 = 0;
    std::from_chars(t.data() + epos + 1 + (t[epos + 1] == '+'), t.data() + t.size(), exp10);
    decpt = exp10 + 1;
  } else {
    // At most 1074 fractional digits are nonzero.
    const int p = static_cast<int>(std::min<int64_t>(nd, 1100));
    buf.resize(1500);
    auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::fixed, p);
    const std::string_view t(buf.data(), static_cast<size_t>(r.ptr - buf.data()));
    const size_t dot = t.find('.');
    const size_t int_len = dot == std::string_view::npos ? t.size() : dot;
    decpt = static_cast<int64_t>(int_len);
    for (char c : t)
      if (c != '.') digits += c;
    size_t lead = 0;
    while (lead < digits.size() && digits[lead] == '0') ++lead;
    if (lead == digits.size()) {
      digits.clear();
      decpt = -nd;
      return;
    }
    digits.erase(0, lead);
    decpt -= static_cast<int64_t>(lead);
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
}

// PyOS_double_to_string + format_float_short. type: 'e' 'f' 'g' 'r' (lower case) with `upper`
// for E/F/G.
inline std::string FloatToString(double v, char type, int64_t precision, bool upper, bool add_dot_0, bool alt,
                                 bool no_neg_0) {
  std::string buf;
  if (std::isnan(v) || std::isinf(v)) {
    if (std::isinf(v) && v < 0) buf += '-';
    buf += std::isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    return buf;
  }
  int mode = 0;
  switch (type) {
    case 'e':
      mode = 2;
      ++precision;
      break;
    case 'f': mode = 3; break;
    case 'g':
      mode = 2;
      if (precision == 0) precision = 1;
      break;
    default: mode = 0; break;
  }
  std::string digits;
  int64_t decpt;
  Dtoa(v, mode, precision, digits, decpt);
  bool sign = std::signbit(v);
  const int64_t digits_len = static_cast<int64_t>(digits.size());
  if (no_neg_0 && sign && (digits_len == 0 || (digits_len == 1 && digits[0] == '0'))) sign = false;
  int64_t vdigits_end = digits_len;
  bool use_exp = false;
  switch (type) {
    case 'e':
      use_exp = true;
      vdigits_end = precision;
      break;
    case 'f': vdigits_end = decpt + precision; break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
      if (alt) vdigits_end = precision;
      break;
    default:
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  int64_t exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const int64_t vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0) {
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
  } else {
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;
  }
  if (sign) buf += '-';
  if (decpt <= 0) {
    buf.append(static_cast<size_t>(decpt - vdigits_start), '0');
    buf += '.';
    buf.append(static_cast<size_t>(-decpt), '0');
  } else {
    buf.append(static_cast<size_t>(-vdigits_start), '0');
  }
  if (0 < decpt && decpt <= digits_len) {
    buf.append(digits, 0, static_cast<size_t>(decpt));
    buf += '.';
    buf.append(digits, static_cast<size_t>(decpt), std::string::npos);
  } else {
    buf += digits;
  }
  if (digits_len < decpt) {
    buf.append(static_cast<size_t>(decpt - digits_len), '0');
    buf += '.';
    buf.append(static_cast<size_t>(vdigits_end - decpt), '0');
  } else {
    buf.append(static_cast<size_t>(vdigits_end - digits_len), '0');
  }
  if (buf.back() == '.' && !alt) buf.pop_back();
  if (use_exp) {
    char e[16];
    std::snprintf(e, sizeof e, "%c%+.02d", upper ? 'E' : 'e', static_cast<int>(exp));
    buf += e;
  }
  return buf;
}

// format_float_internal
inline bool FormatFloat(Ctx& cx, double val, const Spec& f, Str& out) {
  if (f.precision > INT32_MAX) return cx.Raise("ValueError", "precision too big");
  int64_t precision = f.precision;
  int64_t default_precision = 6;
  uint32_t type = f.type;
  bool add_dot_0 = false;
  if (type == 0) {
    add_dot_0 = true;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool add_pct = false;
  if (type == '%') {
    type = 'f';
    val *= 100;
    add_pct = true;
  }
  if (precision < 0) {
    precision = default_precision;
  } else if (type == 'r') {
    type = 'g';
  }
  // e, f, % and g with '#' keep every requested digit: the output grows with the precision.
  if (precision > kMaxOutput && ((type != 'g' && type != 'G') || f.alternate)) return TooBig(cx);
  const bool upper = type == 'E' || type == 'F' || type == 'G';
  const char t = static_cast<char>(upper ? type + 32 : type);
  std::string buf = FloatToString(val, t, precision, upper, add_dot_0, f.alternate, f.no_neg_0);
  if (add_pct) buf += '%';
  std::string_view num(buf);
  uint32_t sign_char = 0;
  if (!num.empty() && num[0] == '-') {
    sign_char = '-';
    num.remove_prefix(1);
  }
  size_t k = 0;
  while (k < num.size() && num[k] >= '0' && num[k] <= '9') ++k;
  const bool has_decimal = k < num.size() && num[k] == '.';
  const std::string_view rem = num.substr(k + (has_decimal ? 1 : 0));
  return Render(cx, f, sign_char, {}, num.substr(0, k), has_decimal, rem, static_cast<int64_t>(rem.size()), false, out);
}

// format_long_internal
inline bool FormatInt(Ctx& cx, int64_t v, const Spec& f, Str& out) {
  if (f.precision != -1) return cx.Raise("ValueError", "Precision not allowed in integer format specifier");
  if (f.no_neg_0) return cx.Raise("ValueError", "Negative zero coercion (z) not allowed in integer format specifier");
  if (f.type == 'c') {
    if (f.sign != 0) return cx.Raise("ValueError", "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) return cx.Raise("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'");
    if (v < 0 || v > 0x10FFFF) return cx.Raise("OverflowError", "%c arg not in range(0x110000)");
    char b[4];
    const size_t l = utf8::Encode(b, static_cast<uint32_t>(v));
    return Render(cx, f, 0, {}, {}, false, std::string_view(b, l), 1, false, out);
  }
  int base = 10;
  const char* prefix = "";
  switch (f.type) {
    case 'b': base = 2, prefix = "0b"; break;
    case 'o': base = 8, prefix = "0o"; break;
    case 'x': case 'X': base = 16, prefix = "0x"; break;
    default: break;
  }
  const uint64_t mag = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  char digits[72];
  auto r = std::to_chars(digits, digits + sizeof digits, mag, base);
  return Render(cx, f, v < 0 ? '-' : 0, f.alternate ? std::string_view(prefix) : std::string_view(),
                std::string_view(digits, static_cast<size_t>(r.ptr - digits)), false, {}, 0, f.type == 'X', out);
}

inline bool FormatIntLike(Ctx& cx, int64_t v, const Str& spec, const char* type_name, Str& out) {
  Spec f;
  if (!ParseSpec(cx, spec, 'd', '>', type_name, f)) return false;
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return FormatInt(cx, v, f, out);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return FormatFloat(cx, static_cast<double>(v), f, out);
    default:
      return UnknownType(cx, f.type, type_name);
  }
}

}  // namespace strfmt

FXN_OP("builtins.format", "(int, str) -> str", "*")
inline bool format_value(Ctx& cx, int64_t v, const Str& spec, Str& out) {
  if (spec.empty()) {
    out = str_of(v);
    return true;
  }
  return strfmt::FormatIntLike(cx, v, spec, "int", out);
}
FXN_OP("builtins.format", "(float, str) -> str", "*")
inline bool format_value(Ctx& cx, double v, const Str& spec, Str& out) {
  if (spec.empty()) {
    out = str_of(v);
    return true;
  }
  strfmt::Spec f;
  if (!strfmt::ParseSpec(cx, spec, 0, '>', "float", f)) return false;
  switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return strfmt::FormatFloat(cx, v, f, out);
    default:
      return strfmt::UnknownType(cx, f.type, "float");
  }
}
FXN_OP("builtins.format", "(str, str) -> str", "*")
inline bool format_value(Ctx& cx, const Str& v, const Str& spec, Str& out) {
  if (spec.empty()) {
    out = v;
    return true;
  }
  strfmt::Spec f;
  if (!strfmt::ParseSpec(cx, spec, 's', '<', "str", f)) return false;
  if (f.type != 's') return strfmt::UnknownType(cx, f.type, "str");
  if (f.sign != 0) {
    return cx.Raise("ValueError", f.sign == ' ' ? "Space not allowed in string format specifier"
                                                : "Sign not allowed in string format specifier");
  }
  if (f.no_neg_0) return cx.Raise("ValueError", "Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) return cx.Raise("ValueError", "Alternate form (#) not allowed in string format specifier");
  if (f.align == '=') return cx.Raise("ValueError", "'=' alignment not allowed in string format specifier");
  int64_t len = v.size();
  if ((f.width == -1 || f.width <= len) && (f.precision == -1 || f.precision >= len)) {
    out = v;
    return true;
  }
  Str body = v;
  if (f.precision >= 0 && len >= f.precision) {
    len = f.precision;
    body = v.SubstrBytes(0, strimpl::ByteOf(v, len), len);
  }
  const int64_t total = f.width >= 0 && f.width > len ? f.width : len;
  int64_t lpad = 0;
  if (f.align == '>') {
    lpad = total - len;
  } else if (f.align == '^') {
    lpad = (total - len) / 2;
  }
  return strimpl::Pad(cx, body, lpad, total - len - lpad, f.fill, out);
}
FXN_OP("builtins.format", "(bool, str) -> str", "*")
inline bool format_value(Ctx& cx, bool v, const Str& spec, Str& out) {
  if (spec.empty()) {
    out = str_of(v);
    return true;
  }
  return strfmt::FormatIntLike(cx, v ? 1 : 0, spec, "bool", out);
}
// format(x) without a spec is str(x).
template <class T>
FXN_OP("builtins.format", "(int) -> str", "*")
FXN_OP("builtins.format", "(float) -> str", "*")
FXN_OP("builtins.format", "(str) -> str", "*")
FXN_OP("builtins.format", "(bool) -> str", "*")
inline Str format_default(const T& x) {
  return str_of(x);
}

}  // namespace fxn::ops
