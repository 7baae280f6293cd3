// NumPy .npy files as --inputs: an argument written "@path.npy" is the array stored there.
#pragma once
#include <string>

#include "absl/status/statusor.h"

namespace fxn::client {

// inputs_json (a JSON array of arguments) with every "@....npy" string replaced by the tensor
// that file holds ({"tensor": {...}}); unchanged when there is none.
absl::StatusOr<std::string> ExpandNpyArguments(const std::string& inputs_json);

// The tensor of a .npy file (format versions 1-3, C order, the dtypes of fxn.h) as JSON.
absl::StatusOr<std::string> NpyFileAsJson(const std::string& path);

}  // namespace fxn::client
