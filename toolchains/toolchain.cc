#include "toolchains/toolchain.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <thread>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "operator_registry/kernel_sources.h"
#include "support/digest.h"
#include "runtime/runtime_sources.h"
#include "support/embedded.h"
#include "support/untrusted.h"
#include "support/files.h"
#include "support/subprocess.h"

extern char** environ;

namespace fxn::toolchains {
namespace fs = std::filesystem;

namespace {

std::string TailOf(const std::string& text, size_t n) { return text.size() > n ? "..." + text.substr(text.size() - n) : text; }

// Held while support files are built, so concurrent pushes build them once.
class FileLock {
 public:
  explicit FileLock(const std::string& path) : fd_(open(path.c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0644)) {
    if (fd_ >= 0) flock(fd_, LOCK_EX);
  }
  ~FileLock() {
    if (fd_ >= 0) close(fd_);
  }

 private:
  int fd_;
};

// The support files built with fxn itself (`toolchain-seed` beside the binaries, written by
// fxn-seed-toolchain during the build): a fresh cache finds the host target ready there.
std::string SeedDir() { return ExecutableDir() + "/toolchain-seed"; }

// SHA-256 of a file, remembered under its path, size and modification time: the compiler and
// LLVM's libraries are large and hashed on every Open otherwise. The seed's memo counts too.
absl::StatusOr<std::string> MemoizedFileDigest(const fs::path& path, const std::string& cache_dir) {
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (ec) return absl::NotFoundError(absl::StrCat(path.string(), ": ", ec.message()));
  auto mtime = fs::last_write_time(path, ec).time_since_epoch().count();
  const std::string key = Sha256Hex(absl::StrCat(path.string(), "|", size, "|", mtime));
  std::string memo = absl::StrCat(cache_dir, "/toolchains/file-digests/", key);
  if (auto known = ReadFile(memo); known.ok() && known->size() == 64) return *known;
  if (auto seeded = ReadFile(absl::StrCat(SeedDir(), "/toolchains/file-digests/", key)); seeded.ok() && seeded->size() == 64) {
    (void)WriteFileAtomic(memo, *seeded);
    return *seeded;
  }
  auto digest = Sha256File(path.string());
  if (!digest.ok()) return digest.status();
  (void)WriteFileAtomic(memo, *digest);
  return digest;
}

// The compiler's identity: its binary and the LLVM libraries that hold its code.
absl::StatusOr<std::string> CompilerDigest(const std::string& compiler, const std::string& cache_dir) {
  std::error_code ec;
  fs::path binary = fs::canonical(compiler, ec);
  if (ec) return absl::NotFoundError(absl::StrCat(compiler, ": ", ec.message()));
  std::vector<fs::path> files = {binary};
  fs::path lib = binary.parent_path().parent_path() / "lib";
  for (const auto& entry : fs::directory_iterator(lib, ec)) {
    std::string name = entry.path().filename().string();
    if (!name.starts_with("libclang-cpp.so.") || !entry.is_regular_file()) continue;
    fs::path real = fs::canonical(entry.path(), ec);
    files.push_back(real);
    // libLLVM sits beside the real libclang-cpp (Debian: /usr/lib/<triple>/).
    std::string version = name.substr(std::string("libclang-cpp.so.").size());
    version = version.substr(0, version.find('.'));
    for (const auto& sibling : fs::directory_iterator(real.parent_path(), ec)) {
      std::string sname = sibling.path().filename().string();
      if (sname.starts_with("libLLVM") && sname.find(".so." + version) != std::string::npos && !sibling.is_symlink()) {
        files.push_back(sibling.path());
      }
    }
  }
  std::sort(files.begin(), files.end());
  Sha256Builder b;
  for (const auto& f : files) {
    auto d = MemoizedFileDigest(f, cache_dir);
    if (!d.ok()) return d.status();
    b.AddPart(f.filename().string()).AddPart(*d);
  }
  return b.HexDigest();
}

}  // namespace

absl::StatusOr<Toolchain> Toolchain::Open(const Target& target, const std::string& cache_dir) {
  if (std::string why = CheckAvailable(target); !why.empty()) {
    return absl::FailedPreconditionError(absl::StrCat("target ", target.name, " is not available: ", why));
  }
  Toolchain tc;
  tc.target_ = &target;
  auto compiler_digest = CompilerDigest(target.compiler, cache_dir);
  if (!compiler_digest.ok()) return compiler_digest.status();
  Sha256Builder b;
  // The layout of the support files (a precompiled header since v2, its templates instantiated
  // since v3) is part of the digest.
  b.AddPart("support-files-v3").AddPart(target.name).AddPart(*compiler_digest);
  for (const auto& f : target.sysroot_files) {
    if (!fs::exists(f)) continue;
    auto d = MemoizedFileDigest(fs::canonical(f), cache_dir);
    if (!d.ok()) return d.status();
    b.AddPart(f).AddPart(*d);
  }
  for (const auto& f : target.cxx_flags) b.AddPart(f);
  for (const auto& f : target.link_flags) b.AddPart(f);
  for (const auto& f : runtime_sources::Files()) b.AddPart(f.name).AddPart(f.contents);
  for (const auto& f : ops::KernelSources()) b.AddPart(f.name).AddPart(f.contents);
  tc.digest_ = b.HexDigest();

  const std::string support = absl::StrCat("/toolchains/", target.name, "-", tc.digest_.substr(0, 16));
  tc.support_dir_ = cache_dir + support;
  // Support files are only read once built: the seed's serve as well as a copy would.
  if (!fs::exists(tc.support_dir_ + "/ready") && fs::exists(SeedDir() + support + "/ready")) tc.support_dir_ = SeedDir() + support;
  tc.library_cache_ = absl::StrCat(cache_dir, "/libraries/", target.name, "-", tc.digest_.substr(0, 16));
  tc.include_dir_ = tc.support_dir_ + "/include";
  tc.runtime_objects_ = {tc.support_dir_ + "/value.o", tc.support_dir_ + "/call_json.o"};
  tc.harness_ = target.harness == HarnessKind::kNodeWasi ? tc.include_dir_ + "/harness.mjs"
                                                          : tc.support_dir_ + "/fxn-harness" + target.harness_suffix;
  if (target.runner_uses_wine_prefix && CheckRunner(target).empty()) {
    // One prefix per wine build (a new wine gets a fresh one instead of updating this one in
    // the middle of somebody's push), shared by every toolchain digest.
    auto wine = MemoizedFileDigest(fs::canonical(target.runner[0]), cache_dir);
    if (!wine.ok()) return wine.status();
    tc.wine_prefix_ = absl::StrCat(cache_dir, "/wine/prefix-", wine->substr(0, 16));
  }
  return tc;
}

absl::Status Toolchain::Prepare() const {
  if (wine_prefix_.empty() || fs::exists(wine_prefix_ + "/.fxn-ready")) return PrepareSupportFiles(support_dir_);
  // Making wine's prefix (~15 s) overlaps building the support files: both happen once, and
  // a worker does them when it starts (its warm-up), before any push waits on them.
  absl::Status wine;
  std::thread make_prefix([&] { wine = PrepareWinePrefix(); });
  absl::Status support = PrepareSupportFiles(support_dir_);
  make_prefix.join();
  return support.ok() ? wine : support;
}

std::optional<std::vector<std::string>> Toolchain::RunnerEnvironment() const {
  if (wine_prefix_.empty()) return std::nullopt;
  std::vector<std::string> env;
  for (char** e = environ; e && *e; ++e) {
    std::string_view entry(*e);
    if (entry.starts_with("WINEPREFIX=") || entry.starts_with("WINEDEBUG=") || entry.starts_with("WINEDLLOVERRIDES=")) continue;
    env.emplace_back(entry);
  }
  env.push_back("WINEPREFIX=" + wine_prefix_);
  env.push_back("WINEDEBUG=-all");  // wine's own chatter would land in the harness's stderr
  // No .NET (mono) or HTML engine (gecko): wineboot would offer to download them.
  env.push_back("WINEDLLOVERRIDES=mscoree,mshtml=");
  return env;
}

absl::Status Toolchain::PrepareWinePrefix() const {
  const std::string ready = wine_prefix_ + "/.fxn-ready";
  if (fs::exists(ready)) return absl::OkStatus();
  std::error_code ec;
  fs::create_directories(fs::path(wine_prefix_).parent_path(), ec);
  if (ec) return absl::PermissionDeniedError(absl::StrCat("cannot create ", wine_prefix_, ": ", ec.message()));
  // Processes that start at once: one makes the prefix, the others wait here and find it ready.
  FileLock lock(wine_prefix_ + ".lock");
  if (fs::exists(ready)) return absl::OkStatus();
  fs::remove_all(wine_prefix_, ec);  // half made by a process that died: start over
  SubprocessLimits limits;
  limits.environment = RunnerEnvironment();
  limits.wall_timeout = std::chrono::seconds(300);
  std::vector<std::string> boot = target_->runner;
  boot.insert(boot.end(), {"wineboot", "--init"});
  auto r = RunSubprocess(boot, "", limits);
  if (!r.ok()) return r.status();
  if (!r->ok()) return absl::InternalError(absl::StrCat("making wine's prefix ", wine_prefix_, " failed (", r->Describe(), "): ", TailOf(r->stderr_data, 2000)));
  // wineboot returns before wineserver has written the registry out: wait for it to finish.
  std::string wineserver = (fs::path(target_->runner[0]).parent_path() / "wineserver").string();
  auto w = RunSubprocess({fs::exists(wineserver) ? wineserver : "wineserver", "--wait"}, "", limits);
  if (!w.ok()) return w.status();
  // Never update this prefix on a later run (it is made per wine build; see Open).
  if (auto s = WriteFileAtomic(wine_prefix_ + "/.update-timestamp", "disable\n"); !s.ok()) return s;
  return WriteFileAtomic(ready, "");
}

std::string Toolchain::version() const {
  if (!Prepare().ok()) return "";
  return ReadFile(support_dir_ + "/compiler-version").value_or("");
}

absl::Status Toolchain::PrepareSupportFiles(const std::string& dir) const {
  if (fs::exists(dir + "/ready")) return absl::OkStatus();
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return absl::PermissionDeniedError(absl::StrCat("cannot create ", dir, ": ", ec.message()));
  FileLock lock(dir + "/.lock");
  if (fs::exists(dir + "/ready")) return absl::OkStatus();  // built while we waited

  for (const auto& files : {runtime_sources::Files(), ops::KernelSources()}) {
    for (const auto& f : files) {
      if (auto s = WriteFileAtomic(absl::StrCat(include_dir_, "/", std::string(f.name)), f.contents); !s.ok()) return s;
    }
  }
  auto version = RunSubprocess({target_->compiler, "--version"});
  if (!version.ok()) return version.status();
  std::string first_line = version->stdout_data.substr(0, version->stdout_data.find('\n'));
  if (auto s = WriteFileAtomic(dir + "/compiler-version", first_line); !s.ok()) return s;

  for (size_t i = 0; i < runtime_objects_.size(); ++i) {
    std::string source = include_dir_ + (i == 0 ? "/value.cc" : "/call_json.cc");
    std::vector<std::string> compile = {target_->compiler};
    compile.insert(compile.end(), target_->cxx_flags.begin(), target_->cxx_flags.end());
    compile.insert(compile.end(), {"-I" + include_dir_, "-c", source, "-o", runtime_objects_[i]});
    auto r = RunSubprocess(compile, "", {.wall_timeout = std::chrono::seconds(300)});
    if (!r.ok()) return r.status();
    if (!r->ok()) return absl::InternalError(absl::StrCat("building the runtime for ", target_->name, " failed (", r->Describe(), "): ", TailOf(r->stderr_data, 4000)));
  }

  // The runtime and kernel headers, parsed once per toolchain into a precompiled header: most
  // of a small function's compile time was parsing them (0.8 s -> 0.2 s on x86-64). With
  // -fpch-instantiate-templates the header's own template instantiations are done here, once;
  // without it every compile redid them at the end of its translation unit (1.5 s of a 1.7 s
  // compile of fib on a busy 2-core machine; the object code is the same).
  {
    const std::string prelude = include_dir_ + "/fxn_prelude.hpp";
    if (auto s = WriteFileAtomic(prelude, "#pragma once\n#include \"fxn_runtime.hpp\"\n#include \"fxn_ops.hpp\"\n"); !s.ok()) return s;
    std::vector<std::string> pch = {target_->compiler};
    pch.insert(pch.end(), target_->cxx_flags.begin(), target_->cxx_flags.end());
    pch.insert(pch.end(), {"-I" + include_dir_, "-fpch-instantiate-templates", "-x", "c++-header", prelude, "-o",
                           PrecompiledHeader()});
    auto r = RunSubprocess(pch, "", {.wall_timeout = std::chrono::seconds(300)});
    if (!r.ok()) return r.status();
    if (!r->ok()) return absl::InternalError(absl::StrCat("precompiling the runtime headers for ", target_->name, " failed (", r->Describe(), "): ", TailOf(r->stderr_data, 4000)));
  }

  if (target_->harness == HarnessKind::kNative) {
    std::vector<std::string> harness = {target_->compiler};
    for (const auto& f : target_->cxx_flags)
      if (f.rfind("-std=", 0) != 0 && f != "-fno-rtti") harness.push_back(f);  // a C file
    harness.insert(harness.end(), {"-x", "c", "-std=c11", "-I" + include_dir_, include_dir_ + "/harness.c", "-o", harness_});
    harness.insert(harness.end(), target_->harness_link_flags.begin(), target_->harness_link_flags.end());
    auto r = RunSubprocess(harness, "", {.wall_timeout = std::chrono::seconds(300)});
    if (!r.ok()) return r.status();
    if (!r->ok()) return absl::InternalError(absl::StrCat("building the harness for ", target_->name, " failed (", r->Describe(), "): ", TailOf(r->stderr_data, 4000)));
  }
  return WriteFileAtomic(dir + "/ready", "");
}

absl::StatusOr<std::string> Toolchain::BuildLibrary(const std::string& source, const std::string& name,
                                                    const std::string& out_dir) const {
  // `name` becomes file names: only an identifier, never a path (callers check it already).
  if (!IsPythonIdentifier(name)) return absl::InvalidArgumentError(absl::StrCat("not a library name: '", QuoteForMessage(name), "'"));
  if (auto s = Prepare(); !s.ok()) return s;
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec) return absl::PermissionDeniedError(absl::StrCat("cannot create ", out_dir, ": ", ec.message()));
  std::string source_path = absl::StrCat(out_dir, "/", name, ".cc");
  if (auto s = WriteFileAtomic(source_path, source); !s.ok()) return s;
  std::string library = absl::StrCat(out_dir, "/", target_->library_prefix, name, target_->library_suffix);
  // The toolchain digest covers the compiler, flags, sysroot and runtime: equal name and source
  // give an equal library.
  const std::string cached = absl::StrCat(library_cache_, "/", Sha256Builder().AddPart(name).AddPart(source).HexDigest(),
                                          target_->library_suffix);
  if (fs::exists(cached) && fs::copy_file(cached, library, fs::copy_options::overwrite_existing, ec) && !ec) return library;
  std::vector<std::string> cmd = {target_->compiler};
  cmd.insert(cmd.end(), target_->cxx_flags.begin(), target_->cxx_flags.end());
  cmd.insert(cmd.end(), {"-I" + include_dir_, "-include-pch", PrecompiledHeader(), source_path});
  cmd.insert(cmd.end(), runtime_objects_.begin(), runtime_objects_.end());
  cmd.insert(cmd.end(), {"-o", library});
  cmd.insert(cmd.end(), target_->link_flags.begin(), target_->link_flags.end());
  auto r = RunSubprocess(cmd, "", {.wall_timeout = std::chrono::seconds(300)});
  if (!r.ok()) return r.status();
  if (!r->ok()) {
    return absl::InvalidArgumentError(absl::StrCat("compiling for ", target_->name, " failed (", r->Describe(),
                                                   "); this is a bug in fxn's code generation:\n", TailOf(r->stderr_data, 6000)));
  }
  // Into the cache through a unique name and a rename, so a reader never sees half a file; a
  // cache that cannot be written only costs the next compile.
  const std::string partial = absl::StrCat(cached, ".", getpid(), ".", std::hash<std::thread::id>{}(std::this_thread::get_id()));
  if (fs::create_directories(library_cache_, ec); !ec && fs::copy_file(library, partial, fs::copy_options::overwrite_existing, ec) && !ec) {
    fs::rename(partial, cached, ec);
    if (ec) fs::remove(partial, ec);
  }
  return library;
}

absl::StatusOr<std::vector<std::string>> Toolchain::Run(const std::string& library, const std::vector<std::string>& args_lines,
                                                        std::chrono::seconds timeout) const {
  if (std::string why = CheckRunner(*target_); !why.empty()) {
    return absl::FailedPreconditionError(absl::StrCat("cannot run ", target_->name, " artifacts here: ", why));
  }
  if (auto s = Prepare(); !s.ok()) return s;
  std::vector<std::string> cmd = target_->runner;
  cmd.push_back(harness_);
  cmd.push_back(fs::absolute(library).string());
  std::string input;
  for (const auto& line : args_lines) absl::StrAppend(&input, line, "\n");
  SubprocessLimits limits;
  limits.wall_timeout = timeout;
  limits.environment = RunnerEnvironment();
  auto r = RunSubprocess(cmd, input, limits);
  if (!r.ok()) return r.status();
  std::vector<std::string> lines = absl::StrSplit(r->stdout_data, '\n', absl::SkipEmpty());
  if (!r->ok() || lines.size() != args_lines.size()) {
    return absl::InternalError(absl::StrCat("the artifact's harness ", r->timed_out ? "timed out" : r->Describe(),
                                            " after ", lines.size(), " of ", args_lines.size(), " calls",
                                            r->stderr_data.empty() ? "" : ": " + TailOf(r->stderr_data, 2000)));
  }
  return lines;
}

}  // namespace fxn::toolchains
