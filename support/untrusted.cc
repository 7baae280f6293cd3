#include "support/untrusted.h"

#include <openssl/rand.h>

#include <cstdio>
#include <cstdlib>

#include "absl/strings/str_cat.h"

namespace fxn {
namespace {

// Decodes one UTF-8 sequence at text[i]; returns its length, or 0 when malformed.
size_t DecodeUtf8(std::string_view text, size_t i, char32_t* out) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char c = byte(i);
  size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
  if (len == 0 || i + len > text.size()) return 0;
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1f) : len == 3 ? (c & 0x0f) : (c & 0x07);
  for (size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xc0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3f);
  }
  static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  *out = cp;
  return len;
}

bool IsAsciiIdentifierChar(char c, bool first) {
  return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (!first && c >= '0' && c <= '9');
}

}  // namespace

bool IsValidUtf8(std::string_view text) {
  char32_t cp;
  for (size_t i = 0; i < text.size();) {
    size_t n = DecodeUtf8(text, i, &cp);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

bool IsPythonIdentifier(std::string_view name) {
  if (name.empty() || name.size() > kMaxNameBytes || !IsValidUtf8(name)) return false;
  char32_t cp;
  for (size_t i = 0; i < name.size();) {
    size_t n = DecodeUtf8(name, i, &cp);
    // Non-ASCII: CPython checks XID_Start/XID_Continue. Every such code point is a letter-like
    // character, never a path separator or control character, which is what matters here; a
    // non-ASCII name that is not an identifier never got past CPython's own parser anyway.
    bool ok = cp >= 0x80 ? cp >= 0xa0 : IsAsciiIdentifierChar(static_cast<char>(cp), i == 0);
    if (!ok) return false;
    i += n;
  }
  return true;
}

bool IsSafeFileName(std::string_view name) {
  if (name.empty() || name.size() > kMaxNameBytes || name.front() == '.' || !IsValidUtf8(name)) return false;
  for (char c : name) {
    auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || IsAsciiIdentifierChar(c, false) || c == '-' || c == '.') continue;
    return false;
  }
  return true;
}

absl::Status CheckPythonSource(std::string_view filename_view, std::string_view text) {
  const std::string filename(filename_view);
  if (text.size() > kMaxSourceBytes) {
    return absl::InvalidArgumentError(absl::StrCat(filename, ": error: the source is ", text.size(),
                                                   " bytes; the limit for one source file is ", kMaxSourceBytes,
                                                   " bytes (8 MiB)"));
  }
  int line = 1, col = 1;
  char32_t cp;
  for (size_t i = 0; i < text.size();) {
    if (text[i] == '\0') {
      return absl::InvalidArgumentError(absl::StrCat(filename, ":", line, ":", col,
                                                     ": error: the source contains a NUL byte; remove it"));
    }
    size_t n = DecodeUtf8(text, i, &cp);
    if (n == 0) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02x", static_cast<unsigned char>(text[i]));
      return absl::InvalidArgumentError(absl::StrCat(filename, ":", line, ":", col, ": error: the source is not valid UTF-8 (byte ",
                                                     hex, "); Python source must be UTF-8 (PEP 3120): re-save the file as UTF-8"));
    }
    if (cp == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
    i += n;
  }
  return absl::OkStatus();
}

std::string QuoteForMessage(std::string_view text, size_t max_bytes) {
  std::string out;
  size_t i = 0;
  for (; i < text.size() && out.size() < max_bytes; ++i) {
    auto u = static_cast<unsigned char>(text[i]);
    if (u >= 0x20 && u < 0x7f && u != '\\') {
      out += static_cast<char>(u);
    } else {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02x", u);
      out += hex;
    }
  }
  if (i < text.size()) out += absl::StrCat("... (", text.size(), " bytes)");
  return out;
}

std::string RandomHex(size_t bytes) {
  std::string raw(bytes, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), static_cast<int>(bytes)) != 1) {
    // No entropy is not a state to run a server in: ids would be guessable.
    std::fprintf(stderr, "fxn: the operating system's random source failed (OpenSSL RAND_bytes)\n");
    std::abort();
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : raw) {
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return out;
}

}  // namespace fxn
