// The IR to and from its wire form (proto/ir.proto). FromProto rejects malformed messages
// (unknown ops, unparsable types) with a status; it does not verify semantics (see verifier.h).
#pragma once
#include "absl/status/statusor.h"
#include "ir.pb.h"
#include "ir/ir.h"

namespace fxn::ir {
proto::Module ToProto(const Module& module);
absl::StatusOr<Module> FromProto(const proto::Module& module);
}  // namespace fxn::ir
