// fxn_re.hpp: Python's `re` for compiled code. Patterns are compiled at trace time by CPython's
// own compiler (re._parser + re._compiler of 3.11), so the program interpreted here is the very
// opcode list `_sre` would run; this file is a matcher for that code written after the semantics
// of CPython 3.11's Modules/_sre (SRE(match)/SRE(search), charsets, repeats and marks): the
// backtracking order, empty-match rules, \b, case folding and character classes are CPython's.
//
// The matcher is iterative: its backtracking contexts live on a heap stack, so a pattern that
// backtracks a lot runs long (as in CPython) but never overflows the C stack.
//
// Positions are code-point indices, as Python's. An ASCII subject is matched on its bytes in
// place; any other is decoded once into UTF-32 (with the byte offset of every code point, so
// groups slice the UTF-8 text without re-encoding).
#pragma once
#include <cstdint>
#include <array>
#include <cstring>
#include <deque>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "fxn_core.hpp"
#include "fxn_str.hpp"

namespace fxn::re {

// Opcodes, at-codes and category codes of CPython 3.11's re._constants (MAGIC 20220615); the
// front end checks the magic number before it hands code over.
enum Op : uint32_t {
  kFailure = 0, kSuccess, kAny, kAnyAll, kAssert, kAssertNot, kAt, kBranch, kCategory, kCharset, kBigCharset,
  kGroupref, kGrouprefExists, kIn, kInfo, kJump, kLiteral, kMark, kMaxUntil, kMinUntil, kNotLiteral, kNegate,
  kRange, kRepeat, kRepeatOne, kSubpattern, kMinRepeatOne, kAtomicGroup, kPossessiveRepeat, kPossessiveRepeatOne,
  kGrouprefIgnore, kInIgnore, kLiteralIgnore, kNotLiteralIgnore, kGrouprefLocIgnore, kInLocIgnore,
  kLiteralLocIgnore, kNotLiteralLocIgnore, kGrouprefUniIgnore, kInUniIgnore, kLiteralUniIgnore,
  kNotLiteralUniIgnore, kRangeUniIgnore
};
enum At : uint32_t {
  kAtBeginning = 0, kAtBeginningLine, kAtBeginningString, kAtBoundary, kAtNonBoundary, kAtEnd, kAtEndLine,
  kAtEndString, kAtLocBoundary, kAtLocNonBoundary, kAtUniBoundary, kAtUniNonBoundary
};
enum Category : uint32_t {
  kCatDigit = 0, kCatNotDigit, kCatSpace, kCatNotSpace, kCatWord, kCatNotWord, kCatLinebreak, kCatNotLinebreak,
  kCatLocWord, kCatLocNotWord, kCatUniDigit, kCatUniNotDigit, kCatUniSpace, kCatUniNotSpace, kCatUniWord,
  kCatUniNotWord, kCatUniLinebreak, kCatUniNotLinebreak
};
inline constexpr uint32_t kMaxRepeat = 0xFFFFFFFFu;  // _sre.MAXREPEAT for a 4-byte SRE_CODE
inline constexpr uint32_t kInfoPrefix = 1, kInfoLiteral = 2, kInfoCharset = 4;

// ---- character predicates (CPython's SRE_IS_* and sre_lower/upper) ----

inline bool AsciiDigit(uint32_t c) { return c - '0' < 10; }
inline bool AsciiSpace(uint32_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
inline bool AsciiAlnum(uint32_t c) { return c < 128 && ((c | 0x20) - 'a' < 26 || AsciiDigit(c)); }
inline bool AsciiWord(uint32_t c) { return AsciiAlnum(c) || c == '_'; }
inline uint32_t LowerAscii(uint32_t c) { return c - 'A' < 26 ? c + 32 : c; }
// Py_UNICODE_TOLOWER / TOUPPER: the first code point of the full mapping.
inline uint32_t LowerUnicode(uint32_t c) {
  if (c < 128) return LowerAscii(c);
  uint32_t out[3];
  unicode::ToLowerFull(c, out);
  return out[0];
}
inline uint32_t UpperUnicode(uint32_t c) {
  if (c < 128) return c - 'a' < 26 ? c - 32 : c;
  uint32_t out[3];
  unicode::ToUpperFull(c, out);
  return out[0];
}
inline bool UniDigit(uint32_t c) { return c < 128 ? AsciiDigit(c) : unicode::Has(c, unicode::kPropDecimal); }
inline bool UniSpace(uint32_t c) {
  return c < 128 ? (AsciiSpace(c) || (c >= 0x1C && c <= 0x1F)) : unicode::Has(c, unicode::kPropSpace);
}
inline bool UniAlnum(uint32_t c) {
  if (c < 128) return AsciiAlnum(c);
  return unicode::Has(c, unicode::kPropAlpha | unicode::kPropDecimal | unicode::kPropDigit | unicode::kPropNumeric);
}
inline bool UniWord(uint32_t c) { return UniAlnum(c) || c == '_'; }

inline bool InCategory(uint32_t category, uint32_t c) {
  switch (category) {
    case kCatDigit: return AsciiDigit(c);
    case kCatNotDigit: return !AsciiDigit(c);
    case kCatSpace: return AsciiSpace(c);
    case kCatNotSpace: return !AsciiSpace(c);
    case kCatWord: return AsciiWord(c);
    case kCatNotWord: return !AsciiWord(c);
    case kCatLinebreak: return c == '\n';
    case kCatNotLinebreak: return c != '\n';
    case kCatLocWord: return AsciiWord(c);  // LOCALE is refused at compile time
    case kCatLocNotWord: return !AsciiWord(c);
    case kCatUniDigit: return UniDigit(c);
    case kCatUniNotDigit: return !UniDigit(c);
    case kCatUniSpace: return UniSpace(c);
    case kCatUniNotSpace: return !UniSpace(c);
    case kCatUniWord: return UniWord(c);
    case kCatUniNotWord: return !UniWord(c);
    case kCatUniLinebreak: return unicode::IsLineBreak(c);
    case kCatUniNotLinebreak: return !unicode::IsLineBreak(c);
  }
  return false;
}

// Whether c is in the set starting at set[0] (a charset program ending in FAILURE).
inline bool InSet(const uint32_t* set, uint32_t c) {
  bool ok = true;
  for (;;) {
    switch (*set++) {
      case kFailure: return !ok;
      case kLiteral:
        if (c == set[0]) return ok;
        ++set;
        break;
      case kCategory:
        if (InCategory(set[0], c)) return ok;
        ++set;
        break;
      case kCharset:  // 256-bit bitmap
        if (c < 256 && (set[c / 32] & (1u << (c & 31)))) return ok;
        set += 8;
        break;
      case kRange:
        if (set[0] <= c && c <= set[1]) return ok;
        set += 2;
        break;
      case kRangeUniIgnore: {  // c is already lower-cased
        if (set[0] <= c && c <= set[1]) return ok;
        const uint32_t u = UpperUnicode(c);
        if (set[0] <= u && u <= set[1]) return ok;
        set += 2;
        break;
      }
      case kNegate: ok = !ok; break;
      case kBigCharset: {  // <count> <256 block indices as bytes> <count bitmaps of 256 bits>
        const uint32_t count = *set++;
        int64_t block = -1;
        if (c < 0x10000u) block = reinterpret_cast<const unsigned char*>(set)[c >> 8];
        set += 64;
        if (block >= 0 && (set[(block * 256 + (c & 255)) / 32] & (1u << (c & 31)))) return ok;
        set += count * 8;
        break;
      }
      default: return false;
    }
  }
}

// The members of a set for the characters below 256, as a 256-bit bitmap: bit c holds
// InSet(set, fold(c)), fold being the case folding the op applies first (0 none, 1 ASCII,
// 2 Unicode), so a character below 256 is one bit test.
inline std::array<uint32_t, 8> SetBitmapOf(const uint32_t* set, int fold) {
  std::array<uint32_t, 8> bits{};
  for (uint32_t c = 0; c < 256; ++c) {
    const uint32_t folded = fold == 0 ? c : fold == 1 ? LowerAscii(c) : LowerUnicode(c);
    if (InSet(set, folded)) bits[c / 32] |= 1u << (c & 31);
  }
  return bits;
}

// The AT op at ptr of the subject s (length code points; end is state->end, the endpos). match()
// with pos > endpos starts past end, where _sre still reads the character at ptr (or the
// string's terminating NUL at its length): `$` in MULTILINE matches there before a "\n".
template <class C>
inline bool AtPosition(const C* s, int64_t end, int64_t length, int64_t ptr, uint32_t at) {
  switch (at) {
    case kAtBeginning:
    case kAtBeginningString: return ptr == 0;
    case kAtBeginningLine: return ptr == 0 || s[ptr - 1] == '\n';
    case kAtEnd: return (end - ptr == 1 && s[ptr] == '\n') || ptr == end;
    case kAtEndLine: return ptr == end || (ptr < length && s[ptr] == '\n');
    case kAtEndString: return ptr == end;
    case kAtBoundary:
    case kAtNonBoundary:
    case kAtLocBoundary:
    case kAtLocNonBoundary:
    case kAtUniBoundary:
    case kAtUniNonBoundary: {
      if (end == 0) return false;  // state->beginning == state->end
      const bool uni = at == kAtUniBoundary || at == kAtUniNonBoundary;
      auto word = [&](uint32_t c) { return uni ? UniWord(c) : AsciiWord(c); };
      const bool that = ptr > 0 ? word(s[ptr - 1]) : false;
      const bool self = ptr < end ? word(s[ptr]) : false;
      const bool boundary = at == kAtBoundary || at == kAtLocBoundary || at == kAtUniBoundary;
      return boundary ? self != that : self == that;
    }
  }
  return false;
}

// What a pattern compiled to native code (fxn_re_native.hpp) reads from the matcher and leaves
// in it: SRE(match)'s state for one call from a given code offset.
template <class C>
struct NativeState {
  const C* s;
  int64_t start, end;  // state->start (the match's start) and state->end
  int64_t length;      // the subject's length (code points)
  int64_t* mark;
  int64_t lastmark, lastindex;  // out (a native match starts with the captures reset)
  bool toplevel, match_all, must_advance;
  int64_t ptr;  // in: where matching starts; out: where the match ends
};
// A native matcher: SRE(match) from st.ptr with the whole program (kNativeMatch) or SRE(search)
// from st.ptr (kNativeSearch, which leaves the match's start in st.start). 1 matched, 0 not.
enum NativeMode : int { kNativeMatch = 0, kNativeSearch = 1 };
template <class C>
using NativeEntry = int (*)(NativeState<C>& state, NativeMode mode);

// How many freed blocks of an Rc<T> are kept for the next Make (0: none, plain new/delete).
// Match objects are made and dropped once per match, often thousands of times per call.
template <class T>
struct RcKeepsFreed {
  static constexpr size_t kCount = 0;
};

// A reference-counted pointer whose count is not atomic: programs, decoded subjects and match
// objects are copied several times per match (a pattern value per call, the match, its unwrapping
// in generated code), and std::shared_ptr's locked increments cost more than the matching of a
// short line. Like every other count of generated code it is not synchronised: calls of one
// library do not overlap (WORKSPACE.md, "Module state").
template <class T>
class Rc {
 public:
  Rc() = default;
  template <class... A>
  static Rc Make(A&&... args) {
    Rc r;
    if constexpr (RcKeepsFreed<T>::kCount > 0) {
      auto& kept = Kept();
      if (!kept.empty()) {
        r.b_ = new (kept.back()) Block(std::forward<A>(args)...);
        kept.pop_back();
        return r;
      }
    }
    r.b_ = new Block(std::forward<A>(args)...);
    return r;
  }
  Rc(const Rc& o) noexcept : b_(o.b_) {
    if (b_) ++b_->refs;
  }
  Rc(Rc&& o) noexcept : b_(o.b_) { o.b_ = nullptr; }
  Rc& operator=(const Rc& o) noexcept {
    Rc copy(o);
    std::swap(b_, copy.b_);
    return *this;
  }
  Rc& operator=(Rc&& o) noexcept {
    std::swap(b_, o.b_);
    return *this;
  }
  ~Rc() {
    if (b_ && --b_->refs == 0) Release(b_);
  }
  T* get() const { return b_ ? &b_->value : nullptr; }
  T* operator->() const { return &b_->value; }
  T& operator*() const { return b_->value; }
  explicit operator bool() const { return b_ != nullptr; }

 private:
  struct Block {
    Block() {}  // value default-initialized: its members' initializers, no zero-filling first
    template <class... A>
    explicit Block(A&&... args) : value(std::forward<A>(args)...) {}
    size_t refs = 1;
    T value;
  };
  // Blocks freed for reuse. Never destroyed (no exit-time destructor); calls of one library do
  // not overlap (WORKSPACE.md, "Module state").
  static std::vector<void*>& Kept() {
    static std::vector<void*>* const kept = new std::vector<void*>();
    return *kept;
  }
  static void Release(Block* b) {
    if constexpr (RcKeepsFreed<T>::kCount > 0) {
      auto& kept = Kept();
      if (kept.size() < RcKeepsFreed<T>::kCount) {
        b->~Block();
        kept.push_back(b);
        return;
      }
    }
    delete b;
  }
  Block* b_ = nullptr;
};

// ---- the compiled program ----

struct Program {
  std::vector<uint32_t> code;
  int64_t groups = 0;
  int64_t flags = 0;
  std::vector<Str> group_names;  // index -> name ("" for unnamed), index 0 unused
  Str pattern;
  // The same program compiled to native code when generated code knew it (fxn_re_native.hpp);
  // null: interpreted.
  NativeEntry<unsigned char> native_narrow = nullptr;
  NativeEntry<uint32_t> native_wide = nullptr;

  // The members of a set for the characters below 256, as a 256-bit bitmap, so the common case
  // (an ASCII or Latin-1 character) is one bit test instead of a walk over the set's program.
  // `fold` is the case folding the op applies before the test (0 none, 1 ASCII, 2 Unicode): the
  // bitmap holds InSet(set, fold(c)) for every c < 256, exactly what the op computes. Built on
  // first use per set (sets are found where ops use them; walking sre code up front would need
  // every op's layout) and kept with the program, which the pattern cache keeps alive.
  const uint32_t* SetBitmap(const uint32_t* set, int fold) const {
    const size_t at = static_cast<size_t>(set - code.data());
    if (bitmap_at_.empty()) bitmap_at_.assign(code.size() + 1, nullptr);
    const uint32_t* bits = bitmap_at_[at];
    if (FXN_UNLIKELY(bits == nullptr)) bits = BuildBitmap(set, fold);
    return bits;
  }

 private:
  __attribute__((noinline)) const uint32_t* BuildBitmap(const uint32_t* set, int fold) const {
    bitmaps_.push_back(SetBitmapOf(set, fold));
    const uint32_t* out = bitmaps_.back().data();
    bitmap_at_[static_cast<size_t>(set - code.data())] = out;
    return out;
  }
  // Calls of one library do not overlap (WORKSPACE.md, "Module state"), so filling these lazily
  // from a shared const program is safe; a deque keeps handed-out pointers valid as it grows.
  // One set is used with one folding only (its op's), so the code offset is key enough.
  mutable std::vector<const uint32_t*> bitmap_at_;  // code offset of a set -> its bitmap (null: not yet)
  mutable std::deque<std::array<uint32_t, 8>> bitmaps_;
};

// Whether c, folded as the op folds (Fold: 0 none, 1 ASCII, 2 Unicode), is in the set: c < 256
// from its bitmap (Program::SetBitmap), larger c by walking the set itself.
template <int Fold>
inline bool InSetFast(const uint32_t* bits, const uint32_t* set, uint32_t c) {
  if (c < 256) return (bits[c / 32] >> (c & 31)) & 1u;
  return InSet(set, Fold == 2 ? LowerUnicode(c) : c);  // LowerAscii leaves c >= 256 as it is
}

// The program from the front end's spec: "flags groups n code... names..|pattern" (decimal
// words separated by spaces, then one `name=index` word per named group, `|`, the pattern).
inline Rc<Program> ParseProgram(const Str& spec) {
  auto p = Rc<Program>::Make();
  std::string_view s = spec.utf8();
  size_t bar = s.find('|');
  std::string_view head = s.substr(0, bar);
  if (bar != std::string_view::npos) p->pattern = Str::FromUtf8(s.substr(bar + 1));
  size_t i = 0;
  auto word = [&]() -> std::string_view {
    while (i < head.size() && head[i] == ' ') ++i;
    size_t b = i;
    while (i < head.size() && head[i] != ' ') ++i;
    return head.substr(b, i - b);
  };
  auto number = [](std::string_view w) {
    uint64_t v = 0;
    for (char ch : w) v = v * 10 + static_cast<uint64_t>(ch - '0');
    return v;
  };
  p->flags = static_cast<int64_t>(number(word()));
  p->groups = static_cast<int64_t>(number(word()));
  const uint64_t n = number(word());
  p->code.reserve(n);
  for (uint64_t k = 0; k < n; ++k) p->code.push_back(static_cast<uint32_t>(number(word())));
  p->group_names.assign(static_cast<size_t>(p->groups + 1), Str());
  for (std::string_view w = word(); !w.empty(); w = word()) {
    size_t eq = w.rfind('=');
    const uint64_t index = number(w.substr(eq + 1));
    if (index < p->group_names.size()) p->group_names[index] = Str::FromUtf8(w.substr(0, eq));
  }
  return p;
}

// A compiled pattern value (re.Pattern). Generated code makes it from a static spec string; the
// parsed program is cached per spec, so `re.search(r"...", s)` in a loop parses once.
struct Pattern {
  Rc<Program> prog;
};

inline Pattern MakePattern(const Str& spec) {
  struct Entry {
    const char* data;
    Str spec;
    Rc<Program> prog;
  };
  // Never destroyed (no exit-time destructor: wasm32 has no __cxa_thread_atexit); calls of one
  // library do not overlap (WORKSPACE.md, module state), so one cache serves them.
  static std::vector<Entry>* const cache = new std::vector<Entry>();
  for (const Entry& e : *cache)
    if (e.data == spec.data() && e.spec.Equals(spec)) return Pattern{e.prog};
  auto prog = ParseProgram(spec);
  if (cache->size() < 256) cache->push_back(Entry{spec.data(), spec, prog});
  return Pattern{prog};
}

// A non-ASCII subject decoded once: its code points, and the byte offset of each (and of the end).
struct Decoded {
  std::vector<uint32_t> wide;
  std::vector<uint32_t> offsets;

  explicit Decoded(const Str& s) {
    std::string_view u = s.utf8();
    wide.reserve(static_cast<size_t>(s.size()));
    offsets.reserve(static_cast<size_t>(s.size()) + 1);
    size_t i = 0;
    while (i < u.size()) {
      offsets.push_back(static_cast<uint32_t>(i));
      wide.push_back(utf8::Decode(u.data(), i));
    }
    offsets.push_back(static_cast<uint32_t>(u.size()));
  }
};

// The string a pattern runs over: its code points, as bytes when it is ASCII. A value: an ASCII
// subject is only the Str (no allocation per match); the decoded form of any other is shared by
// the matches made from it.
struct Subject {
  Str str;
  bool ascii = true;
  int64_t length = 0;
  Rc<Decoded> decoded;  // non-ASCII subjects only

  Subject() = default;
  explicit Subject(const Str& s) : str(s), ascii(s.is_ascii()), length(s.size()) {
    if (!ascii) decoded = Rc<Decoded>::Make(s);
  }
  size_t Byte(int64_t cp) const {
    return ascii ? static_cast<size_t>(cp) : decoded->offsets[static_cast<size_t>(cp)];
  }
  Str Slice(int64_t b, int64_t e) const {
    if (b <= 0 && e >= length) return str;
    if (e <= b) return Str();
    return str.SubstrBytes(Byte(b), Byte(e), e - b);
  }
};

// The marks of a match: 2 * (groups + 1) positions, inline for patterns of up to 9 groups so
// that a match object is one allocation.
class Marks {
 public:
  static constexpr size_t kInline = 20;
  Marks() = default;
  Marks(const Marks& o) { CopyFrom(o); }
  Marks& operator=(const Marks& o) {
    if (this != &o) CopyFrom(o);
    return *this;
  }
  void assign(size_t n, int64_t v) {
    n_ = n;
    if (n <= kInline) {
      big_.clear();
      std::fill(small_, small_ + n, v);
    } else {
      big_.assign(n, v);
    }
  }
  size_t size() const { return n_; }
  int64_t* data() { return n_ <= kInline ? small_ : big_.data(); }
  const int64_t* data() const { return n_ <= kInline ? small_ : big_.data(); }
  int64_t& operator[](size_t i) { return data()[i]; }
  const int64_t& operator[](size_t i) const { return data()[i]; }

 private:
  void CopyFrom(const Marks& o) {
    n_ = o.n_;
    if (n_ <= kInline) {
      big_.clear();
      std::copy(o.small_, o.small_ + n_, small_);
    } else {
      big_ = o.big_;
    }
  }
  size_t n_ = 0;
  int64_t small_[kInline];
  std::vector<int64_t> big_;
};

// What one successful match left: the span of group 0 and of each group (-1 when the group did
// not participate), lastindex (-1 for none).
struct Spans {
  Marks marks;  // 2 * (groups + 1)
  int64_t lastindex = -1;
};

// state_init's clamp of pos and endpos to [0, n].
inline int64_t ClampIndex(int64_t i, int64_t n) { return i < 0 ? 0 : i > n ? n : i; }

// pattern_new_match's rules: group 0 spans [start, end); group g the marks 2g-2 and 2g-1 when
// both were set at or below lastmark, else (-1, -1).
inline void CollectSpans(Spans& out, int64_t groups, int64_t start, int64_t end, const int64_t* mark,
                         int64_t lastmark, int64_t lastindex) {
  out.marks.assign(static_cast<size_t>(2 * groups + 2), -1);
  out.marks[0] = start;
  out.marks[1] = end;
  for (int64_t i = 0, j = 0; i < groups; ++i, j += 2) {
    if (j + 1 <= lastmark && mark[j] >= 0 && mark[j + 1] >= 0) {
      out.marks[static_cast<size_t>(j + 2)] = mark[j];
      out.marks[static_cast<size_t>(j + 3)] = mark[j + 1];
    }
  }
  out.lastindex = lastindex;
}

// ---- the matcher ----

template <class C>
class Matcher {
 public:
  Matcher() { frames_.reserve(16); }
  Matcher(const Program& prog, const C* chars, int64_t end, int64_t length) : Matcher() {
    Bind(prog, chars, end, length);
  }

  // Points the matcher at a program and a subject; its stacks keep their capacity, so a pooled
  // matcher (see MatcherPool) matches without allocating.
  // end: the endpos; length: the subject's.
  void Bind(const Program& prog, const C* chars, int64_t end, int64_t length) {
    prog_ = &prog;
    code_ = prog.code.data();
    s_ = chars;
    groups_ = prog.groups;
    end_ = end;
    length_ = length;
    mark_.assign(static_cast<size_t>(2 * prog.groups + 2), -1);
    frames_.clear();
    repeats_.clear();
    mark_stack_.clear();
    last_ptr_stack_.clear();
    must_advance_ = match_all_ = false;
  }

  // state_init: pos/endpos clamped as CPython's.
  void Reset(int64_t start, int64_t end) {
    start_ = start;
    end_ = end;
    ptr_ = start;
    lastmark_ = lastindex_ = -1;
    repeat_ = -1;
  }
  void ResetCapture() { lastmark_ = lastindex_ = -1; }

  // SRE(match) from start_ with toplevel semantics (pattern.match/fullmatch).
  int Match(bool match_all) {
    match_all_ = match_all;
    ptr_ = start_;
    return Run(0, true);
  }

  // SRE(search) from start_.
  int Search() {
    match_all_ = false;
    int64_t ptr = start_;
    int64_t end = end_;
    const uint32_t* pattern = code_;
    uint32_t pc = 0;
    if (ptr > end) return 0;
    uint32_t flags = 0;
    int64_t prefix_len = 0, prefix_skip = 0;
    const uint32_t* prefix = nullptr;
    const uint32_t* overlap = nullptr;
    const uint32_t* charset = nullptr;
    if (pattern[0] == kInfo) {
      flags = pattern[2];
      if (pattern[3] && end - ptr < static_cast<int64_t>(pattern[3])) return 0;
      if (pattern[3] > 1) {
        end -= pattern[3] - 1;
        if (end <= ptr) end = ptr;
      }
      if (flags & kInfoPrefix) {
        prefix_len = pattern[5];
        prefix_skip = pattern[6];
        prefix = pattern + 7;
        overlap = prefix + prefix_len - 1;
      } else if (flags & kInfoCharset) {
        charset = pattern + 5;
      }
      pc = 1 + pattern[1];
    }
    if (prefix_len == 1) {
      const uint32_t c = prefix[0];
      end = end_;
      must_advance_ = false;
      while (ptr < end) {
        while (static_cast<uint32_t>(s_[ptr]) != c) {
          if (++ptr >= end) return 0;
        }
        start_ = ptr;
        ptr_ = ptr + prefix_skip;
        if (flags & kInfoLiteral) return 1;
        int status = Run(pc + 2 * static_cast<uint32_t>(prefix_skip), false);
        if (status != 0) return status;
        ++ptr;
        ResetCapture();
      }
      return 0;
    }
    if (prefix_len > 1) {
      end = end_;
      if (prefix_len > end - ptr) return 0;
      while (ptr < end) {
        const uint32_t c = prefix[0];
        while (static_cast<uint32_t>(s_[ptr++]) != c) {
          if (ptr >= end) return 0;
        }
        if (ptr >= end) return 0;
        int64_t i = 1;
        must_advance_ = false;
        do {
          if (static_cast<uint32_t>(s_[ptr]) == prefix[i]) {
            if (++i != prefix_len) {
              if (++ptr >= end) return 0;
              continue;
            }
            start_ = ptr - (prefix_len - 1);
            ptr_ = ptr - (prefix_len - prefix_skip - 1);
            if (flags & kInfoLiteral) return 1;
            int status = Run(pc + 2 * static_cast<uint32_t>(prefix_skip), false);
            if (status != 0) return status;
            if (++ptr >= end) return 0;
            ResetCapture();
          }
          i = overlap[i];
        } while (i != 0);
      }
      return 0;
    }
    int status = 0;
    if (charset) {
      end = end_;
      must_advance_ = false;
      const uint32_t* bits = prog_->SetBitmap(charset, 0);
      for (;;) {
        while (ptr < end && !InSetFast<0>(bits, charset, static_cast<uint32_t>(s_[ptr])))
          ++ptr;
        if (ptr >= end) return 0;
        start_ = ptr;
        ptr_ = ptr;
        status = Run(pc, false);
        if (status != 0) break;
        ++ptr;
        ResetCapture();
      }
    } else {
      // Not in CPython: where the pattern opens with a repeat of one character that must match
      // at least once (`\d+`, `(\w+)`), positions whose character fails it are skipped without
      // running the matcher there; it would fail at once, so the result is the same.
      const uint32_t first = FirstItem(pc);
      const uint32_t* first_bits = first && code_[first] == kIn ? prog_->SetBitmap(code_ + first + 2, 0) : nullptr;
      start_ = ptr_ = ptr;
      status = first && !MayStart(first, first_bits, ptr) ? 0 : Run(pc, true);
      must_advance_ = false;
      if (status == 0 && code_[pc] == kAt && (code_[pc + 1] == kAtBeginning || code_[pc + 1] == kAtBeginningString)) {
        start_ = ptr_ = end;
        return 0;
      }
      while (status == 0 && ptr < end) {
        ++ptr;
        if (first) {
          while (ptr < end && !MayStart(first, first_bits, ptr)) ++ptr;
          if (!MayStart(first, first_bits, ptr)) return 0;  // ptr == end, where the matcher would fail as well
        }
        ResetCapture();
        start_ = ptr_ = ptr;
        status = Run(pc, false);
      }
    }
    return status;
  }

  // The spans of the last successful match (pattern_new_match's rules).
  void Collect(Spans& out) const { CollectSpans(out, groups_, start_, ptr_, mark_.data(), lastmark_, lastindex_); }

  int64_t start() const { return start_; }
  int64_t ptr() const { return ptr_; }
  void set_start(int64_t p) { start_ = p; }
  void set_ptr(int64_t p) { ptr_ = p; }
  bool must_advance() const { return must_advance_; }
  void set_must_advance(bool v) { must_advance_ = v; }

 private:
  struct Repeat {
    int64_t count;
    uint32_t pattern;  // the REPEAT op's operands
    int64_t last_ptr;
    int64_t prev;
  };
  enum Jump {
    kJumpNone, kJumpMaxUntil1, kJumpMaxUntil2, kJumpMaxUntil3, kJumpMinUntil1, kJumpMinUntil2, kJumpMinUntil3,
    kJumpRepeat, kJumpRepeatOne1, kJumpRepeatOne2, kJumpMinRepeatOne, kJumpBranch, kJumpAssert, kJumpAssertNot,
    kJumpPossRepeat1, kJumpPossRepeat2, kJumpAtomicGroup
  };
  struct Frame {
    int64_t count = 0;
    uint32_t chr = 0;
    int64_t rep = -1;
    int64_t lastmark = -1, lastindex = -1;
    uint32_t pattern = 0;
    int64_t ptr = 0;
    bool toplevel = false;
    Jump jump = kJumpNone;
    size_t saved_marks = 0;  // how many marks this frame pushed
  };

  bool At(int64_t ptr, uint32_t at) const { return AtPosition(s_, end_, length_, ptr, at); }

  // The code offset of the one-character item a match must begin with, when the program (after
  // its INFO block and any MARKs) opens with REPEAT_ONE, MIN_REPEAT_ONE or POSSESSIVE_REPEAT_ONE
  // of min >= 1 over an IN, LITERAL or ANY item; 0 when there is none.
  uint32_t FirstItem(uint32_t pc) const {
    while (code_[pc] == kMark) pc += 2;
    const uint32_t op = code_[pc];
    if (op != kRepeatOne && op != kMinRepeatOne && op != kPossessiveRepeatOne) return 0;
    if (code_[pc + 2] < 1) return 0;
    const uint32_t item = pc + 4;
    const uint32_t kind = code_[item];
    if (kind == kIn || kind == kLiteral || kind == kAny) return item;
    return 0;
  }
  // Whether the item at `item` (see FirstItem) matches the character at p.
  // `bits`: the set's bitmap when the item is IN.
  __attribute__((always_inline)) bool MayStart(uint32_t item, const uint32_t* bits, int64_t p) const {
    if (p >= end_) return false;
    const uint32_t c = s_[p];
    switch (code_[item]) {
      case kIn: return InSetFast<0>(bits, code_ + item + 2, c);
      case kLiteral: return c == code_[item + 1];
      case kAny: return c != '\n';
    }
    return true;
  }

  // SRE(count): how many times the single-character item at pc matches from ptr_, up to max.
  int64_t Count(uint32_t pc, int64_t maxcount) {
    const uint32_t* pattern = code_ + pc;
    int64_t ptr = ptr_;
    int64_t end = end_;
    if (maxcount < end - ptr && maxcount != static_cast<int64_t>(kMaxRepeat)) end = ptr + maxcount;
    const uint32_t chr = pattern[1];
    switch (pattern[0]) {
      case kIn: {
        const uint32_t* bits = prog_->SetBitmap(pattern + 2, 0);
        while (ptr < end && InSetFast<0>(bits, pattern + 2, s_[ptr])) ++ptr;
        break;
      }
      case kInIgnore: {  // one bit test per ASCII/Latin-1 character instead of a Run per character
        const uint32_t* bits = prog_->SetBitmap(pattern + 2, 1);
        while (ptr < end && InSetFast<1>(bits, pattern + 2, s_[ptr])) ++ptr;
        break;
      }
      case kInUniIgnore: {
        const uint32_t* bits = prog_->SetBitmap(pattern + 2, 2);
        while (ptr < end && InSetFast<2>(bits, pattern + 2, s_[ptr])) ++ptr;
        break;
      }
      case kAny:
        while (ptr < end && s_[ptr] != '\n') ++ptr;
        break;
      case kAnyAll: ptr = end; break;
      case kLiteral:
        while (ptr < end && static_cast<uint32_t>(s_[ptr]) == chr) ++ptr;
        break;
      case kLiteralIgnore:
        while (ptr < end && LowerAscii(s_[ptr]) == chr) ++ptr;
        break;
      case kLiteralUniIgnore:
        while (ptr < end && LowerUnicode(s_[ptr]) == chr) ++ptr;
        break;
      case kNotLiteral:
        while (ptr < end && static_cast<uint32_t>(s_[ptr]) != chr) ++ptr;
        break;
      case kNotLiteralIgnore:
        while (ptr < end && LowerAscii(s_[ptr]) != chr) ++ptr;
        break;
      case kNotLiteralUniIgnore:
        while (ptr < end && LowerUnicode(s_[ptr]) != chr) ++ptr;
        break;
      default: {
        // A single-character subpattern: run it until it fails.
        const int64_t start = ptr_;
        while (ptr_ < end) {
          const int64_t saved = ptr_;
          int r = Run(pc, false);
          if (r < 0) return r;
          if (!r) {
            ptr_ = saved;
            break;
          }
        }
        const int64_t n = ptr_ - start;
        return n;
      }
    }
    return ptr - ptr_;
  }

  // Mark saving (MARK_PUSH and friends): marks [0, lastmark] onto a stack.
  void MarkPush(int64_t lastmark) {
    if (lastmark >= 0) mark_stack_.insert(mark_stack_.end(), mark_.begin(), mark_.begin() + lastmark + 1);
  }
  void MarkPop(int64_t lastmark, bool discard) {
    if (lastmark >= 0) {
      const size_t n = static_cast<size_t>(lastmark + 1);
      std::copy(mark_stack_.end() - static_cast<std::ptrdiff_t>(n), mark_stack_.end(), mark_.begin());
      if (discard) mark_stack_.resize(mark_stack_.size() - n);
    }
  }
  void MarkDiscard(int64_t lastmark) {
    if (lastmark >= 0) mark_stack_.resize(mark_stack_.size() - static_cast<size_t>(lastmark + 1));
  }

  // SRE(match): 1 on a match (ptr_ is its end), 0 on none.
  int Run(uint32_t start_pc, bool toplevel);

  const Program* prog_ = nullptr;
  const uint32_t* code_ = nullptr;
  const C* s_ = nullptr;
  int64_t groups_ = 0;
  int64_t start_ = 0, end_ = 0, ptr_ = 0, length_ = 0;
  std::vector<int64_t> mark_;
  int64_t lastmark_ = -1, lastindex_ = -1;
  int64_t repeat_ = -1;
  bool match_all_ = false, must_advance_ = false;
  std::vector<Repeat> repeats_;
  std::vector<int64_t> mark_stack_;
  std::vector<int64_t> last_ptr_stack_;
  std::vector<Frame> frames_;
};

template <class C>
int Matcher<C>::Run(uint32_t start_pc, bool toplevel) {
  const size_t base = frames_.size();
  int ret = 0;
  uint32_t pc = start_pc;
  int64_t ptr = 0;
  const int64_t end = end_;
  const uint32_t* const code = code_;
  // Frames are built in place (a Frame built aside and copied in stalls on store forwarding).
  Frame* ctx = &frames_.emplace_back();
  ctx->toplevel = toplevel;

  // DO_JUMP: save this frame's position, start a child frame at `next`; its result comes back in
  // `ret` at the label.
#define FXN_RE_JUMP(kind, label, next, top)          \
  ctx->pattern = pc;                                   \
  ctx->ptr = ptr;                                      \
  {                                                    \
    const bool child_top = (top);                      \
    pc = (next);                                       \
    ctx = &frames_.emplace_back();                     \
    ctx->toplevel = child_top;                         \
    ctx->jump = (kind);                                \
  }                                                    \
  goto entrance;                                       \
  label:                                               \
  pc = ctx->pattern;                                   \
  ptr = ctx->ptr;
#define FXN_RE_FAIL \
  do {              \
    ret = 0;        \
    goto exit;      \
  } while (0)
#define FXN_RE_SUCCEED \
  do {                 \
    ret = 1;           \
    goto exit;         \
  } while (0)

entrance:
  ptr = ptr_;
  if (code[pc] == kInfo) {
    if (code[pc + 3] && static_cast<uint64_t>(end - ptr) < code[pc + 3]) FXN_RE_FAIL;
    pc += code[pc + 1] + 1;
  }

dispatch:
  switch (code[pc++]) {
    case kMark: {
      const int64_t i = code[pc];
      if (i & 1) lastindex_ = i / 2 + 1;
      if (i > lastmark_) {
        for (int64_t j = lastmark_ + 1; j < i; ++j) mark_[j] = -1;
        lastmark_ = i;
      }
      mark_[i] = ptr;
      ++pc;
      goto dispatch;
    }
    case kLiteral:
      if (ptr >= end || static_cast<uint32_t>(s_[ptr]) != code[pc]) FXN_RE_FAIL;
      ++pc;
      ++ptr;
      goto dispatch;
    case kNotLiteral:
      if (ptr >= end || static_cast<uint32_t>(s_[ptr]) == code[pc]) FXN_RE_FAIL;
      ++pc;
      ++ptr;
      goto dispatch;
    case kSuccess:
      if (ctx->toplevel && ((match_all_ && ptr != end_) || (must_advance_ && ptr == start_))) FXN_RE_FAIL;
      ptr_ = ptr;
      FXN_RE_SUCCEED;
    case kAt:
      if (!At(ptr, code[pc])) FXN_RE_FAIL;
      ++pc;
      goto dispatch;
    case kCategory:
      if (ptr >= end || !InCategory(code[pc], s_[ptr])) FXN_RE_FAIL;
      ++pc;
      ++ptr;
      goto dispatch;
    case kAny:
      if (ptr >= end || s_[ptr] == '\n') FXN_RE_FAIL;
      ++ptr;
      goto dispatch;
    case kAnyAll:
      if (ptr >= end) FXN_RE_FAIL;
      ++ptr;
      goto dispatch;
    case kIn:
      if (ptr >= end || !InSetFast<0>(prog_->SetBitmap(code + pc + 1, 0), code + pc + 1, s_[ptr])) FXN_RE_FAIL;
      pc += code[pc];
      ++ptr;
      goto dispatch;
    case kLiteralIgnore:
      if (ptr >= end || LowerAscii(s_[ptr]) != code[pc]) FXN_RE_FAIL;
      ++pc;
      ++ptr;
      goto dispatch;
    case kLiteralUniIgnore:
      if (ptr >= end || LowerUnicode(s_[ptr]) != code[pc]) FXN_RE_FAIL;
      ++pc;
      ++ptr;
      goto dispatch;
    case kNotLiteralIgnore:
      if (ptr >= end || LowerAscii(s_[ptr]) == code[pc]) FXN_RE_FAIL;
      ++pc;
      ++ptr;
      goto dispatch;
    case kNotLiteralUniIgnore:
      if (ptr >= end || LowerUnicode(s_[ptr]) == code[pc]) FXN_RE_FAIL;
      ++pc;
      ++ptr;
      goto dispatch;
    case kInIgnore:
      if (ptr >= end || !InSetFast<1>(prog_->SetBitmap(code + pc + 1, 1), code + pc + 1, s_[ptr]))
        FXN_RE_FAIL;
      pc += code[pc];
      ++ptr;
      goto dispatch;
    case kInUniIgnore:
      if (ptr >= end ||
          !InSetFast<2>(prog_->SetBitmap(code + pc + 1, 2), code + pc + 1, s_[ptr]))
        FXN_RE_FAIL;
      pc += code[pc];
      ++ptr;
      goto dispatch;
    case kJump:
    case kInfo:
      pc += code[pc];
      goto dispatch;

    case kBranch:
      // <BRANCH> <skip> code <JUMP> ... <0>
      ctx->lastmark = lastmark_;
      ctx->lastindex = lastindex_;
      if (repeat_ >= 0) MarkPush(ctx->lastmark);
      for (; code[pc]; pc += code[pc]) {
        if (code[pc + 1] == kLiteral && (ptr >= end || static_cast<uint32_t>(s_[ptr]) != code[pc + 2])) continue;
        if (code[pc + 1] == kIn &&
            (ptr >= end || !InSetFast<0>(prog_->SetBitmap(code + pc + 3, 0), code + pc + 3, s_[ptr])))
          continue;
        ptr_ = ptr;
        FXN_RE_JUMP(kJumpBranch, jump_branch, pc + 1, ctx->toplevel);
        if (ret) {
          if (repeat_ >= 0) MarkDiscard(ctx->lastmark);
          FXN_RE_SUCCEED;
        }
        if (repeat_ >= 0) MarkPop(ctx->lastmark, false);
        lastmark_ = ctx->lastmark;
        lastindex_ = ctx->lastindex;
      }
      if (repeat_ >= 0) MarkDiscard(ctx->lastmark);
      FXN_RE_FAIL;

    case kRepeatOne:
      // <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
      if (static_cast<int64_t>(code[pc + 1]) > end - ptr) FXN_RE_FAIL;
      ptr_ = ptr;
      {
        const int64_t n = Count(pc + 3, code[pc + 2]);  // may grow frames_: fetch ctx again
        ctx = &frames_.back();
        ctx->count = n;
      }
      ptr += ctx->count;
      if (ctx->count < static_cast<int64_t>(code[pc + 1])) FXN_RE_FAIL;
      if (code[pc + code[pc]] == kSuccess && ptr == end_ && !(ctx->toplevel && must_advance_ && ptr == start_)) {
        ptr_ = ptr;
        FXN_RE_SUCCEED;
      }
      ctx->lastmark = lastmark_;
      ctx->lastindex = lastindex_;
      if (repeat_ >= 0) MarkPush(ctx->lastmark);
      if (code[pc + code[pc]] == kLiteral) {
        ctx->chr = code[pc + code[pc] + 1];
        for (;;) {
          while (ctx->count >= static_cast<int64_t>(code[pc + 1]) &&
                 (ptr >= end || static_cast<uint32_t>(s_[ptr]) != ctx->chr)) {
            --ptr;
            --ctx->count;
          }
          if (ctx->count < static_cast<int64_t>(code[pc + 1])) break;
          ptr_ = ptr;
          FXN_RE_JUMP(kJumpRepeatOne1, jump_repeat_one_1, pc + code[pc], ctx->toplevel);
          if (ret) {
            if (repeat_ >= 0) MarkDiscard(ctx->lastmark);
            FXN_RE_SUCCEED;
          }
          if (repeat_ >= 0) MarkPop(ctx->lastmark, false);
          lastmark_ = ctx->lastmark;
          lastindex_ = ctx->lastindex;
          --ptr;
          --ctx->count;
        }
        if (repeat_ >= 0) MarkDiscard(ctx->lastmark);
      } else {
        while (ctx->count >= static_cast<int64_t>(code[pc + 1])) {
          ptr_ = ptr;
          FXN_RE_JUMP(kJumpRepeatOne2, jump_repeat_one_2, pc + code[pc], ctx->toplevel);
          if (ret) {
            if (repeat_ >= 0) MarkDiscard(ctx->lastmark);
            FXN_RE_SUCCEED;
          }
          if (repeat_ >= 0) MarkPop(ctx->lastmark, false);
          lastmark_ = ctx->lastmark;
          lastindex_ = ctx->lastindex;
          --ptr;
          --ctx->count;
        }
        if (repeat_ >= 0) MarkDiscard(ctx->lastmark);
      }
      FXN_RE_FAIL;

    case kMinRepeatOne:
      // <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
      if (static_cast<int64_t>(code[pc + 1]) > end - ptr) FXN_RE_FAIL;
      ptr_ = ptr;
      if (code[pc + 1] == 0) {
        ctx->count = 0;
      } else {
        const int64_t n = Count(pc + 3, code[pc + 1]);
        ctx = &frames_.back();
        if (n < static_cast<int64_t>(code[pc + 1])) FXN_RE_FAIL;
        ctx->count = n;
        ptr += n;
      }
      if (code[pc + code[pc]] == kSuccess &&
          !(ctx->toplevel && ((match_all_ && ptr != end_) || (must_advance_ && ptr == start_)))) {
        ptr_ = ptr;
        FXN_RE_SUCCEED;
      }
      ctx->lastmark = lastmark_;
      ctx->lastindex = lastindex_;
      if (repeat_ >= 0) MarkPush(ctx->lastmark);
      while (code[pc + 2] == kMaxRepeat || ctx->count <= static_cast<int64_t>(code[pc + 2])) {
        ptr_ = ptr;
        FXN_RE_JUMP(kJumpMinRepeatOne, jump_min_repeat_one, pc + code[pc], ctx->toplevel);
        if (ret) {
          if (repeat_ >= 0) MarkDiscard(ctx->lastmark);
          FXN_RE_SUCCEED;
        }
        if (repeat_ >= 0) MarkPop(ctx->lastmark, false);
        lastmark_ = ctx->lastmark;
        lastindex_ = ctx->lastindex;
        ptr_ = ptr;
        {
          const int64_t n = Count(pc + 3, 1);
          ctx = &frames_.back();
          if (n == 0) break;
        }
        ++ptr;
        ++ctx->count;
      }
      if (repeat_ >= 0) MarkDiscard(ctx->lastmark);
      FXN_RE_FAIL;

    case kPossessiveRepeatOne:
      if (ptr + static_cast<int64_t>(code[pc + 1]) > end) FXN_RE_FAIL;
      ptr_ = ptr;
      {
        const int64_t n = Count(pc + 3, code[pc + 2]);  // may grow frames_: fetch ctx again
        ctx = &frames_.back();
        ctx->count = n;
      }
      ptr += ctx->count;
      if (ctx->count < static_cast<int64_t>(code[pc + 1])) FXN_RE_FAIL;
      pc += code[pc];
      if (code[pc] == kSuccess && ptr == end_ && !(ctx->toplevel && must_advance_ && ptr == start_)) {
        ptr_ = ptr;
        FXN_RE_SUCCEED;
      }
      goto dispatch;

    case kRepeat:
      // <REPEAT> <skip> <min> <max> <index> item <UNTIL> tail
      repeats_.push_back(Repeat{-1, pc, -1, repeat_});
      ctx->rep = static_cast<int64_t>(repeats_.size()) - 1;
      repeat_ = ctx->rep;
      ptr_ = ptr;
      FXN_RE_JUMP(kJumpRepeat, jump_repeat, pc + code[pc], ctx->toplevel);
      repeat_ = repeats_[static_cast<size_t>(ctx->rep)].prev;
      repeats_.pop_back();
      if (ret) FXN_RE_SUCCEED;
      FXN_RE_FAIL;

    case kMaxUntil: {
      ctx->rep = repeat_;
      if (ctx->rep < 0) return -1;
      ptr_ = ptr;
      ctx->count = repeats_[static_cast<size_t>(ctx->rep)].count + 1;
      {
        if (ctx->count < static_cast<int64_t>(code[repeats_[static_cast<size_t>(ctx->rep)].pattern + 1])) {
          repeats_[static_cast<size_t>(ctx->rep)].count = ctx->count;
          FXN_RE_JUMP(kJumpMaxUntil1, jump_max_until_1, repeats_[static_cast<size_t>(ctx->rep)].pattern + 3,
                      ctx->toplevel);
          if (ret) FXN_RE_SUCCEED;
          repeats_[static_cast<size_t>(ctx->rep)].count = ctx->count - 1;
          ptr_ = ptr;
          FXN_RE_FAIL;
        }
      }
      if ((ctx->count < static_cast<int64_t>(code[repeats_[static_cast<size_t>(ctx->rep)].pattern + 2]) ||
           code[repeats_[static_cast<size_t>(ctx->rep)].pattern + 2] == kMaxRepeat) &&
          ptr_ != repeats_[static_cast<size_t>(ctx->rep)].last_ptr) {
        repeats_[static_cast<size_t>(ctx->rep)].count = ctx->count;
        ctx->lastmark = lastmark_;
        ctx->lastindex = lastindex_;
        MarkPush(ctx->lastmark);
        last_ptr_stack_.push_back(repeats_[static_cast<size_t>(ctx->rep)].last_ptr);
        repeats_[static_cast<size_t>(ctx->rep)].last_ptr = ptr_;
        FXN_RE_JUMP(kJumpMaxUntil2, jump_max_until_2, repeats_[static_cast<size_t>(ctx->rep)].pattern + 3,
                    ctx->toplevel);
        repeats_[static_cast<size_t>(ctx->rep)].last_ptr = last_ptr_stack_.back();
        last_ptr_stack_.pop_back();
        if (ret) {
          MarkDiscard(ctx->lastmark);
          FXN_RE_SUCCEED;
        }
        MarkPop(ctx->lastmark, true);
        lastmark_ = ctx->lastmark;
        lastindex_ = ctx->lastindex;
        repeats_[static_cast<size_t>(ctx->rep)].count = ctx->count - 1;
        ptr_ = ptr;
      }
      // Cannot match more items here: the tail must match.
      repeat_ = repeats_[static_cast<size_t>(ctx->rep)].prev;
      FXN_RE_JUMP(kJumpMaxUntil3, jump_max_until_3, pc, ctx->toplevel);
      repeat_ = ctx->rep;
      if (ret) FXN_RE_SUCCEED;
      ptr_ = ptr;
      FXN_RE_FAIL;
    }

    case kMinUntil: {
      ctx->rep = repeat_;
      if (ctx->rep < 0) return -1;
      ptr_ = ptr;
      ctx->count = repeats_[static_cast<size_t>(ctx->rep)].count + 1;
      if (ctx->count < static_cast<int64_t>(code[repeats_[static_cast<size_t>(ctx->rep)].pattern + 1])) {
        repeats_[static_cast<size_t>(ctx->rep)].count = ctx->count;
        FXN_RE_JUMP(kJumpMinUntil1, jump_min_until_1, repeats_[static_cast<size_t>(ctx->rep)].pattern + 3,
                    ctx->toplevel);
        if (ret) FXN_RE_SUCCEED;
        repeats_[static_cast<size_t>(ctx->rep)].count = ctx->count - 1;
        ptr_ = ptr;
        FXN_RE_FAIL;
      }
      // See whether the tail matches.
      repeat_ = repeats_[static_cast<size_t>(ctx->rep)].prev;
      ctx->lastmark = lastmark_;
      ctx->lastindex = lastindex_;
      if (repeat_ >= 0) MarkPush(ctx->lastmark);
      ctx->chr = repeat_ >= 0 ? 1 : 0;  // whether marks were pushed
      FXN_RE_JUMP(kJumpMinUntil2, jump_min_until_2, pc, ctx->toplevel);
      {
        const bool pushed = ctx->chr != 0;
        repeat_ = ctx->rep;
        if (ret) {
          if (pushed) MarkDiscard(ctx->lastmark);
          FXN_RE_SUCCEED;
        }
        if (pushed) MarkPop(ctx->lastmark, true);
      }
      lastmark_ = ctx->lastmark;
      lastindex_ = ctx->lastindex;
      ptr_ = ptr;
      if ((ctx->count >= static_cast<int64_t>(code[repeats_[static_cast<size_t>(ctx->rep)].pattern + 2]) &&
           code[repeats_[static_cast<size_t>(ctx->rep)].pattern + 2] != kMaxRepeat) ||
          ptr_ == repeats_[static_cast<size_t>(ctx->rep)].last_ptr)
        FXN_RE_FAIL;
      repeats_[static_cast<size_t>(ctx->rep)].count = ctx->count;
      last_ptr_stack_.push_back(repeats_[static_cast<size_t>(ctx->rep)].last_ptr);
      repeats_[static_cast<size_t>(ctx->rep)].last_ptr = ptr_;
      FXN_RE_JUMP(kJumpMinUntil3, jump_min_until_3, repeats_[static_cast<size_t>(ctx->rep)].pattern + 3,
                  ctx->toplevel);
      repeats_[static_cast<size_t>(ctx->rep)].last_ptr = last_ptr_stack_.back();
      last_ptr_stack_.pop_back();
      if (ret) FXN_RE_SUCCEED;
      repeats_[static_cast<size_t>(ctx->rep)].count = ctx->count - 1;
      ptr_ = ptr;
      FXN_RE_FAIL;
    }

    case kPossessiveRepeat:
      // <POSSESSIVE_REPEAT> <skip> <min> <max> pattern <SUCCESS> tail
      ptr_ = ptr;
      ctx->count = 0;
      while (ctx->count < static_cast<int64_t>(code[pc + 1])) {
        FXN_RE_JUMP(kJumpPossRepeat1, jump_poss_repeat_1, pc + 3, false);
        if (ret) {
          ++ctx->count;
        } else {
          ptr_ = ptr;
          FXN_RE_FAIL;
        }
      }
      ptr = -1;
      while ((ctx->count < static_cast<int64_t>(code[pc + 2]) || code[pc + 2] == kMaxRepeat) && ptr_ != ptr) {
        ctx->lastmark = lastmark_;
        ctx->lastindex = lastindex_;
        MarkPush(ctx->lastmark);
        ptr = ptr_;
        FXN_RE_JUMP(kJumpPossRepeat2, jump_poss_repeat_2, pc + 3, false);
        if (ret) {
          MarkDiscard(ctx->lastmark);
          ++ctx->count;
        } else {
          MarkPop(ctx->lastmark, true);
          lastmark_ = ctx->lastmark;
          lastindex_ = ctx->lastindex;
          ptr_ = ptr;
          break;
        }
      }
      pc += code[pc] + 1;
      ptr = ptr_;
      goto dispatch;

    case kAtomicGroup:
      // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
      ptr_ = ptr;
      FXN_RE_JUMP(kJumpAtomicGroup, jump_atomic_group, pc + 1, false);
      if (ret == 0) {
        ptr_ = ptr;
        FXN_RE_FAIL;
      }
      pc += code[pc];
      ptr = ptr_;
      goto dispatch;

    case kGroupref:
    case kGrouprefIgnore:
    case kGrouprefUniIgnore:
    case kGrouprefLocIgnore: {
      const uint32_t op = code[pc - 1];
      const int64_t groupref = static_cast<int64_t>(code[pc]) * 2;
      if (groupref >= lastmark_) FXN_RE_FAIL;
      int64_t p = mark_[groupref];
      const int64_t e = mark_[groupref + 1];
      if (p < 0 || e < 0 || e < p) FXN_RE_FAIL;
      while (p < e) {
        if (ptr >= end) FXN_RE_FAIL;
        const uint32_t a = s_[ptr], b = s_[p];
        const bool same = op == kGroupref ? a == b
                          : op == kGrouprefUniIgnore ? LowerUnicode(a) == LowerUnicode(b)
                                                     : LowerAscii(a) == LowerAscii(b);
        if (!same) FXN_RE_FAIL;
        ++p;
        ++ptr;
      }
      ++pc;
      goto dispatch;
    }

    case kGrouprefExists: {
      // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno
      const int64_t groupref = static_cast<int64_t>(code[pc]) * 2;
      if (groupref >= lastmark_ || mark_[groupref] < 0 || mark_[groupref + 1] < 0 ||
          mark_[groupref + 1] < mark_[groupref]) {
        pc += code[pc + 1];
        goto dispatch;
      }
      pc += 2;
      goto dispatch;
    }

    case kAssert:
      // <ASSERT> <skip> <back> pattern
      if (ptr < static_cast<int64_t>(code[pc + 1])) FXN_RE_FAIL;
      ptr_ = ptr - code[pc + 1];
      FXN_RE_JUMP(kJumpAssert, jump_assert, pc + 2, false);
      if (!ret) FXN_RE_FAIL;
      pc += code[pc];
      goto dispatch;

    case kAssertNot:
      if (ptr >= static_cast<int64_t>(code[pc + 1])) {
        ptr_ = ptr - code[pc + 1];
        ctx->lastmark = lastmark_;
        ctx->lastindex = lastindex_;
        if (repeat_ >= 0) MarkPush(ctx->lastmark);
        ctx->chr = repeat_ >= 0 ? 1 : 0;
        FXN_RE_JUMP(kJumpAssertNot, jump_assert_not, pc + 2, false);
        if (ret) {
          if (ctx->chr) MarkDiscard(ctx->lastmark);
          FXN_RE_FAIL;
        }
        if (ctx->chr) MarkPop(ctx->lastmark, true);
        lastmark_ = ctx->lastmark;
        lastindex_ = ctx->lastindex;
      }
      pc += code[pc];
      goto dispatch;

    case kFailure: FXN_RE_FAIL;
    default: return -1;  // an opcode that only appears inside sets (cannot happen for CPython's code)
  }

exit : {
  const Jump jump = ctx->jump;
  frames_.pop_back();
  if (frames_.size() == base) return ret;
  ctx = &frames_.back();
  switch (jump) {
    case kJumpMaxUntil1: goto jump_max_until_1;
    case kJumpMaxUntil2: goto jump_max_until_2;
    case kJumpMaxUntil3: goto jump_max_until_3;
    case kJumpMinUntil1: goto jump_min_until_1;
    case kJumpMinUntil2: goto jump_min_until_2;
    case kJumpMinUntil3: goto jump_min_until_3;
    case kJumpRepeat: goto jump_repeat;
    case kJumpRepeatOne1: goto jump_repeat_one_1;
    case kJumpRepeatOne2: goto jump_repeat_one_2;
    case kJumpMinRepeatOne: goto jump_min_repeat_one;
    case kJumpBranch: goto jump_branch;
    case kJumpAssert: goto jump_assert;
    case kJumpAssertNot: goto jump_assert_not;
    case kJumpPossRepeat1: goto jump_poss_repeat_1;
    case kJumpPossRepeat2: goto jump_poss_repeat_2;
    case kJumpAtomicGroup: goto jump_atomic_group;
    case kJumpNone: break;
  }
  return ret;
}
#undef FXN_RE_JUMP
#undef FXN_RE_FAIL
#undef FXN_RE_SUCCEED
}

// ---- match objects and the scans of findall/finditer/sub/split ----

struct MatchData {
  MatchData() = default;
  // Built in place (Rc::Make): assigning a Subject into a default one costs a swap through memory.
  template <class S>
  MatchData(const Rc<Program>& p, S&& s, int64_t pos, int64_t endpos)
      : prog(p), subject(std::forward<S>(s)), pos(pos), endpos(endpos) {}
  Rc<Program> prog;
  Subject subject;
  Spans spans;
  int64_t pos = 0, endpos = 0;
};

template <>
struct RcKeepsFreed<MatchData> {
  static constexpr size_t kCount = 64;
};

// A match object (re.Match); `m is None` is the Optional around it.
struct Match {
  Rc<MatchData> d;
};
inline bool PyTruth(const Match&) { return true; }

// Matchers kept for reuse: a scan takes one and gives it back, so its stacks (frames, marks)
// keep their capacity and a match allocates nothing but its match object. Scans never nest (no
// kernel calls back into user code while it scans), but a second one takes a fresh matcher if
// they did; calls of one library do not overlap (WORKSPACE.md, "Module state").
template <class C>
struct MatcherPool {
  static std::vector<Matcher<C>*>& Free() {
    static std::vector<Matcher<C>*>* const free = new std::vector<Matcher<C>*>();  // never destroyed
    return *free;
  }
  static Matcher<C>* Take() {
    auto& free = Free();
    if (free.empty()) return new Matcher<C>();
    Matcher<C>* m = free.back();
    free.pop_back();
    return m;
  }
  struct GiveBack {
    void operator()(Matcher<C>* m) const {
      auto& free = Free();
      if (free.size() < 4) free.push_back(m);
      else delete m;
    }
  };
  using Handle = std::unique_ptr<Matcher<C>, GiveBack>;
};

// One run over a subject: what the scanning functions share (state_init + the search loop of
// findall/finditer/sub/split with CPython 3.7's empty-match rule: a match may not be empty where
// the previous one ended). A program with native code (fxn_re_native.hpp) runs that; any other
// is interpreted by a pooled Matcher.
class Scanner {
 public:
  Scanner(Rc<Program> prog, const Str& s, int64_t pos, int64_t endpos)
      : prog_(std::move(prog)), subject_(s) {
    const int64_t n = subject_.length;
    pos = ClampIndex(pos, n);
    endpos = ClampIndex(endpos, n);
    pos_ = start_ = pos;
    endpos_ = endpos;
    if (subject_.ascii ? prog_->native_narrow != nullptr : prog_->native_wide != nullptr) {
      native_ = true;
      marks_.assign(static_cast<size_t>(2 * prog_->groups + 2), -1);
    } else if (subject_.ascii) {
      narrow_.reset(MatcherPool<unsigned char>::Take());
      narrow_->Bind(*prog_, reinterpret_cast<const unsigned char*>(subject_.str.data()), endpos, n);
    } else {
      wide_.reset(MatcherPool<uint32_t>::Take());
      wide_->Bind(*prog_, subject_.decoded->wide.data(), endpos, n);
    }
    if (!native_) Each([&](auto& m) { m.Reset(pos, endpos); });
  }

  // mode: 0 match, 1 fullmatch, 2 search. Whether it matched (the spans are in `spans`).
  // collect: false when TakeMatch follows.
  bool Once(int mode, bool collect = true) {
    if (native_) {
      if (!RunNative(mode == 2 ? kNativeSearch : kNativeMatch, mode == 1)) return false;
      if (collect) CollectNative(spans);
      return true;
    }
    int status = 0;
    Each([&](auto& m) {
      m.ResetCapture();
      m.set_ptr(m.start());
      status = mode == 2 ? m.Search() : m.Match(mode == 1);
      if (status > 0 && collect) m.Collect(spans);
    });
    return status > 0;
  }

  // The next match of findall/finditer/sub/split, or false at the end. collect: false when
  // MakeMatch follows (native code's spans are then collected into the match object itself).
  bool Next(bool collect = true) {
    if (done_) return false;
    bool found = false;
    if (native_) {
      found = RunNative(kNativeSearch, false);
      if (found) {
        if (collect) CollectNative(spans);
        must_advance_ = match_end_ == match_start_;
        start_ = match_end_;
      }
    } else {
      Each([&](auto& m) {
        m.ResetCapture();
        m.set_ptr(m.start());
        const int status = m.Search();
        if (status <= 0) return;
        found = true;
        m.Collect(spans);  // always: the start moves on below
        m.set_must_advance(m.ptr() == m.start());
        m.set_start(m.ptr());
      });
    }
    if (!found) done_ = true;
    return found;
  }

  // The match object of a successful Once(mode, /*collect=*/false), the last use of this scanner:
  // its program and subject move into the match, whose spans are collected in place.
  Match TakeMatch() {
    auto d = Rc<MatchData>::Make();
    if (native_) CollectNative(d->spans);
    else Each([&](auto& m) { m.Collect(d->spans); });
    d->prog = std::move(prog_);
    d->subject = std::move(subject_);
    d->pos = pos_;
    d->endpos = endpos_;
    return Match{std::move(d)};
  }

  // The match object of the match Next(/*collect=*/false) found.
  Match MakeMatch() {
    auto d = Rc<MatchData>::Make(prog_, subject_, pos_, endpos_);
    if (native_) CollectNative(d->spans);
    else d->spans = spans;
    return Match{std::move(d)};
  }
  const Subject& subject() const { return subject_; }
  const Program& prog() const { return *prog_; }
  int64_t endpos() const { return endpos_; }
  // Group g of the current match: "" (findall) or None (split) when it did not participate.
  bool Group(int64_t g, Str& out) const {
    const int64_t b = spans.marks[static_cast<size_t>(2 * g)], e = spans.marks[static_cast<size_t>(2 * g + 1)];
    if (b < 0 || e < 0) return false;
    out = subject_.Slice(b, e);
    return true;
  }

  Spans spans;

 private:
  template <class F>
  void Each(F&& f) {
    if (narrow_) f(*narrow_);
    else f(*wide_);
  }
  // One call of the native code from start_ (captures reset, as before every try).
  bool RunNative(NativeMode mode, bool match_all) {
    auto run = [&](auto entry, const auto* chars) {
      using C = std::remove_cv_t<std::remove_pointer_t<decltype(chars)>>;
      NativeState<C> st{chars, start_, endpos_, subject_.length, marks_.data(), -1, -1, true, match_all, must_advance_,
                        start_};
      if (!entry(st, mode)) return false;
      match_start_ = st.start;
      match_end_ = st.ptr;
      lastmark_ = st.lastmark;
      lastindex_ = st.lastindex;
      return true;
    };
    if (subject_.ascii)
      return run(prog_->native_narrow, reinterpret_cast<const unsigned char*>(subject_.str.data()));
    return run(prog_->native_wide, static_cast<const uint32_t*>(subject_.decoded->wide.data()));
  }
  void CollectNative(Spans& out) const {
    CollectSpans(out, prog_->groups, match_start_, match_end_, marks_.data(), lastmark_, lastindex_);
  }

  Rc<Program> prog_;
  Subject subject_;
  typename MatcherPool<unsigned char>::Handle narrow_;
  typename MatcherPool<uint32_t>::Handle wide_;
  int64_t pos_ = 0, endpos_ = 0;
  bool done_ = false;
  // The native code's state between calls: where the next search starts, the empty-match rule,
  // and what the last match left.
  bool native_ = false, must_advance_ = false;
  int64_t start_ = 0, match_start_ = 0, match_end_ = 0, lastmark_ = -1, lastindex_ = -1;
  Marks marks_;
};

// match/fullmatch/search (mode 0/1/2) once. An ASCII subject whose program has native code is
// matched straight from here (no scanner, and nothing is built for a subject that does not
// match); any other goes through a Scanner.
inline bool MatchOnce(const Rc<Program>& prog, const Str& s, int64_t pos, int64_t endpos, int mode, Match& out) {
  const int64_t groups = prog->groups;
  if (prog->native_narrow && s.is_ascii() && 2 * groups + 2 <= static_cast<int64_t>(Marks::kInline)) {
    const int64_t n = s.size();
    pos = ClampIndex(pos, n);
    endpos = ClampIndex(endpos, n);
    int64_t marks[Marks::kInline];  // the native code sets each mark up to lastmark before it is read
    NativeState<unsigned char> st{reinterpret_cast<const unsigned char*>(s.data()), pos, endpos, n, marks, -1, -1,
                                  true, mode == 1, false, pos};
    if (!prog->native_narrow(st, mode == 2 ? kNativeSearch : kNativeMatch)) return false;
    auto d = Rc<MatchData>::Make(prog, s, pos, endpos);
    CollectSpans(d->spans, groups, st.start, st.ptr, marks, st.lastmark, st.lastindex);
    out = Match{std::move(d)};
    return true;
  }
  Scanner scan(prog, s, pos, endpos);
  if (!scan.Once(mode, false)) return false;
  out = scan.TakeMatch();
  return true;
}

}  // namespace fxn::re

namespace fxn {
template <>
struct UnsetValue<re::Match> {
  static re::Match Get() { return re::Match{}; }
};
template <>
struct UnsetValue<re::Pattern> {
  static re::Pattern Get() { return re::Pattern{}; }
};
inline bool PyTruth(const re::Pattern&) { return true; }
using re::PyTruth;

// repr(): <re.Match object; span=(0, 3), match='abc'> and re.compile('a+', re.IGNORECASE).
template <>
struct Format<re::Match> {
  static void Repr(std::string& out, const re::Match& m) {
    const auto& d = *m.d;
    out += "<re.Match object; span=(";
    out += std::to_string(d.spans.marks[0]);
    out += ", ";
    out += std::to_string(d.spans.marks[1]);
    out += "), match=";
    Format<fxn::Str>::Repr(out, d.subject.Slice(d.spans.marks[0], d.spans.marks[1]));
    out += ">";
  }
  static void Str(std::string& out, const re::Match& m) { Repr(out, m); }
};

}  // namespace fxn
