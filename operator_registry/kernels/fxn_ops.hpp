// All operator kernels, for generated code. Each kernel implements one Python operation with
// CPython's semantics; operators.def says which Python target and types each one serves.
#pragma once
#include "ops_int.hpp"
#include "ops_float.hpp"
#include "ops_math.hpp"
#include "ops_list.hpp"
#include "ops_sort.hpp"
#include "ops_str.hpp"
#include "ops_dict.hpp"
#include "ops_value.hpp"
