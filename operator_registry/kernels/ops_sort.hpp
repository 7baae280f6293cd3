// ops_sort.hpp: placeholder, filled in by the sort work.
#pragma once
#include "fxn_runtime.hpp"
