// A string as a JSON string literal, for the few places that write JSON by hand (generated
// signatures, the registry's export) rather than through a JSON library.
#pragma once
#include <cstdio>
#include <string>
#include <string_view>

namespace fxn {

inline std::string JsonQuote(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

}  // namespace fxn
