// ops_dict.hpp: placeholder, filled in by the dict work.
#pragma once
#include "fxn_runtime.hpp"
