// Text kernels of issue 14: printf-style '%' formatting (one kernel per converted value; the
// front end parses the format string at compile time, fxn_stdlib_text.py), ascii(), and the int
// methods and three-argument pow() that text and number code use.
#pragma once
#include <cstdint>
#include <string>

#include "fxn_op_annotate.hpp"
#include "fxn_runtime.hpp"
#include "ops_float.hpp"
#include "ops_int.hpp"
#include "ops_str.hpp"

namespace fxn::ops {

namespace percent {
// "No width/precision given" (a '*' may pass any int, negative ones included).
inline constexpr int64_t kNone = INT64_MIN;

inline bool Has(const Str& flags, char c) { return flags.utf8().find(c) != std::string_view::npos; }

// The conversion's format() spec: the translation is exact for CPython's unicode_format of ints
// without precision and of floats (flags '-' -> '<', '0' -> sign-aware zero fill).
inline std::string NumberSpec(const Str& flags, int64_t width, int64_t prec, char conv) {
  std::string spec;
  const bool left = Has(flags, '-');
  const bool zero = Has(flags, '0') && !left;
  if (left) spec += '<';
  else if (!zero) spec += '>';
  if (Has(flags, '+')) spec += '+';
  else if (Has(flags, ' ')) spec += ' ';
  if (Has(flags, '#')) spec += '#';
  if (zero) spec += '0';
  if (width != kNone) spec += std::to_string(width);
  if (prec != kNone) spec += "." + std::to_string(prec);
  spec += (conv == 'i' || conv == 'u') ? 'd' : conv;
  return spec;
}

// '*' values: a negative width means '-', a negative precision is 0 (unicode_format_arg_parse).
inline void Normalize(Str& flags, int64_t& width, int64_t& prec) {
  if (width != kNone && width < 0) {
    flags = Str::FromUtf8(std::string(flags.utf8()) + "-");
    width = width == INT64_MIN + 1 ? INT64_MAX : -width;
  }
  if (prec != kNone && prec < 0) prec = 0;
}

inline bool Pad(Ctx& cx, const Str& body, const Str& flags, int64_t width, Str& out) {
  const int64_t len = body.size();
  if (width == kNone || width <= len) {
    out = body;
    return true;
  }
  if (Has(flags, '-')) return strimpl::Pad(cx, body, 0, width - len, ' ', out);
  return strimpl::Pad(cx, body, width - len, 0, ' ', out);
}

inline bool IsIntConv(char c) { return c == 'd' || c == 'i' || c == 'u' || c == 'x' || c == 'X' || c == 'o'; }
inline bool IsFloatConv(char c) {
  return c == 'e' || c == 'E' || c == 'f' || c == 'F' || c == 'g' || c == 'G';
}

// An int with a precision: digits zero-padded to it, then prefix, sign and width
// (_PyUnicode_FormatLong + unicode_format_arg_output).
inline bool IntWithPrecision(Ctx& cx, int64_t v, const Str& flags, int64_t width, int64_t prec, char conv,
                             Str& out) {
  uint64_t mag = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  const int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
  const char* digits_of = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  std::string digits;
  do {
    digits.insert(digits.begin(), digits_of[mag % base]);
    mag /= base;
  } while (mag != 0);
  if (prec > 1000000) return cx.Raise("MemoryError", "");
  if (static_cast<int64_t>(digits.size()) < prec) digits.insert(0, static_cast<size_t>(prec) - digits.size(), '0');
  std::string head;
  if (v < 0) head += '-';
  else if (Has(flags, '+')) head += '+';
  else if (Has(flags, ' ')) head += ' ';
  if (Has(flags, '#') && base != 10) head += conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X";
  const int64_t len = static_cast<int64_t>(head.size() + digits.size());
  if (width != kNone && width > len && Has(flags, '0') && !Has(flags, '-')) {
    digits.insert(0, static_cast<size_t>(width - len), '0');
  }
  return Pad(cx, Str::FromUtf8(head + digits), flags, width, out);
}

inline bool Char(Ctx& cx, int64_t v, const Str& flags, int64_t width, Str& out) {
  if (v < 0 || v > 0x10FFFF) return cx.Raise("OverflowError", "%c arg not in range(0x110000)");
  return Pad(cx, Str::FromCodePoint(static_cast<uint32_t>(v)), flags, width, out);
}

inline bool BadType(Ctx& cx, char conv, const char* type_name) {
  std::string msg;
  if (conv == 'c') msg = "%c requires int or char";
  else if (IsFloatConv(conv)) msg = std::string("must be real number, not ") + type_name;
  else if (conv == 'd' || conv == 'i' || conv == 'u') msg = std::string("%") + conv + " format: a real number is required, not " + type_name;
  else msg = std::string("%") + conv + " format: an integer is required, not " + type_name;
  return cx.Raise("TypeError", msg.c_str());
}
}  // namespace percent

// One conversion of '%' formatting: flags ("-+ #0"), width and precision (kNone when absent),
// the conversion letter, the value (%s/%r/%a get the front end's str()/repr()/ascii() of it).
FXN_OP("fxn.percent_format", "(str, int, int, str, int) -> str", "*")
inline bool percent_format(Ctx& cx, Str flags, int64_t width, int64_t prec, const Str& conv, int64_t v, Str& out) {
  percent::Normalize(flags, width, prec);
  const char c = conv.utf8()[0];
  if (c == 'c') return percent::Char(cx, v, flags, width, out);
  if (percent::IsFloatConv(c)) {
    return format_value(cx, static_cast<double>(v), Str::FromUtf8(percent::NumberSpec(flags, width, prec, c)), out);
  }
  if (prec != percent::kNone) return percent::IntWithPrecision(cx, v, flags, width, prec, c, out);
  return format_value(cx, v, Str::FromUtf8(percent::NumberSpec(flags, width, prec, c)), out);
}
FXN_OP("fxn.percent_format", "(str, int, int, str, float) -> str", "*")
inline bool percent_format(Ctx& cx, Str flags, int64_t width, int64_t prec, const Str& conv, double v, Str& out) {
  const char c = conv.utf8()[0];
  if (c == 'd' || c == 'i' || c == 'u') {
    int64_t as_int;
    if (!int_from_float(cx, v, as_int)) return false;
    return percent_format(cx, flags, width, prec, conv, as_int, out);
  }
  if (!percent::IsFloatConv(c)) return percent::BadType(cx, c, "float");
  percent::Normalize(flags, width, prec);
  return format_value(cx, v, Str::FromUtf8(percent::NumberSpec(flags, width, prec, c)), out);
}
FXN_OP("fxn.percent_format", "(str, int, int, str, str) -> str", "*")
inline bool percent_format(Ctx& cx, Str flags, int64_t width, int64_t prec, const Str& conv, const Str& v, Str& out) {
  const char c = conv.utf8()[0];
  if (c == 'c') {
    if (v.size() != 1) return percent::BadType(cx, c, "str");
    percent::Normalize(flags, width, prec);
    return percent::Pad(cx, v, flags, width, out);
  }
  if (c != 's' && c != 'r' && c != 'a') return percent::BadType(cx, c, "str");
  percent::Normalize(flags, width, prec);
  Str body = v;
  if (prec != percent::kNone && prec < v.size()) body = v.SubstrBytes(0, strimpl::ByteOf(v, prec), prec);
  return percent::Pad(cx, body, flags, width, out);
}

// ascii(x) = repr(x) with every non-ASCII code point escaped (\xhh, \uhhhh, \Uhhhhhhhh); the
// front end passes repr(x).
FXN_OP("fxn.ascii_escape", "(str) -> str", "*")
inline Str ascii_escape(const Str& repr) {
  if (repr.size() == static_cast<int64_t>(repr.nbytes())) return repr;
  std::string out;
  char buf[16];
  for (uint32_t cp : strimpl::Decode(repr)) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else {
      if (cp <= 0xFF) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      else if (cp <= 0xFFFF) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
      out += buf;
    }
  }
  return Str::FromUtf8(out);
}

// int.bit_length(), int.bit_count().
FXN_OP("int.bit_length", "(int) -> int", "*")
inline int64_t int_bit_length(int64_t v) {
  uint64_t mag = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  int64_t n = 0;
  while (mag != 0) {
    ++n;
    mag >>= 1;
  }
  return n;
}
FXN_OP("int.bit_count", "(int) -> int", "*")
inline int64_t int_bit_count(int64_t v) {
  uint64_t mag = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  int64_t n = 0;
  for (; mag != 0; mag &= mag - 1) ++n;
  return n;
}

// pow(base, exp, mod) on 64-bit ints: products reduced by shift-and-add (no 128-bit type on
// every target); a negative exponent takes the modular inverse (Python 3.8+).
namespace powmod {
inline uint64_t AddMod(uint64_t a, uint64_t b, uint64_t m) { return a >= m - b ? a - (m - b) : a + b; }
inline uint64_t MulMod(uint64_t a, uint64_t b, uint64_t m) {
  uint64_t r = 0;
  a %= m;
  while (b != 0) {
    if (b & 1) r = AddMod(r, a, m);
    a = AddMod(a, a, m);
    b >>= 1;
  }
  return r;
}
// The inverse of a modulo m (0 <= a < m), or false when gcd(a, m) != 1.
inline bool Inverse(uint64_t a, uint64_t m, uint64_t& inv) {
  // Extended Euclid on (a, m) keeping the coefficients of a reduced modulo m.
  uint64_t r0 = m, r1 = a, t0 = 0, t1 = 1;
  while (r1 != 0) {
    uint64_t q = r0 / r1;
    uint64_t r2 = r0 - q * r1;
    uint64_t t2 = (t0 + m - MulMod(q, t1, m)) % m;
    r0 = r1;
    r1 = r2;
    t0 = t1;
    t1 = t2;
  }
  if (r0 != 1) return false;
  inv = t0 % m;
  return true;
}
}  // namespace powmod

FXN_OP("builtins.pow", "(int, int, int) -> int", "*")
inline bool int_pow_mod(Ctx& cx, int64_t base, int64_t exp, int64_t mod, int64_t& out) {
  if (FXN_UNLIKELY(mod == 0)) return cx.Raise("ValueError", "pow() 3rd argument cannot be 0");
  const bool negative_mod = mod < 0;
  const uint64_t m = negative_mod ? 0 - static_cast<uint64_t>(mod) : static_cast<uint64_t>(mod);
  // base mod m in [0, m).
  uint64_t b = base < 0 ? (m - (0 - static_cast<uint64_t>(base)) % m) % m : static_cast<uint64_t>(base) % m;
  uint64_t e = exp < 0 ? 0 - static_cast<uint64_t>(exp) : static_cast<uint64_t>(exp);
  if (exp < 0) {
    uint64_t inv;
    if (m == 1) {
      inv = 0;
    } else if (!powmod::Inverse(b, m, inv)) {
      return cx.Raise("ValueError", "base is not invertible for the given modulus");
    }
    b = inv;
  }
  uint64_t r = m == 1 ? 0 : 1;
  while (e != 0) {
    if (e & 1) r = powmod::MulMod(r, b, m);
    b = powmod::MulMod(b, b, m);
    e >>= 1;
  }
  if (negative_mod && r != 0) {
    out = static_cast<int64_t>(r - m);  // in (mod, 0)
  } else {
    out = static_cast<int64_t>(r);
  }
  return true;
}

}  // namespace fxn::ops

namespace fxn::ops {

// str.expandtabs(tabsize=8): columns count code points; '\n' and '\r' start a new line.
FXN_OP("str.expandtabs", "(str, int) -> str", "*")
inline bool str_expandtabs(Ctx& cx, const Str& s, int64_t tabsize, Str& out) {
  // CPython takes tabsize as a C int, whether or not the string holds a tab.
  if (tabsize < INT32_MIN || tabsize > INT32_MAX) return cx.Raise("OverflowError", "Python int too large to convert to C int");
  std::string_view in = s.utf8();
  if (in.find('\t') == std::string_view::npos) {
    out = s;
    return true;
  }
  std::string result;
  int64_t column = 0;
  for (size_t i = 0; i < in.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(in[i]);
    if (c == '\t') {
      if (tabsize > 0) {
        const int64_t spaces = tabsize - column % tabsize;
        if (result.size() + static_cast<uint64_t>(spaces) > (uint64_t{1} << 31))
          return cx.Raise("OverflowError", "new string is too long");
        result.append(static_cast<size_t>(spaces), ' ');
        column += spaces;
      }
      continue;
    }
    result += static_cast<char>(c);
    if (c == '\n' || c == '\r') column = 0;
    else if ((c & 0xC0) != 0x80) ++column;  // a code point's first byte
  }
  out = Str::FromUtf8(result);
  return true;
}
FXN_OP("str.expandtabs", "(str) -> str", "*")
inline bool str_expandtabs(Ctx& cx, const Str& s, Str& out) { return str_expandtabs(cx, s, 8, out); }

}  // namespace fxn::ops
