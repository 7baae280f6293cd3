// FXN_OP(python target, signature, targets): declares that the kernel it is written on
// implements a Python operation; one FXN_OP per row of the operator table, on the kernel's
// declaration (a function or a function template in namespace fxn::ops):
//
//   FXN_OP("operator.add", "(int, int) -> int", "*")
//   inline bool int_add(Ctx& cx, int64_t a, int64_t b, int64_t& out) { ... }
//
// fxn-opindex (operator_registry/indexer/) reads these with Clang and writes the table
// (operators_generated.def), deriving each row's calling convention from the C++ signature.
// Signature types: int, float, bool, str, None, list[T], dict[K, V], set[T], tuple[...],
// optional[T], ...; a single capital letter is a type variable, and a trailing "T..." takes
// any number of further arguments of that type. Targets: "*" for every target, or a
// comma-separated list of target names. For the same Python target and argument types the
// first row wins: files in the order fxn-opindex is given them, declarations in source order,
// several FXN_OPs on one kernel in their written order.
//
// The annotation exists only while fxn-opindex parses (it defines FXN_OPINDEX): compiled into
// an artifact, clang would keep every annotated kernel it emits alive in
// llvm.global.annotations (weak out-of-line copies of inlined kernels, and on wasm32 an
// indirect function table), and other compilers (g++ builds unit tests) do not know it.
#pragma once

// FXN_ELEMENTWISE(python target, targets): a NumPy ufunc's item kernel (`T k(T a, T b)`, or
// `bool k(fxn::Ctx&, T a, T b, R* out)` when it may raise). Lowering maps it over arrays with
// broadcasting and fuses chains of them into one loop; its signature is derived ("(A, B) -> R").
// FXN_DTYPES("float32,float64"): the NumPy dtypes an item kernel takes (all of its rows): lowering
// refuses any other instead of instantiating the template for it.
#if defined(__clang__) && defined(FXN_OPINDEX)
#define FXN_DTYPES(dtypes) __attribute__((annotate("fxn.op.dtypes", dtypes)))
#define FXN_OP(python_target, signature, targets) \
  __attribute__((annotate("fxn.op", python_target, signature, targets)))
#define FXN_ELEMENTWISE(python_target, targets) __attribute__((annotate("fxn.op.elementwise", python_target, targets)))
#else
#define FXN_DTYPES(dtypes)
#define FXN_OP(python_target, signature, targets)
#define FXN_ELEMENTWISE(python_target, targets)
#endif
