// ops_exc_args.hpp: `e.args` of a built-in exception (`except ValueError as e: e.args`), a
// dynamic value (the tuple's length and item types depend on what was raised).
//
// A `raise ValueError("a", 3)` in a module that reads `.args` records the args tuple beside the
// message (`ExcArgsObject`, in the exception's object slot; a run-time class id of -1 tells it
// from a user exception's instance). An exception a kernel raised has no record: its args follow
// from the message, as CPython builds them: `()` for an empty message (next() on an exhausted
// iterator), `(key,)` for a KeyError (its message is repr(key), parsed back: keys are None, bool,
// int, float, str or tuples of them), else `(message,)`.
#pragma once
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "fxn_dyn.hpp"
#include "fxn_op_annotate.hpp"
#include "ops_dyn.hpp"

namespace fxn {

// The args tuple of a raised built-in exception, held where a user exception's instance is.
struct ExcArgs : ObjectBase {
  Dyn args;
};
inline constexpr int32_t kExcArgsClass = -1;

inline Ref<ObjectBase> ExcArgsObject(const Dyn& args) {
  Ref<ExcArgs> holder = Ref<ExcArgs>::New();
  holder->fxn_class = kExcArgsClass;
  holder->args = args;
  return Ref<ObjectBase>::Cast(holder);
}

namespace exc_args {

// Parses the repr of a literal (what CPython's repr() writes for None, bool, int, float, str and
// tuples of them) at `at`; false where the text is something else.
struct LiteralParser {
  std::string_view text;
  size_t at = 0;

  void Spaces() {
    while (at < text.size() && text[at] == ' ') ++at;
  }
  bool Word(std::string_view w) {
    if (text.substr(at, w.size()) != w) return false;
    at += w.size();
    return true;
  }
  static int HexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  bool Hex(size_t digits, uint32_t& cp) {
    cp = 0;
    for (size_t k = 0; k < digits; ++k) {
      if (at >= text.size() || HexDigit(text[at]) < 0) return false;
      cp = cp * 16 + static_cast<uint32_t>(HexDigit(text[at++]));
    }
    return true;
  }
  bool String(Dyn& out) {
    const char quote = text[at++];
    std::string value;
    while (at < text.size() && text[at] != quote) {
      char c = text[at++];
      if (c != '\\') {
        value.push_back(c);
        continue;
      }
      if (at >= text.size()) return false;
      char e = text[at++];
      uint32_t cp = 0;
      switch (e) {
        case '\\': value.push_back('\\'); break;
        case '\'': value.push_back('\''); break;
        case '"': value.push_back('"'); break;
        case 'n': value.push_back('\n'); break;
        case 'r': value.push_back('\r'); break;
        case 't': value.push_back('\t'); break;
        case 'x': if (!Hex(2, cp)) return false; utf8::Append(value, cp); break;
        case 'u': if (!Hex(4, cp)) return false; utf8::Append(value, cp); break;
        case 'U': if (!Hex(8, cp)) return false; utf8::Append(value, cp); break;
        default: return false;
      }
    }
    if (at >= text.size()) return false;
    ++at;
    out = Dyn::String(Str::FromUtf8(value));
    return true;
  }
  bool Number(Dyn& out) {
    size_t start = at;
    if (at < text.size() && text[at] == '-') ++at;
    if (Word("inf")) {
      out = Dyn::Float(text[start] == '-' ? -HUGE_VAL : HUGE_VAL);
      return true;
    }
    bool is_float = false;
    while (at < text.size() && ((text[at] >= '0' && text[at] <= '9') || text[at] == '.' || text[at] == 'e' ||
                                text[at] == 'E' || ((text[at] == '+' || text[at] == '-') && at > start &&
                                                    (text[at - 1] == 'e' || text[at - 1] == 'E')))) {
      if (text[at] < '0' || text[at] > '9') is_float = true;
      ++at;
    }
    if (at == start || (at == start + 1 && text[start] == '-')) return false;
    std::string digits(text.substr(start, at - start));
    errno = 0;
    if (is_float) {
      out = Dyn::Float(std::strtod(digits.c_str(), nullptr));
    } else {
      long long v = std::strtoll(digits.c_str(), nullptr, 10);
      if (errno == ERANGE) return false;
      out = Dyn::Int(static_cast<int64_t>(v));
    }
    return true;
  }
  bool Value(Dyn& out) {
    Spaces();
    if (at >= text.size()) return false;
    char c = text[at];
    if (c == '\'' || c == '"') return String(out);
    if (c == '(') {
      ++at;
      List<Dyn> items;
      Spaces();
      bool trailing_comma = false;
      while (at < text.size() && text[at] != ')') {
        Dyn item;
        if (!Value(item)) return false;
        items.items().push_back(item);
        Spaces();
        trailing_comma = false;
        if (at < text.size() && text[at] == ',') {
          ++at;
          trailing_comma = true;
          Spaces();
        }
      }
      if (at >= text.size()) return false;
      ++at;
      if (items.size() == 1 && !trailing_comma) return false;  // (x) is not a tuple's repr
      out = Dyn::OfList(items, Dyn::kTuple);
      return true;
    }
    if (Word("None")) { out = Dyn::None(); return true; }
    if (Word("True")) { out = Dyn::Bool(true); return true; }
    if (Word("False")) { out = Dyn::Bool(false); return true; }
    if (Word("nan")) { out = Dyn::Float(NAN); return true; }
    return Number(out);
  }
};

}  // namespace exc_args

namespace ops {

// e.args of a caught exception (see the header comment).
FXN_OP("fxn.exception_args", "(exception) -> dynamic", "*")
inline bool exception_args(Ctx& cx, const Exc& e, Dyn& out) {
  if (!e.object.empty()) {
    if (e.object.class_id() == kExcArgsClass) {
      out = static_cast<ExcArgs*>(e.object.operator->())->args;
      return true;
    }
    return cx.Raise("NotImplementedError", "fxn: e.args of a user exception caught as a built-in one");
  }
  List<Dyn> items;
  const char* type = e.type ? e.type : "";
  if (e.message.empty()) {
    // CPython's kernels raise these without arguments (StopIteration from next()).
  } else if (std::strcmp(type, "KeyError") == 0) {
    exc_args::LiteralParser parser{e.message};
    Dyn key;
    if (!parser.Value(key) || parser.at != e.message.size())
      return cx.Raise("NotImplementedError", "fxn: e.args of a KeyError whose key's repr fxn cannot read back");
    items.items().push_back(key);
  } else if (std::strcmp(type, "StopIteration") == 0) {
    return cx.Raise("NotImplementedError", "fxn: e.args of a StopIteration carrying a generator's return value");
  } else {
    items.items().push_back(Dyn::String(Str::FromUtf8(e.message)));
  }
  out = Dyn::OfList(items, Dyn::kTuple);
  return true;
}

// a, b = v of a dynamic v (`a, b = e.args`): the items, with CPython's unpacking errors.
FXN_OP("fxn.dyn_unpack", "(dynamic, int) -> list[dynamic]", "*")
inline bool dyn_unpack(Ctx& cx, const Dyn& v, int64_t expected, List<Dyn>& out) {
  if (v.tag != Dyn::kList && v.tag != Dyn::kTuple && v.tag != Dyn::kDict && v.tag != Dyn::kStr)
    return cx.Raisef("TypeError", "cannot unpack non-iterable %s object", DynTypeName(v));
  if (!dyn_iter(cx, v, out)) return false;
  if (out.size() > expected)
    return cx.Raisef("ValueError", "too many values to unpack (expected %lld)", static_cast<long long>(expected));
  if (out.size() < expected)
    return cx.Raisef("ValueError", "not enough values to unpack (expected %lld, got %lld)",
                     static_cast<long long>(expected), static_cast<long long>(out.size()));
  return true;
}

}  // namespace ops
}  // namespace fxn
