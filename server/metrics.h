// The server's metrics in Prometheus' text exposition format (GET /metrics): counters and
// histograms recorded as things happen, and gauges (jobs by state, queue depth, workers) that the
// scheduler reads off its state at scrape time. Label values are tenant and target names
// (checked names) and fixed words; Render escapes them anyway.
#pragma once
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace fxn::server {

using Labels = std::vector<std::pair<std::string, std::string>>;

class Metrics {
 public:
  Metrics();
  void Count(const std::string& name, const Labels& labels, double by = 1);
  void Observe(const std::string& name, const Labels& labels, double seconds);
  // `gauges`: name -> (labels, value) rows, described by Describe like the others.
  std::string Render(const std::map<std::string, std::vector<std::pair<Labels, double>>>& gauges = {}) const;
  // A counter's current value (tests and logs); 0 when never counted.
  double Value(const std::string& name, const Labels& labels) const;

 private:
  struct Histogram {
    std::vector<uint64_t> buckets;  // cumulative at render time; per-bucket here
    uint64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mu_;
  std::map<std::string, std::map<Labels, double>> counters_;
  std::map<std::string, std::map<Labels, Histogram>> histograms_;
};

// Seconds, for stage timings: from 10 ms to 20 minutes (a task's longest lease).
const std::vector<double>& StageBuckets();

}  // namespace fxn::server
