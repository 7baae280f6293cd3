// The IR as a table a person can read (`fxn ir`), one row per node, nested blocks indented:
//   opcode         name    target            args         type    loc
#pragma once
#include <string>

#include "ir/ir.h"

namespace fxn::ir {
std::string Print(const Module& module);
std::string ConstantToString(const Constant& c);  // Python's spelling: None, True, 2.5
}  // namespace fxn::ir
