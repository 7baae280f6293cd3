// textwrap (CPython 3.11's Lib/textwrap.py) for the default options: wrap/fill split the text into
// chunks exactly as TextWrapper.wordsep_re does (whitespace runs, words, hyphenated parts,
// em-dashes), then fill lines greedily as _wrap_chunks; dedent and indent as their regexes do.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "fxn_op_annotate.hpp"
#include "fxn_runtime.hpp"
#include "ops_str.hpp"

namespace fxn::ops {

namespace textwrap {
using Text = std::vector<uint32_t>;

// TextWrapper's whitespace: '\t\n\x0b\x0c\r ' only (not Unicode's).
inline bool IsWs(uint32_t c) { return c == '\t' || c == '\n' || c == 0x0B || c == 0x0C || c == '\r' || c == ' '; }
// re's \w for str patterns: alphanumeric (str.isalnum()) or '_'; \d: Unicode decimal.
inline bool IsWord(uint32_t c) {
  return c == '_' || unicode::Has(c, unicode::kPropAlpha | unicode::kPropDecimal | unicode::kPropDigit |
                                         unicode::kPropNumeric);
}
inline bool IsDecimal(uint32_t c) { return unicode::Has(c, unicode::kPropDecimal); }
inline bool IsLetter(uint32_t c) { return IsWord(c) && !IsDecimal(c); }  // [^\d\W]
inline bool IsWordPunct(uint32_t c) {                                   // [\w!"\'&.,?]
  return IsWord(c) || c == '!' || c == '"' || c == '\'' || c == '&' || c == '.' || c == ',' || c == '?';
}

// (?=-{2,}\w) at position i.
inline bool EmDashAhead(const Text& t, size_t i) {
  size_t j = i;
  while (j < t.size() && t[j] == '-') ++j;
  return j - i >= 2 && j < t.size() && IsWord(t[j]);
}

// The end of wordsep_re's match starting at p (re.split's next piece).
inline size_t MatchEnd(const Text& t, size_t p) {
  const size_t n = t.size();
  if (IsWs(t[p])) {
    size_t e = p;
    while (e < n && IsWs(t[e])) ++e;
    return e;
  }
  if (p > 0 && IsWordPunct(t[p - 1]) && EmDashAhead(t, p)) {  // (?<=wp) -{2,} (?=\w)
    size_t e = p;
    while (e < n && t[e] == '-') ++e;
    return e;
  }
  // nws+? followed by one of three endings, the shortest run first.
  for (size_t e = p + 1; e <= n; ++e) {
    if (IsWs(t[e - 1])) break;
    auto letter = [&](size_t k) { return k < n && IsLetter(t[k]); };
    if (e < n && t[e] == '-') {
      const bool behind = (e >= 2 && letter(e - 2) && letter(e - 1)) ||
                          (e >= 3 && letter(e - 3) && t[e - 2] == '-' && letter(e - 1));
      const bool ahead = letter(e + 1) && (letter(e + 2) || (e + 2 < n && t[e + 2] == '-' && letter(e + 3)));
      if (behind && ahead) return e + 1;
    }
    if (e == n || IsWs(t[e])) return e;
    if (IsWordPunct(t[e - 1]) && EmDashAhead(t, e)) return e;
  }
  return n;  // not reached: the run of non-whitespace ends somewhere
}

inline bool AllSpace(const Text& chunk) {  // chunk.strip() == ''
  for (uint32_t c : chunk)
    if (!unicode::IsSpace(c)) return false;
  return true;
}

inline std::string Encode(const Text& t, size_t from = 0, size_t to = SIZE_MAX) {
  std::string out;
  for (size_t k = from; k < t.size() && k < to; ++k) utf8::Append(out, t[k]);
  return out;
}

// TextWrapper(width).wrap(text); with `placeholder` set, TextWrapper(width, max_lines=1,
// placeholder=...) as shorten() uses it.
inline bool Wrap(Ctx& cx, const Str& text, int64_t width, std::vector<std::string>& lines,
                 const Str* placeholder = nullptr) {
  if (width <= 0) return cx.Raise("ValueError", ("invalid width " + std::to_string(width) + " (must be > 0)").c_str());
  Text holder, holder_lstripped;
  if (placeholder != nullptr) {
    holder = strimpl::Decode(*placeholder);
    size_t k = 0;
    while (k < holder.size() && unicode::IsSpace(holder[k])) ++k;
    holder_lstripped.assign(holder.begin() + k, holder.end());
    if (static_cast<int64_t>(holder_lstripped.size()) > width)
      return cx.Raise("ValueError", "placeholder too large for max width");
  }
  // _munge_whitespace: expandtabs(8), then each whitespace character becomes a space.
  Str expanded;
  if (!str_expandtabs(cx, text, 8, expanded)) return false;
  Text t = strimpl::Decode(expanded);
  for (uint32_t& c : t)
    if (IsWs(c)) c = ' ';
  std::vector<Text> chunks;  // reversed, as _wrap_chunks keeps them
  for (size_t p = 0; p < t.size();) {
    size_t e = MatchEnd(t, p);
    chunks.emplace_back(t.begin() + p, t.begin() + e);
    p = e;
  }
  std::reverse(chunks.begin(), chunks.end());
  while (!chunks.empty()) {
    std::vector<Text> cur_line;
    int64_t cur_len = 0;
    if (AllSpace(chunks.back()) && !lines.empty()) chunks.pop_back();
    while (!chunks.empty()) {
      const int64_t l = static_cast<int64_t>(chunks.back().size());
      if (cur_len + l > width) break;
      cur_line.push_back(chunks.back());
      chunks.pop_back();
      cur_len += l;
    }
    if (!chunks.empty() && static_cast<int64_t>(chunks.back().size()) > width) {
      // _handle_long_word with break_long_words and break_on_hyphens.
      const int64_t space_left = width < 1 ? 1 : width - cur_len;
      Text& chunk = chunks.back();
      int64_t end = space_left;
      if (static_cast<int64_t>(chunk.size()) > space_left) {
        int64_t hyphen = -1;
        for (int64_t k = space_left - 1; k >= 0; --k)
          if (chunk[static_cast<size_t>(k)] == '-') {
            hyphen = k;
            break;
          }
        bool other = false;
        for (int64_t k = 0; k < hyphen; ++k) other |= chunk[static_cast<size_t>(k)] != '-';
        if (hyphen > 0 && other) end = hyphen + 1;
      }
      cur_line.emplace_back(chunk.begin(), chunk.begin() + end);
      chunk.erase(chunk.begin(), chunk.begin() + end);
      cur_len = 0;
      for (const Text& c : cur_line) cur_len += static_cast<int64_t>(c.size());
    }
    if (!cur_line.empty() && AllSpace(cur_line.back())) {
      cur_len -= static_cast<int64_t>(cur_line.back().size());
      cur_line.pop_back();
    }
    if (cur_line.empty()) continue;
    const bool rest_is_space = chunks.empty() || (chunks.size() == 1 && AllSpace(chunks[0]));
    if (placeholder == nullptr || (rest_is_space && cur_len <= width)) {
      std::string line;
      for (const Text& c : cur_line) line += Encode(c);
      lines.push_back(std::move(line));
      continue;
    }
    // max_lines=1 reached with text left: end the line with the placeholder.
    while (!cur_line.empty()) {
      if (!AllSpace(cur_line.back()) && cur_len + static_cast<int64_t>(holder.size()) <= width) {
        std::string line;
        for (const Text& c : cur_line) line += Encode(c);
        lines.push_back(line + Encode(holder));
        return true;
      }
      cur_len -= static_cast<int64_t>(cur_line.back().size());
      cur_line.pop_back();
    }
    lines.push_back(Encode(holder_lstripped));
    return true;
  }
  return true;
}
}  // namespace textwrap

FXN_OP("textwrap.wrap", "(str, int) -> list[str]", "*")
inline bool textwrap_wrap(Ctx& cx, const Str& text, int64_t width, List<Str>& out) {
  std::vector<std::string> lines;
  if (!textwrap::Wrap(cx, text, width, lines)) return false;
  List<Str> result;
  for (const std::string& l : lines) result.items().push_back(Str::FromUtf8(l));
  out = result;
  return true;
}
FXN_OP("textwrap.wrap", "(str) -> list[str]", "*")
inline bool textwrap_wrap(Ctx& cx, const Str& text, List<Str>& out) { return textwrap_wrap(cx, text, 70, out); }

FXN_OP("textwrap.fill", "(str, int) -> str", "*")
inline bool textwrap_fill(Ctx& cx, const Str& text, int64_t width, Str& out) {
  std::vector<std::string> lines;
  if (!textwrap::Wrap(cx, text, width, lines)) return false;
  std::string joined;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (k) joined += '\n';
    joined += lines[k];
  }
  out = Str::FromUtf8(joined);
  return true;
}
FXN_OP("textwrap.fill", "(str) -> str", "*")
inline bool textwrap_fill(Ctx& cx, const Str& text, Str& out) { return textwrap_fill(cx, text, 70, out); }

// shorten(text, width, placeholder=' [...]'): the whitespace-collapsed text on one line.
FXN_OP("textwrap.shorten", "(str, int, str) -> str", "*")
inline bool textwrap_shorten(Ctx& cx, const Str& text, int64_t width, const Str& placeholder, Str& out) {
  Str collapsed;
  if (!str_join(cx, Str::Literal(" ", 1), str_split(text), collapsed)) return false;
  std::vector<std::string> lines;
  if (!textwrap::Wrap(cx, collapsed, width, lines, &placeholder)) return false;
  out = Str::FromUtf8(lines.empty() ? std::string() : lines[0]);
  return true;
}
FXN_OP("textwrap.shorten", "(str, int) -> str", "*")
inline bool textwrap_shorten(Ctx& cx, const Str& text, int64_t width, Str& out) {
  return textwrap_shorten(cx, text, width, Str::Literal(" [...]", 6), out);
}

// dedent: lines of only spaces and tabs become empty (their '\n' stays); the longest common
// leading run of spaces/tabs of the other lines is removed from each line.
FXN_OP("textwrap.dedent", "(str) -> str", "*")
inline Str textwrap_dedent(const Str& text) {
  std::string_view s = text.utf8();
  std::vector<std::string_view> lines;  // split on '\n' only, as the regexes' ^ and $ do
  for (size_t start = 0;;) {
    size_t nl = s.find('\n', start);
    lines.push_back(s.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start));
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  auto blank = [](std::string_view l) { return l.find_first_not_of(" \t") == std::string_view::npos; };
  bool have_margin = false;
  std::string_view margin;
  for (std::string_view l : lines) {
    if (blank(l)) continue;  // whitespace-only lines are emptied and have no indent
    std::string_view indent = l.substr(0, l.find_first_not_of(" \t"));
    if (!have_margin) {
      margin = indent;
      have_margin = true;
    } else if (indent.substr(0, margin.size()) == margin) {
      // margin stays
    } else if (margin.substr(0, indent.size()) == indent) {
      margin = indent;
    } else {
      size_t k = 0;
      while (k < margin.size() && k < indent.size() && margin[k] == indent[k]) ++k;
      margin = margin.substr(0, k);
    }
  }
  std::string out;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (k) out += '\n';
    std::string_view l = lines[k];
    if (!l.empty() && blank(l)) continue;
    if (!margin.empty() && l.substr(0, margin.size()) == margin) l.remove_prefix(margin.size());
    out.append(l.data(), l.size());
  }
  return Str::FromUtf8(out);
}

// indent(text, prefix): the prefix before every line (splitlines(keepends=True)) that is not
// only whitespace.
FXN_OP("textwrap.indent", "(str, str) -> str", "*")
inline Str textwrap_indent(const Str& text, const Str& prefix) {
  std::string out;
  const List<Str> lines = str_splitlines(text, true);
  for (const Str& line : lines.items()) {
    bool only_space = true;
    for (uint32_t c : strimpl::Decode(line)) only_space &= unicode::IsSpace(c);
    if (!only_space) out.append(prefix.data(), prefix.nbytes());
    out.append(line.data(), line.nbytes());
  }
  return Str::FromUtf8(out);
}

}  // namespace fxn::ops
