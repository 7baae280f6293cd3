// fxn_call_json: the generic entry with JSON in and out. Part of every artifact (it calls the
// artifact's fxn_call), not of the host tools.
#include <cstdlib>
#include <cstring>
#include <string>

#include "fxn.h"

namespace {

std::string JsonString(const char* s, size_t len) {
  fxn_value* v = fxn_str(s, len);
  char* text = fxn_value_to_json(v);
  std::string out = text;
  fxn_string_free(text);
  fxn_value_free(v);
  return out;
}

char* Copy(const std::string& s) {
  char* out = static_cast<char*>(std::malloc(s.size() + 1));
  std::memcpy(out, s.c_str(), s.size() + 1);
  return out;
}

std::string ErrorLine(const char* type, const char* message, size_t message_len) {
  return "{\"error\": {\"type\": " + JsonString(type, std::strlen(type)) +
         ", \"message\": " + JsonString(message ? message : "", message ? message_len : 0) + "}}";
}

}  // namespace

extern "C" {

char* fxn_alloc(size_t size) { return static_cast<char*>(std::malloc(size ? size : 1)); }

char* fxn_call_json(const char* args_json, size_t len) {
  char* parse_error = nullptr;
  fxn_value* args = fxn_value_from_json(args_json, len, &parse_error);
  if (!args) {
    std::string line = ErrorLine("ValueError", parse_error, std::strlen(parse_error));
    fxn_string_free(parse_error);
    return Copy(line);
  }
  fxn_value* result = nullptr;
  fxn_error error = {};
  std::string line;
  if (fxn_call(args, &result, &error) == FXN_OK) {
    char* text = fxn_value_to_json(result);
    line = std::string("{\"ok\": ") + text + "}";
    fxn_string_free(text);
    fxn_value_free(result);
  } else {
    line = ErrorLine(error.type, error.message, error.message_len);
    fxn_error_clear(&error);
  }
  fxn_value_free(args);
  return Copy(line);
}

}  // extern "C"
