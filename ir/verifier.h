// Structural and type checks of the IR that need nothing but the IR itself: every name is
// defined before use and in scope, variables and calls agree on types, control flow is well
// formed. (Operator signatures are checked against the registry by lowering.) The tracer's
// output is untrusted, so this runs before anything is lowered.
#pragma once
#include "absl/status/status.h"
#include "ir/ir.h"

namespace fxn::ir {
absl::Status Verify(const Module& module);
}  // namespace fxn::ir
