// fxn_re_native.hpp: a pattern's sre program compiled to native code by clang. Generated code
// knows each pattern's program when it is compiled (the front end ran CPython's re compiler), so
// the lowering emits the program as a constexpr array and `NativePattern<code>(spec)` here
// instantiates a matcher for it: one function per code offset, every opcode and operand a
// constant, the backtracking of a repeat a loop around the rest of the pattern. It runs the
// same steps as the interpreter (fxn_re.hpp's Matcher, after _sre's SRE(match) and SRE(search))
// for the programs it accepts; the others stay interpreted.
//
// Accepted: a sequence of MARK, AT, one-character items (LITERAL, NOT_LITERAL, ANY, ANY_ALL, IN,
// CATEGORY and their IGNORE/UNI_IGNORE forms), REPEAT_ONE / MIN_REPEAT_ONE over one such item,
// BRANCH of such sequences and greedy `(...)?` of one (REPEAT 0..1 with MAX_UNTIL), ending in
// SUCCESS; no other REPEAT of a group, assertion or group reference (what a failed path leaves
// in the marks is then overwritten or hidden above lastmark on the path that succeeds, so no
// mark stack is needed). That covers line formats
// (`(?P<time>\d\d:\d\d) (?P<level>[A-Z]+) (.*)`, `\d+`) and tokenizers
// (`(?P<num>\d+)|(?P<name>\w+)|(?P<op>[+*-])`).
#pragma once
#include <array>
#include <cstdint>
#include <cstring>

#include "fxn_re.hpp"

namespace fxn::re {

template <const auto& Code, class C>
class NativeProgram {
  static constexpr uint32_t kSize = static_cast<uint32_t>(Code.size());

  static constexpr bool IsItem(uint32_t op) {
    switch (op) {
      case kLiteral: case kNotLiteral: case kAny: case kAnyAll: case kIn: case kCategory:
      case kLiteralIgnore: case kNotLiteralIgnore: case kLiteralUniIgnore: case kNotLiteralUniIgnore:
      case kInIgnore: case kInUniIgnore:
        return true;
      default:
        return false;
    }
  }
  // The code words of the one-character item at pc (0: not an item, or out of the program).
  static constexpr uint32_t ItemWidth(uint32_t pc) {
    if (pc >= kSize || !IsItem(Code[pc])) return 0;
    switch (Code[pc]) {
      case kAny: case kAnyAll: return 1;
      case kIn: case kInIgnore: case kInUniIgnore: return pc + 1 < kSize ? 1 + Code[pc + 1] : 0;
      default: return 2;
    }
  }
  // The offset of the op after the one at pc (after the whole of a repeat, a branch or an
  // optional group); 0 where the op is not one this file compiles (or the code is malformed).
  static constexpr uint32_t Next(uint32_t pc) {
    if (pc >= kSize) return 0;
    switch (Code[pc]) {
      case kMark:
      case kAt: return pc + 2 < kSize ? pc + 2 : 0;
      case kBranch: return BranchEnd(pc);
      case kRepeat: return OptionalEnd(pc);
      case kRepeatOne:
      case kMinRepeatOne: {  // <op> <skip> <min> <max> item <SUCCESS> tail
        if (pc + 4 >= kSize) return 0;
        const uint32_t next = pc + 1 + Code[pc + 1];
        const uint32_t width = ItemWidth(pc + 4);
        if (width == 0 || pc + 4 + width + 1 != next || next >= kSize || Code[next - 1] != kSuccess) return 0;
        return next;
      }
      default: {
        const uint32_t width = ItemWidth(pc);
        return width && pc + width < kSize ? pc + width : 0;
      }
    }
  }
  // BRANCH <skip> alternative JUMP <to end> <skip> alternative JUMP ... 0: the offset after the
  // branch (where every alternative's JUMP lands), when each alternative is a sequence compiled
  // here that walks straight to its JUMP; 0 otherwise.
  static constexpr uint32_t BranchEnd(uint32_t pc) {
    uint32_t skip = pc + 1, end = 0;
    for (uint32_t alternatives = 0; skip < kSize && Code[skip] != 0; skip += Code[skip]) {
      const uint32_t next_skip = skip + Code[skip];
      if (++alternatives > 64 || next_skip >= kSize || next_skip < skip + 3) return 0;
      const uint32_t jump = next_skip - 2;
      if (Code[jump] != kJump) return 0;
      const uint32_t target = jump + 1 + Code[jump + 1];
      if (end != 0 && target != end) return 0;
      end = target;
      if (!Reaches(skip + 1, jump)) return 0;
    }
    return skip < kSize && end == skip + 1 && end < kSize ? end : 0;
  }
  // REPEAT <skip> 0 1 body MAX_UNTIL: a greedy `(...)?` of a sequence compiled here; the offset
  // after its MAX_UNTIL, or 0 (other counts, lazy ones: interpreted).
  static constexpr uint32_t OptionalEnd(uint32_t pc) {
    if (pc + 4 >= kSize || Code[pc + 2] != 0 || Code[pc + 3] != 1) return 0;
    const uint32_t until = pc + 1 + Code[pc + 1];
    if (until + 1 >= kSize || until <= pc + 4 || Code[until] != kMaxUntil || !Reaches(pc + 4, until)) return 0;
    return until + 1;
  }
  // Whether the ops from `from` lead straight to the op at `to` (an alternative's JUMP, an
  // optional body's MAX_UNTIL).
  static constexpr bool Reaches(uint32_t from, uint32_t to) {
    uint32_t pc = from;
    for (uint32_t steps = 0; steps < 256 && pc != 0 && pc < kSize; ++steps) {
      if (pc == to) return true;
      if (Code[pc] == kSuccess || Code[pc] == kJump) return false;
      pc = Next(pc);
    }
    return false;
  }
  // Whether the ops from pc on are all compiled here, up to a SUCCESS, and few enough that
  // their chain of instantiations stays well inside clang's template depth (1024).
  static constexpr bool Accepted(uint32_t pc) {
    for (uint32_t steps = 0; steps <= kSize && steps < 256; ++steps) {
      if (pc >= kSize) return false;
      if (Code[pc] == kSuccess) return true;
      pc = Next(pc);
      if (pc == 0) return false;
    }
    return false;
  }
  // lastmark and lastindex when the op at `to` starts, on every path: a straight sequence sets
  // them in one order, each try starts them at -1 (RESET_CAPTURE_GROUP), and a repeat that
  // backtracks restores what they were before its tail, which sets them the same way again.
  struct Last {
    int64_t mark = -1, index = -1;
  };
  static constexpr Last LastAt(uint32_t to) {
    Last last;
    ForEachOp([&](uint32_t pc) {
      if (Code[pc] != kMark) return;
      const int64_t i = Code[pc + 1];
      if (i & 1) last.index = i / 2 + 1;
      if (i > last.mark) last.mark = i;
    }, to);
    return last;
  }
  // f(pc) for each op of the body's sequence (a repeat, branch or optional group as one op),
  // up to its SUCCESS or the op at `stop`.
  template <class F>
  static constexpr void ForEachOp(F f, uint32_t stop = kSize) {
    for (uint32_t pc = kBody; pc != stop && pc != 0 && pc < kSize && Code[pc] != kSuccess; pc = Next(pc)) f(pc);
  }

  // The program's INFO block (SRE(match) checks its minimum length) and the code after it.
  static constexpr bool kInfo0 = kSize > 7 && Code[0] == kInfo;
  static constexpr uint32_t kBody = kInfo0 ? 1 + Code[1] : 0;
  static constexpr uint32_t kMinLength = kInfo0 ? Code[3] : 0;
  // The one-character item every match begins with, when the body opens (after MARKs) with one
  // or with a repeat of one of min >= 1: a search skips the positions where it fails (the match
  // would fail there at once, so the result is the same; _sre uses INFO's prefix and charset).
  static constexpr uint32_t FirstItem(uint32_t pc) {
    while (pc < kSize && Code[pc] == kMark) pc += 2;
    if (pc >= kSize) return 0;
    if (IsItem(Code[pc])) return pc;
    if ((Code[pc] == kRepeatOne || Code[pc] == kMinRepeatOne) && Code[pc + 2] >= 1) return pc + 4;
    return 0;
  }

 public:
  static constexpr bool kCompiled = kSize > 0 && kSize <= 600 && Accepted(kBody);

  static int Entry(NativeState<C>& st, NativeMode mode) {
    if constexpr (!kCompiled) {
      return 0;  // NativePattern never hands this out
    } else {
      if (mode == kNativeSearch) return Search(st);
      if (kMinLength && static_cast<uint64_t>(st.end - st.ptr) < kMinLength) return 0;
      return Run<kBody>(st, st.ptr);
    }
  }

 private:
  // SRE(search)'s general case: SRE(match) at st.ptr (toplevel, so must_advance applies there),
  // then at each later position (each try starts with the captures reset: see LastAt).
  static int Search(NativeState<C>& st) {
    int64_t ptr = st.ptr, end = st.end;
    if (ptr > end) return 0;
    if constexpr (kMinLength > 0) {
      if (end - ptr < static_cast<int64_t>(kMinLength)) return 0;
      end -= kMinLength - 1;  // no match starts later
    }
    constexpr uint32_t first = FirstItem(kBody);
    auto may_start = [&](int64_t p) {
      if constexpr (first == 0) return true;
      else return p < st.end && One<first>(st.s[p]);
    };
    st.start = ptr;
    st.toplevel = true;
    bool matched = may_start(ptr) && Run<kBody>(st, ptr);
    st.must_advance = false;
    if constexpr (Code[kBody] == kAt && (Code[kBody + 1] == kAtBeginning || Code[kBody + 1] == kAtBeginningString)) {
      return matched;
    }
    st.toplevel = false;
    while (!matched && ptr < end) {
      ++ptr;
      if constexpr (first != 0) {
        while (ptr < end && !may_start(ptr)) ++ptr;
        if (!may_start(ptr)) return 0;
      }
      st.start = ptr;
      if constexpr (kDynamicMarks) st.lastmark = st.lastindex = -1;  // RESET_CAPTURE_GROUP
      matched = Run<kBody>(st, ptr);
    }
    return matched;
  }

  // A repeat's tail is the rest of the pattern, which clang inlines into the repeat's loop: with
  // many repeats that nests a loop per repeat (x?x?x?...: minutes of compile time). Past a few,
  // each tail is a function of its own, called from its repeat's loop: code linear in the ops.
  static constexpr uint32_t CountOps(uint32_t op1, uint32_t op2) {
    uint32_t n = 0;
    ForEachOp([&](uint32_t pc) { n += Code[pc] == op1 || Code[pc] == op2; });
    return n;
  }
  // With a BRANCH or an optional group, lastmark/lastindex depend on the path taken: they are
  // kept at run time (MARK's rules, restored when an alternative, an optional body or a repeat's
  // try fails: LASTMARK_RESTORE).
  static constexpr bool kDynamicMarks = CountOps(kBranch, kRepeat) > 0;
  static constexpr bool kOutlinedTails = CountOps(kRepeatOne, kMinRepeatOne) > 4 || kDynamicMarks;
  template <uint32_t PC>
  [[gnu::noinline]] static bool RunOutlined(NativeState<C>& st, int64_t ptr) {
    return Run<PC>(st, ptr);
  }
  template <uint32_t PC>
  static bool Tail(NativeState<C>& st, int64_t ptr) {
    if constexpr (kOutlinedTails) return RunOutlined<PC>(st, ptr);
    else return Run<PC>(st, ptr);
  }

  // The set's bitmap for characters below 256 (SetBitmapOf), built on first use.
  template <uint32_t PC, int Fold>
  static const uint32_t* Bits() {
    static const std::array<uint32_t, 8> bits = SetBitmapOf(Code.data() + PC + 2, Fold);
    return bits.data();
  }

  // Whether the one-character item at PC matches c.
  template <uint32_t PC>
  static bool One(uint32_t c) {
    constexpr uint32_t op = Code[PC];
    if constexpr (op == kLiteral) return c == Code[PC + 1];
    else if constexpr (op == kNotLiteral) return c != Code[PC + 1];
    else if constexpr (op == kAny) return c != '\n';
    else if constexpr (op == kAnyAll) return true;
    else if constexpr (op == kCategory) return InCategory(Code[PC + 1], c);
    else if constexpr (op == kLiteralIgnore) return LowerAscii(c) == Code[PC + 1];
    else if constexpr (op == kNotLiteralIgnore) return LowerAscii(c) != Code[PC + 1];
    else if constexpr (op == kLiteralUniIgnore) return LowerUnicode(c) == Code[PC + 1];
    else if constexpr (op == kNotLiteralUniIgnore) return LowerUnicode(c) != Code[PC + 1];
    else if constexpr (op == kIn) return InSetFast<0>(Bits<PC, 0>(), Code.data() + PC + 2, c);
    else if constexpr (op == kInIgnore) return InSetFast<1>(Bits<PC, 1>(), Code.data() + PC + 2, c);
    else return InSetFast<2>(Bits<PC, 2>(), Code.data() + PC + 2, c);  // kInUniIgnore
  }

  // LASTMARK_RESTORE after a failed try (the captures are compile-time constants otherwise).
  static void Restore(NativeState<C>& st, int64_t lastmark, int64_t lastindex) {
    if constexpr (kDynamicMarks) {
      st.lastmark = lastmark;
      st.lastindex = lastindex;
    }
  }
  // The alternatives of a BRANCH from the one whose skip word is at S, in order (_sre skips one
  // that opens with a literal or a set the character fails: it would fail at once).
  template <uint32_t S>
  static bool Alternatives(NativeState<C>& st, int64_t ptr, int64_t lastmark, int64_t lastindex) {
    if constexpr (Code[S] == 0) {
      return false;
    } else {
      constexpr uint32_t first = S + 1;
      bool may = true;
      if constexpr (Code[first] == kLiteral || Code[first] == kIn) may = ptr < st.end && One<first>(st.s[ptr]);
      if (may) {
        if (Run<first>(st, ptr)) return true;
        Restore(st, lastmark, lastindex);
      }
      return Alternatives<S + Code[S]>(st, ptr, lastmark, lastindex);
    }
  }

  // SRE(match) from the op at PC with the subject position ptr.
  template <uint32_t PC>
  static bool Run(NativeState<C>& st, int64_t ptr) {
    constexpr uint32_t op = Code[PC];
    if constexpr (op == kSuccess) {
      if (st.toplevel && ((st.match_all && ptr != st.end) || (st.must_advance && ptr == st.start))) return false;
      st.ptr = ptr;
      if constexpr (!kDynamicMarks) {
        st.lastmark = LastAt(PC).mark;
        st.lastindex = LastAt(PC).index;
      }
      return true;
    } else if constexpr (op == kMark && kDynamicMarks) {
      constexpr int64_t i = Code[PC + 1];
      if constexpr (i & 1) st.lastindex = i / 2 + 1;
      if (i > st.lastmark) {
        for (int64_t j = st.lastmark + 1; j < i; ++j) st.mark[j] = -1;
        st.lastmark = i;
      }
      st.mark[i] = ptr;
      return Run<Next(PC)>(st, ptr);
    } else if constexpr (op == kMark) {
      // Marks skipped over (above lastmark, below this one) read as unset.
      constexpr int64_t i = Code[PC + 1], lastmark = LastAt(PC).mark;
      for (int64_t j = lastmark + 1; j < i; ++j) st.mark[j] = -1;
      st.mark[i] = ptr;
      return Run<Next(PC)>(st, ptr);
    } else if constexpr (op == kBranch) {
      return Alternatives<PC + 1>(st, ptr, st.lastmark, st.lastindex);
    } else if constexpr (op == kJump) {  // an alternative's end: the rest of the pattern
      return Tail<PC + 1 + Code[PC + 1]>(st, ptr);
    } else if constexpr (op == kRepeat) {
      // `(...)?`: the body and the rest, else the rest alone (_sre's REPEAT and MAX_UNTIL for
      // counts 0..1: one try of the body, LASTMARK_RESTORE when it fails; the body's own marks
      // are above the lastmark restored, so no mark stack is needed).
      const int64_t lastmark = st.lastmark, lastindex = st.lastindex;
      if (Run<PC + 4>(st, ptr)) return true;
      Restore(st, lastmark, lastindex);
      return Tail<Next(PC)>(st, ptr);
    } else if constexpr (op == kMaxUntil) {  // the end of an optional body: the rest of the pattern
      return Tail<PC + 1>(st, ptr);
    } else if constexpr (op == kAt) {
      if (!AtPosition(st.s, st.end, st.length, ptr, Code[PC + 1])) return false;
      return Run<Next(PC)>(st, ptr);
    } else if constexpr (op == kRepeatOne) {
      // Greedy: as many as the item matches, then fewer until the rest matches.
      constexpr uint32_t item = PC + 4, tail = Next(PC);
      constexpr int64_t min = Code[PC + 2];
      constexpr uint32_t max = Code[PC + 3];
      if (min > st.end - ptr) return false;  // _sre's first check: also where match() starts past endpos
      int64_t limit = st.end;
      if constexpr (max != kMaxRepeat) {
        if (limit - ptr > static_cast<int64_t>(max)) limit = ptr + max;
      }
      int64_t p = ptr;
      if constexpr (Code[item] == kAnyAll) {
        p = limit;
      } else if constexpr (Code[item] == kAny && sizeof(C) == 1) {  // `.*`: up to the next newline
        const void* newline = std::memchr(st.s + p, '\n', static_cast<size_t>(limit - p));
        p = newline ? static_cast<const C*>(newline) - st.s : limit;
      } else {
        while (p < limit && One<item>(st.s[p])) ++p;
      }
      int64_t count = p - ptr;
      if (count < min) return false;
      const int64_t lastmark = st.lastmark, lastindex = st.lastindex;  // (kDynamicMarks only)
      if constexpr (Code[tail] == kLiteral) {
        // The rest starts with a literal: only positions before that character can match.
        constexpr uint32_t chr = Code[tail + 1];
        for (;;) {
          while (count >= min && (p >= st.end || static_cast<uint32_t>(st.s[p]) != chr)) {
            --p;
            --count;
          }
          if (count < min) return false;
          if (Tail<tail>(st, p)) return true;
          Restore(st, lastmark, lastindex);
          --p;
          --count;
        }
      } else {
        while (count >= min) {
          if (Tail<tail>(st, p)) return true;
          Restore(st, lastmark, lastindex);
          --p;
          --count;
        }
        return false;
      }
    } else if constexpr (op == kMinRepeatOne) {
      // Lazy: as few as may be, one more each time the rest fails.
      constexpr uint32_t item = PC + 4, tail = Next(PC);
      constexpr int64_t min = Code[PC + 2];
      constexpr uint32_t max = Code[PC + 3];
      if (min > st.end - ptr) return false;
      int64_t p = ptr;
      if constexpr (min > 0) {
        const int64_t limit = ptr + min;
        while (p < limit && One<item>(st.s[p])) ++p;
        if (p - ptr < min) return false;
      }
      int64_t count = p - ptr;
      const int64_t lastmark = st.lastmark, lastindex = st.lastindex;  // (kDynamicMarks only)
      while (max == kMaxRepeat || count <= static_cast<int64_t>(max)) {
        if (Tail<tail>(st, p)) return true;
        Restore(st, lastmark, lastindex);
        if (p >= st.end || !One<item>(st.s[p])) return false;
        ++p;
        ++count;
      }
      return false;
    } else {
      static_assert(IsItem(op), "NativeProgram::Run reached an op outside its accepted set");
      if (ptr >= st.end || !One<PC>(st.s[ptr])) return false;
      return Run<Next(PC)>(st, ptr + 1);
    }
  }
};

// The pattern value of `spec` whose program is `Code` (the lowering writes both from the same
// constant), with its native matchers attached when the program is one NativeProgram compiles.
template <const auto& Code>
Pattern NativePattern(const Str& spec) {
  Pattern p = MakePattern(spec);
  if constexpr (NativeProgram<Code, unsigned char>::kCompiled) {
    if (p.prog->code.size() == Code.size() && std::equal(Code.begin(), Code.end(), p.prog->code.begin())) {
      p.prog->native_narrow = &NativeProgram<Code, unsigned char>::Entry;
      p.prog->native_wide = &NativeProgram<Code, uint32_t>::Entry;
    }
  }
  return p;
}

}  // namespace fxn::re
