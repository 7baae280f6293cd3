// ops_dyn.hpp: operations on dynamic values (runtime/fxn_dyn.hpp): each dispatches on the
// operands' run-time types with CPython's semantics, reusing the static kernels, and raises
// CPython's TypeError where no operation applies. The front end converts static operands into
// dynamic ones (fxn.to_dyn) where an operation meets a dynamic value.
#pragma once
#include "fxn_dyn.hpp"
#include "fxn_op_annotate.hpp"
#include "ops_float.hpp"
#include "ops_int.hpp"
#include "ops_list.hpp"
#include "ops_math.hpp"
#include "ops_str.hpp"
#include "ops_text.hpp"

namespace fxn::ops {

template <class T>
FXN_OP("fxn.to_dyn", "(T) -> dynamic", "*")
inline Dyn dyn_from(const T& v) {
  return ToDyn(v);
}

// The value as a static type the code needs (a str for `x.upper()`, a list for `x.append(v)`):
// `error` is the exception's type, `message` CPython's text with %s for type(x).__name__.
inline bool dyn_fail(Ctx& cx, const Dyn& v, const Str& error, const Str& message) {
  std::string text(message.utf8());
  size_t at = text.find("%s");
  if (at != std::string::npos) text.replace(at, 2, DynTypeName(v));
  cx.Raise(error.utf8() == "AttributeError" ? "AttributeError" : "TypeError", text.c_str());
  return false;
}
FXN_OP("fxn.dyn_as_str", "(dynamic, str, str) -> str", "*")
inline bool dyn_as_str(Ctx& cx, const Dyn& v, const Str& error, const Str& message, Str& out) {
  if (FXN_UNLIKELY(v.tag != Dyn::kStr)) return dyn_fail(cx, v, error, message);
  out = v.s;
  return true;
}
FXN_OP("fxn.dyn_as_list", "(dynamic, str, str) -> list[dynamic]", "*")
inline bool dyn_as_list(Ctx& cx, const Dyn& v, const Str& error, const Str& message, List<Dyn>& out) {
  if (FXN_UNLIKELY(v.tag != Dyn::kList)) return dyn_fail(cx, v, error, message);
  out = v.items;
  return true;
}
FXN_OP("fxn.dyn_as_dict", "(dynamic, str, str) -> dict[dynamic, dynamic]", "*")
inline bool dyn_as_dict(Ctx& cx, const Dyn& v, const Str& error, const Str& message, Dict<Dyn, Dyn>& out) {
  if (FXN_UNLIKELY(v.tag != Dyn::kDict)) return dyn_fail(cx, v, error, message);
  out = v.dict;
  return true;
}
// An int where CPython needs an integer (range(x), an index): bool counts, float does not.
FXN_OP("fxn.dyn_as_int", "(dynamic, str, str) -> int", "*")
inline bool dyn_as_int(Ctx& cx, const Dyn& v, const Str& error, const Str& message, int64_t& out) {
  if (FXN_UNLIKELY(!v.is_int())) return dyn_fail(cx, v, error, message);
  out = v.i;
  return true;
}
FXN_OP("fxn.dyn_as_float", "(dynamic, str, str) -> float", "*")
inline bool dyn_as_float(Ctx& cx, const Dyn& v, const Str& error, const Str& message, double& out) {
  if (FXN_UNLIKELY(!v.is_number())) return dyn_fail(cx, v, error, message);
  out = v.as_double();
  return true;
}

// isinstance(x, (A, B)) over the tags named in `kinds` ("int,float"; "int" includes bool).
FXN_OP("fxn.dyn_isinstance", "(dynamic, str) -> bool", "*")
inline bool dyn_isinstance(const Dyn& v, const Str& kinds) {
  std::string_view names = kinds.utf8();
  std::string_view name = DynTypeName(v);
  size_t start = 0;
  while (start <= names.size()) {
    size_t end = names.find(',', start);
    if (end == std::string_view::npos) end = names.size();
    std::string_view k = names.substr(start, end - start);
    if (k == name || (k == "int" && v.tag == Dyn::kBool) || k == "object") return true;
    start = end + 1;
  }
  return false;
}

// type(x).__name__
FXN_OP("fxn.dyn_type_name", "(dynamic) -> str", "*")
inline Str dyn_type_name(const Dyn& v) { return Str::FromUtf8(DynTypeName(v)); }

// ---- arithmetic ----

inline bool dyn_unsupported(Ctx& cx, const char* symbol, const Dyn& a, const Dyn& b) {
  return cx.Raisef("TypeError", "unsupported operand type(s) for %s: '%s' and '%s'", symbol, DynTypeName(a),
                   DynTypeName(b));
}

// int and float operands (bool counts as int): `int_op` on two ints, `float_op` otherwise.
template <class IntOp, class FloatOp>
inline bool dyn_numeric(Ctx& cx, const Dyn& a, const Dyn& b, Dyn& out, IntOp int_op, FloatOp float_op) {
  if (a.tag != Dyn::kFloat && b.tag != Dyn::kFloat) {
    int64_t r = 0;
    if (!int_op(cx, a.i, b.i, r)) return false;
    out = Dyn::Int(r);
    return true;
  }
  double r = 0;
  if (!float_op(cx, a.as_double(), b.as_double(), r)) return false;
  out = Dyn::Float(r);
  return true;
}

inline bool dyn_concat_error(Ctx& cx, const Dyn& a, const Dyn& b) {
  return cx.Raisef("TypeError", "can only concatenate %s (not \"%s\") to %s", DynTypeName(a), DynTypeName(b),
                   DynTypeName(a));
}

FXN_OP("operator.add", "(dynamic, dynamic) -> dynamic", "*")
inline bool dyn_add(Ctx& cx, const Dyn& a, const Dyn& b, Dyn& out) {
  if (a.is_number() && b.is_number())
    return dyn_numeric(cx, a, b, out, int_add, [](Ctx&, double x, double y, double& r) { return r = x + y, true; });
  if (a.tag == Dyn::kStr) {
    if (b.tag != Dyn::kStr) return dyn_concat_error(cx, a, b);
    Str r;
    if (!str_add(cx, a.s, b.s, r)) return false;
    out = Dyn::String(r);
    return true;
  }
  if (a.tag == Dyn::kList || a.tag == Dyn::kTuple) {
    if (b.tag != a.tag) return dyn_concat_error(cx, a, b);
    out = Dyn::OfList(list_concat(a.items, b.items), a.tag);
    return true;
  }
  return dyn_unsupported(cx, "+", a, b);
}

FXN_OP("operator.sub", "(dynamic, dynamic) -> dynamic", "*")
inline bool dyn_sub(Ctx& cx, const Dyn& a, const Dyn& b, Dyn& out) {
  if (a.is_number() && b.is_number())
    return dyn_numeric(cx, a, b, out, int_sub, [](Ctx&, double x, double y, double& r) { return r = x - y, true; });
  return dyn_unsupported(cx, "-", a, b);
}

FXN_OP("operator.mul", "(dynamic, dynamic) -> dynamic", "*")
inline bool dyn_mul(Ctx& cx, const Dyn& a, const Dyn& b, Dyn& out) {
  if (a.is_number() && b.is_number())
    return dyn_numeric(cx, a, b, out, int_mul, [](Ctx&, double x, double y, double& r) { return r = x * y, true; });
  const bool a_seq = a.tag == Dyn::kStr || a.tag == Dyn::kList || a.tag == Dyn::kTuple;
  const bool b_seq = b.tag == Dyn::kStr || b.tag == Dyn::kList || b.tag == Dyn::kTuple;
  if (a_seq || b_seq) {
    const Dyn& seq = a_seq ? a : b;
    const Dyn& n = a_seq ? b : a;
    if (!n.is_int()) {
      if (a_seq && b_seq || n.is_number() || n.tag == Dyn::kNone || n.tag == Dyn::kDict)
        return cx.Raisef("TypeError", "can't multiply sequence by non-int of type '%s'", DynTypeName(n));
      return cx.Raisef("TypeError", "can't multiply sequence by non-int of type '%s'", DynTypeName(n));
    }
    if (seq.tag == Dyn::kStr) {
      Str r;
      if (!str_repeat(cx, seq.s, n.i, r)) return false;
      out = Dyn::String(r);
      return true;
    }
    List<Dyn> r;
    if (!list_repeat(cx, seq.items, n.i, r)) return false;
    out = Dyn::OfList(r, seq.tag);
    return true;
  }
  return dyn_unsupported(cx, "*", a, b);
}

FXN_OP("operator.truediv", "(dynamic, dynamic) -> dynamic", "*")
inline bool dyn_truediv(Ctx& cx, const Dyn& a, const Dyn& b, Dyn& out) {
  if (!a.is_number() || !b.is_number()) return dyn_unsupported(cx, "/", a, b);
  double r = 0;
  if (a.tag != Dyn::kFloat && b.tag != Dyn::kFloat) {
    if (!int_truediv(cx, a.i, b.i, r)) return false;
  } else if (!float_truediv(cx, a.as_double(), b.as_double(), r)) {
    return false;
  }
  out = Dyn::Float(r);
  return true;
}

FXN_OP("operator.floordiv", "(dynamic, dynamic) -> dynamic", "*")
inline bool dyn_floordiv(Ctx& cx, const Dyn& a, const Dyn& b, Dyn& out) {
  if (!a.is_number() || !b.is_number()) return dyn_unsupported(cx, "//", a, b);
  return dyn_numeric(cx, a, b, out, int_floordiv, float_floordiv);
}

// `fmt % v` of a dynamic v with `count` conversions (%s, %r, %a) known at compile time: a tuple
// is the argument list, anything else the one argument (a list or dict is also a mapping, so it
// may go unused); CPython's TypeErrors where the count does not match.
FXN_OP("fxn.percent_dyn_args", "(dynamic, int) -> list[dynamic]", "*")
inline bool percent_dyn_args(Ctx& cx, const Dyn& v, int64_t count, List<Dyn>& out) {
  List<Dyn> args;
  if (v.tag == Dyn::kTuple) {
    args = List<Dyn>(v.items.items());
  } else if (count > 0) {
    args.items().push_back(v);
  } else if (v.tag == Dyn::kList || v.tag == Dyn::kDict) {
    out = args;  // a mapping: no argument needed
    return true;
  } else {
    args.items().push_back(v);
  }
  if (static_cast<int64_t>(args.size()) < count) return cx.Raise("TypeError", "not enough arguments for format string");
  if (static_cast<int64_t>(args.size()) > count)
    return cx.Raise("TypeError", "not all arguments converted during string formatting");
  out = args;
  return true;
}

// `fmt % args` with a format string known only at run time (a str variable, a dynamic str):
// CPython's PyUnicode_Format, the parse that fxn_stdlib_text.parse_percent does at compile time,
// done here with the same per-conversion kernels (ops_text.hpp). args: a tuple is the argument
// list; a list or dict (not a tuple or str) is also the mapping for %(key)s; anything else is the
// one argument. A key replaces the current argument by mapping[key], as CPython's does.
inline bool dyn_getitem(Ctx& cx, const Dyn& v, const Dyn& key, Dyn& out);
namespace percent_rt {
struct Args {
  const Dyn* one;          // the current non-tuple argument (args itself, or mapping[key])
  const List<Dyn>* tuple;  // the argument tuple, or null
  int64_t len, idx;        // CPython's arglen/argidx: -1/-2 for one argument
  bool Next(Ctx& cx, const Dyn*& out) {
    if (idx >= len) return cx.Raise("TypeError", "not enough arguments for format string");
    ++idx;
    out = len < 0 ? one : &tuple->items()[static_cast<size_t>(idx - 1)];
    return true;
  }
};
inline bool Size(Ctx& cx, Args& args, int64_t& out) {
  const Dyn* v;
  if (!args.Next(cx, v)) return false;
  if (!v->is_int()) return cx.Raise("TypeError", "* wants int");
  out = v->i;
  return true;
}
inline bool Convert(Ctx& cx, const Str& flags, int64_t width, int64_t prec, char conv, const Dyn& v, Str& out) {
  const Str letter = Str::FromUtf8(std::string_view(&conv, 1));
  if (conv == 's' || conv == 'r' || conv == 'a') {
    Str body = conv == 's' ? str_of(v) : repr_of(v);
    if (conv == 'a') body = ascii_escape(body);
    return percent_format(cx, flags, width, prec, Str::Literal("s", 1), body, out);
  }
  switch (v.tag) {
    case Dyn::kBool:
    case Dyn::kInt: return percent_format(cx, flags, width, prec, letter, v.i, out);
    case Dyn::kFloat: return percent_format(cx, flags, width, prec, letter, v.f, out);
    case Dyn::kStr:
      if (conv == 'c') return percent_format(cx, flags, width, prec, letter, v.s, out);
      return percent::BadType(cx, conv, "str");
    default: return percent::BadType(cx, conv, DynTypeName(v));
  }
}
}  // namespace percent_rt

FXN_OP("fxn.percent_runtime", "(str, dynamic) -> str", "*")
inline bool percent_runtime(Ctx& cx, const Str& fmt, const Dyn& args_value, Str& out) {
  using percent_rt::Args;
  const bool is_tuple = args_value.tag == Dyn::kTuple;
  const bool is_mapping = args_value.tag == Dyn::kList || args_value.tag == Dyn::kDict;
  Args args{&args_value, is_tuple ? &args_value.items : nullptr,
            is_tuple ? static_cast<int64_t>(args_value.items.size()) : -1, is_tuple ? 0 : -2};
  Dyn keyed;  // mapping[key] of the latest %(key)
  const std::string_view f = fmt.utf8();
  const size_t n = f.size();
  std::string result;
  int64_t cp_index = 0;  // code points before position i (error messages count code points)
  size_t i = 0;
  auto advance = [&](size_t to) {
    for (; i < to; ++i) cp_index += (static_cast<unsigned char>(f[i]) & 0xC0) != 0x80;
  };
  while (i < n) {
    const size_t pct = f.find('%', i);
    if (pct == std::string_view::npos) {
      result.append(f.substr(i));
      break;
    }
    result.append(f.substr(i, pct - i));
    advance(pct + 1);
    if (i < n && f[i] == '(') {
      if (!is_mapping) return cx.Raise("TypeError", "format requires a mapping");
      int depth = 1;
      const size_t start = i + 1;
      advance(i + 1);
      while (i < n && depth) {
        depth += f[i] == '(' ? 1 : f[i] == ')' ? -1 : 0;
        advance(i + 1);
      }
      if (depth) return cx.Raise("ValueError", "incomplete format key");
      const Dyn key = Dyn::String(Str::FromUtf8(f.substr(start, i - 1 - start)));
      if (!dyn_getitem(cx, args_value, key, keyed)) return false;
      args = Args{&keyed, nullptr, -1, -2};
    }
    std::string flag_chars;
    while (i < n && std::string_view("-+ #0").find(f[i]) != std::string_view::npos) {
      flag_chars += f[i];
      advance(i + 1);
    }
    int64_t width = percent::kNone, prec = percent::kNone;
    auto number = [&](int64_t& value) -> bool {
      if (i < n && f[i] == '*') {
        advance(i + 1);
        return percent_rt::Size(cx, args, value);
      }
      if (i < n && f[i] >= '0' && f[i] <= '9') {
        value = 0;
        while (i < n && f[i] >= '0' && f[i] <= '9') {
          if (value > (INT64_MAX - 9) / 10) return cx.Raise("ValueError", "width too big");
          value = value * 10 + (f[i] - '0');
          advance(i + 1);
        }
      }
      return true;
    };
    if (!number(width)) return false;
    if (i < n && f[i] == '.') {
      advance(i + 1);
      prec = 0;
      if (!number(prec)) return false;
    }
    if (i < n && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L')) advance(i + 1);
    if (i >= n) return cx.Raise("ValueError", "incomplete format");
    size_t at = i;
    const uint32_t conv = utf8::Decode(f.data(), at);
    const int64_t conv_index = cp_index;
    advance(at);
    if (conv == '%' && i == pct + 2) {  // "%%" alone; "%5%" takes an argument and is refused below
      result += '%';
      continue;
    }
    const Dyn* value;
    if (!args.Next(cx, value)) return false;
    if (conv >= 0x80 || std::string_view("diouxXeEfFgGcrsa").find(static_cast<char>(conv)) == std::string_view::npos) {
      std::string ch;
      utf8::Append(ch, conv);
      return cx.Raisef("ValueError", "unsupported format character '%s' (0x%x) at index %lld", ch.c_str(), conv,
                       static_cast<long long>(conv_index));
    }
    std::sort(flag_chars.begin(), flag_chars.end());
    flag_chars.erase(std::unique(flag_chars.begin(), flag_chars.end()), flag_chars.end());
    Str piece;
    if (!percent_rt::Convert(cx, Str::FromUtf8(flag_chars), width, prec, static_cast<char>(conv), *value, piece))
      return false;
    result.append(piece.utf8());
  }
  if (args.idx < args.len && !is_mapping)
    return cx.Raise("TypeError", "not all arguments converted during string formatting");
  out = Str::FromUtf8(result);
  return true;
}

FXN_OP("operator.mod", "(dynamic, dynamic) -> dynamic", "*")
inline bool dyn_mod(Ctx& cx, const Dyn& a, const Dyn& b, Dyn& out) {
  if (a.tag == Dyn::kStr) {
    Str text;
    if (!percent_runtime(cx, a.s, b, text)) return false;
    out = Dyn::String(text);
    return true;
  }
  if (!a.is_number() || !b.is_number()) return dyn_unsupported(cx, "%", a, b);
  return dyn_numeric(cx, a, b, out, int_mod, float_mod);
}

// int ** int is an int for a non-negative exponent and a float otherwise (CPython's long_pow
// hands a negative exponent to float_pow); the result's type depends on the value.
FXN_OP("operator.pow", "(dynamic, dynamic) -> dynamic", "*")
FXN_OP("builtins.pow", "(dynamic, dynamic) -> dynamic", "*")
inline bool dyn_pow(Ctx& cx, const Dyn& a, const Dyn& b, Dyn& out) {
  if (!a.is_number() || !b.is_number())
    return cx.Raisef("TypeError", "unsupported operand type(s) for ** or pow(): '%s' and '%s'", DynTypeName(a),
                     DynTypeName(b));
  if (a.tag != Dyn::kFloat && b.tag != Dyn::kFloat && b.i >= 0) {
    int64_t r = 0;
    if (!int_pow(cx, a.i, b.i, r)) return false;
    out = Dyn::Int(r);
    return true;
  }
  double r = 0;
  if (!float_pow(cx, a.as_double(), b.as_double(), r)) return false;
  out = Dyn::Float(r);
  return true;
}

// int ** int where the exponent's sign is not known statically: an int, or a float for a
// negative exponent (the front end types the result dynamic only here; `x ** 2` stays int).
FXN_OP("fxn.int_pow_dyn", "(int, int) -> dynamic", "*")
inline bool int_pow_dyn(Ctx& cx, int64_t a, int64_t b, Dyn& out) {
  return dyn_pow(cx, Dyn::Int(a), Dyn::Int(b), out);
}

FXN_OP("operator.neg", "(dynamic) -> dynamic", "*")
inline bool dyn_neg(Ctx& cx, const Dyn& a, Dyn& out) {
  if (a.tag == Dyn::kFloat) {
    out = Dyn::Float(-a.f);
    return true;
  }
  if (!a.is_int()) return cx.Raisef("TypeError", "bad operand type for unary -: '%s'", DynTypeName(a));
  int64_t r = 0;
  if (!int_neg(cx, a.i, r)) return false;
  out = Dyn::Int(r);
  return true;
}

FXN_OP("builtins.abs", "(dynamic) -> dynamic", "*")
inline bool dyn_abs(Ctx& cx, const Dyn& a, Dyn& out) {
  if (a.tag == Dyn::kFloat) {
    out = Dyn::Float(std::fabs(a.f));
    return true;
  }
  if (!a.is_int()) return cx.Raisef("TypeError", "bad operand type for abs(): '%s'", DynTypeName(a));
  int64_t r = 0;
  if (!int_abs(cx, a.i, r)) return false;
  out = Dyn::Int(r);
  return true;
}

// ---- comparisons ----
FXN_OP("operator.lt", "(dynamic, dynamic) -> bool", "*")
inline bool dyn_lt(Ctx& cx, const Dyn& a, const Dyn& b, bool& out) { return DynCompare(cx, CmpOp::kLt, a, b, out); }
FXN_OP("operator.le", "(dynamic, dynamic) -> bool", "*")
inline bool dyn_le(Ctx& cx, const Dyn& a, const Dyn& b, bool& out) { return DynCompare(cx, CmpOp::kLe, a, b, out); }
FXN_OP("operator.gt", "(dynamic, dynamic) -> bool", "*")
inline bool dyn_gt(Ctx& cx, const Dyn& a, const Dyn& b, bool& out) { return DynCompare(cx, CmpOp::kGt, a, b, out); }
FXN_OP("operator.ge", "(dynamic, dynamic) -> bool", "*")
inline bool dyn_ge(Ctx& cx, const Dyn& a, const Dyn& b, bool& out) { return DynCompare(cx, CmpOp::kGe, a, b, out); }

// ---- containers ----

FXN_OP("builtins.len", "(dynamic) -> int", "*")
inline bool dyn_len(Ctx& cx, const Dyn& v, int64_t& out) {
  switch (v.tag) {
    case Dyn::kStr: out = v.s.size(); return true;
    case Dyn::kList:
    case Dyn::kTuple: out = v.items.size(); return true;
    case Dyn::kDict: out = v.dict.size(); return true;
    default: return cx.Raisef("TypeError", "object of type '%s' has no len()", DynTypeName(v));
  }
}

inline bool dyn_index(Ctx& cx, const Dyn& seq, const Dyn& index, int64_t& out) {
  if (!index.is_int()) {
    if (seq.tag == Dyn::kStr)  // str's own wording (unicode_subscript), quotes included
      return cx.Raisef("TypeError", "string indices must be integers, not '%s'", DynTypeName(index));
    return cx.Raisef("TypeError", "%s indices must be integers or slices, not %s", DynTypeName(seq),
                     DynTypeName(index));
  }
  out = index.i;
  return true;
}

FXN_OP("operator.getitem", "(dynamic, dynamic) -> dynamic", "*")
inline bool dyn_getitem(Ctx& cx, const Dyn& v, const Dyn& key, Dyn& out) {
  switch (v.tag) {
    case Dyn::kDict: {
      if (key.tag == Dyn::kList || key.tag == Dyn::kDict)
        return cx.Raisef("TypeError", "unhashable type: '%s'", DynTypeName(key));
      const Dyn* found = v.dict.Find(key);
      if (found == nullptr) {
        std::string text;
        Format<Dyn>::Repr(text, key);
        return cx.Raise("KeyError", text.c_str());
      }
      out = *found;
      return true;
    }
    case Dyn::kList:
    case Dyn::kTuple: {
      int64_t i = 0;
      if (!dyn_index(cx, v, key, i)) return false;
      if (FXN_UNLIKELY(!list_normalize_index(v.items.size(), i)))
        return cx.Raise("IndexError", v.tag == Dyn::kList ? "list index out of range" : "tuple index out of range");
      out = v.items.items()[static_cast<size_t>(i)];
      return true;
    }
    case Dyn::kStr: {
      int64_t i = 0;
      if (!dyn_index(cx, v, key, i)) return false;
      Str r;
      if (!str_getitem(cx, v.s, i, r)) return false;
      out = Dyn::String(r);
      return true;
    }
    default: return cx.Raisef("TypeError", "'%s' object is not subscriptable", DynTypeName(v));
  }
}

FXN_OP("operator.setitem", "(dynamic, dynamic, dynamic) -> None", "*")
inline bool dyn_setitem(Ctx& cx, const Dyn& v, const Dyn& key, const Dyn& value) {
  switch (v.tag) {
    case Dyn::kDict:
      if (key.tag == Dyn::kList || key.tag == Dyn::kDict)
        return cx.Raisef("TypeError", "unhashable type: '%s'", DynTypeName(key));
      v.dict.Set(key, value);
      return true;
    case Dyn::kList: {
      int64_t i = 0;
      if (!dyn_index(cx, v, key, i)) return false;
      if (FXN_UNLIKELY(!list_normalize_index(v.items.size(), i)))
        return cx.Raise("IndexError", "list assignment index out of range");
      v.items.items()[static_cast<size_t>(i)] = value;
      return true;
    }
    default: return cx.Raisef("TypeError", "'%s' object does not support item assignment", DynTypeName(v));
  }
}

FXN_OP("operator.contains", "(dynamic, dynamic) -> bool", "*")
inline bool dyn_contains(Ctx& cx, const Dyn& container, const Dyn& item, bool& out) {
  switch (container.tag) {
    case Dyn::kDict:
      if (item.tag == Dyn::kList || item.tag == Dyn::kDict)
        return cx.Raisef("TypeError", "unhashable type: '%s'", DynTypeName(item));
      out = container.dict.Contains(item);
      return true;
    case Dyn::kList:
    case Dyn::kTuple:
      out = false;
      for (const auto& x : container.items.items())
        if (DynEq(x, item)) return out = true, true;
      return true;
    case Dyn::kStr:
      if (item.tag != Dyn::kStr)
        return cx.Raisef("TypeError", "'in <string>' requires string as left operand, not %s", DynTypeName(item));
      out = container.s.utf8().find(item.s.utf8()) != std::string_view::npos;
      return true;
    default:
      return cx.Raisef("TypeError", "argument of type '%s' is not iterable", DynTypeName(container));
  }
}

// `for x in v`: the items to visit. A list is iterated itself (appends during the loop are
// seen, as CPython's list iterator sees them); a tuple's items, a dict's keys (a snapshot), a
// str's characters.
FXN_OP("fxn.dyn_iter", "(dynamic) -> list[dynamic]", "*")
inline bool dyn_iter(Ctx& cx, const Dyn& v, List<Dyn>& out) {
  switch (v.tag) {
    case Dyn::kList:
    case Dyn::kTuple: out = v.items; return true;
    case Dyn::kDict: {
      List<Dyn> keys;
      for (size_t n = 0; n < v.dict.SlotCount(); ++n)
        if (v.dict.SlotLive(n)) keys.items().push_back(v.dict.KeyAt(n));
      out = keys;
      return true;
    }
    case Dyn::kStr: {
      List<Dyn> chars;
      for (int64_t i = 0, n = v.s.size(); i < n; ++i) {
        Str c;
        if (!str_getitem(cx, v.s, i, c)) return false;
        chars.items().push_back(Dyn::String(c));
      }
      out = chars;
      return true;
    }
    default: return cx.Raisef("TypeError", "'%s' object is not iterable", DynTypeName(v));
  }
}

FXN_OP("builtins.list", "(dynamic) -> list[dynamic]", "*")
inline bool dyn_list(Ctx& cx, const Dyn& v, List<Dyn>& out) {
  List<Dyn> items;
  if (!dyn_iter(cx, v, items)) return false;
  out = List<Dyn>(items.items());  // a new list, even of a list
  return true;
}
FXN_OP("builtins.sorted", "(dynamic) -> list[dynamic]", "*")
inline bool dyn_sorted(Ctx& cx, const Dyn& v, List<Dyn>& out) {
  List<Dyn> items;
  if (!dyn_list(cx, v, items)) return false;
  return list_sorted(cx, items, out);
}

// sep.join(items) of dynamic items: each must be a str (CPython's message names the first that is not).
FXN_OP("str.join", "(str, list[dynamic]) -> str", "*")
inline bool str_join_dyn(Ctx& cx, const Str& sep, const List<Dyn>& items, Str& out) {
  List<Str> strs;
  size_t k = 0;
  for (const auto& x : items.items()) {
    if (x.tag != Dyn::kStr)
      return cx.Raisef("TypeError", "sequence item %zu: expected str instance, %s found", k, DynTypeName(x));
    strs.items().push_back(x.s);
    ++k;
  }
  return str_join(cx, sep, strs, out);
}
FXN_OP("str.join", "(str, dynamic) -> str", "*")
inline bool str_join_dyn_iterable(Ctx& cx, const Str& sep, const Dyn& v, Str& out) {
  if (v.tag != Dyn::kList && v.tag != Dyn::kTuple && v.tag != Dyn::kDict && v.tag != Dyn::kStr)
    return cx.Raise("TypeError", "can only join an iterable");
  List<Dyn> items;
  if (!dyn_iter(cx, v, items)) return false;
  return str_join_dyn(cx, sep, items, out);
}

// ---- conversions ----
FXN_OP("builtins.int", "(dynamic) -> int", "*")
inline bool dyn_to_int(Ctx& cx, const Dyn& v, int64_t& out) {
  switch (v.tag) {
    case Dyn::kBool:
    case Dyn::kInt: out = v.i; return true;
    case Dyn::kFloat: return int_from_float(cx, v.f, out);
    case Dyn::kStr: return str_to_int(cx, v.s, out);
    default:
      return cx.Raisef("TypeError", "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                       DynTypeName(v));
  }
}
FXN_OP("builtins.float", "(dynamic) -> float", "*")
inline bool dyn_to_float(Ctx& cx, const Dyn& v, double& out) {
  switch (v.tag) {
    case Dyn::kBool:
    case Dyn::kInt: out = static_cast<double>(v.i); return true;
    case Dyn::kFloat: out = v.f; return true;
    case Dyn::kStr: return str_to_float(cx, v.s, out);
    default:
      return cx.Raisef("TypeError", "float() argument must be a string or a real number, not '%s'", DynTypeName(v));
  }
}

// ---- results whose type depends on the values ----
// sum(xs) of floats without a start: CPython adds from the int 0, so an empty list gives the int 0
// and any other the float sum (0.0 + xs[0] first, so sum([-0.0]) is 0.0). math.prod likewise
// from the int 1. Both are dynamic; their users meet an int or a float as CPython's do.
FXN_OP("builtins.sum", "(list[float]) -> dynamic", "*")
inline Dyn list_sum_float(const List<double>& list) {
  if (list.items().empty()) return Dyn::Int(0);
  return Dyn::Float(list_sum_float_start(list, 0.0));
}
FXN_OP("math.prod", "(list[float]) -> dynamic", "*")
inline Dyn math_prod_float(const List<double>& items) {
  if (items.items().empty()) return Dyn::Int(1);
  return Dyn::Float(math_prod(items, 1.0));
}

// A dynamic value given to a math function that takes floats: CPython's PyFloat_AsDouble (an int
// converted with correct rounding, as static_cast does for int64), TypeError for anything else.
FXN_OP("fxn.dyn_as_real", "(dynamic) -> float", "*")
inline bool dyn_as_real(Ctx& cx, const Dyn& v, double& out) {
  if (!v.is_number()) return cx.Raisef("TypeError", "must be real number, not %s", DynTypeName(v));
  out = v.as_double();
  return true;
}
// math.floor/ceil/trunc of an int is that int (no trip through a double, which would round it).
inline bool dyn_rounding(Ctx& cx, const Dyn& v, bool (*of_float)(Ctx&, double, int64_t&), int64_t& out) {
  if (v.is_int()) {
    out = v.i;
    return true;
  }
  double x;
  if (!dyn_as_real(cx, v, x)) return false;
  return of_float(cx, x, out);
}
FXN_OP("math.floor", "(dynamic) -> int", "*")
inline bool dyn_math_floor(Ctx& cx, const Dyn& v, int64_t& out) { return dyn_rounding(cx, v, math_floor, out); }
FXN_OP("math.ceil", "(dynamic) -> int", "*")
inline bool dyn_math_ceil(Ctx& cx, const Dyn& v, int64_t& out) { return dyn_rounding(cx, v, math_ceil, out); }
FXN_OP("math.trunc", "(dynamic) -> int", "*")
inline bool dyn_math_trunc(Ctx& cx, const Dyn& v, int64_t& out) { return dyn_rounding(cx, v, math_trunc, out); }

// ---- sum(), round(), format() over dynamic values (the dynamic sum() of a float list meets them) ----
// sum(items[, start]): CPython adds left to right from the int 0 (same results as its int and
// float fast paths), with +'s TypeError for items that do not add.
FXN_OP("builtins.sum", "(list[dynamic], dynamic) -> dynamic", "*")
inline bool dyn_sum_start(Ctx& cx, const List<Dyn>& items, const Dyn& start, Dyn& out) {
  if (start.tag == Dyn::kStr) return cx.Raise("TypeError", "sum() can't sum strings [use ''.join(seq) instead]");
  Dyn acc = start;
  for (const auto& x : items.items()) {
    Dyn next;
    if (!dyn_add(cx, acc, x, next)) return false;
    acc = next;
  }
  out = acc;
  return true;
}
FXN_OP("builtins.sum", "(list[dynamic]) -> dynamic", "*")
inline bool dyn_sum(Ctx& cx, const List<Dyn>& items, Dyn& out) {
  return dyn_sum_start(cx, items, Dyn::Int(0), out);
}

// round(x) is an int for an int or a float; round(x, n) keeps x's type.
FXN_OP("builtins.round", "(dynamic) -> int", "*")
inline bool dyn_round(Ctx& cx, const Dyn& x, int64_t& out) {
  if (x.tag == Dyn::kFloat) return float_round(cx, x.f, out);
  if (x.is_int()) {
    out = x.i;
    return true;
  }
  return cx.Raisef("TypeError", "type %s doesn't define __round__ method", DynTypeName(x));
}
FXN_OP("builtins.round", "(dynamic, dynamic) -> dynamic", "*")
inline bool dyn_round_ndigits(Ctx& cx, const Dyn& x, const Dyn& ndigits, Dyn& out) {
  if (!x.is_number()) return cx.Raisef("TypeError", "type %s doesn't define __round__ method", DynTypeName(x));
  if (ndigits.tag == Dyn::kNone) {
    int64_t r = 0;
    if (!dyn_round(cx, x, r)) return false;
    out = Dyn::Int(r);
    return true;
  }
  if (!ndigits.is_int())
    return cx.Raisef("TypeError", "'%s' object cannot be interpreted as an integer", DynTypeName(ndigits));
  if (x.tag == Dyn::kFloat) {
    double r = 0;
    if (!float_round_ndigits(cx, x.f, ndigits.i, r)) return false;
    out = Dyn::Float(r);
    return true;
  }
  int64_t r = 0;
  if (!int_round_ndigits(cx, x.i, ndigits.i, r)) return false;
  out = Dyn::Int(r);
  return true;
}

// format(x, spec) (f"{x:spec}"): the spec as x's type reads it; object.__format__ for the others.
FXN_OP("builtins.format", "(dynamic, dynamic) -> str", "*")
inline bool dyn_format(Ctx& cx, const Dyn& x, const Dyn& spec, Str& out) {
  if (spec.tag != Dyn::kStr)
    return cx.Raisef("TypeError", "format() argument 2 must be str, not %s", DynTypeName(spec));
  switch (x.tag) {
    case Dyn::kBool: return format_value(cx, x.i != 0, spec.s, out);
    case Dyn::kInt: return format_value(cx, x.i, spec.s, out);
    case Dyn::kFloat: return format_value(cx, x.f, spec.s, out);
    case Dyn::kStr: return format_value(cx, x.s, spec.s, out);
    default:
      if (!spec.s.empty())
        return cx.Raisef("TypeError", "unsupported format string passed to %s.__format__", DynTypeName(x));
      out = str_of(x);
      return true;
  }
}
FXN_OP("builtins.format", "(dynamic) -> str", "*")
inline Str dyn_format_default(const Dyn& x) {
  return str_of(x);
}

}  // namespace fxn::ops
