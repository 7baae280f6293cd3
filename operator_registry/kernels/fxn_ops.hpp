// All operator kernels, for generated code. Each kernel implements one Python operation with
// CPython's (or NumPy's) semantics; its FXN_OP annotation says which Python target and types
// it serves.
#pragma once
#include "ops_int.hpp"
#include "ops_float.hpp"
#include "ops_math.hpp"
#include "ops_list.hpp"
#include "ops_sort.hpp"
#include "ops_str.hpp"
#include "ops_text.hpp"
#include "ops_textwrap.hpp"
#include "ops_dict.hpp"
#include "ops_gen.hpp"
#include "ops_heapq.hpp"
#include "ops_dyn.hpp"
#include "ops_exc_args.hpp"
#include "ops_collections.hpp"
#include "ops_re.hpp"
#include "ops_value.hpp"
#include "ops_numpy.hpp"
#include "ops_image.hpp"
#include "ops_random.hpp"
#include "ops_enum.hpp"
