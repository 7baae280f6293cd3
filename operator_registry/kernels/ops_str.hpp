// ops_str.hpp: placeholder, filled in by the str work.
#pragma once
#include "fxn_runtime.hpp"
