// Item kernels of NumPy ufuncs: FXN_ELEMENTWISE derives the signature from the arity and the
// convention from the C++ signature; FXN_DTYPES restricts the dtypes of every row of a kernel.
#pragma once
#include "fake_runtime.hpp"
#include "fxn_op_annotate.hpp"

namespace fxn::ops {

template <class T>
FXN_ELEMENTWISE("numpy.add", "*")
inline T e_add(T a, T b) { return a + b; }

template <class T>
FXN_ELEMENTWISE("numpy.sqrt", "*")
FXN_DTYPES("float32,float64")
inline T e_sqrt(T a) { return a; }

template <class T>
FXN_ELEMENTWISE("numpy.power", "linux-x86_64")
inline bool e_power(Ctx& cx, T a, T b, T* out) { return true; }

}  // namespace fxn::ops
