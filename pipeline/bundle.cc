#include "pipeline/bundle.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>

#include "absl/strings/str_cat.h"
#include "support/files.h"
#include "support/untrusted.h"

namespace fxn::pipeline {
namespace fs = std::filesystem;

absl::StatusOr<proto::Bundle> PackBundle(const std::string& dir) {
  proto::Bundle bundle;
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file()) files.push_back(entry.path());
  if (ec) return absl::NotFoundError(absl::StrCat("cannot read ", dir, ": ", ec.message()));
  std::sort(files.begin(), files.end());  // the same bundle serializes to the same bytes
  size_t total = 0;
  for (const auto& path : files) {
    auto data = ReadFile(path.string());
    if (!data.ok()) return data.status();
    total += data->size();
    if (total > kMaxBundleBytes) {
      return absl::ResourceExhaustedError(absl::StrCat("the bundle in ", dir, " is over ", kMaxBundleBytes >> 20,
                                                       " MiB, the limit for one bundle (are the samples or their results that large?)"));
    }
    auto* f = bundle.add_files();
    f->set_name(path.filename().string());
    f->set_data(std::move(*data));
    f->set_executable((fs::status(path).permissions() & fs::perms::owner_exec) != fs::perms::none);
  }
  return bundle;
}

absl::Status UnpackBundle(const proto::Bundle& bundle, const std::string& dir) {
  size_t total = 0;
  for (const auto& f : bundle.files()) {
    if (!IsSafeFileName(f.name())) {
      return absl::InvalidArgumentError(absl::StrCat("bundle holds a bad file name '", QuoteForMessage(f.name()), "'; nothing was written"));
    }
    total += f.data().size();
  }
  if (total > kMaxBundleBytes) {
    return absl::InvalidArgumentError(absl::StrCat("bundle is over ", kMaxBundleBytes >> 20, " MiB; nothing was written"));
  }
  std::error_code ec;
  fs::remove_all(dir, ec);
  fs::create_directories(dir, ec);
  if (ec) return absl::PermissionDeniedError(absl::StrCat("cannot create ", dir, ": ", ec.message()));
  for (const auto& f : bundle.files()) {
    std::string path = absl::StrCat(dir, "/", f.name());
    if (auto s = WriteFileAtomic(path, f.data()); !s.ok()) return s;
    if (f.executable()) chmod(path.c_str(), 0755);
  }
  return absl::OkStatus();
}

}  // namespace fxn::pipeline
