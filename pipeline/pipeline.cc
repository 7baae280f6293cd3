#include "pipeline/pipeline.h"

#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>
#include <cstring>
#include <limits>
#include <filesystem>

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <nlohmann/json.hpp>

#include "absl/strings/str_cat.h"
#include "fxn/fxn.h"
#include "ir/proto_convert.h"
#include "ir/verifier.h"
#include "operator_registry/registry.h"
#include "pipeline/fuzz.h"
#include "support/digest.h"
#include "runtime/runtime_sources.h"
#include "support/embedded.h"
#include "support/files.h"
#include "support/untrusted.h"
#include "toolchains/targets.h"

namespace fxn::pipeline {
namespace fs = std::filesystem;

namespace {

// proto Value -> fxn_value (the C value model), to print with the runtime's own JSON.
fxn_value* ToCValue(const proto::Value& v, bool* big_int) {
  switch (v.kind_case()) {
    case proto::Value::kBoolValue: return fxn_bool(v.bool_value());
    case proto::Value::kIntValue: return fxn_int(v.int_value());
    case proto::Value::kFloatValue: return fxn_float(v.float_value());
    case proto::Value::kStrValue: return fxn_str(v.str_value().data(), v.str_value().size());
    case proto::Value::kBigInt: {
      // CPython's decimal text, as the value model's int of any size (ABI 4), so the line prints as
      // the artifact's would; malformed text (never written by the tracer) stays visible as a str.
      *big_int = true;
      fxn_value* big = fxn_value_from_json(v.big_int().data(), v.big_int().size(), nullptr);
      if (big && fxn_value_kind(big) == FXN_INT) return big;
      fxn_value_free(big);
      return fxn_str(v.big_int().data(), v.big_int().size());
    }
    case proto::Value::kListValue:
    case proto::Value::kTupleValue: {
      const auto& items = v.kind_case() == proto::Value::kListValue ? v.list_value().items() : v.tuple_value().items();
      fxn_value* out = v.kind_case() == proto::Value::kListValue ? fxn_list() : fxn_tuple();
      for (const auto& item : items) fxn_seq_append(out, ToCValue(item, big_int));
      return out;
    }
    case proto::Value::kDictValue: {
      fxn_value* out = fxn_dict();
      for (int i = 0; i < v.dict_value().keys_size() && i < v.dict_value().values_size(); ++i)
        fxn_dict_set(out, ToCValue(v.dict_value().keys(i), big_int), ToCValue(v.dict_value().values(i), big_int));
      return out;
    }
    case proto::Value::kTensor: {
      const proto::Tensor& t = v.tensor();
      for (int d = FXN_DT_BOOL; d <= FXN_DT_FLOAT64; ++d) {
        auto dtype = static_cast<fxn_dtype>(d);
        if (t.dtype() != fxn_dtype_name(dtype)) continue;
        uint64_t count = 1;
        for (int64_t e : t.shape()) count *= e >= 0 ? static_cast<uint64_t>(e) : 0;
        if (t.data().size() != count * fxn_dtype_size(dtype)) break;
        // The wire form is little-endian (NumPy's "<"); fxn_value holds native order. (The
        // artifacts of big-endian targets get tensors as JSON, which has no byte order.)
        const char* items = t.data().data();
        std::string swapped;
        if constexpr (std::endian::native == std::endian::big) {
          swapped = t.data();
          const size_t width = fxn_dtype_size(dtype);
          for (size_t at = 0; width > 1 && at + width <= swapped.size(); at += width)
            std::reverse(swapped.begin() + at, swapped.begin() + at + width);
          items = swapped.data();
        }
        fxn_value* out = fxn_tensor(dtype, static_cast<size_t>(t.shape_size()), t.shape().data(), items);
        if (out) return out;
      }
      return fxn_str("<malformed tensor>", 18);
    }
    default: return fxn_none();
  }
}

std::string CValueJson(fxn_value* v) {
  char* text = fxn_value_to_json(v);
  std::string out = text;
  fxn_string_free(text);
  fxn_value_free(v);
  return out;
}

std::string JsonString(const std::string& s) { return CValueJson(fxn_str(s.data(), s.size())); }

std::string VerdictName(Verdict v) {
  switch (v) {
    case Verdict::kVerified: return "verified";
    case Verdict::kMismatch: return "failed";
    case Verdict::kCompiledNotVerified: return "compiled, not verified";
  }
  return "?";
}

}  // namespace

proto::TraceRequest Request(const Source& source) {
  proto::TraceRequest request;
  request.set_source(source.text);
  request.set_filename(source.path);
  request.set_entry(source.entry);
  for (const auto& s : source.samples_json) request.add_samples_json(s);
  return request;
}

absl::StatusOr<proto::TraceResult> TraceRequestResult(const proto::TraceRequest& request, const tracer::TracerOptions& options) {
  return tracer::RunTracer(request, options);
}

absl::StatusOr<Traced> Trace(const Source& source, const tracer::TracerOptions& base_options) {
  tracer::TracerOptions options = base_options;
  options.timeout_seconds = source.trace_timeout_seconds;
  auto result = TraceRequestResult(Request(source), options);
  if (!result.ok()) return result.status();
  return FromTraceResult(std::move(*result));
}

absl::StatusOr<Traced> TraceCached(const Source& source, const std::string& cache_dir) {
  tracer::TracerOptions options;
  options.timeout_seconds = source.trace_timeout_seconds;
  const proto::TraceRequest request = Request(source);
  std::string request_bytes;
  {
    google::protobuf::io::StringOutputStream out(&request_bytes);
    google::protobuf::io::CodedOutputStream coded(&out);
    coded.SetSerializationDeterministic(true);
    request.SerializeToCodedStream(&coded);
  }
  const std::string path = absl::StrCat(
      cache_dir, "/traces/", Sha256Builder().AddPart("trace-v1").AddPart(tracer::FrontEndDigest()).AddPart(request_bytes).HexDigest(),
      ".pb");
  if (auto bytes = ReadFile(path); bytes.ok()) {
    proto::TraceResult cached;
    if (cached.ParseFromString(*bytes) && cached.diagnostics_size() == 0) {
      auto traced = FromTraceResult(std::move(cached));
      if (traced.ok()) return traced;  // else damaged: traced again below, and replaced
    }
  }
  auto result = TraceRequestResult(request, options);
  if (!result.ok()) return result.status();
  if (result->diagnostics_size() == 0) {
    std::error_code ec;
    std::filesystem::create_directories(cache_dir + "/traces", ec);
    (void)WriteFileAtomic(path, result->SerializeAsString());  // a cache that cannot be written costs a trace
  }
  return FromTraceResult(std::move(*result));
}

absl::StatusOr<Traced> FromTraceResult(proto::TraceResult result) {
  if (result.diagnostics_size() > 0) return absl::InvalidArgumentError(tracer::FormatDiagnostics(result));
  auto module = tracer::CheckTraceResult(result);
  if (!module.ok()) return module.status();
  Traced traced;
  traced.entry = result.entry();
  traced.result = std::move(result);
  traced.module = std::move(*module);
  traced.ir_nodes = traced.module.CountNodes();
  return traced;
}

absl::StatusOr<lowering::LoweredModule> LowerForTarget(const Traced& traced, const std::string& python_source,
                                                       const std::string& target, bool unbounded_ints) {
  lowering::LowerOptions options;
  options.target = target;
  options.unbounded_ints = unbounded_ints;
  options.python_source = python_source;
  return lowering::Lower(traced.module, options);
}

std::string ArgsJson(const proto::Value& args) {
  bool big = false;
  proto::Value list;
  *list.mutable_list_value() = args.tuple_value();
  return CValueJson(ToCValue(args.kind_case() == proto::Value::kTupleValue ? list : args, &big));
}

std::string ExpectedLine(const proto::Outcome& outcome, std::string* why) {
  if (outcome.has_error()) {
    return absl::StrCat("{\"error\": {\"type\": ", JsonString(outcome.error().type()), ", \"message\": ",
                        JsonString(outcome.error().message()), "}}");
  }
  bool big = false;
  std::string value = CValueJson(ToCValue(outcome.value(), &big));
  if (big)
    *why = absl::StrCat("CPython returned ", value, ", which holds an int beyond 64 bits; where a function cannot be "
                        "compiled over unbounded ints, fxn's ints are 64-bit and raise OverflowError there");
  return absl::StrCat("{\"ok\": ", value, "}");
}

namespace {

// Whether two floats (double or float) are within `ulps` units in the last place of the larger,
// in their own type's ulps; NaN equals NaN, zeros must agree in sign.
template <class F>
bool FloatsClose(F a, F b, int ulps) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  if (a == b) return std::signbit(a) == std::signbit(b) || a != 0;
  if (std::isinf(a) || std::isinf(b)) return false;
  const F larger = std::max(std::fabs(a), std::fabs(b));
  const F ulp = std::nextafter(larger, std::numeric_limits<F>::infinity()) - larger;
  return std::fabs(static_cast<double>(a) - static_cast<double>(b)) <= ulps * static_cast<double>(ulp);
}

template <class T>
T Item(const fxn_value* v, size_t i) {
  T x;
  std::memcpy(&x, static_cast<const char*>(fxn_tensor_data(v)) + i * sizeof(T), sizeof(T));
  return x;
}

// Values equal but for floats (scalars and float tensors' items) within `ulps`.
bool ValuesClose(const fxn_value* a, const fxn_value* b, int ulps) {
  if (fxn_value_kind(a) != fxn_value_kind(b)) return false;
  switch (fxn_value_kind(a)) {
    case FXN_FLOAT: return FloatsClose(fxn_value_float(a), fxn_value_float(b), ulps);
    case FXN_LIST:
    case FXN_TUPLE: {
      if (fxn_value_len(a) != fxn_value_len(b)) return false;
      for (size_t i = 0; i < fxn_value_len(a); ++i)
        if (!ValuesClose(fxn_seq_item(a, i), fxn_seq_item(b, i), ulps)) return false;
      return true;
    }
    case FXN_DICT: {
      if (fxn_value_len(a) != fxn_value_len(b)) return false;
      for (size_t i = 0; i < fxn_value_len(a); ++i)
        if (!ValuesClose(fxn_dict_key(a, i), fxn_dict_key(b, i), 0) ||
            !ValuesClose(fxn_dict_item(a, i), fxn_dict_item(b, i), ulps))
          return false;
      return true;
    }
    case FXN_TENSOR: {
      fxn_dtype dt = fxn_tensor_dtype(a);
      size_t ndim = fxn_tensor_ndim(a);
      if (dt != fxn_tensor_dtype(b) || ndim != fxn_tensor_ndim(b) ||
          !std::equal(fxn_tensor_shape(a), fxn_tensor_shape(a) + ndim, fxn_tensor_shape(b)))
        return false;
      size_t count = 1;
      for (size_t d = 0; d < ndim; ++d) count *= static_cast<size_t>(fxn_tensor_shape(a)[d]);
      if (dt != FXN_DT_FLOAT32 && dt != FXN_DT_FLOAT64)
        return std::memcmp(fxn_tensor_data(a), fxn_tensor_data(b), count * fxn_dtype_size(dt)) == 0;
      for (size_t i = 0; i < count; ++i) {
        bool close = dt == FXN_DT_FLOAT32 ? FloatsClose(Item<float>(a, i), Item<float>(b, i), ulps)
                                          : FloatsClose(Item<double>(a, i), Item<double>(b, i), ulps);
        if (!close) return false;
      }
      return true;
    }
    default: {
      char* ta = fxn_value_to_json(a);
      char* tb = fxn_value_to_json(b);
      bool same = std::strcmp(ta, tb) == 0;
      fxn_string_free(ta);
      fxn_string_free(tb);
      return same;
    }
  }
}

}  // namespace

bool OutcomesClose(const std::string& expected, const std::string& actual, int ulps) {
  if (expected == actual) return true;
  if (ulps <= 0 || expected.empty()) return false;
  fxn_value* a = fxn_value_from_json(expected.data(), expected.size(), nullptr);
  fxn_value* b = fxn_value_from_json(actual.data(), actual.size(), nullptr);
  bool close = a && b && ValuesClose(a, b, ulps);
  fxn_value_free(a);
  fxn_value_free(b);
  return close;
}

std::string ManifestPath(const std::string& bundle_dir) { return bundle_dir + "/manifest.json"; }

absl::StatusOr<std::string> BundleDir(const std::string& out_root, const std::string& entry, const std::string& target) {
  if (!IsPythonIdentifier(entry)) {
    return absl::InvalidArgumentError(absl::StrCat("refusing the entry name '", QuoteForMessage(entry),
                                                   "': it is not a Python identifier, so it cannot name a bundle directory"));
  }
  if (!toolchains::FindTarget(target)) {
    return absl::InvalidArgumentError(absl::StrCat("refusing the target name: ", toolchains::UnknownTargetMessage(target)));
  }
  return absl::StrCat(out_root, "/", entry, "/", target);
}

absl::StatusOr<TargetResult> BuildAndVerify(const Traced& traced, const lowering::LoweredModule& lowered,
                                            const toolchains::Toolchain& toolchain, const std::string& out_root,
                                            const std::function<void(proto::Stage)>& progress) {
  const std::string& target = toolchain.target().name;
  TargetResult result;
  result.target = target;
  auto bundle_dir = BundleDir(out_root, traced.entry, target);
  if (!bundle_dir.ok()) return bundle_dir.status();
  result.bundle_dir = *bundle_dir;
  std::error_code ec;
  fs::remove_all(result.bundle_dir, ec);  // a bundle is replaced whole, never mixed with an old one

  auto start = std::chrono::steady_clock::now();
  auto library = toolchain.BuildLibrary(lowered.source, traced.entry, result.bundle_dir);
  if (!library.ok()) return library.status();
  result.library_path = *library;
  result.compile_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (progress) progress(proto::COMPILED);

  // Verify: the artifact on every sample must print exactly what CPython's outcome prints.
  std::vector<std::string> args_lines, expected, big_notes;
  for (const auto& sample : traced.result.samples()) {
    args_lines.push_back(ArgsJson(sample.args()));
    std::string why;
    expected.push_back(ExpectedLine(sample.expected(), &why));
    big_notes.push_back(why);
  }
  // Fuzzing: the generated inputs run after the samples, in the same harness run (as CPython ran
  // them after the samples on the same module).
  const size_t sample_count = args_lines.size();
  for (const auto& input : traced.result.fuzz()) args_lines.push_back(ArgsJson(input.args()));
  absl::StatusOr<std::vector<std::string>> actual = std::vector<std::string>{};
  if (!toolchain.can_run()) {
    // No runner here (wine for Windows, say): built, but never called "verified".
    result.verdict = Verdict::kCompiledNotVerified;
    result.message = toolchains::CheckRunner(toolchain.target());
  } else if (progress) {
    progress(proto::VERIFYING);
  }
  if (result.verdict == Verdict::kCompiledNotVerified) {
    // nothing to compare
  } else if (actual = toolchain.Run(*library, args_lines); !actual.ok()) {
    result.verdict = Verdict::kMismatch;
    result.message = absl::StrCat("running the artifact failed: ", actual.status().message());
  } else {
    result.verdict = Verdict::kVerified;
    for (size_t i = 0; i < sample_count; ++i) {
      // Bit for bit, unless the function uses float operations NumPy computes with other code:
      // then within the module's ulp bound (WORKSPACE.md "Design decisions and why").
      SampleCheck check{args_lines[i], expected[i], (*actual)[i],
                        OutcomesClose(expected[i], (*actual)[i], traced.module.float_ulps)};
      if (!check.ok && result.verdict == Verdict::kVerified) {
        result.verdict = Verdict::kMismatch;
        result.message = absl::StrCat("sample ", i + 1, " ", args_lines[i], ": CPython gave ", expected[i],
                                      " but the artifact gave ", (*actual)[i]);
        if (!big_notes[i].empty()) absl::StrAppend(&result.message, " (", big_notes[i], ")");
      }
      result.samples.push_back(std::move(check));
    }
    if (traced.result.has_fuzz_report()) {
      result.fuzz = CompareFuzz(traced, std::vector<std::string>(actual->begin() + std::min(sample_count, actual->size()), actual->end()), target);
      if (result.fuzz.differences > 0 && result.verdict == Verdict::kVerified) {
        ShrinkFuzzDifference(traced, toolchain, *library, result.fuzz);
        result.fuzz.diagnostic = FuzzDiagnostic(traced, result.fuzz, target);
        result.verdict = Verdict::kMismatch;
        result.message = result.fuzz.diagnostic;
      }
    }
  }

  // The bundle: library, headers, generated source, manifest.
  std::string header_name = traced.entry + ".h";
  if (auto s = WriteFileAtomic(result.bundle_dir + "/" + header_name, lowered.header); !s.ok()) return s;
  const auto& extras = toolchain.target().bundle_extras;
  for (const auto& f : runtime_sources::Files()) {
    if (f.name == "fxn.h" || std::find(extras.begin(), extras.end(), f.name) != extras.end()) {
      if (auto s = WriteFileAtomic(result.bundle_dir + "/" + std::string(f.name), f.contents); !s.ok()) return s;
    }
  }
  auto library_digest = Sha256File(*library);
  nlohmann::json manifest;
  manifest["format"] = "fxn-bundle-1";
  manifest["entry"] = traced.entry;
  manifest["target"] = target;
  manifest["triple"] = toolchain.target().triple;
  manifest["signature"] = nlohmann::json::parse(lowered.signature_json);
  manifest["library"] = fs::path(*library).filename().string();
  manifest["header"] = header_name;
  manifest["source"] = traced.entry + ".cc";
  manifest["digests"] = {{"library", library_digest.ok() ? *library_digest : ""},
                         {"source", Sha256Hex(lowered.source)},
                         {"ir", Sha256Hex(ir::ToProto(traced.module).SerializeAsString())}};
  manifest["toolchain"] = {{"compiler", toolchain.version()},
                           {"digest", toolchain.digest()},
                           {"flags", toolchain.target().cxx_flags}};
  manifest["operator_library_digest"] = ops::Registry::Get().Digest();
  nlohmann::json checks = nlohmann::json::array();
  for (const auto& c : result.samples) checks.push_back({{"args", c.args_json}, {"expected", c.expected}, {"actual", c.actual}, {"ok", c.ok}});
  manifest["verification"] = {{"status", VerdictName(result.verdict)}, {"samples", checks}};
  if (!result.message.empty()) manifest["verification"]["message"] = result.message;
  if (traced.result.has_fuzz_report()) manifest["fuzz"] = FuzzManifest(traced, result.fuzz);
  if (auto s = WriteFileAtomic(ManifestPath(result.bundle_dir), manifest.dump(2) + "\n"); !s.ok()) return s;
  return result;
}

}  // namespace fxn::pipeline
