// Python's repr() of a float: the shortest digits that round-trip, laid out as CPython does
// (exponent form when the decimal exponent is < -4 or >= 16).
#pragma once
#include <string>

namespace fxn::rt {
std::string FloatRepr(double x);  // "nan", "inf", "-inf" for the non-finite values
}  // namespace fxn::rt
