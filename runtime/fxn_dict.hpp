// fxn_dict.hpp: placeholder, filled in by the dict work (see WORKSPACE.md).
#pragma once
#include "fxn_core.hpp"
