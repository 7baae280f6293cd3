// The value model of fxn.h: construction, access, and the JSON text form. Compiled into every
// artifact by the target's toolchain and into the host tools, so both sides print and parse
// values with the same code.
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "fxn.h"
#include "float_repr.h"

struct fxn_value {
  fxn_kind kind = FXN_NONE;
  bool b = false;
  // An int: `i` when it fits int64_t (mag empty); otherwise sign (`neg`) and magnitude in base
  // 2**32, little-endian, no leading zero digit, with i = 0. Never big when it fits int64_t.
  int64_t i = 0;
  bool neg = false;
  std::vector<uint32_t> mag;
  double f = 0.0;
  std::string s;
  std::vector<std::unique_ptr<fxn_value>> items;  // list/tuple items; dict values
  std::vector<std::unique_ptr<fxn_value>> keys;   // dict keys
  fxn_dtype dtype = FXN_DT_BOOL;                   // tensor
  std::vector<int64_t> shape;                      // tensor
  std::string data;                                // tensor items, C order, native byte order
};

namespace fxn::rt {

std::string FloatRepr(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  if (x == 0) return std::signbit(x) ? "-0.0" : "0.0";
  char buf[64];
  // Shortest round-trip digits in scientific form: [-]d[.ddd]e[+-]XX
  auto res = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
  std::string sci(buf, res.ptr);
  bool neg = sci[0] == '-';
  if (neg) sci.erase(0, 1);
  size_t e = sci.find('e');
  std::string mant = sci.substr(0, e);
  int exp10 = std::atoi(sci.c_str() + e + 1);
  std::string digits;
  for (char c : mant)
    if (c != '.') digits += c;
  int decpt = exp10 + 1;  // value = 0.DIGITS * 10^decpt
  std::string out = neg ? "-" : "";
  int nd = static_cast<int>(digits.size());
  if (decpt <= -4 || decpt > 16) {
    out += digits[0];
    if (nd > 1) {
      out += '.';
      out += digits.substr(1);
    }
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", exp10 < 0 ? '-' : '+', std::abs(exp10));
    out += eb;
  } else if (decpt <= 0) {
    out += "0.";
    out.append(static_cast<size_t>(-decpt), '0');
    out += digits;
  } else if (decpt >= nd) {
    out += digits;
    out.append(static_cast<size_t>(decpt - nd), '0');
    out += ".0";
  } else {
    out += digits.substr(0, static_cast<size_t>(decpt));
    out += '.';
    out += digits.substr(static_cast<size_t>(decpt));
  }
  return out;
}

// ---- big ints: decimal <-> base 2**32 (exact; the JSON text form of ints past 64 bits) ----
namespace {

// The most decimal digits fxn_value_from_json reads in one int, and in all the ints past 64 bits
// of one document. Conversion is quadratic, as CPython's is (hence its 4300-digit limit on
// int(str)); JSON is no int() call and has no such limit, but a hostile document (a push's
// samples may be 16 MiB) must not buy seconds of CPU: a 100,000-digit int (about 332,000 bits)
// parses in about 0.07 s and prints in about 0.3 s on x86-64 (300,000 digits: 0.5 s and 2.4 s),
// so one document's big ints cost at most about 0.7 s to read.
constexpr size_t kMaxJsonIntDigits = 100000;
constexpr size_t kMaxJsonBigIntDigitsPerDocument = 1000000;

// Whether sign and magnitude fit int64_t; if so, the value in *out.
bool MagToInt64(bool neg, const std::vector<uint32_t>& mag, int64_t* out) {
  if (mag.size() > 2) return false;
  uint64_t m = 0;
  for (size_t k = mag.size(); k-- > 0;) m = (m << 32) | mag[k];
  if (!neg && m <= static_cast<uint64_t>(INT64_MAX)) {
    *out = static_cast<int64_t>(m);
    return true;
  }
  if (neg && m <= uint64_t{1} << 63) {
    *out = m == uint64_t{1} << 63 ? INT64_MIN : -static_cast<int64_t>(m);
    return true;
  }
  return false;
}

// Magnitude of the decimal digits [p, end) (only '0'-'9'), base 10**9 at a time.
std::vector<uint32_t> DecimalToMag(const char* p, const char* end) {
  std::vector<uint32_t> mag;
  size_t n = static_cast<size_t>(end - p);
  mag.reserve(n / 9 + 2);
  size_t first = n % 9 ? n % 9 : 9;
  while (p < end) {
    uint32_t chunk = 0, scale = 1;
    for (size_t k = 0; k < first; ++k, ++p) {
      chunk = chunk * 10 + static_cast<uint32_t>(*p - '0');
      scale *= 10;
    }
    first = 9;
    uint64_t carry = chunk;
    for (auto& d : mag) {
      carry += uint64_t{d} * scale;
      d = static_cast<uint32_t>(carry);
      carry >>= 32;
    }
    if (carry) mag.push_back(static_cast<uint32_t>(carry));
  }
  while (!mag.empty() && mag.back() == 0) mag.pop_back();
  return mag;
}

// Decimal digits of a magnitude (no sign), base 10**9 at a time.
std::string MagToDecimal(std::vector<uint32_t> mag) {
  std::vector<uint32_t> chunks;  // base 10**9, little-endian
  while (!mag.empty()) {
    uint64_t rem = 0;
    for (size_t k = mag.size(); k-- > 0;) {
      uint64_t cur = (rem << 32) | mag[k];
      mag[k] = static_cast<uint32_t>(cur / 1000000000u);
      rem = cur % 1000000000u;
    }
    chunks.push_back(static_cast<uint32_t>(rem));
    while (!mag.empty() && mag.back() == 0) mag.pop_back();
  }
  if (chunks.empty()) return "0";
  std::string out = std::to_string(chunks.back());
  for (size_t k = chunks.size() - 1; k-- > 0;) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%09u", static_cast<unsigned>(chunks[k]));
    out += buf;
  }
  return out;
}

std::string IntDecimal(const fxn_value* v) {
  if (v->mag.empty()) return std::to_string(v->i);
  return (v->neg ? "-" : "") + MagToDecimal(v->mag);
}

// A big int's value as a double, correctly rounded (inf past DBL_MAX).
double MagToDouble(bool neg, const std::vector<uint32_t>& mag) {
  // The top 64 bits, with a sticky bit for anything below: 64 > 53 + 2 bits, so rounding the
  // 64-bit word to double rounds the whole value correctly.
  size_t n = mag.size();
  int top = 32 - __builtin_clz(mag[n - 1]);
  uint64_t bits = 0;
  uint64_t shift_total = (n - 1) * 32 + static_cast<uint64_t>(top);  // bit length
  if (shift_total > 1100) return neg ? -HUGE_VAL : HUGE_VAL;  // past DBL_MAX (and any int exponent)
  // Collect the 64 most significant bits.
  uint64_t want = 64;
  bool sticky = false;
  for (size_t k = n; k-- > 0;) {
    int width = k == n - 1 ? top : 32;
    uint32_t d = mag[k] & (width == 32 ? 0xFFFFFFFFu : ((1u << width) - 1));
    if (want >= static_cast<uint64_t>(width)) {
      bits = (bits << width) | d;
      want -= static_cast<uint64_t>(width);
    } else if (want > 0) {
      int keep = static_cast<int>(want);
      bits = (bits << keep) | (d >> (width - keep));
      sticky = sticky || (d & ((1u << (width - keep)) - 1)) != 0;
      want = 0;
    } else {
      sticky = sticky || d != 0;
    }
  }
  // bits holds the top min(64, bitlength) bits; the value is bits * 2**(bitlength - used).
  uint64_t used = 64 - want;
  if (sticky) bits |= 1;
  double x = std::ldexp(static_cast<double>(bits), static_cast<int>(shift_total - used));
  return neg ? -x : x;
}

}  // namespace

namespace {

class JsonParser {
 public:
  JsonParser(const char* p, size_t n) : p_(p), end_(p + n) {}

  std::unique_ptr<fxn_value> ParseDocument() {
    auto v = ParseValue(0);
    if (!v) return nullptr;
    SkipSpace();
    if (p_ != end_) return Fail("unexpected text after the value");
    if (!Finish(*v)) return nullptr;
    return v;
  }
  const std::string& error() const { return error_; }

 private:
  std::nullptr_t Fail(const std::string& why) {
    if (error_.empty()) error_ = why + " at offset " + std::to_string(offset());
    return nullptr;
  }
  size_t offset() const { return static_cast<size_t>(p_ - start_); }
  void SkipSpace() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\t' || *p_ == '\r')) ++p_;
  }
  bool Literal(const char* word) {
    size_t n = std::strlen(word);
    if (static_cast<size_t>(end_ - p_) >= n && std::memcmp(p_, word, n) == 0) {
      p_ += n;
      return true;
    }
    return false;
  }

  std::unique_ptr<fxn_value> ParseValue(int depth) {
    if (depth > 512) return Fail("nesting too deep");
    SkipSpace();
    if (p_ == end_) return Fail("unexpected end of input");
    auto v = std::make_unique<fxn_value>();
    char c = *p_;
    if (c == '[' || c == '{') {
      bool is_dict = c == '{';
      v->kind = is_dict ? FXN_DICT : FXN_LIST;
      ++p_;
      SkipSpace();
      if (p_ < end_ && *p_ == (is_dict ? '}' : ']')) {
        ++p_;
        return v;
      }
      while (true) {
        if (is_dict) {
          SkipSpace();
          if (p_ == end_ || *p_ != '"') return Fail("expected a string key");
          auto key = ParseValue(depth + 1);
          if (!key) return nullptr;
          SkipSpace();
          if (p_ == end_ || *p_ != ':') return Fail("expected ':'");
          ++p_;
          auto item = ParseValue(depth + 1);
          if (!item) return nullptr;
          v->keys.push_back(std::move(key));
          v->items.push_back(std::move(item));
        } else {
          auto item = ParseValue(depth + 1);
          if (!item) return nullptr;
          v->items.push_back(std::move(item));
        }
        SkipSpace();
        if (p_ == end_) return Fail("unexpected end of input");
        if (*p_ == ',') {
          ++p_;
          continue;
        }
        if (*p_ == (is_dict ? '}' : ']')) {
          ++p_;
          return v;
        }
        return Fail(is_dict ? "expected ',' or '}'" : "expected ',' or ']'");
      }
    }
    if (c == '"') return ParseString(std::move(v));
    if (Literal("null")) return v;
    if (Literal("true") || Literal("false")) {
      v->kind = FXN_BOOL;
      v->b = p_[-1] == 'e' && p_[-2] == 'u';
      return v;
    }
    if (Literal("NaN")) {
      v->kind = FXN_FLOAT;
      v->f = std::nan("");
      return v;
    }
    if (Literal("Infinity")) {
      v->kind = FXN_FLOAT;
      v->f = HUGE_VAL;
      return v;
    }
    if (Literal("-Infinity")) {
      v->kind = FXN_FLOAT;
      v->f = -HUGE_VAL;
      return v;
    }
    return ParseNumber(std::move(v));
  }

  std::unique_ptr<fxn_value> ParseNumber(std::unique_ptr<fxn_value> v) {
    const char* begin = p_;
    if (p_ < end_ && *p_ == '-') ++p_;
    bool is_float = false;
    bool any_digit = false;
    while (p_ < end_) {
      char c = *p_;
      if (c >= '0' && c <= '9') {
        any_digit = true;
      } else if (c == '.' || c == 'e' || c == 'E' || ((c == '+' || c == '-') && (p_[-1] == 'e' || p_[-1] == 'E'))) {
        is_float = true;
      } else {
        break;
      }
      ++p_;
    }
    if (!any_digit) {
      p_ = begin;
      return Fail("unexpected character");
    }
    if (is_float) {
      // strtod, not from_chars: every target's C library has it correctly rounded (libc++ for
      // wasm32 has no floating from_chars). fxn never changes the C locale.
      v->kind = FXN_FLOAT;
      std::string text(begin, p_);
      char* end = nullptr;
      v->f = std::strtod(text.c_str(), &end);
      if (end != text.c_str() + text.size()) {
        p_ = begin;
        return Fail("malformed number");
      }
    } else {
      v->kind = FXN_INT;
      auto r = std::from_chars(begin, p_, v->i);
      if (r.ec == std::errc::result_out_of_range && r.ptr == p_) {
        // Past 64 bits: sign and base-2**32 digits (the scan above took only digits here).
        const char* digits = *begin == '-' ? begin + 1 : begin;
        size_t count = static_cast<size_t>(p_ - digits);
        if (count > kMaxJsonIntDigits) {
          p_ = begin;
          return Fail("integer too long: " + std::to_string(count) + " digits, fxn reads at most " +
                      std::to_string(kMaxJsonIntDigits));
        }
        big_digits_ += count;
        if (big_digits_ > kMaxJsonBigIntDigitsPerDocument) {
          p_ = begin;
          return Fail("too many digits in ints past 64 bits: fxn reads at most " +
                      std::to_string(kMaxJsonBigIntDigitsPerDocument) + " in one document");
        }
        v->i = 0;
        v->neg = *begin == '-';
        v->mag = DecimalToMag(digits, p_);
        return v;
      }
      if (r.ec != std::errc() || r.ptr != p_) {
        p_ = begin;
        return Fail("malformed number");
      }
    }
    return v;
  }

  static void AppendUtf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  bool Hex4(uint32_t& out) {
    if (end_ - p_ < 4) return false;
    out = 0;
    for (int k = 0; k < 4; ++k) {
      char c = *p_++;
      out <<= 4;
      if (c >= '0' && c <= '9') out |= static_cast<uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f') out |= static_cast<uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') out |= static_cast<uint32_t>(c - 'A' + 10);
      else return false;
    }
    return true;
  }

  std::unique_ptr<fxn_value> ParseString(std::unique_ptr<fxn_value> v) {
    v->kind = FXN_STR;
    ++p_;
    while (true) {
      if (p_ == end_) return Fail("unterminated string");
      char c = *p_++;
      if (c == '"') return v;
      if (static_cast<unsigned char>(c) < 0x20) return Fail("control character in string");
      if (c != '\\') {
        v->s += c;
        continue;
      }
      if (p_ == end_) return Fail("unterminated string");
      char e = *p_++;
      switch (e) {
        case '"': v->s += '"'; break;
        case '\\': v->s += '\\'; break;
        case '/': v->s += '/'; break;
        case 'b': v->s += '\b'; break;
        case 'f': v->s += '\f'; break;
        case 'n': v->s += '\n'; break;
        case 'r': v->s += '\r'; break;
        case 't': v->s += '\t'; break;
        case 'u': {
          uint32_t cp;
          if (!Hex4(cp)) return Fail("bad \\u escape");
          if (cp >= 0xD800 && cp < 0xDC00 && end_ - p_ >= 6 && p_[0] == '\\' && p_[1] == 'u') {
            const char* save = p_;
            p_ += 2;
            uint32_t lo;
            if (Hex4(lo) && lo >= 0xDC00 && lo < 0xE000) {
              cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            } else {
              p_ = save;
            }
          }
          AppendUtf8(v->s, cp);
          break;
        }
        default: return Fail("bad escape");
      }
    }
  }

  // Turns {"tensor": {...}} dicts into tensors.
  bool Finish(fxn_value& v) {
    if (v.kind == FXN_DICT && v.keys.size() == 1 && v.keys[0]->kind == FXN_STR && v.keys[0]->s == "tensor") {
      return MakeTensor(v);
    }
    for (auto& item : v.items)
      if (!Finish(*item)) return false;
    return true;
  }

  bool TensorError(const std::string& why) {
    error_ = "tensor: " + why;
    return false;
  }

  bool MakeTensor(fxn_value& v) {
    const fxn_value* spec = v.items[0].get();
    const fxn_value *dtype = nullptr, *shape = nullptr, *data = nullptr;
    if (spec->kind == FXN_DICT)
      for (size_t k = 0; k < spec->keys.size(); ++k) {
        const std::string& key = spec->keys[k]->s;
        const fxn_value* item = spec->items[k].get();
        if (key == "dtype") dtype = item;
        else if (key == "shape") shape = item;
        else if (key == "data") data = item;
        else return TensorError("unknown field '" + key + "' (expected dtype, shape, data)");
      }
    if (!dtype || !shape || !data) return TensorError("needs the fields dtype, shape and data");
    if (dtype->kind != FXN_STR) return TensorError("dtype must be a string such as \"float32\"");
    int code = -1;
    for (int d = FXN_DT_BOOL; d <= FXN_DT_FLOAT64; ++d)
      if (dtype->s == fxn_dtype_name(static_cast<fxn_dtype>(d))) code = d;
    if (code < 0) return TensorError("unsupported dtype '" + dtype->s + "'");
    if (shape->kind != FXN_LIST || shape->items.size() > FXN_MAX_DIMS)
      return TensorError("shape must be a list of at most 32 extents");
    std::vector<int64_t> extents;
    uint64_t count = 1;
    for (const auto& e : shape->items) {
      if (e->kind != FXN_INT || !e->mag.empty() || e->i < 0) return TensorError("shape extents must be ints >= 0");
      extents.push_back(e->i);
      if (e->i != 0 && count > (uint64_t{1} << 40) / static_cast<uint64_t>(e->i)) return TensorError("too many items");
      count *= static_cast<uint64_t>(e->i);
    }
    if (data->kind != FXN_LIST) return TensorError("data must be a flat list of the items in C order");
    if (data->items.size() != count)
      return TensorError("data has " + std::to_string(data->items.size()) + " items; the shape needs " +
                         std::to_string(count));
    auto dt = static_cast<fxn_dtype>(code);
    fxn_value out;
    out.kind = FXN_TENSOR;
    out.dtype = dt;
    out.shape = extents;
    out.data.resize(count * fxn_dtype_size(dt));
    for (size_t k = 0; k < count; ++k) {
      const fxn_value* item = data->items[k].get();
      char* slot = out.data.data() + k * fxn_dtype_size(dt);
      if (!StoreItem(dt, *item, slot)) return false;
    }
    v.keys.clear();
    v.items.clear();
    v.kind = FXN_TENSOR;
    v.dtype = out.dtype;
    v.shape = std::move(out.shape);
    v.data = std::move(out.data);
    return true;
  }

  template <class T>
  static void Put(char* slot, T x) { std::memcpy(slot, &x, sizeof x); }

  bool StoreItem(fxn_dtype dt, const fxn_value& item, char* slot) {
    if (dt == FXN_DT_BOOL) {
      if (item.kind != FXN_BOOL) return TensorError("bool data must be true or false");
      Put<uint8_t>(slot, item.b ? 1 : 0);
      return true;
    }
    if (dt == FXN_DT_FLOAT32 || dt == FXN_DT_FLOAT64) {
      double x;
      if (item.kind == FXN_FLOAT) x = item.f;
      else if (item.kind == FXN_INT) x = item.mag.empty() ? static_cast<double>(item.i) : MagToDouble(item.neg, item.mag);
      else return TensorError("float data must be numbers");
      if (std::isinf(x) && item.kind == FXN_INT)  // NumPy: OverflowError: int too large to convert to float
        return TensorError(std::string(fxn_dtype_name(dt)) + " data out of range: " + IntDecimal(&item));
      if (dt == FXN_DT_FLOAT32 && std::isinf(static_cast<float>(x)) && item.kind == FXN_INT)
        return TensorError("float32 data out of range: " + IntDecimal(&item));
      if (dt == FXN_DT_FLOAT32) Put(slot, static_cast<float>(x));
      else Put(slot, x);
      return true;
    }
    if (item.kind != FXN_INT) return TensorError(std::string(fxn_dtype_name(dt)) + " data must be ints");
    if (dt == FXN_DT_UINT64) {  // [0, 2**64): a small int >= 0, or a big one of two digits
      if (item.mag.empty() ? item.i < 0 : item.neg || item.mag.size() > 2)
        return TensorError("uint64 data out of range: " + IntDecimal(&item));
      uint64_t u = item.mag.empty() ? static_cast<uint64_t>(item.i) : (uint64_t{item.mag[1]} << 32) | item.mag[0];
      Put(slot, u);
      return true;
    }
    if (!item.mag.empty()) return TensorError(std::string(fxn_dtype_name(dt)) + " data out of range: " + IntDecimal(&item));
    int64_t x = item.i;
    auto fits = [&](int64_t lo, int64_t hi) { return x >= lo && x <= hi; };
    bool ok = true;
    switch (dt) {
      case FXN_DT_INT8: ok = fits(INT8_MIN, INT8_MAX); Put(slot, static_cast<int8_t>(x)); break;
      case FXN_DT_INT16: ok = fits(INT16_MIN, INT16_MAX); Put(slot, static_cast<int16_t>(x)); break;
      case FXN_DT_INT32: ok = fits(INT32_MIN, INT32_MAX); Put(slot, static_cast<int32_t>(x)); break;
      case FXN_DT_INT64: Put(slot, x); break;
      case FXN_DT_UINT8: ok = fits(0, UINT8_MAX); Put(slot, static_cast<uint8_t>(x)); break;
      case FXN_DT_UINT16: ok = fits(0, UINT16_MAX); Put(slot, static_cast<uint16_t>(x)); break;
      case FXN_DT_UINT32: ok = fits(0, UINT32_MAX); Put(slot, static_cast<uint32_t>(x)); break;
      default: ok = false;
    }
    if (!ok) return TensorError(std::string(fxn_dtype_name(dt)) + " data out of range: " + std::to_string(x));
    return true;
  }

  const char* p_;
  const char* end_;
  const char* start_ = p_;
  size_t big_digits_ = 0;  // digits of the ints past 64 bits read so far
  std::string error_;
};

void AppendJsonString(std::string& out, const std::string& s) {
  // Python's json.dumps with ensure_ascii=True: non-ASCII as \uXXXX (surrogate pairs above BMP).
  out += '"';
  for (size_t k = 0; k < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[k]);
    uint32_t cp = c;
    size_t n = 1;
    if (c >= 0xF0 && k + 3 < s.size() + 0) {
      cp = ((c & 0x07u) << 18) | ((s[k + 1] & 0x3Fu) << 12) | ((s[k + 2] & 0x3Fu) << 6) | (s[k + 3] & 0x3Fu);
      n = 4;
    } else if (c >= 0xE0 && k + 2 < s.size()) {
      cp = ((c & 0x0Fu) << 12) | ((s[k + 1] & 0x3Fu) << 6) | (s[k + 2] & 0x3Fu);
      n = 3;
    } else if (c >= 0xC0 && k + 1 < s.size()) {
      cp = ((c & 0x1Fu) << 6) | (s[k + 1] & 0x3Fu);
      n = 2;
    }
    k += n;
    char buf[16];
    switch (cp) {
      case '"': out += "\\\""; continue;
      case '\\': out += "\\\\"; continue;
      case '\n': out += "\\n"; continue;
      case '\r': out += "\\r"; continue;
      case '\t': out += "\\t"; continue;
      case '\b': out += "\\b"; continue;
      case '\f': out += "\\f"; continue;
      default: break;
    }
    if (cp < 0x20 || (cp >= 0x7F && cp < 0x10000)) {
      if (cp == 0x7F) {
        out += static_cast<char>(cp);
        continue;
      }
      std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      out += buf;
    } else if (cp >= 0x10000) {
      uint32_t v = cp - 0x10000;
      std::snprintf(buf, sizeof buf, "\\u%04x\\u%04x", 0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF));
      out += buf;
    } else {
      out += static_cast<char>(cp);
    }
  }
  out += '"';
}

void AppendFloatJson(std::string& out, double f) {
  if (std::isnan(f)) out += "NaN";
  else if (std::isinf(f)) out += f > 0 ? "Infinity" : "-Infinity";
  else out += FloatRepr(f);
}

template <class T>
T Get(const char* p) {
  T x;
  std::memcpy(&x, p, sizeof x);
  return x;
}

// As json.dumps({"tensor": {"dtype": ..., "shape": [...], "data": a.ravel().tolist()}}).
void AppendTensorJson(std::string& out, const fxn_value* v) {
  out += "{\"tensor\": {\"dtype\": \"";
  out += fxn_dtype_name(v->dtype);
  out += "\", \"shape\": [";
  for (size_t k = 0; k < v->shape.size(); ++k) {
    if (k) out += ", ";
    out += std::to_string(v->shape[k]);
  }
  out += "], \"data\": [";
  size_t size = fxn_dtype_size(v->dtype);
  size_t count = size ? v->data.size() / size : 0;
  for (size_t k = 0; k < count; ++k) {
    if (k) out += ", ";
    const char* p = v->data.data() + k * size;
    switch (v->dtype) {
      case FXN_DT_BOOL: out += p[0] ? "true" : "false"; break;
      case FXN_DT_INT8: out += std::to_string(Get<int8_t>(p)); break;
      case FXN_DT_INT16: out += std::to_string(Get<int16_t>(p)); break;
      case FXN_DT_INT32: out += std::to_string(Get<int32_t>(p)); break;
      case FXN_DT_INT64: out += std::to_string(Get<int64_t>(p)); break;
      case FXN_DT_UINT8: out += std::to_string(Get<uint8_t>(p)); break;
      case FXN_DT_UINT16: out += std::to_string(Get<uint16_t>(p)); break;
      case FXN_DT_UINT32: out += std::to_string(Get<uint32_t>(p)); break;
      case FXN_DT_UINT64: out += std::to_string(Get<uint64_t>(p)); break;
      case FXN_DT_FLOAT32: AppendFloatJson(out, Get<float>(p)); break;
      case FXN_DT_FLOAT64: AppendFloatJson(out, Get<double>(p)); break;
    }
  }
  out += "]}}";
}

void AppendJson(std::string& out, const fxn_value* v) {
  switch (v->kind) {
    case FXN_TENSOR: AppendTensorJson(out, v); return;
    case FXN_NONE: out += "null"; return;
    case FXN_BOOL: out += v->b ? "true" : "false"; return;
    case FXN_INT: out += IntDecimal(v); return;
    case FXN_FLOAT: AppendFloatJson(out, v->f); return;
    case FXN_STR: AppendJsonString(out, v->s); return;
    case FXN_LIST:
    case FXN_TUPLE:
      out += '[';
      for (size_t k = 0; k < v->items.size(); ++k) {
        if (k) out += ", ";
        AppendJson(out, v->items[k].get());
      }
      out += ']';
      return;
    case FXN_DICT:
      out += '{';
      for (size_t k = 0; k < v->items.size(); ++k) {
        if (k) out += ", ";
        const fxn_value* key = v->keys[k].get();
        // json.dumps turns non-str keys into strings; do the same for the scalar kinds.
        if (key->kind == FXN_STR) {
          AppendJsonString(out, key->s);
        } else {
          std::string text;
          AppendJson(text, key);
          AppendJsonString(out, text);
        }
        out += ": ";
        AppendJson(out, v->items[k].get());
      }
      out += '}';
      return;
  }
}

fxn_value* New(fxn_kind kind) {
  auto* v = new fxn_value;
  v->kind = kind;
  return v;
}

char* CopyString(const std::string& s) {
  char* out = static_cast<char*>(std::malloc(s.size() + 1));
  std::memcpy(out, s.data(), s.size());
  out[s.size()] = 0;
  return out;
}

}  // namespace
}  // namespace fxn::rt

using fxn::rt::New;

extern "C" {

fxn_value* fxn_none(void) { return New(FXN_NONE); }
fxn_value* fxn_bool(bool b) {
  auto* v = New(FXN_BOOL);
  v->b = b;
  return v;
}
fxn_value* fxn_int(int64_t i) {
  auto* v = New(FXN_INT);
  v->i = i;
  return v;
}
fxn_value* fxn_int_from_digits(bool negative, const uint32_t* digits, size_t n) {
  auto* v = New(FXN_INT);
  if (!digits) n = 0;
  while (n > 0 && digits[n - 1] == 0) --n;
  v->mag.assign(digits, digits + n);
  if (fxn::rt::MagToInt64(negative, v->mag, &v->i)) {
    v->mag.clear();
  } else {
    v->i = 0;
    v->neg = negative;
  }
  return v;
}
fxn_value* fxn_float(double f) {
  auto* v = New(FXN_FLOAT);
  v->f = f;
  return v;
}
fxn_value* fxn_str(const char* utf8, size_t len) {
  auto* v = New(FXN_STR);
  v->s.assign(utf8, len);
  return v;
}
fxn_value* fxn_tensor(fxn_dtype dtype, size_t ndim, const int64_t* shape, const void* data) {
  size_t size = fxn_dtype_size(dtype);
  if (size == 0 || ndim > FXN_MAX_DIMS || (ndim && !shape)) return nullptr;
  uint64_t count = 1;
  for (size_t k = 0; k < ndim; ++k) {
    if (shape[k] < 0) return nullptr;
    count *= static_cast<uint64_t>(shape[k]);
  }
  auto* v = New(FXN_TENSOR);
  v->dtype = dtype;
  v->shape.assign(shape, shape + ndim);
  if (data) v->data.assign(static_cast<const char*>(data), count * size);
  else v->data.assign(count * size, '\0');
  return v;
}
fxn_dtype fxn_tensor_dtype(const fxn_value* v) { return v && v->kind == FXN_TENSOR ? v->dtype : FXN_DT_BOOL; }
size_t fxn_tensor_ndim(const fxn_value* v) { return v && v->kind == FXN_TENSOR ? v->shape.size() : 0; }
const int64_t* fxn_tensor_shape(const fxn_value* v) {
  return v && v->kind == FXN_TENSOR ? v->shape.data() : nullptr;
}
const void* fxn_tensor_data(const fxn_value* v) { return v && v->kind == FXN_TENSOR ? v->data.data() : nullptr; }
void* fxn_tensor_mutable_data(fxn_value* v) { return v && v->kind == FXN_TENSOR ? v->data.data() : nullptr; }
size_t fxn_dtype_size(fxn_dtype dtype) {
  switch (dtype) {
    case FXN_DT_BOOL: case FXN_DT_INT8: case FXN_DT_UINT8: return 1;
    case FXN_DT_INT16: case FXN_DT_UINT16: return 2;
    case FXN_DT_INT32: case FXN_DT_UINT32: case FXN_DT_FLOAT32: return 4;
    case FXN_DT_INT64: case FXN_DT_UINT64: case FXN_DT_FLOAT64: return 8;
  }
  return 0;
}
const char* fxn_dtype_name(fxn_dtype dtype) {
  static const char* const kNames[] = {"bool", "int8", "int16", "int32", "int64", "uint8",
                                       "uint16", "uint32", "uint64", "float32", "float64"};
  int d = static_cast<int>(dtype);
  return d >= 0 && d <= FXN_DT_FLOAT64 ? kNames[d] : nullptr;
}
fxn_value* fxn_list(void) { return New(FXN_LIST); }
fxn_value* fxn_tuple(void) { return New(FXN_TUPLE); }
fxn_value* fxn_dict(void) { return New(FXN_DICT); }

void fxn_seq_append(fxn_value* seq, fxn_value* item) {
  if (seq->kind != FXN_LIST && seq->kind != FXN_TUPLE) {
    fxn_value_free(item);
    return;
  }
  seq->items.emplace_back(item);
}

void fxn_dict_set(fxn_value* dict, fxn_value* key, fxn_value* item) {
  if (dict->kind != FXN_DICT) {
    fxn_value_free(key);
    fxn_value_free(item);
    return;
  }
  std::string want;
  fxn::rt::AppendJson(want, key);
  for (size_t i = 0; i < dict->keys.size(); ++i) {
    std::string have;
    fxn::rt::AppendJson(have, dict->keys[i].get());
    if (have == want && dict->keys[i]->kind == key->kind) {
      dict->items[i].reset(item);
      fxn_value_free(key);
      return;
    }
  }
  dict->keys.emplace_back(key);
  dict->items.emplace_back(item);
}

fxn_kind fxn_value_kind(const fxn_value* v) { return v ? v->kind : FXN_NONE; }
bool fxn_value_bool(const fxn_value* v) { return v && v->kind == FXN_BOOL && v->b; }
int64_t fxn_value_int(const fxn_value* v) { return v && v->kind == FXN_INT ? v->i : 0; }  // 0 when big
bool fxn_value_int_fits(const fxn_value* v) { return v && v->kind == FXN_INT && v->mag.empty(); }
size_t fxn_value_int_digits(const fxn_value* v, bool* negative, uint32_t* out, size_t cap) {
  if (negative) *negative = false;
  if (!v || v->kind != FXN_INT) return 0;
  uint32_t small[2];
  const uint32_t* digits = v->mag.data();
  size_t n = v->mag.size();
  bool neg = v->neg;
  if (v->mag.empty()) {
    neg = v->i < 0;
    uint64_t m = neg ? 0 - static_cast<uint64_t>(v->i) : static_cast<uint64_t>(v->i);
    small[0] = static_cast<uint32_t>(m);
    small[1] = static_cast<uint32_t>(m >> 32);
    n = m == 0 ? 0 : small[1] ? 2 : 1;
    digits = small;
  }
  if (negative) *negative = neg;
  if (out)
    for (size_t k = 0; k < n && k < cap; ++k) out[k] = digits[k];
  return n;
}
double fxn_value_float(const fxn_value* v) { return v && v->kind == FXN_FLOAT ? v->f : 0.0; }
const char* fxn_value_str(const fxn_value* v, size_t* len) {
  if (!v || v->kind != FXN_STR) return nullptr;
  if (len) *len = v->s.size();
  return v->s.c_str();
}
size_t fxn_value_len(const fxn_value* v) {
  if (!v) return 0;
  return (v->kind == FXN_LIST || v->kind == FXN_TUPLE || v->kind == FXN_DICT) ? v->items.size() : 0;
}
const fxn_value* fxn_seq_item(const fxn_value* v, size_t i) {
  if (!v || (v->kind != FXN_LIST && v->kind != FXN_TUPLE) || i >= v->items.size()) return nullptr;
  return v->items[i].get();
}
const fxn_value* fxn_dict_key(const fxn_value* v, size_t i) {
  if (!v || v->kind != FXN_DICT || i >= v->keys.size()) return nullptr;
  return v->keys[i].get();
}
const fxn_value* fxn_dict_item(const fxn_value* v, size_t i) {
  if (!v || v->kind != FXN_DICT || i >= v->items.size()) return nullptr;
  return v->items[i].get();
}
void fxn_value_free(fxn_value* v) { delete v; }

fxn_value* fxn_value_from_json(const char* json, size_t len, char** error) {
  fxn::rt::JsonParser parser(json, len);
  auto v = parser.ParseDocument();
  if (!v) {
    if (error) *error = fxn::rt::CopyString(parser.error());
    return nullptr;
  }
  return v.release();
}

char* fxn_value_to_json(const fxn_value* v) {
  std::string out;
  fxn::rt::AppendJson(out, v);
  return fxn::rt::CopyString(out);
}

void fxn_string_free(char* s) { std::free(s); }

void fxn_error_clear(fxn_error* error) {
  if (!error) return;
  std::free(error->message);
  error->message = nullptr;
  error->message_len = 0;
}

}  // extern "C"
