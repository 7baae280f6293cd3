// ops_re.hpp: the `re` module (runtime/fxn_re.hpp holds the matcher). The front end compiles each
// pattern at trace time with CPython's compiler and passes its program as a spec string
// (`re.compile`), so every function here takes the pattern value first; the module functions
// (re.search(p, s)) and the methods (p.search(s)) both land here. Replacement templates are
// parsed at trace time too ("L<bytes>:<text>" and "G<group>;" pieces).
#pragma once
#include <string>
#include <utility>

#include "fxn_op_annotate.hpp"
#include "fxn_re.hpp"
#include "fxn_re_native.hpp"
#include "fxn_runtime.hpp"

namespace fxn::ops {

// The pattern value of a spec the front end made (parsed once per spec, see re::MakePattern).
FXN_OP("re.compile", "(str) -> re_pattern", "*")
inline re::Pattern re_compile(const Str& spec) { return re::MakePattern(spec); }

namespace re_detail {
inline Optional<re::Match> Once(const re::Pattern& p, const Str& s, int64_t pos, int64_t endpos, int mode) {
  re::Match m;
  if (!re::MatchOnce(p.prog, s, pos, endpos, mode, m)) return Optional<re::Match>();
  return Optional<re::Match>(std::move(m));
}
// Group g's text, or nullopt when it did not participate.
inline bool GroupText(const re::MatchData& d, int64_t g, Str& out) {
  const int64_t b = d.spans.marks[static_cast<size_t>(2 * g)], e = d.spans.marks[static_cast<size_t>(2 * g + 1)];
  if (b < 0 || e < 0) return false;
  out = d.subject.Slice(b, e);
  return true;
}
inline bool CheckGroup(Ctx& cx, const re::MatchData& d, int64_t g) {
  if (g < 0 || g > d.prog->groups) return cx.Raise("IndexError", "no such group");
  return true;
}
inline bool GroupByName(Ctx& cx, const re::MatchData& d, const Str& name, int64_t& g) {
  for (size_t i = 1; i < d.prog->group_names.size(); ++i)
    if (!d.prog->group_names[i].empty() && d.prog->group_names[i].Equals(name)) {
      g = static_cast<int64_t>(i);
      return true;
    }
  return cx.Raise("IndexError", "no such group");
}
template <class T>
struct FindallItem;
template <>
struct FindallItem<Str> {
  static Str Make(const re::Scanner& scan) {
    Str out;
    scan.Group(scan.prog().groups == 0 ? 0 : 1, out);
    return out;
  }
};
template <class... S>
struct FindallItem<Tuple<S...>> {
  static Tuple<S...> Make(const re::Scanner& scan) {
    return Build(scan, std::index_sequence_for<S...>{});
  }
  template <size_t... I>
  static Tuple<S...> Build(const re::Scanner& scan, std::index_sequence<I...>) {
    Tuple<S...> t;
    ((scan.Group(static_cast<int64_t>(I) + 1, std::get<I>(t)) ? void() : void(std::get<I>(t) = Str())), ...);
    return t;
  }
};
// The subject with the template expanded at every match (count 0: all), and how many.
inline bool Substitute(Ctx& cx, const re::Pattern& p, const Str& tmpl, const Str& s, int64_t count, Str& out,
                       int64_t& n) {
  re::Scanner scan(p.prog, s, 0, s.size());
  const re::Subject& subject = scan.subject();
  std::string text;
  int64_t last = 0;
  n = 0;
  const std::string_view t = tmpl.utf8();
  while (count == 0 || n < count) {
    if (!scan.Next()) break;
    const int64_t b = scan.spans.marks[0], e = scan.spans.marks[1];
    if (last < b) text.append(subject.str.data() + subject.Byte(last), subject.Byte(b) - subject.Byte(last));
    size_t i = 0;
    while (i < t.size()) {
      const char kind = t[i++];
      size_t number = 0;
      while (i < t.size() && t[i] >= '0' && t[i] <= '9') number = number * 10 + static_cast<size_t>(t[i++] - '0');
      ++i;  // ':' or ';'
      if (kind == 'L') {
        text.append(t.data() + i, number);
        i += number;
      } else {
        Str g;
        if (scan.Group(static_cast<int64_t>(number), g)) text.append(g.data(), g.nbytes());
      }
    }
    last = e;
    ++n;
  }
  if (n == 0) {
    out = s;
    return true;
  }
  if (last < subject.length) text.append(subject.str.data() + subject.Byte(last), subject.Byte(subject.length) - subject.Byte(last));
  if (text.size() > static_cast<size_t>(INT64_MAX / 2)) return cx.Raise("MemoryError", "");
  out = Str::FromUtf8(text);
  return true;
}
}  // namespace re_detail

FXN_OP("re.search", "(re_pattern, str, int, int) -> optional[re_match]", "*")
inline Optional<re::Match> re_search(const re::Pattern& p, const Str& s, int64_t pos, int64_t endpos) {
  return re_detail::Once(p, s, pos, endpos, 2);
}
FXN_OP("re.match", "(re_pattern, str, int, int) -> optional[re_match]", "*")
inline Optional<re::Match> re_match(const re::Pattern& p, const Str& s, int64_t pos, int64_t endpos) {
  return re_detail::Once(p, s, pos, endpos, 0);
}
FXN_OP("re.fullmatch", "(re_pattern, str, int, int) -> optional[re_match]", "*")
inline Optional<re::Match> re_fullmatch(const re::Pattern& p, const Str& s, int64_t pos, int64_t endpos) {
  return re_detail::Once(p, s, pos, endpos, 1);
}

// findall: the whole match (no group), group 1 (one group) or a tuple of all groups; a group
// that did not participate is "".
template <class T>
FXN_OP("re.findall", "(re_pattern, str, int, int) -> list[T]", "*")
inline List<T> re_findall(const re::Pattern& p, const Str& s, int64_t pos, int64_t endpos) {
  re::Scanner scan(p.prog, s, pos, endpos);
  List<T> out;
  while (scan.Next()) out.items().push_back(re_detail::FindallItem<T>::Make(scan));
  return out;
}

// finditer, read into a list of match objects (the front end only lets it be iterated).
FXN_OP("re.finditer", "(re_pattern, str, int, int) -> list[re_match]", "*")
inline List<re::Match> re_finditer(const re::Pattern& p, const Str& s, int64_t pos, int64_t endpos) {
  re::Scanner scan(p.prog, s, pos, endpos);
  List<re::Match> out;
  auto& items = out.items();
  while (scan.Next(false)) {
    if (items.empty()) items.reserve(4);  // one allocation for the first few matches
    items.push_back(scan.MakeMatch());
  }
  return out;
}

// split: the pieces between matches, with every group's text between them (None when a group
// did not participate, so the items are str | None when the pattern has groups).
template <class T>
FXN_OP("re.split", "(re_pattern, str, int) -> list[T]", "*")
inline List<T> re_split(const re::Pattern& p, const Str& s, int64_t maxsplit) {
  re::Scanner scan(p.prog, s, 0, s.size());
  List<T> out;
  int64_t last = 0, n = 0;
  while (maxsplit == 0 || n < maxsplit) {
    if (!scan.Next()) break;
    out.items().push_back(T(scan.subject().Slice(last, scan.spans.marks[0])));
    for (int64_t g = 1; g <= scan.prog().groups; ++g) {
      Str text;
      if (scan.Group(g, text)) {
        out.items().push_back(T(text));
      } else {
        if constexpr (std::is_same_v<T, Str>) out.items().push_back(T());
        else out.items().push_back(T(NoneT{}));
      }
    }
    ++n;
    last = scan.spans.marks[1];
  }
  out.items().push_back(T(scan.subject().Slice(last, scan.subject().length)));
  return out;
}

FXN_OP("re.sub", "(re_pattern, str, str, int) -> str", "*")
inline bool re_sub(Ctx& cx, const re::Pattern& p, const Str& tmpl, const Str& s, int64_t count, Str& out) {
  int64_t n = 0;
  return re_detail::Substitute(cx, p, tmpl, s, count, out, n);
}
FXN_OP("re.subn", "(re_pattern, str, str, int) -> tuple[str, int]", "*")
inline bool re_subn(Ctx& cx, const re::Pattern& p, const Str& tmpl, const Str& s, int64_t count,
                    Tuple<Str, int64_t>& out) {
  Str text;
  int64_t n = 0;
  if (!re_detail::Substitute(cx, p, tmpl, s, count, text, n)) return false;
  out = Tuple<Str, int64_t>(text, n);
  return true;
}

// re.sub with a function: the text between the matches (`matches`, from finditer with the
// count applied) joined with the function's results, in order.
FXN_OP("re.sub_join", "(str, list[re_match], list[str]) -> str", "*")
inline Str re_sub_join(const Str& s, const List<re::Match>& matches, const List<Str>& repls) {
  if (matches.items().empty()) return s;
  std::string text;
  const re::Subject& subject = matches.items()[0].d->subject;
  int64_t last = 0;
  for (size_t i = 0; i < matches.items().size(); ++i) {
    const auto& marks = matches.items()[i].d->spans.marks;
    if (last < marks[0]) text.append(subject.str.data() + subject.Byte(last), subject.Byte(marks[0]) - subject.Byte(last));
    const Str& r = repls.items()[i];
    text.append(r.data(), r.nbytes());
    last = marks[1];
  }
  if (last < subject.length) text.append(subject.str.data() + subject.Byte(last), subject.Byte(subject.length) - subject.Byte(last));
  return Str::FromUtf8(text);
}
// finditer limited to `count` matches (0: all), for re.sub with a function.
FXN_OP("re.finditer_count", "(re_pattern, str, int) -> list[re_match]", "*")
inline List<re::Match> re_finditer_count(const re::Pattern& p, const Str& s, int64_t count) {
  re::Scanner scan(p.prog, s, 0, s.size());
  List<re::Match> out;
  while ((count == 0 || static_cast<int64_t>(out.items().size()) < count) && scan.Next(false))
    out.items().push_back(scan.MakeMatch());
  return out;
}

// re.escape: CPython 3.7+'s set of escaped characters.
FXN_OP("re.escape", "(str) -> str", "*")
inline Str re_escape(const Str& s) {
  static constexpr std::string_view kSpecial = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
  std::string out;
  const std::string_view u = s.utf8();
  out.reserve(u.size());
  for (char c : u) {
    if (kSpecial.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return Str::FromUtf8(out, s.size() + static_cast<int64_t>(out.size() - u.size()));
}

// ---- match objects ----

FXN_OP("re.group", "(re_match, int) -> optional[str]", "*")
inline bool re_group(Ctx& cx, const re::Match& m, int64_t g, Optional<Str>& out) {
  if (!re_detail::CheckGroup(cx, *m.d, g)) return false;
  Str text;
  out = re_detail::GroupText(*m.d, g, text) ? Optional<Str>(text) : Optional<Str>();
  return true;
}
FXN_OP("re.group", "(re_match, str) -> optional[str]", "*")
inline bool re_group_named(Ctx& cx, const re::Match& m, const Str& name, Optional<Str>& out) {
  int64_t g = 0;
  if (!re_detail::GroupByName(cx, *m.d, name, g)) return false;
  return re_group(cx, m, g, out);
}
// group 0, which always participated.
FXN_OP("re.group0", "(re_match) -> str", "*")
inline Str re_group0(const re::Match& m) { return m.d->subject.Slice(m.d->spans.marks[0], m.d->spans.marks[1]); }
// groups(default)/groupdict(default) item: the group, or the default when it did not participate.
template <class T>
FXN_OP("re.group_or", "(re_match, int, T) -> T", "*")
inline bool re_group_or(Ctx& cx, const re::Match& m, int64_t g, const T& fallback, T& out) {
  if (!re_detail::CheckGroup(cx, *m.d, g)) return false;
  Str text;
  if (re_detail::GroupText(*m.d, g, text)) out = T(text);
  else out = fallback;
  return true;
}
FXN_OP("re.start", "(re_match, int) -> int", "*")
inline bool re_start(Ctx& cx, const re::Match& m, int64_t g, int64_t& out) {
  if (!re_detail::CheckGroup(cx, *m.d, g)) return false;
  out = m.d->spans.marks[static_cast<size_t>(2 * g)];
  return true;
}
FXN_OP("re.start", "(re_match, str) -> int", "*")
inline bool re_start_named(Ctx& cx, const re::Match& m, const Str& name, int64_t& out) {
  int64_t g = 0;
  return re_detail::GroupByName(cx, *m.d, name, g) && re_start(cx, m, g, out);
}
FXN_OP("re.end", "(re_match, int) -> int", "*")
inline bool re_end(Ctx& cx, const re::Match& m, int64_t g, int64_t& out) {
  if (!re_detail::CheckGroup(cx, *m.d, g)) return false;
  out = m.d->spans.marks[static_cast<size_t>(2 * g + 1)];
  return true;
}
FXN_OP("re.end", "(re_match, str) -> int", "*")
inline bool re_end_named(Ctx& cx, const re::Match& m, const Str& name, int64_t& out) {
  int64_t g = 0;
  return re_detail::GroupByName(cx, *m.d, name, g) && re_end(cx, m, g, out);
}
FXN_OP("re.lastindex", "(re_match) -> optional[int]", "*")
inline Optional<int64_t> re_lastindex(const re::Match& m) {
  return m.d->spans.lastindex >= 0 ? Optional<int64_t>(m.d->spans.lastindex) : Optional<int64_t>();
}
FXN_OP("re.lastgroup", "(re_match) -> optional[str]", "*")
inline Optional<Str> re_lastgroup(const re::Match& m) {
  const int64_t i = m.d->spans.lastindex;
  if (i < 0 || static_cast<size_t>(i) >= m.d->prog->group_names.size() || m.d->prog->group_names[i].empty())
    return Optional<Str>();
  return Optional<Str>(m.d->prog->group_names[i]);
}
FXN_OP("re.string", "(re_match) -> str", "*")
inline Str re_string(const re::Match& m) { return m.d->subject.str; }
FXN_OP("re.pos", "(re_match) -> int", "*")
inline int64_t re_pos(const re::Match& m) { return m.d->pos; }
FXN_OP("re.endpos", "(re_match) -> int", "*")
inline int64_t re_endpos(const re::Match& m) { return m.d->endpos; }

}  // namespace fxn::ops
