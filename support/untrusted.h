// Checks for values that cross a trust boundary (a trace result written by user code, a worker's
// upload, a server's answer, a request field) before they touch a path, a size or a query.
// Every host path fxn builds from such a value is built from parts these functions accepted.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "absl/status/status.h"

namespace fxn {

// Limits on what crosses a boundary; each message that enforces one names it.
inline constexpr size_t kMaxSourceBytes = 8u << 20;    // one Python source file
inline constexpr size_t kMaxSamplesBytes = 16u << 20;  // all sample arguments of a push, as JSON
inline constexpr size_t kMaxSamples = 64;              // samples in one push
inline constexpr int kMaxFuzzInputs = 10000;          // generated inputs of one push (--fuzz N)
inline constexpr size_t kMaxNameBytes = 255;           // an entry, function or target name
inline constexpr size_t kMaxFilenameBytes = 4096;      // the file name a push reports
inline constexpr size_t kMaxTraceResultBytes = 64u << 20;  // a tracer's TraceResult
inline constexpr size_t kMaxBundleBytes = 256u << 20;      // a packed bundle (upload or download)

// Whether `text` is well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF).
bool IsValidUtf8(std::string_view text);

// Whether `name` is a Python identifier (PEP 3131: ASCII letters, digits and _ or any non-ASCII
// letter, not starting with a digit), at most kMaxNameBytes long. Such a name is safe as one
// path component: no '/', '.', NUL or control character.
bool IsPythonIdentifier(std::string_view name);

// A file name inside a bundle: 1..kMaxNameBytes bytes of letters, digits, '_', '-', '.' and
// non-ASCII UTF-8, not starting with '.'.
bool IsSafeFileName(std::string_view name);

// Python source as fxn accepts it: valid UTF-8 without NUL bytes and within kMaxSourceBytes.
// Otherwise InvalidArgument with a diagnostic "FILE:LINE:COL: error: ..." at the first bad byte.
absl::Status CheckPythonSource(std::string_view filename, std::string_view text);

// `text` quoted for an error message: printable ASCII kept, everything else escaped (\xNN),
// cut to `max_bytes` with "..." so an absurd value cannot flood a log or a terminal.
std::string QuoteForMessage(std::string_view text, size_t max_bytes = 80);

// `bytes` random bytes from the operating system's CSPRNG (OpenSSL), as lower-case hex.
std::string RandomHex(size_t bytes);

}  // namespace fxn
