#include "client/npy.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <string_view>
#include <limits>
#include <regex>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "fxn/fxn.h"
#include "support/files.h"

namespace fxn::client {
namespace {

struct Dtype {
  const char* descr;  // as NumPy writes it in the header
  fxn_dtype dtype;
};
constexpr Dtype kDtypes[] = {
    {"|b1", FXN_DT_BOOL},    {"|i1", FXN_DT_INT8},    {"<i2", FXN_DT_INT16},   {"<i4", FXN_DT_INT32},
    {"<i8", FXN_DT_INT64},   {"|u1", FXN_DT_UINT8},   {"<u2", FXN_DT_UINT16},  {"<u4", FXN_DT_UINT32},
    {"<u8", FXN_DT_UINT64},  {"<f4", FXN_DT_FLOAT32}, {"<f8", FXN_DT_FLOAT64},
};

std::string ToJson(const fxn_value* v) {
  char* text = fxn_value_to_json(v);
  std::string out = text;
  fxn_string_free(text);
  return out;
}

}  // namespace

absl::StatusOr<std::string> NpyFileAsJson(const std::string& path) {
  auto bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  const std::string& b = *bytes;
  auto bad = [&](const std::string& why) {
    return absl::InvalidArgumentError(absl::StrCat(path, ": not a .npy file fxn reads: ", why));
  };
  if (b.size() < 10 || b.compare(0, 6, "\x93NUMPY") != 0) return bad("no \\x93NUMPY magic");
  const int major = static_cast<unsigned char>(b[6]);
  size_t header_len, header_at;
  if (major == 1) {
    header_len = static_cast<unsigned char>(b[8]) | static_cast<size_t>(static_cast<unsigned char>(b[9])) << 8;
    header_at = 10;
  } else if (major == 2 || major == 3) {
    if (b.size() < 12) return bad("truncated header");
    header_len = 0;
    for (int k = 0; k < 4; ++k) header_len |= static_cast<size_t>(static_cast<unsigned char>(b[8 + k])) << (8 * k);
    header_at = 12;
  } else {
    return bad(absl::StrCat("format version ", major));
  }
  if (header_at + header_len > b.size()) return bad("truncated header");
  const std::string header = b.substr(header_at, header_len);
  std::smatch m;
  if (!std::regex_search(header, m, std::regex(R"('descr':\s*'([^']*)')"))) return bad("no descr");
  const std::string descr = m[1];
  // The byte order ('<', '>', '=' for this machine's, '|' for one byte) is converted to this
  // machine's below: a file saved on a big-endian machine (or as '>f8') reads as well.
  const Dtype* dt = nullptr;
  for (const auto& d : kDtypes)
    if (descr.size() == 3 && std::string_view("<>=|").find(descr[0]) != std::string_view::npos &&
        descr.substr(1) == std::string(d.descr).substr(1))
      dt = &d;
  if (!dt) return bad(absl::StrCat("dtype '", descr, "' (fxn takes bool, int8..uint64, float32, float64)"));
  const bool swap = (descr[0] == '<' && std::endian::native == std::endian::big) ||
                    (descr[0] == '>' && std::endian::native == std::endian::little);
  if (std::regex_search(header, std::regex(R"('fortran_order':\s*True)")))
    return bad("Fortran-ordered arrays are not supported; save np.ascontiguousarray(a)");
  if (!std::regex_search(header, m, std::regex(R"('shape':\s*\(([^)]*)\))"))) return bad("no shape");
  std::vector<int64_t> shape;
  const std::string dims = m[1];
  const std::regex number(R"(\d+)");
  // Dimensions come from the file: each must fit, and so must their product (no wraparound
  // that would let a tiny file claim a huge array).
  size_t count = 1;
  for (auto it = std::sregex_iterator(dims.begin(), dims.end(), number); it != std::sregex_iterator(); ++it) {
    const std::string digits = it->str();
    if (digits.size() > 15) return bad(absl::StrCat("dimension ", digits.substr(0, 30), " is too large"));
    const int64_t d = std::stoll(digits);
    if (d != 0 && count > (std::numeric_limits<size_t>::max() / fxn_dtype_size(dt->dtype)) / static_cast<size_t>(d)) {
      return bad("the shape's size overflows");
    }
    count *= static_cast<size_t>(d);
    shape.push_back(d);
  }
  const size_t data_at = header_at + header_len;
  if (b.size() - data_at != count * fxn_dtype_size(dt->dtype))
    return bad(absl::StrCat("holds ", b.size() - data_at, " bytes of data; the shape needs ", count * fxn_dtype_size(dt->dtype)));
  std::string items = b.substr(data_at);
  const size_t width = fxn_dtype_size(dt->dtype);
  for (size_t at = 0; swap && width > 1 && at + width <= items.size(); at += width)
    std::reverse(items.begin() + at, items.begin() + at + width);
  fxn_value* t = fxn_tensor(dt->dtype, shape.size(), shape.data(), items.data());
  if (!t) return bad("invalid shape");
  std::string json = ToJson(t);
  fxn_value_free(t);
  return json;
}

absl::StatusOr<std::string> ExpandNpyArguments(const std::string& inputs_json) {
  fxn_value* v = fxn_value_from_json(inputs_json.data(), inputs_json.size(), nullptr);
  if (!v || fxn_value_kind(v) != FXN_LIST) {
    fxn_value_free(v);
    return inputs_json;  // the caller's own check explains what is wrong
  }
  bool any = false;
  std::vector<std::string> items;
  for (size_t i = 0; i < fxn_value_len(v); ++i) {
    const fxn_value* item = fxn_seq_item(v, i);
    size_t n = 0;
    const char* s = fxn_value_str(item, &n);
    std::string text = s ? std::string(s, n) : "";
    if (text.size() > 5 && text[0] == '@' && text.ends_with(".npy")) {
      auto tensor = NpyFileAsJson(text.substr(1));
      if (!tensor.ok()) {
        fxn_value_free(v);
        return tensor.status();
      }
      items.push_back(*tensor);
      any = true;
    } else {
      items.push_back(ToJson(item));
    }
  }
  fxn_value_free(v);
  return any ? absl::StrCat("[", absl::StrJoin(items, ", "), "]") : inputs_json;
}

}  // namespace fxn::client
