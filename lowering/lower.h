// Lowering: typed IR -> readable C++ for one target. Every operation node is lowered through
// the operator registry (the kernels' annotations): the registry says which kernel implements
// it on the target and how to call it. The result is a translation unit that includes the runtime and
// kernel headers and exports the typed entry point, the generic fxn_call and fxn_signature.
#pragma once
#include <string>

#include "absl/status/statusor.h"
#include "ir/ir.h"

namespace fxn::lowering {

struct LoweredModule {
  std::string source;          // C++ translation unit
  std::string header;          // C header declaring the typed entry point
  std::string signature_json;  // {"entry":..., "symbol":..., "params":[...], "returns":...}
  std::string typed_entry;     // exported symbol of the typed entry: "fxn_<name>"
  bool unbounded_copy = false;  // the module is also compiled over unbounded ints (Lower)
};

struct LowerOptions {
  std::string target = "linux-x86_64";
  std::string python_source;  // when given, each statement is preceded by its source line
  bool unbounded_ints = true;  // a second copy over fxn::Int where the module allows (Lower)
};

// The module must have passed ir::Verify. Fails when a node has no operator on the target.
absl::StatusOr<LoweredModule> Lower(const ir::Module& module, const LowerOptions& options);

}  // namespace fxn::lowering
