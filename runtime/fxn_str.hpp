// fxn_str.hpp: placeholder, filled in by the str work (see WORKSPACE.md).
#pragma once
#include "fxn_core.hpp"
