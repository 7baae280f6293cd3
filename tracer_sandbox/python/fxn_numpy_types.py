"""NumPy's types in the front end: ndarray and NumPy scalar types, and typing by probing.

NumPy's own rules decide every result type: each operation is tried on small probe values of
the operand types (a 1x1 array of the dtype, the constant itself for a literal), in the same
NumPy the function runs with, and the dtype and ndim of what comes back is the static type. A
Python scalar whose value would change the result dtype (NumPy 1.x's value-based casting:
uint8_array + n) is rejected unless it is a constant. Here: the tables of what fxn compiles
(ufuncs, reductions, dtypes), the types of values, and NumpyTyping (the probing). The IR of
NumPy operations is built by fxn_numpy (NumpyBuilder) and fxn_numpy_calls.
"""

import ast
import operator
import sys
import warnings

from fxn_diagnostics import Diagnostic
from fxn_types import BOOL, FLOAT, INT, ArrT, NpScalarT, TupleT, prune, show

# The ulp distance within which verification accepts a float of a function that uses an
# operation NumPy computes with other code than fxn's (WORKSPACE.md "Design decisions and why").
FLOAT_ULPS = 64
DTYPES = ("bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float32", "float64")
MAX_DIMS = 8

# Binary and unary Python operators on arrays: the ufunc NumPy calls.
BINARY_UFUNCS = {
    "operator.add": "add", "operator.sub": "subtract", "operator.mul": "multiply",
    "operator.truediv": "true_divide", "operator.floordiv": "floor_divide", "operator.mod": "remainder",
    "operator.pow": "power", "operator.and_": "bitwise_and", "operator.or_": "bitwise_or",
    "operator.xor": "bitwise_xor", "operator.lshift": "left_shift", "operator.rshift": "right_shift",
    "operator.lt": "less", "operator.le": "less_equal", "operator.gt": "greater",
    "operator.ge": "greater_equal", "operator.eq": "equal", "operator.ne": "not_equal",
}
UNARY_UFUNCS = {"operator.neg": "negative", "operator.pos": None, "operator.invert": "invert"}
# np.<name>(...) ufuncs fxn compiles; the value: NumPy's ufunc name (the IR target numpy.<ufunc>).
UFUNC_NAMES = {
    "add": "add", "subtract": "subtract", "multiply": "multiply", "divide": "true_divide",
    "true_divide": "true_divide", "floor_divide": "floor_divide", "remainder": "remainder", "mod": "remainder",
    "power": "power", "maximum": "maximum", "minimum": "minimum", "negative": "negative",
    "absolute": "absolute", "abs": "absolute", "square": "square", "sign": "sign", "sqrt": "sqrt",
    "exp": "exp", "log": "log", "sin": "sin", "cos": "cos", "tan": "tan", "tanh": "tanh", "arctan": "arctan",
    "log2": "log2", "log10": "log10", "expm1": "expm1", "log1p": "log1p", "floor": "floor", "ceil": "ceil",
    "trunc": "trunc", "rint": "rint", "less": "less", "less_equal": "less_equal", "greater": "greater",
    "greater_equal": "greater_equal", "equal": "equal", "not_equal": "not_equal",
    "logical_and": "logical_and", "logical_or": "logical_or", "logical_not": "logical_not",
    "isnan": "isnan", "isfinite": "isfinite", "isinf": "isinf", "fmax": "fmax", "fmin": "fmin", "bitwise_and": "bitwise_and", "bitwise_or": "bitwise_or",
    "bitwise_xor": "bitwise_xor", "invert": "invert", "left_shift": "left_shift", "right_shift": "right_shift",
}
# Ufuncs whose loop runs in the common dtype of the inputs while the result is bool.
BOOL_RESULT = {"less", "less_equal", "greater", "greater_equal", "equal", "not_equal", "logical_and",
               "logical_or", "logical_not", "isnan", "isfinite", "isinf"}
# Float functions whose NumPy implementation (SIMD, SVML on AVX-512) may differ from the
# target's libm in the last bits: verification compares within the float_ulps bound (WORKSPACE.md).
INEXACT_UFUNCS = {"exp", "log", "sin", "cos", "tan", "tanh", "arctan", "log2", "log10", "expm1", "log1p",
                  "power"}
IMAGE_OPS = ("resize_bilinear", "center_crop")
REDUCTIONS = ("sum", "mean", "std", "var", "min", "max", "argmax", "argmin", "any", "all", "prod")


def numpy():
    return sys.modules.get("numpy")


def describe_array(value):
    """The static type of a sample value if it is a NumPy array or scalar; else None."""
    np = numpy()
    if np is None:
        return None
    if isinstance(value, np.ndarray) and value.dtype.name in DTYPES and value.ndim <= MAX_DIMS:
        return ArrT(value.dtype.name, value.ndim)
    return None


def is_image_module(obj):
    return getattr(obj, "__name__", None) == "fxn.image"


def is_numpy(t):
    return isinstance(prune(t), (ArrT, NpScalarT))


def type_of_result(value):
    """The static type of what NumPy returned for the probes."""
    np = numpy()
    if isinstance(value, np.ndarray):
        if value.dtype.name not in DTYPES:
            return None
        return ArrT(value.dtype.name, value.ndim)
    if isinstance(value, np.generic):
        return NpScalarT(value.dtype.name) if value.dtype.name in DTYPES else None
    if isinstance(value, bool):
        return BOOL
    if isinstance(value, int):
        return INT
    if isinstance(value, float):
        return FLOAT
    return None


def same_type(a, b):
    a, b = prune(a), prune(b)
    if type(a) is not type(b):
        return False
    if isinstance(a, ArrT):
        return a.dtype == b.dtype and a.ndim == b.ndim
    if isinstance(a, NpScalarT):
        return a.dtype == b.dtype
    return a is b


class NumpyTyping:
    """Result types of NumPy operations, found by running NumPy on probe values (a NumpyBuilder
    mixin: `self.fb` is the FunctionBuilder it serves)."""

    # ---- typing through NumPy itself ----

    def diag(self, at, message):
        return Diagnostic(at, message)

    def probes(self, operand, const=None):
        """Values standing for an operand: [the probe] or, for a Python scalar that is not a
        constant, two probes whose results must agree."""
        np = numpy()
        t = prune(operand[1])
        if isinstance(t, ArrT):
            return [np.ones((1,) * t.ndim, dtype=t.dtype)]
        if isinstance(t, NpScalarT):
            return [np.dtype(t.dtype).type(1)]
        if const is not None:
            return [const]
        if t is BOOL:
            return [True]
        if t is INT:
            return [1, 2 ** 62]
        if t is FLOAT:
            return [1.0, 1e300]
        if isinstance(t, TupleT):
            return [tuple(1 for _ in t.elems)]
        raise self.diag(None, "fxn: no NumPy probe for %s" % show(t))

    def result_type(self, at, what, fn, operands, consts=None, value_based=True, guarded=None):
        """The static type of fn(*operands) by running NumPy on probes (value_based: also on the
        second probes of Python numbers, whose value may change NumPy's choice of dtype). With
        `guarded` (a list), a result that depends on such a number's value is the one for small
        values, and the indices of those operands go into `guarded`: the caller checks at run
        time that the value keeps NumPy's choice."""
        consts = consts or [None] * len(operands)
        alternatives = [self.probes(o, c) for o, c in zip(operands, consts)]
        if not value_based:
            alternatives = [a[:1] for a in alternatives]
        first = [a[0] for a in alternatives]
        np = numpy()
        results = []
        variants = [first] + [first[:i] + [alt] + first[i + 1:]
                              for i, alts in enumerate(alternatives) for alt in alts[1:]]
        for args in variants:
            try:
                with warnings.catch_warnings(), np.errstate(all="ignore"):
                    warnings.simplefilter("ignore")
                    value = fn(*args)
            except Exception as e:  # NumPy rejects these types: so does fxn, at compile time
                raise self.diag(at, "%s: NumPy raises %s: %s" % (what, type(e).__name__, e))
            t = type_of_result(value)
            if t is None:
                raise self.diag(at, "unsupported construct: %s gives %s" % (what, type(value).__name__))
            results.append(t)
        if any(not same_type(results[0], r) for r in results[1:]) and guarded is not None:
            k = 1
            for i, alts in enumerate(alternatives):
                for _ in alts[1:]:
                    if not same_type(results[0], results[k]):
                        guarded.append(i)
                    k += 1
        elif any(not same_type(results[0], r) for r in results[1:]):
            raise self.diag(at, "unsupported construct: %s: the result dtype depends on the value of a Python "
                            "number (NumPy's value-based casting); make it a constant or a NumPy scalar "
                            "such as np.float32(x)" % what)
        t = results[0]
        if isinstance(t, ArrT) and t.ndim > MAX_DIMS:
            raise self.diag(at, "unsupported construct: arrays of more than %d dimensions" % MAX_DIMS)
        return t

    def constant_of(self, e):
        """The value of a number the source fixes: a literal, arithmetic on literals (1.0 / 255),
        or a module-level int or float constant; else None."""
        if isinstance(e, ast.Constant) and type(e.value) in (int, float, bool):
            return e.value
        if isinstance(e, ast.UnaryOp) and isinstance(e.op, (ast.USub, ast.UAdd)):
            v = self.constant_of(e.operand)
            return None if v is None or isinstance(v, bool) else (-v if isinstance(e.op, ast.USub) else v)
        if isinstance(e, ast.BinOp):
            ops = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}
            left, right = self.constant_of(e.left), self.constant_of(e.right)
            if type(e.op) in ops and left is not None and right is not None and not isinstance(left, bool) \
                    and not isinstance(right, bool):
                try:
                    return ops[type(e.op)](left, right)
                except ArithmeticError:
                    return None
            return None
        if isinstance(e, ast.Name) and e.id not in self.fb.locals and e.id not in self.fb.renames:
            value = self.fb.m.resolve_global_quiet(e.id)
            if type(value) in (int, float):
                return value
        return None

    def dtype_arg(self, at, node, default):
        if node is None:
            return default
        np = numpy()
        value = None
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            value = node.value
        elif isinstance(node, ast.Name) and node.id in ("float", "int", "bool"):
            value = {"float": "float64", "int": "int64", "bool": "bool"}[node.id]
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            owner = self.fb.m.resolve_global_quiet(node.value.id)
            if owner is np:
                value = getattr(np, node.attr, None)
        try:
            name = np.dtype(value).name if value is not None else None
        except TypeError:
            name = None
        if name not in DTYPES:
            raise self.diag(node, "unsupported construct: dtype (a constant such as np.float32 or \"uint8\")")
        return name
