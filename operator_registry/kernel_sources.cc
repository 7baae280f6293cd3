#include "operator_registry/kernel_sources.h"

namespace fxn::ops {
namespace embedded {
std::span<const fxn::EmbeddedFile> Files();
}  // namespace embedded

std::span<const fxn::EmbeddedFile> KernelSources() { return embedded::Files(); }
}  // namespace fxn::ops
