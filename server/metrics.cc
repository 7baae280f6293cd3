#include "server/metrics.h"

#include <cmath>

#include "absl/strings/str_cat.h"

namespace fxn::server {
namespace {

struct Description {
  const char* type;
  const char* help;
};

// Every metric the server exports, so each gets its HELP and TYPE lines even before it counts.
const std::map<std::string, Description>& Descriptions() {
  static const auto* d = new std::map<std::string, Description>{
      {"fxn_jobs_submitted_total", {"counter", "jobs accepted, by tenant"}},
      {"fxn_jobs_finished_total", {"counter", "jobs finished, by tenant and state (done: every target verified; failed)"}},
      {"fxn_jobs", {"gauge", "jobs in progress, by tenant and state (queued, tracing, compiling)"}},
      {"fxn_queue_depth", {"gauge", "tasks waiting for a worker, by kind (trace, compile) and target"}},
      {"fxn_workers", {"gauge", "workers seen in the last minute that can build each target"}},
      {"fxn_stage_seconds", {"histogram", "time per stage: queued (until a worker leased the task), trace, compile"}},
      {"fxn_cache_requests_total", {"counter", "trace and artifact cache lookups, by cache and result (hit, miss)"}},
      {"fxn_quota_refusals_total", {"counter", "pushes refused by a tenant's quota, by tenant and quota"}},
  };
  return *d;
}

std::string Escape(const std::string& v) {
  std::string out;
  for (char c : v) {
    if (c == '\\' || c == '"') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

std::string LabelText(const Labels& labels, const std::string& extra_name = "", const std::string& extra_value = "") {
  std::string out;
  for (const auto& [k, v] : labels) absl::StrAppend(&out, out.empty() ? "" : ",", k, "=\"", Escape(v), "\"");
  if (!extra_name.empty()) absl::StrAppend(&out, out.empty() ? "" : ",", extra_name, "=\"", extra_value, "\"");
  return out.empty() ? "" : absl::StrCat("{", out, "}");
}

std::string Number(double v) {
  if (std::isinf(v)) return v > 0 ? "+Inf" : "-Inf";
  if (v == std::floor(v) && std::fabs(v) < 1e15) return absl::StrCat(static_cast<int64_t>(v));
  return absl::StrCat(v);
}

void Header(std::string& out, const std::string& name) {
  auto it = Descriptions().find(name);
  if (it == Descriptions().end()) return;
  absl::StrAppend(&out, "# HELP ", name, " ", it->second.help, "\n# TYPE ", name, " ", it->second.type, "\n");
}

}  // namespace

const std::vector<double>& StageBuckets() {
  static const std::vector<double> b = {0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 1200};
  return b;
}

Metrics::Metrics() = default;

void Metrics::Count(const std::string& name, const Labels& labels, double by) {
  std::lock_guard lock(mu_);
  counters_[name][labels] += by;
}

void Metrics::Observe(const std::string& name, const Labels& labels, double seconds) {
  std::lock_guard lock(mu_);
  Histogram& h = histograms_[name][labels];
  if (h.buckets.empty()) h.buckets.assign(StageBuckets().size(), 0);
  for (size_t i = 0; i < StageBuckets().size(); ++i) {
    if (seconds <= StageBuckets()[i]) {
      ++h.buckets[i];
      break;
    }
  }
  ++h.count;
  h.sum += seconds;
}

double Metrics::Value(const std::string& name, const Labels& labels) const {
  std::lock_guard lock(mu_);
  auto it = counters_.find(name);
  if (it == counters_.end()) return 0;
  auto row = it->second.find(labels);
  return row == it->second.end() ? 0 : row->second;
}

std::string Metrics::Render(const std::map<std::string, std::vector<std::pair<Labels, double>>>& gauges) const {
  std::lock_guard lock(mu_);
  std::string out;
  for (const auto& [name, description] : Descriptions()) {
    Header(out, name);
    if (auto c = counters_.find(name); c != counters_.end()) {
      for (const auto& [labels, value] : c->second) absl::StrAppend(&out, name, LabelText(labels), " ", Number(value), "\n");
    }
    if (auto g = gauges.find(name); g != gauges.end()) {
      for (const auto& [labels, value] : g->second) absl::StrAppend(&out, name, LabelText(labels), " ", Number(value), "\n");
    }
    if (auto h = histograms_.find(name); h != histograms_.end()) {
      for (const auto& [labels, hist] : h->second) {
        uint64_t cumulative = 0;
        for (size_t i = 0; i < StageBuckets().size(); ++i) {
          cumulative += hist.buckets[i];
          absl::StrAppend(&out, name, "_bucket", LabelText(labels, "le", Number(StageBuckets()[i])), " ", cumulative, "\n");
        }
        absl::StrAppend(&out, name, "_bucket", LabelText(labels, "le", "+Inf"), " ", hist.count, "\n");
        absl::StrAppend(&out, name, "_sum", LabelText(labels), " ", Number(hist.sum), "\n");
        absl::StrAppend(&out, name, "_count", LabelText(labels), " ", hist.count, "\n");
      }
    }
  }
  return out;
}

}  // namespace fxn::server
