// fxn_str.hpp: Python's str for compiled code, and str()/repr() of every value type.
//
// A Str is an immutable sequence of code points stored as UTF-8 (generalized: lone surrogates,
// which Python strings may hold, are encoded like any other code point, so byte order is still
// code point order and ==/< are memcmp). len() is the code point count, kept in the object.
// Layout (24 bytes), chosen for the common case of short words (lists of them stay small):
//   - up to kInline (15) bytes live inline, zero padded, with the code point count in the last
//     byte: copies are plain 24-byte copies, ==/hash of short strings are a few 64-bit word
//     operations; no allocation, no refcount;
//   - longer strings point at a malloc'd block (non-atomic refcount: one call runs on one
//     thread) or, for literals, at static storage with no refcount at all, which is why a
//     literal may be shared across threads.
// Invariant: nbytes <= kInline <=> inline. Blocks are allocated with malloc so a huge result
// raises MemoryError instead of aborting (artifacts build with -fno-exceptions).
//
// Format<T> gives str() and repr() exactly as CPython prints them; other value headers add
// specializations for their types (List/Tuple/Optional print their items through Format).
#pragma once

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "fxn_core.hpp"
#include "fxn_unicode_data.hpp"

namespace fxn::rt {
std::string FloatRepr(double x);  // runtime/value.cc: Python's repr() of a float
}  // namespace fxn::rt

namespace fxn {

// ---- Unicode character data (tables generated from CPython 3.11: fxn_unicode_data.hpp) ----
namespace unicode {

struct AsciiPropTable {
  uint16_t v[128];
};
constexpr AsciiPropTable MakeAsciiProps() {
  AsciiPropTable t{};
  size_t k = 0;
  const size_t n = sizeof kProps / sizeof kProps[0];
  for (uint32_t c = 0; c < 128; ++c) {
    while (k + 1 < n && (kProps[k + 1] >> 11) <= c) ++k;
    t.v[c] = static_cast<uint16_t>(kProps[k] & 0x7FF);
  }
  return t;
}
inline constexpr AsciiPropTable kAsciiProps = MakeAsciiProps();

// The property mask (kProp*) of a code point.
inline uint32_t Props(uint32_t cp) {
  if (cp < 128) return kAsciiProps.v[cp];
  const uint32_t key = (cp << 11) | 0x7FF;
  const uint32_t* it = std::upper_bound(kProps, kProps + sizeof kProps / sizeof kProps[0], key);
  return it[-1] & 0x7FF;
}
inline bool Has(uint32_t cp, uint32_t mask) { return (Props(cp) & mask) != 0; }
inline bool IsSpace(uint32_t cp) { return Has(cp, kPropSpace); }
inline bool IsPrintable(uint32_t cp) { return Has(cp, kPropPrintable); }

// str.splitlines() boundaries (checked against CPython by str_test).
inline bool IsLineBreak(uint32_t cp) {
  return (cp >= 0x0A && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1E) || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

// Full case mapping of one code point: writes 1 to 3 code points, returns how many.
template <size_t R, size_t M>
inline int MapCase(const CaseRun (&runs)[R], const CaseMulti (&multi)[M], uint32_t cp, uint32_t* out) {
  const CaseMulti* m =
      std::lower_bound(multi, multi + M, cp, [](const CaseMulti& e, uint32_t c) { return e.cp < c; });
  if (m != multi + M && m->cp == cp) {
    int n = 0;
    while (n < 3 && m->to[n] != 0) {
      out[n] = m->to[n];
      ++n;
    }
    return n;
  }
  const CaseRun* r = std::upper_bound(runs, runs + R, cp, [](uint32_t c, const CaseRun& e) { return c < e.first; });
  out[0] = cp;
  if (r != runs) {
    --r;
    const uint32_t off = cp - r->first;
    if (off % r->stride == 0 && off / r->stride < r->count) out[0] = static_cast<uint32_t>(static_cast<int64_t>(cp) + r->delta);
  }
  return 1;
}
inline int ToLowerFull(uint32_t cp, uint32_t* out) { return MapCase(kLowerRuns, kLowerMulti, cp, out); }
inline int ToUpperFull(uint32_t cp, uint32_t* out) { return MapCase(kUpperRuns, kUpperMulti, cp, out); }
inline int ToTitleFull(uint32_t cp, uint32_t* out) { return MapCase(kTitleRuns, kTitleMulti, cp, out); }
inline int ToFoldedFull(uint32_t cp, uint32_t* out) { return MapCase(kFoldRuns, kFoldMulti, cp, out); }

// unicodedata.decimal(ch, -1): the digit value int()/float() read for any Unicode decimal.
inline int DecimalValue(uint32_t cp) {
  if (cp - '0' < 10) return static_cast<int>(cp - '0');
  if (cp < 0x660) return -1;
  const uint32_t* end = kDecimalZeros + sizeof kDecimalZeros / sizeof kDecimalZeros[0];
  const uint32_t* it = std::upper_bound(kDecimalZeros, end, cp);
  if (it == kDecimalZeros) return -1;
  const uint32_t off = cp - it[-1];
  return off < 10 ? static_cast<int>(off) : -1;
}

}  // namespace unicode

// ---- UTF-8 (generalized: surrogates encode as 3 bytes like their neighbours) ----
namespace utf8 {

// Bytes of the sequence that starts with `lead`.
inline size_t SeqLen(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

// Decodes the code point at p[i] and advances i past it.
inline uint32_t Decode(const char* s, size_t& i) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s);
  uint32_t c = p[i];
  if (c < 0x80) {
    i += 1;
    return c;
  }
  if (c < 0xE0) {
    c = ((c & 0x1F) << 6) | (p[i + 1] & 0x3F);
    i += 2;
    return c;
  }
  if (c < 0xF0) {
    c = ((c & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
    i += 3;
    return c;
  }
  c = ((c & 0x07) << 18) | ((p[i + 1] & 0x3F) << 12) | ((p[i + 2] & 0x3F) << 6) | (p[i + 3] & 0x3F);
  i += 4;
  return c;
}
// Decodes the code point that ends at byte `end` (exclusive) and moves end to its start.
inline uint32_t DecodeBack(const char* s, size_t& end) {
  size_t b = end - 1;
  while ((static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
  size_t i = b;
  uint32_t c = Decode(s, i);
  end = b;
  return c;
}

inline size_t EncodedLen(uint32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }
inline size_t Encode(char* d, uint32_t cp) {
  if (cp < 0x80) {
    d[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    d[0] = static_cast<char>(0xC0 | (cp >> 6));
    d[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    d[0] = static_cast<char>(0xE0 | (cp >> 12));
    d[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    d[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  d[0] = static_cast<char>(0xF0 | (cp >> 18));
  d[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  d[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  d[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}
inline void Append(std::string& out, uint32_t cp) {
  char b[4];
  out.append(b, Encode(b, cp));
}

// Code points in s[0:n]: the bytes that are not continuation bytes (10xxxxxx).
inline int64_t Count(const char* s, size_t n) {
  size_t cont = 0, i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, s + i, 8);
    // bit 7 of each byte set where the byte is 10xxxxxx
    const uint64_t m = w & ~(w << 1) & 0x8080808080808080ull;
    cont += static_cast<size_t>(__builtin_popcountll(m));
  }
  for (; i < n; ++i) cont += (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
  return static_cast<int64_t>(n - cont);
}
inline bool AllAscii(const char* s, size_t n) {
  size_t i = 0;
  uint64_t acc = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, s + i, 8);
    acc |= w;
  }
  for (; i < n; ++i) acc |= static_cast<unsigned char>(s[i]);
  return (acc & 0x8080808080808080ull) == 0;
}
// Byte offset of code point `index` (0 <= index <= count) in s[0:n].
inline size_t Offset(const char* s, size_t n, int64_t index) {
  size_t i = 0;
  while (index > 0 && i < n) {
    i += SeqLen(static_cast<unsigned char>(s[i]));
    --index;
  }
  return i;
}

}  // namespace utf8

// ---- Str ----
class Str {
 public:
  static constexpr size_t kInline = 15;  // bytes held inline; byte 15 holds the code point count
  // CPython's PY_SSIZE_T_MAX: lengths beyond it raise OverflowError there.
  static constexpr uint64_t kMaxLength = static_cast<uint64_t>(INT64_MAX);

  Str() noexcept : meta_(0) { std::memset(buf_, 0, sizeof buf_); }
  Str(const Str& o) noexcept {
    std::memcpy(static_cast<void*>(this), &o, sizeof(Str));
    if (owned()) ++header()->refs;
  }
  Str(Str&& o) noexcept {
    std::memcpy(static_cast<void*>(this), &o, sizeof(Str));
    std::memset(o.buf_, 0, sizeof o.buf_);
    o.meta_ = 0;
  }
  Str& operator=(const Str& o) noexcept {
    if (this != &o) {
      Str copy(o);
      Swap(copy);
    }
    return *this;
  }
  Str& operator=(Str&& o) noexcept {
    if (this != &o) Swap(o);
    return *this;
  }
  ~Str() {
    if (owned() && --header()->refs == 0) FreeBlock(header(), nbytes());
  }

  // Input is valid (generalized) UTF-8.
  static Str FromUtf8(std::string_view s) { return FromUtf8(s, utf8::Count(s.data(), s.size())); }
  // ... whose code point count is known.
  static Str FromUtf8(std::string_view s, int64_t ncp) {
    Str out;
    char* d = out.Init(s.size(), ncp);
    if (!d) std::abort();  // only huge adopted strings get here; builders check with Make
    if (!s.empty()) std::memcpy(d, s.data(), s.size());
    return out;
  }
  // A literal of generated code: static storage, never freed, no reference counting.
  static Str Literal(const char* s, size_t n) {
    Str out;
    const int64_t ncp = utf8::Count(s, n);
    if (n <= kInline) {
      std::memcpy(out.buf_, s, n);
      out.buf_[kInline] = static_cast<char>(ncp);
    } else {
      out.ext_ = {s, ncp};
    }
    out.meta_ = n;
    return out;
  }
  // One code point.
  static Str FromCodePoint(uint32_t cp) {
    Str out;
    out.meta_ = utf8::Encode(out.buf_, cp);
    out.buf_[kInline] = 1;
    return out;
  }

  // A new string of `nbytes` bytes and `ncp` code points whose bytes the caller fills through
  // `data`. False when the size cannot be allocated (the caller raises MemoryError).
  static bool Make(uint64_t nbytes, int64_t ncp, Str& out, char*& data) {
    out = Str();
    if (nbytes >= kOwned - 64 || nbytes > SIZE_MAX - 64) return false;
    data = out.Init(static_cast<size_t>(nbytes), ncp);  // in place: inline bytes live in `out`
    return data != nullptr;
  }
  // Lowers the byte/code point counts of a string just made by Make (over-allocated).
  void Shrink(size_t nbytes, int64_t ncp) {
    if (nbytes <= kInline) {
      char tmp[kInline];
      std::memcpy(tmp, data(), nbytes);
      Str s;
      std::memcpy(s.buf_, tmp, nbytes);
      s.buf_[kInline] = static_cast<char>(ncp);
      s.meta_ = nbytes;
      Swap(s);
    } else {
      ext_.ncp = ncp;
      meta_ = (meta_ & kOwned) | nbytes;
    }
  }

  std::string_view utf8() const { return {data(), nbytes()}; }
  const char* data() const { return inline_() ? buf_ : ext_.ptr; }
  size_t nbytes() const { return static_cast<size_t>(meta_ & ~kOwned); }
  int64_t size() const { return inline_() ? static_cast<unsigned char>(buf_[kInline]) : ext_.ncp; }
  bool empty() const { return meta_ == 0; }
  bool is_ascii() const { return static_cast<int64_t>(nbytes()) == size(); }

  uint64_t hash() const {
    if (inline_()) {
      uint64_t a, b;
      std::memcpy(&a, buf_, 8);
      std::memcpy(&b, buf_ + 8, 8);
      return Mix(a ^ 0x9E3779B97F4A7C15ull, b ^ (meta_ * 0xA0761D6478BD642Full));
    }
    const char* p = ext_.ptr;
    const size_t n = nbytes();
    uint64_t h = n * 0xE7037ED1A0B428DBull;
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
      uint64_t a, b;
      std::memcpy(&a, p + i, 8);
      std::memcpy(&b, p + i + 8, 8);
      h = Mix(a ^ h, b ^ 0x8EBC6AF09C88C6E3ull);
    }
    uint64_t a = 0, b = 0;  // the last 16 bytes (overlapping: n > 15)
    std::memcpy(&a, p + n - 16, 8);
    std::memcpy(&b, p + n - 8, 8);
    return Mix(a ^ h, b ^ 0x589965CC75374CC3ull);
  }

  // Byte end of the code point that starts at byte_pos.
  size_t NextCharEnd(size_t byte_pos) const { return byte_pos + utf8::SeqLen(static_cast<unsigned char>(data()[byte_pos])); }

  // The code points in bytes [begin, end) (on code point boundaries).
  Str SubstrBytes(size_t begin, size_t end) const {
    const size_t n = end - begin;
    const int64_t ncp = is_ascii() ? static_cast<int64_t>(n) : utf8::Count(data() + begin, n);
    return SubstrBytes(begin, end, ncp);
  }
  // ... holding ncp code points. Short slices are inline; a literal's point into it; others
  // copy (a slice never keeps a larger block alive).
  Str SubstrBytes(size_t begin, size_t end, int64_t ncp) const {
    const size_t n = end - begin;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (n <= kInline && n < nbytes()) {
      // Two 64-bit loads and masks, no variable-length copy: 16 bytes are readable at `begin`
      // in an owned block (allocated with 16 spare bytes) or before a literal's last 16 bytes;
      // an inline source is shifted within its own 16 bytes.
      uint64_t a, b;
      if (inline_()) {
        std::memcpy(&a, buf_, 8);
        std::memcpy(&b, buf_ + 8, 8);
        if (begin >= 8) {
          a = b >> (8 * (begin - 8));
          b = 0;
        } else if (begin > 0) {
          a = (a >> (8 * begin)) | (b << (64 - 8 * begin));
          b >>= 8 * begin;
        }
      } else if (owned() || begin + 16 <= nbytes()) {
        std::memcpy(&a, ext_.ptr + begin, 8);
        std::memcpy(&b, ext_.ptr + begin + 8, 8);
      } else {
        return SubstrSlow(begin, end, ncp);
      }
      const uint64_t ma = n >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * n)) - 1;
      const uint64_t mb = n >= 8 ? (uint64_t{1} << (8 * (n - 8))) - 1 : 0;
      a &= ma;
      b = (b & mb) | static_cast<uint64_t>(ncp) << 56;
      Str out;
#if defined(__SSE2__)
      // One 16-byte store: the Str is soon copied or moved with 16-byte loads, and a load that
      // spans two 8-byte stores cannot be forwarded from them (a stall per word otherwise).
      _mm_storeu_si128(reinterpret_cast<__m128i*>(out.buf_), _mm_set_epi64x(static_cast<long long>(b), static_cast<long long>(a)));
#else
      std::memcpy(out.buf_, &a, 8);
      std::memcpy(out.buf_ + 8, &b, 8);
#endif
      out.meta_ = n;
      return out;
    }
#endif
    return SubstrSlow(begin, end, ncp);
  }

  bool Equals(const Str& o) const {
    if (meta_ != o.meta_) {
      if (nbytes() != o.nbytes()) return false;
    } else if (inline_()) {
      uint64_t a0, a1, b0, b1;
      std::memcpy(&a0, buf_, 8);
      std::memcpy(&a1, buf_ + 8, 8);
      std::memcpy(&b0, o.buf_, 8);
      std::memcpy(&b1, o.buf_ + 8, 8);
      return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    return ext_.ptr == o.ext_.ptr || std::memcmp(ext_.ptr, o.ext_.ptr, nbytes()) == 0;
  }
  // <0, 0, >0 in code point order.
  int Compare(const Str& o) const {
    const size_t na = nbytes(), nb = o.nbytes();
    const size_t n = std::min(na, nb);
    const int c = n ? std::memcmp(data(), o.data(), n) : 0;
    if (c != 0) return c;
    return na < nb ? -1 : na > nb ? 1 : 0;
  }
  bool operator==(const Str& o) const { return Equals(o); }
  bool operator!=(const Str& o) const { return !Equals(o); }
  bool operator<(const Str& o) const { return Compare(o) < 0; }
  bool operator<=(const Str& o) const { return Compare(o) <= 0; }
  bool operator>(const Str& o) const { return Compare(o) > 0; }
  bool operator>=(const Str& o) const { return Compare(o) >= 0; }

  void Swap(Str& o) noexcept {
    alignas(Str) unsigned char tmp[sizeof(Str)];
    std::memcpy(tmp, static_cast<void*>(this), sizeof(Str));
    std::memcpy(static_cast<void*>(this), &o, sizeof(Str));
    std::memcpy(static_cast<void*>(&o), tmp, sizeof(Str));
  }

 private:
  struct Header {
    size_t refs;
    size_t pad;  // keeps the bytes 16-aligned
  };
  struct Ext {
    const char* ptr;  // owned: just after a Header; else static storage (a literal)
    int64_t ncp;
  };
  static constexpr uint64_t kOwned = uint64_t{1} << 63;

  bool inline_() const { return meta_ <= kInline; }
  bool owned() const { return (meta_ & kOwned) != 0; }
  Header* header() const { return reinterpret_cast<Header*>(const_cast<char*>(ext_.ptr)) - 1; }

  __attribute__((noinline)) Str SubstrSlow(size_t begin, size_t end, int64_t ncp) const {
    const size_t n = end - begin;
    if (n == nbytes()) return *this;
    Str out;
    if (n <= kInline) {
      std::memcpy(out.buf_, data() + begin, n);
      out.buf_[kInline] = static_cast<char>(ncp);
      out.meta_ = n;
    } else if (!owned()) {
      out.ext_ = {ext_.ptr + begin, ncp};
      out.meta_ = n;
    } else {
      char* d = out.Init(n, ncp);
      if (!d) std::abort();  // smaller than this string, which exists
      std::memcpy(d, ext_.ptr + begin, n);
    }
    return out;
  }

  static uint64_t Mix(uint64_t a, uint64_t b) {
    // 64x64 -> 128 multiply folded (wyhash's mum), without __int128 (32-bit targets).
    const uint64_t alo = a & 0xFFFFFFFFu, ahi = a >> 32, blo = b & 0xFFFFFFFFu, bhi = b >> 32;
    const uint64_t ll = alo * blo, lh = alo * bhi, hl = ahi * blo, hh = ahi * bhi;
    const uint64_t mid = (ll >> 32) + (lh & 0xFFFFFFFFu) + (hl & 0xFFFFFFFFu);
    const uint64_t lo = (ll & 0xFFFFFFFFu) | (mid << 32);
    const uint64_t hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
    return lo ^ hi;
  }

  // Sets the size of an empty string and returns where its bytes go (nullptr: no memory).
  char* Init(size_t nbytes, int64_t ncp) {
    if (nbytes <= kInline) {
      meta_ = nbytes;
      buf_[kInline] = static_cast<char>(ncp);
      return buf_;
    }
    if (nbytes > SIZE_MAX - sizeof(Header) - 16) return nullptr;
    Header* h = AllocateBlock(nbytes);
    if (!h) return nullptr;
    h->refs = 1;
    ext_ = {reinterpret_cast<char*>(h + 1), ncp};
    meta_ = kOwned | nbytes;
    return reinterpret_cast<char*>(h + 1);
  }

  // Blocks of short strings freed for the next string of their size: splitting a text into lines
  // makes and drops thousands per call, more at once than malloc's per-thread cache keeps (7
  // per size), so they would go the slow way through its bins. Classes of 64, 96 and 128 bytes
  // (header, bytes and the 16 spare ones); at most kKept blocks each. Calls of one library do
  // not overlap (WORKSPACE.md, "Module state"), and a block is freed by the call that made it or
  // by a later one, so no lock is needed.
  struct BlockCache {
    static constexpr size_t kKept = 256;
    void* blocks[4][kKept];
    size_t count[4];
  };
  static BlockCache& Blocks() {
    static BlockCache cache;  // zero-initialized, trivially destructible: no guard, no exit-time code
    return cache;
  }
  // The block size class of a string of nbytes (> kInline), 0 when larger than the cached ones.
  static size_t BlockClass(size_t nbytes) {
    const size_t total = sizeof(Header) + nbytes + 16;
    return total <= 128 ? (total + 31) / 32 - 1 : 0;
  }
  static Header* AllocateBlock(size_t nbytes) {
    // 16 spare bytes: SubstrBytes may read 16 bytes at any position inside the string
    const size_t c = BlockClass(nbytes);
    if (c == 0) return static_cast<Header*>(std::malloc(sizeof(Header) + nbytes + 16));
    BlockCache& cache = Blocks();
    if (cache.count[c]) return static_cast<Header*>(cache.blocks[c][--cache.count[c]]);
    return static_cast<Header*>(std::malloc((c + 1) * 32));
  }
  static void FreeBlock(Header* h, size_t nbytes) {
    const size_t c = BlockClass(nbytes);
    BlockCache& cache = Blocks();
    if (c != 0 && cache.count[c] < BlockCache::kKept) {
      cache.blocks[c][cache.count[c]++] = h;
      return;
    }
    std::free(h);
  }

  // Inline (meta_ <= kInline): buf_[0..n) the bytes, zeros up to buf_[14], buf_[15] the code
  // point count; so equal strings have equal representations. Else ext_.
  union {
    char buf_[16];
    Ext ext_;
  };
  uint64_t meta_;  // byte length; top bit: ext_.ptr is an owned (refcounted) block
};

inline bool PyEq(const Str& a, const Str& b) { return a.Equals(b); }
inline bool PyCmp(CmpOp op, const Str& a, const Str& b) { return ScalarCmp(op, a.Compare(b), 0); }
inline bool PyTruth(const Str& a) { return !a.empty(); }

// ---- str() and repr() ----
template <class T>
struct Format;

template <>
struct Format<int64_t> {
  static void Str(std::string& out, int64_t v) {
    char b[24];
    auto r = std::to_chars(b, b + sizeof b, v);
    out.append(b, r.ptr);
  }
  static void Repr(std::string& out, int64_t v) { Str(out, v); }
};
template <>
struct Format<double> {
  static void Str(std::string& out, double v) { out += rt::FloatRepr(v); }
  static void Repr(std::string& out, double v) { out += rt::FloatRepr(v); }
};
template <>
struct Format<bool> {
  static void Str(std::string& out, bool v) { out += v ? "True" : "False"; }
  static void Repr(std::string& out, bool v) { Str(out, v); }
};
template <>
struct Format<NoneT> {
  static void Str(std::string& out, NoneT) { out += "None"; }
  static void Repr(std::string& out, NoneT) { out += "None"; }
};
template <>
struct Format<fxn::Str> {
  static void Str(std::string& out, const fxn::Str& s) { out.append(s.data(), s.nbytes()); }
  // CPython's unicode_repr: '...' unless the text has ' and no ", escapes for \\, the quote,
  // \t \n \r, other ASCII controls as \xhh, non-printable others as \xhh, \uhhhh or \Uhhhhhhhh.
  static void Repr(std::string& out, const fxn::Str& s) {
    const char* p = s.data();
    const size_t n = s.nbytes();
    bool squote = false, dquote = false;
    for (size_t i = 0; i < n; ++i) {
      squote |= p[i] == '\'';
      dquote |= p[i] == '"';
    }
    const char quote = squote && !dquote ? '"' : '\'';
    static const char kHex[] = "0123456789abcdef";
    out += quote;
    size_t i = 0;
    while (i < n) {
      const unsigned char b = static_cast<unsigned char>(p[i]);
      if (b < 0x80) {
        ++i;
        if (b == static_cast<unsigned char>(quote) || b == '\\') {
          out += '\\';
          out += static_cast<char>(b);
        } else if (b == '\t') {
          out += "\\t";
        } else if (b == '\n') {
          out += "\\n";
        } else if (b == '\r') {
          out += "\\r";
        } else if (b < ' ' || b == 0x7F) {
          out += "\\x";
          out += kHex[b >> 4];
          out += kHex[b & 15];
        } else {
          out += static_cast<char>(b);
        }
        continue;
      }
      const size_t start = i;
      const uint32_t cp = utf8::Decode(p, i);
      if (unicode::IsPrintable(cp)) {
        out.append(p + start, i - start);
      } else {
        int digits;
        if (cp <= 0xFF) {
          out += "\\x";
          digits = 2;
        } else if (cp <= 0xFFFF) {
          out += "\\u";
          digits = 4;
        } else {
          out += "\\U";
          digits = 8;
        }
        for (int d = digits - 1; d >= 0; --d) out += kHex[(cp >> (4 * d)) & 15];
      }
    }
    out += quote;
  }
};

template <class T>
struct Format<List<T>> {
  static void Str(std::string& out, const List<T>& xs) { Repr(out, xs); }
  static void Repr(std::string& out, const List<T>& xs) {
    out += '[';
    bool first = true;
    for (const auto& x : xs.items()) {
      if (!first) out += ", ";
      first = false;
      Format<T>::Repr(out, static_cast<T>(x));
    }
    out += ']';
  }
};
template <class... T>
struct Format<Tuple<T...>> {
  static void Str(std::string& out, const Tuple<T...>& t) { Repr(out, t); }
  static void Repr(std::string& out, const Tuple<T...>& t) {
    out += '(';
    Items(out, t, std::index_sequence_for<T...>{});
    if constexpr (sizeof...(T) == 1) out += ',';
    out += ')';
  }

 private:
  template <size_t... I>
  static void Items(std::string& out, const Tuple<T...>& t, std::index_sequence<I...>) {
    ((I ? (void)(out += ", ") : (void)0, Format<std::tuple_element_t<I, Tuple<T...>>>::Repr(out, std::get<I>(t))), ...);
  }
};
template <class T>
struct Format<Optional<T>> {
  static void Str(std::string& out, const Optional<T>& x) {
    if (x.has) {
      Format<T>::Str(out, x.value);
    } else {
      out += "None";
    }
  }
  static void Repr(std::string& out, const Optional<T>& x) {
    if (x.has) {
      Format<T>::Repr(out, x.value);
    } else {
      out += "None";
    }
  }
};

}  // namespace fxn
