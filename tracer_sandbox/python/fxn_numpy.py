"""NumPy in the front end: ndarray and NumPy scalar types, and the IR for NumPy operations.

NumPy's own rules decide every result type: each operation is tried on small probe values of
the operand types (a 1x1 array of the dtype, the constant itself for a literal), in the same
NumPy the function runs with, and the dtype and ndim of what comes back is the static type. A
Python scalar whose value would change the result dtype (NumPy 1.x's value-based casting:
uint8_array + n) is rejected unless it is a constant. Operands are cast to the loop's dtype
with explicit `numpy.cast` nodes, so every elementwise node is homogeneous and lowering can
fuse chains of them into one loop.
"""

import ast
import base64
import sys
import warnings

from fxn_types import BOOL, FLOAT, INT, ArrT, ListT, NpScalarT, TupleT, TypeVar, prune, show

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


class NumpyBuilder:
    """The NumPy part of a FunctionBuilder: called by it for operations on arrays."""

    def __init__(self, fb):
        self.fb = fb

    # ---- typing through NumPy itself ----

    def diag(self, at, message):
        from fxn_frontend import Diagnostic
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
        import operator
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

    # ---- emitting ----

    def emit(self, at, target, operands, t, base=None):
        return self.fb.value(at, "CALL_FUNCTION", base or target.split(".")[-1], target,
                             [o[0] for o in operands], t)

    def cast(self, at, operand, dtype):
        """operand (array, NumPy scalar or Python number) with items of dtype."""
        t = prune(operand[1])
        if isinstance(t, ArrT):
            if t.dtype == dtype:
                return operand
            return self.emit(at, "numpy.cast", [operand], ArrT(dtype, t.ndim), "cast")
        if isinstance(t, NpScalarT) and t.dtype == dtype:
            return operand
        return self.emit(at, "numpy.cast", [operand], NpScalarT(dtype), "cast")

    def ufunc(self, at, name, operands, consts=None):
        """A NumPy ufunc applied to operands: typed by NumPy, operands cast to the loop dtype."""
        np = numpy()
        fb = self.fb
        if fb.discovery and any(isinstance(prune(o[1]), TypeVar) for o in operands):
            return "$unknown", TypeVar()
        guarded = []
        result = self.result_type(at, "np.%s" % name, getattr(np, name), operands, consts, guarded=guarded)
        if name in BOOL_RESULT:
            # The loop's dtype: NumPy's common type of the inputs (value-based for constants).
            loop = self.result_type(at, "np.%s" % name, lambda *a: np.zeros((), np.result_type(*a))[()],
                                    operands, consts, guarded=guarded)
            loop_dtype = loop.dtype
        else:
            loop_dtype = result.dtype if isinstance(result, (ArrT, NpScalarT)) else None
        if loop_dtype is None:
            raise self.diag(at, "unsupported construct: np.%s of %s" % (name, ", ".join(show(o[1]) for o in operands)))
        if isinstance(result, (ArrT, NpScalarT)) is False:
            raise self.diag(at, "unsupported construct: np.%s giving %s" % (name, show(result)))
        for i in sorted(set(guarded)):
            self.require_keeps_dtype(at, operands[i], loop_dtype)
        cast = [self.cast(at, o, loop_dtype) for o in operands]
        if name in INEXACT_UFUNCS and loop_dtype in ("float32", "float64"):
            fb.m.inexact = True
        return self.emit(at, "numpy." + name, cast, result, name)

    def require_keeps_dtype(self, at, operand, dtype):
        """A run-time check that a Python number's value leaves NumPy's dtype choice at dtype (the
        one for small values): NotImplementedError, naming the value, where NumPy would widen."""
        np = numpy()
        fb = self.fb
        t = prune(operand[1])
        if t is INT and dtype.startswith(("int", "uint")):
            info = np.iinfo(dtype)
            lo, hi = max(int(info.min), -2 ** 63), min(int(info.max), 2 ** 63 - 1)
            fb.emit(at, "CALL_FUNCTION", None, "numpy.require_int_range",
                    [operand[0], fb.constant(at, lo)[0], fb.constant(at, hi)[0], fb.constant(at, dtype)[0]])
        elif t is FLOAT and dtype == "float32":
            fb.emit(at, "CALL_FUNCTION", None, "numpy.require_float32_range", [operand[0]])
        else:
            raise self.diag(at, "unsupported construct: the result dtype depends on the value of a Python %s "
                            "(NumPy's value-based casting); make it a constant or a NumPy scalar" % show(t))

    def where(self, at, cond, a, b):
        np = numpy()
        guarded = []
        result = self.result_type(at, "np.where", np.where, [cond, a, b], guarded=guarded)
        dtype = result.dtype
        for i in sorted(set(guarded)):
            self.require_keeps_dtype(at, [cond, a, b][i], dtype)
        return self.emit(at, "numpy.where", [self.cast(at, cond, "bool"), self.cast(at, a, dtype),
                                             self.cast(at, b, dtype)], result, "where")

    def clip(self, at, a, lo, hi, consts):
        np = numpy()
        guarded = []
        result = self.result_type(at, "np.clip", np.clip, [a, lo, hi], consts, guarded=guarded)
        dtype = result.dtype
        for i in sorted(set(guarded)):
            self.require_keeps_dtype(at, [a, lo, hi][i], dtype)
        return self.emit(at, "numpy.clip", [self.cast(at, x, dtype) for x in (a, lo, hi)], result, "clip")

    # ---- the FunctionBuilder's entry points ----

    def binop(self, at, target, left, right):
        name = BINARY_UFUNCS.get(target)
        if name is None:
            raise self.diag(at, "unsupported construct: %s on NumPy arrays" % target)
        consts = [self.constant_of(getattr(at, "left", None)), self.constant_of(getattr(at, "right", None))]
        if isinstance(at, ast.Compare):
            consts = [self.constant_of(at.left), self.constant_of(at.comparators[0])] if len(at.comparators) == 1 \
                else [None, None]
        if isinstance(at, ast.AugAssign):
            consts = [None, self.constant_of(at.value)]
        return self.ufunc(at, name, [left, right], consts)

    def unary(self, at, target, operand):
        name = UNARY_UFUNCS.get(target, "")
        if name is None:
            return operand
        if not name:
            raise self.diag(at, "unsupported construct: %s on NumPy arrays" % target)
        return self.ufunc(at, name, [operand])

    def to_python(self, at, fname, value):
        """float(x), int(x), bool(x) of a NumPy scalar (or a size-1 array: not supported)."""
        t = prune(value[1])
        if not isinstance(t, NpScalarT):
            raise self.diag(at, "unsupported construct: %s() of %s" % (fname, show(t)))
        result = {"float": FLOAT, "int": INT, "bool": BOOL}[fname]
        return self.emit(at, "numpy.to_" + fname, [value], result, fname)

    def truth(self, at, value):
        t = prune(value[1])
        if isinstance(t, NpScalarT):
            return self.emit(at, "numpy.to_bool", [value], BOOL, "truth")[0]
        raise self.diag(at, "unsupported construct: the truth value of an array (NumPy raises ValueError: "
                            "use a.any() or a.all())")

    def attribute(self, at, obj, attr):
        t = prune(obj[1])
        if isinstance(t, ArrT):
            if attr == "shape":
                return self.fb.build_tuple(at, [self.emit(at, "numpy.shape_at", [obj, self.fb.constant(at, d)],
                                                          INT, "dim") for d in range(t.ndim)])
            if attr == "ndim":
                return self.fb.constant(at, t.ndim)
            if attr == "size":
                return self.emit(at, "numpy.size", [obj], INT, "size")
            if attr == "T":
                return self.emit(at, "numpy.transpose", [obj], t, "T")
            if attr == "itemsize":
                return self.fb.constant(at, numpy().dtype(t.dtype).itemsize)
            if attr == "nbytes":
                size = self.emit(at, "numpy.size", [obj], INT, "size")
                return self.fb.call_op(at, "operator.mul", [size, self.fb.constant(at, numpy().dtype(t.dtype).itemsize)], "*")
        raise self.diag(at, "unsupported construct: attribute '.%s' of %s" % (attr, show(t)))

    def axis_of(self, at, kw, args_ast, index, ndim):
        """A constant axis argument (positional at index, or axis=), normalised; None if absent."""
        node = kw.get("axis", args_ast[index] if len(args_ast) > index else None)
        if node is None or (isinstance(node, ast.Constant) and node.value is None):
            return None
        value = self.constant_of(node)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.diag(node, "unsupported construct: an axis that is not an int literal")
        if not -ndim <= value < ndim:
            raise self.diag(node, "axis %d is out of bounds for array of dimension %d" % (value, ndim))
        return value % ndim

    def axis_operand(self, kw, args_ast, index):
        """The axis argument of a reduction: None when absent; else an int operand (a literal or a
        value: the result's ndim does not depend on it, and the kernel checks it as NumPy does)."""
        node = kw.get("axis", args_ast[index] if len(args_ast) > index else None)
        if node is None or (isinstance(node, ast.Constant) and node.value is None):
            return None
        return (self.fb.int_operand(node, "axis"), INT)

    def reduction(self, at, name, a, args_ast, kw):
        np = numpy()
        fb = self.fb
        t = prune(a[1])
        if not isinstance(t, ArrT):
            raise self.diag(at, "unsupported construct: np.%s of %s" % (name, show(t)))
        for k in kw:
            if k not in ("axis", "keepdims", "ddof"):
                raise self.diag(kw[k], "unsupported construct: keyword %s= of %s()" % (k, name))
        axis_node = kw.get("axis", args_ast[0] if args_ast else None)
        if isinstance(axis_node, ast.Tuple):
            return self.reduction_over_axes(at, name, a, axis_node, kw)
        axis = self.axis_operand(kw, args_ast, 0)
        keepdims = False
        if "keepdims" in kw:
            keepdims = self.constant_of(kw["keepdims"])
            if not isinstance(keepdims, bool):
                raise self.diag(kw["keepdims"], "unsupported construct: keepdims that is not True or False")
        ddof = 0
        if "ddof" in kw:
            if name not in ("std", "var"):
                raise self.diag(kw["ddof"], "unsupported construct: ddof= of %s()" % name)
            ddof = self.constant_of(kw["ddof"])
            if not isinstance(ddof, int):
                ddof = (fb.int_operand(kw["ddof"], "ddof"), INT)
        call_kw = {"axis": None if axis is None else 0, "keepdims": keepdims}
        if name in ("std", "var") and isinstance(ddof, int):
            call_kw["ddof"] = ddof
        if name in ("argmax", "argmin"):
            call_kw.pop("keepdims")
            if keepdims:
                raise self.diag(at, "unsupported construct: keepdims= of %s()" % name)
        result = self.result_type(at, "np.%s" % name, lambda x: getattr(np, name)(x, **call_kw), [a])
        if name in ("sum", "mean", "std", "var", "prod") and t.dtype in ("float32", "float64"):
            fb.m.inexact = True  # pairwise order reproduced for C-contiguous runs; see WORKSPACE.md
        if axis is None and not keepdims:
            args = [a]
            if name in ("std", "var"):
                args.append(fb.constant(at, ddof) if isinstance(ddof, int) else ddof)
            return self.emit(at, "numpy.%s" % name, args, result, name)
        if axis is None:
            # keepdims over every axis: the whole reduction, as an array of ones' shape.
            whole = self.reduction(at, name, a, [], {k: v for k, v in kw.items() if k != "keepdims"})
            ones = fb.build_tuple(at, [fb.constant(at, 1) for _ in range(t.ndim)])
            return self.emit(at, "numpy.full", [ones, whole], result, name)
        args = [a, axis, fb.constant(at, keepdims)]
        if name in ("std", "var"):
            args.append(fb.constant(at, ddof) if isinstance(ddof, int) else ddof)
        return self.emit(at, "numpy.%s_axis" % name, args, result, name)

    def reduction_over_axes(self, at, name, a, axes_node, kw):
        """A reduction over a tuple of axes: the kept dims first, the reduced ones merged into a
        last dim (a copy, in C order) that one reduction runs over; NumPy's order of the additions
        differs, so float sums agree within the ulp bound."""
        fb = self.fb
        t = prune(a[1])
        axes = [self.constant_of(x) for x in axes_node.elts]
        if any(not isinstance(x, int) or isinstance(x, bool) for x in axes):
            raise self.diag(axes_node, "unsupported construct: an axis tuple of other than int literals")
        if any(not -t.ndim <= x < t.ndim for x in axes):
            raise self.diag(axes_node, "AxisError: an axis is out of bounds for array of dimension %d" % t.ndim)
        axes = sorted({x % t.ndim for x in axes})
        if len(axes) != len(axes_node.elts):
            raise self.diag(axes_node, "ValueError: duplicate value in 'axis'")
        rest = {k: v for k, v in kw.items() if k not in ("axis", "keepdims")}
        keepdims = self.constant_of(kw["keepdims"]) if "keepdims" in kw else False
        kept = [d for d in range(t.ndim) if d not in axes]
        if not kept:
            whole = self.reduction(at, name, a, [], rest)
        else:
            moved = self.permuted(at, a, kept + axes)
            dims = [self.emit(at, "numpy.shape_at", [a, fb.constant(at, d)], INT, "dim") for d in kept]
            size = self.emit(at, "numpy.shape_at", [a, fb.constant(at, axes[0])], INT, "dim")
            for d in axes[1:]:  # the merged extent (not -1: an empty array leaves it ambiguous)
                size = fb.call_op(at, "operator.mul", [size, self.emit(at, "numpy.shape_at", [a, fb.constant(at, d)],
                                                                      INT, "dim")], "*")
            merged = self.emit(at, "numpy.reshape", [moved, fb.build_tuple(at, dims + [size])],
                               ArrT(t.dtype, len(kept) + 1), "merged")
            last = ast.copy_location(ast.Constant(value=len(kept)), axes_node)
            whole = self.reduction(at, name, merged, [], dict(rest, axis=last))
        if not keepdims:
            return whole
        wt = prune(whole[1])
        if isinstance(wt, NpScalarT):
            ones = fb.build_tuple(at, [fb.constant(at, 1) for _ in range(t.ndim)])
            return self.emit(at, "numpy.full", [ones, whole], ArrT(wt.dtype, t.ndim), name)
        return self.regroup(at, whole, "".join("n" if d in axes else "k" for d in range(t.ndim)))

    def shape_arg(self, at, value):
        """A shape: an int or a tuple of ints -> (tuple operand, ndim)."""
        t = prune(value[1])
        if t is INT:
            return self.fb.build_tuple(at, [value]), 1
        if isinstance(t, TupleT) and all(prune(x) in (INT, BOOL) for x in t.elems):
            return value, len(t.elems)
        raise self.diag(at, "unsupported construct: a shape given as %s (an int or a tuple of ints)" % show(t))

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

    def call(self, e, name):
        """np.<name>(...)."""
        np = numpy()
        fb = self.fb
        kw = {k.arg: k.value for k in e.keywords}
        if name in UFUNC_NAMES:
            if kw:
                raise self.diag(e, "unsupported construct: keyword arguments to np.%s" % name)
            args = [fb.expr(a) for a in e.args]
            return self.ufunc(e, UFUNC_NAMES[name], args, [self.constant_of(a) for a in e.args])
        if name in ("amax", "amin"):
            name = name[1:]
        if name == "count_nonzero" and len(e.args) == 1 and set(kw) <= {"axis"}:
            a = fb.expr(e.args[0])
            t = prune(a[1])
            if not isinstance(t, ArrT):
                raise self.diag(e, "unsupported construct: np.count_nonzero of %s" % show(a[1]))
            if "axis" not in kw:
                return self.emit(e, "numpy.count_nonzero", [a], INT, "count")
            nonzero = self.cast(e, a, "bool")  # counting the trues: a sum of bools, in int64
            axis = (fb.int_operand(kw["axis"], "axis"), INT)
            return self.emit(e, "numpy.sum_axis", [nonzero, axis, fb.constant(e, False)], ArrT("int64", t.ndim - 1),
                             "count")
        if name in REDUCTIONS and e.args:
            a = fb.expr(e.args[0])
            return self.reduction(e, name, a, e.args[1:], kw)
        if name == "where" and len(e.args) == 3:
            return self.where(e, *[fb.expr(a) for a in e.args])
        if name == "clip" and len(e.args) == 3:
            return self.clip(e, *[fb.expr(a) for a in e.args], [self.constant_of(a) for a in e.args])
        if name in ("zeros", "ones", "empty") and e.args:
            shape, ndim = self.shape_arg(e, fb.expr(e.args[0]))
            dtype = self.dtype_arg(e, kw.get("dtype", e.args[1] if len(e.args) > 1 else None), "float64")
            fill = fb.constant(e, 1 if name == "ones" else 0)
            return self.emit(e, "numpy.full", [shape, self.cast(e, fill, dtype)], ArrT(dtype, ndim), name)
        if name == "full" and len(e.args) >= 2:
            shape, ndim = self.shape_arg(e, fb.expr(e.args[0]))
            fill = fb.expr(e.args[1])
            probe = self.result_type(e, "np.full", lambda v: np.full((1,) * ndim, v), [fill],
                                     [self.constant_of(e.args[1])])
            dtype = self.dtype_arg(e, kw.get("dtype"), probe.dtype)
            return self.emit(e, "numpy.full", [shape, self.cast(e, fill, dtype)], ArrT(dtype, ndim), name)
        if name in ("zeros_like", "ones_like", "empty_like", "full_like") and e.args:
            a = fb.expr(e.args[0])
            t = prune(a[1])
            if not isinstance(t, ArrT):
                raise self.diag(e, "unsupported construct: np.%s of %s" % (name, show(t)))
            dtype = self.dtype_arg(e, kw.get("dtype"), t.dtype)
            if name == "full_like":
                fill = fb.expr(e.args[1])
            else:
                fill = fb.constant(e, 1 if name == "ones_like" else 0)
            shape = fb.build_tuple(e, [self.emit(e, "numpy.shape_at", [a, fb.constant(e, d)], INT, "dim")
                                       for d in range(t.ndim)])
            return self.emit(e, "numpy.full", [shape, self.cast(e, fill, dtype)], ArrT(dtype, t.ndim), name)
        if name == "arange" and 1 <= len(e.args) <= 3:
            args = [fb.expr(a) for a in e.args]
            consts = [self.constant_of(a) for a in e.args]
            result = self.result_type(e, "np.arange", np.arange, args, consts, value_based=False)
            if set(kw) - {"dtype"}:
                raise self.diag(e, "unsupported construct: keyword arguments to np.arange other than dtype=")
            if "dtype" in kw:
                result = ArrT(self.dtype_arg(e, kw["dtype"], result.dtype), 1)
            if len(args) == 1:
                args = [fb.constant(e, 0)] + args
            if len(args) == 2:
                args = args + [fb.constant(e, 1)]
            return self.emit(e, "numpy.arange", [self.cast(e, x, result.dtype) for x in args], result, "arange")
        if name == "linspace" and len(e.args) in (2, 3) and set(kw) <= {"num", "endpoint"}:
            args = [fb.expr(a) for a in e.args]
            if len(args) == 2:
                args.append(fb.expr(kw["num"]) if "num" in kw else fb.constant(e, 50))
            start, stop, num = args
            if prune(num[1]) is not INT or any(prune(x[1]) not in (INT, FLOAT) for x in (start, stop)):
                raise self.diag(e, "unsupported construct: np.linspace of %s" % ", ".join(show(x[1]) for x in args))
            endpoint = fb.truth(kw["endpoint"]) if "endpoint" in kw else fb.constant(e, True)
            start, stop = fb.promote(start, FLOAT), fb.promote(stop, FLOAT)
            return self.emit(e, "numpy.linspace", [start, stop, num, endpoint], ArrT("float64", 1), "linspace")
        if name in ("round", "around", "round_") and 1 <= len(e.args) <= 2 and set(kw) <= {"decimals"}:
            node = kw.get("decimals", e.args[1] if len(e.args) > 1 else None)
            return self.round(e, fb.expr(e.args[0]), node)
        if name in ("eye", "identity") and 1 <= len(e.args) <= (2 if name == "eye" else 1) and set(kw) <= {"dtype", "k", "M"}:
            n = (fb.int_operand(e.args[0], "eye size"), INT)
            m_node = kw.get("M", e.args[1] if len(e.args) > 1 else None)
            m = (fb.int_operand(m_node, "eye size"), INT) if m_node is not None else n
            k = (fb.int_operand(kw["k"], "eye diagonal"), INT) if "k" in kw else fb.constant(e, 0)
            dtype = self.dtype_arg(e, kw.get("dtype"), "float64")
            return self.emit(e, "numpy.eye", [n, m, k], ArrT(dtype, 2), name)
        if name in ("array", "asarray") and len(e.args) == 1 and set(kw) <= {"dtype"}:
            return self.array_of(e, fb.expr(e.args[0]), kw.get("dtype"), copy=name == "array")
        if name in DTYPES or name in ("bool_", "float_", "int_"):
            # np.float32(x): a NumPy scalar (or an array's items cast)
            dtype = {"bool_": "bool", "float_": "float64", "int_": "int64"}.get(name, name)
            if len(e.args) != 1 or kw:
                raise self.diag(e, "unsupported construct: np.%s with these arguments" % name)
            return self.cast(e, fb.expr(e.args[0]), dtype)
        if name in ("concatenate", "stack", "hstack", "vstack") and len(e.args) == 1 and set(kw) <= {"axis"}:
            return self.join(e, name, e.args[0], kw.get("axis"))
        if name in ("flip", "flipud", "fliplr") and len(e.args) >= 1:
            a = fb.expr(e.args[0])
            t = prune(a[1])
            if not isinstance(t, ArrT):
                raise self.diag(e, "unsupported construct: np.%s of %s" % (name, show(t)))
            if name == "flip":
                axis_node = kw.get("axis", e.args[1] if len(e.args) > 1 else None)
                axes = range(t.ndim) if axis_node is None else [self.axis_of(e, {"axis": axis_node}, [], 0, t.ndim)]
            else:
                need = 1 if name == "flipud" else 2
                if t.ndim < need:
                    raise self.diag(e, "ValueError: Input must be >= %d-d." % need)
                axes = [0] if name == "flipud" else [1]
            return self.flipped(e, a, set(axes))
        if name in ("cumsum",) and e.args:
            receiver = fb.expr(e.args[0])
            rest = ast.copy_location(ast.Call(func=e.func, args=e.args[1:], keywords=e.keywords), e)
            return self.method(rest, name, receiver)
        if name in ("swapaxes", "moveaxis") and len(e.args) == 3 and not kw:
            a = fb.expr(e.args[0])
            t = prune(a[1])
            x, y = [self.axis_of(e, {"axis": n}, [], 0, t.ndim) for n in e.args[1:]]
            order = list(range(t.ndim))
            if name == "swapaxes":
                order[x], order[y] = order[y], order[x]
            else:
                order.pop(x)
                order.insert(y, x)
            return self.permuted(e, a, order)
        if name == "ravel" and len(e.args) == 1:
            return self.method(ast.copy_location(ast.Call(func=e.func, args=[], keywords=[]), e), "ravel", fb.expr(e.args[0]))
        if name in ("squeeze", "expand_dims") and e.args:
            receiver = fb.expr(e.args[0])
            rest = ast.copy_location(ast.Call(func=e.func, args=e.args[1:], keywords=e.keywords), e)
            return self.method(rest, name, receiver)
        if name in ("transpose", "copy", "reshape", "dot", "matmul") and e.args:
            receiver = fb.expr(e.args[0])
            rest = ast.copy_location(ast.Call(func=e.func, args=e.args[1:], keywords=e.keywords), e)
            return self.method(rest, name, receiver)
        raise self.diag(e, "unsupported construct: call to numpy.%s" % name)

    def round(self, e, value, decimals_node):
        """np.round(x, decimals) as NumPy computes it: rint(x * 10**d) / 10**d (d < 0: the other
        way round); integers are returned as they are for d >= 0."""
        decimals = 0 if decimals_node is None else self.constant_of(decimals_node)
        if not isinstance(decimals, int) or isinstance(decimals, bool):
            raise self.diag(decimals_node, "unsupported construct: decimals that is not an int literal")
        t = prune(value[1])
        if not isinstance(t, (ArrT, NpScalarT)):
            raise self.diag(e, "unsupported construct: np.round of %s" % show(t))
        if not t.dtype.startswith("float"):
            if decimals >= 0:
                return self.emit(e, "numpy.copy", [value], t, "round") if isinstance(t, ArrT) else value
            raise self.diag(e, "unsupported construct: np.round of integers to negative decimals")
        if decimals == 0:
            return self.ufunc(e, "rint", [value])
        factor = float(10.0 ** abs(decimals))
        scale = self.fb.constant(e, factor)
        if decimals > 0:
            scaled = self.ufunc(e, "multiply", [value, scale], [None, factor])
            return self.ufunc(e, "true_divide", [self.ufunc(e, "rint", [scaled]), scale], [None, factor])
        scaled = self.ufunc(e, "true_divide", [value, scale], [None, factor])
        return self.ufunc(e, "multiply", [self.ufunc(e, "rint", [scaled]), scale], [None, factor])

    def array_of(self, e, value, dtype_node, copy):
        """np.array(x) / np.asarray(x): of a (nested) list of numbers, or of an array."""
        np = numpy()
        t = prune(value[1])
        if isinstance(t, ArrT):
            dtype = self.dtype_arg(e, dtype_node, t.dtype)
            if dtype != t.dtype:
                return self.cast(e, value, dtype)
            return self.emit(e, "numpy.copy", [value], t, "array") if copy else value
        depth, item = 0, t
        while isinstance(item, ListT):
            depth, item = depth + 1, prune(item.elem)
        if depth == 0 or item not in (INT, FLOAT, BOOL) and not isinstance(item, NpScalarT):
            raise self.diag(e, "unsupported construct: np.array of %s (lists of numbers only)" % show(t))
        probe = {INT: 1, FLOAT: 1.0, BOOL: True}.get(item)
        default = np.array(probe).dtype.name if probe is not None else item.dtype
        dtype = self.dtype_arg(e, dtype_node, default)
        return self.emit(e, "numpy.array", [value], ArrT(dtype, depth), "array")

    def join(self, e, name, items_ast, axis_node):
        """np.concatenate / stack / hstack / vstack of a list or tuple of arrays."""
        np = numpy()
        fb = self.fb
        if isinstance(items_ast, (ast.List, ast.Tuple)):
            items = [fb.expr(x) for x in items_ast.elts]
            if not items:
                raise self.diag(e, "need at least one array to concatenate")
            result = self.result_type(e, "np.%s" % name, lambda *a: getattr(np, name)(list(a)), items)
            dtype = result.dtype
            ndims = {prune(x[1]).ndim for x in items if isinstance(prune(x[1]), ArrT)}
            if len(ndims) != 1 or any(not isinstance(prune(x[1]), ArrT) for x in items):
                raise self.diag(e, "unsupported construct: np.%s of arrays with different numbers of dims" % name)
            ndim = ndims.pop()
            listed = fb.list_of(e, [self.cast(e, x, dtype) for x in items])
        else:
            listed = fb.expr(items_ast)
            lt = prune(listed[1])
            if not (isinstance(lt, ListT) and isinstance(prune(lt.elem), ArrT)):
                raise self.diag(items_ast, "unsupported construct: np.%s of %s" % (name, show(lt)))
            dtype, ndim = prune(lt.elem).dtype, prune(lt.elem).ndim
        axis = 0
        if axis_node is not None:
            axis = self.constant_of(axis_node)
            if not isinstance(axis, int) or isinstance(axis, bool):
                raise self.diag(axis_node, "unsupported construct: an axis that is not an int literal")
        if name == "hstack":
            name, axis = "concatenate", 0 if ndim == 1 else 1
        elif name == "vstack":
            if ndim == 1:
                name, axis = "stack", 0
            else:
                name, axis = "concatenate", 0
        if name == "stack":
            if not -(ndim + 1) <= axis <= ndim:
                raise self.diag(e, "axis %d is out of bounds for array of dimension %d" % (axis, ndim + 1))
            return self.emit(e, "numpy.stack", [listed, fb.constant(e, axis % (ndim + 1))], ArrT(dtype, ndim + 1), "stack")
        if not -ndim <= axis < ndim:
            raise self.diag(e, "axis %d is out of bounds for array of dimension %d" % (axis, ndim))
        return self.emit(e, "numpy.concatenate", [listed, fb.constant(e, axis % ndim)], ArrT(dtype, ndim), "concat")

    def flipped(self, e, a, axes):
        """a with the given axes reversed: a view (a[::-1] on each)."""
        fb = self.fb
        t = prune(a[1])
        values = []
        for d in range(t.ndim):
            if d in axes:
                values += [(fb.constant(e, 2 ** 63 - 1)[0], INT), (fb.constant(e, -2 ** 63)[0], INT), (fb.constant(e, -1)[0], INT)]
            else:
                values += [(fb.constant(e, 0)[0], INT), (fb.constant(e, 2 ** 63 - 1)[0], INT), (fb.constant(e, 1)[0], INT)]
        return self.emit(e, "numpy.index", [a, fb.constant(e, "s" * t.ndim), fb.build_tuple(e, values)], t, "flip")

    def permuted(self, e, a, order):
        t = prune(a[1])
        if sorted(order) != list(range(t.ndim)):
            raise self.diag(e, "ValueError: axes don't match array")
        return self.emit(e, "numpy.permute", [a, self.fb.constant(e, "".join(chr(ord("a") + d) for d in order))], t,
                         "transpose")

    def regroup(self, e, receiver, pattern):
        t = prune(receiver[1])
        ndim = pattern.count("k") + pattern.count("n")
        return self.emit(e, "numpy.regroup", [receiver, self.fb.constant(e, pattern)], ArrT(t.dtype, ndim), "view")

    def method(self, e, attr, receiver):
        """a.<attr>(...) on an array (or a NumPy scalar)."""
        np = numpy()
        fb = self.fb
        t = prune(receiver[1])
        kw = {k.arg: k.value for k in e.keywords}
        if isinstance(t, NpScalarT) and attr == "item" and not e.args:
            return self.to_python(e, {"bool": "bool"}.get(t.dtype, "float" if t.dtype.startswith("float") else "int"),
                                  receiver)
        if not isinstance(t, ArrT):
            raise self.diag(e, "unsupported construct: method .%s() of %s" % (attr, show(t)))
        if attr in REDUCTIONS:
            return self.reduction(e, attr, receiver, e.args, kw)
        if attr == "fill" and len(e.args) == 1 and not kw:
            fb.emit(e, "CALL_FUNCTION", None, "numpy.assign", [receiver[0], self.assigned_item(e, fb.expr(e.args[0]), t.dtype)[0]])
            return fb.constant(e, None)
        if attr == "item" and not e.args and not kw:
            if t.dtype == "uint64":
                raise self.diag(e, "unsupported construct: .item() of a uint64 array (its values may exceed "
                                "fxn's 64-bit int)")
            kind = FLOAT if t.dtype.startswith("float") else BOOL if t.dtype == "bool" else INT
            return self.emit(e, "numpy.item", [receiver], kind, "item")
        if attr == "round" and len(e.args) <= 1 and set(kw) <= {"decimals"}:
            return self.round(e, receiver, kw.get("decimals", e.args[0] if e.args else None))
        if attr == "astype" and len(e.args) == 1:
            return self.cast(e, receiver, self.dtype_arg(e, e.args[0], None))
        if attr == "copy" and not e.args:
            return self.emit(e, "numpy.copy", [receiver], t, "copy")
        if attr == "transpose" and not e.args:
            return self.emit(e, "numpy.transpose", [receiver], t, "T")
        if attr == "transpose":
            axes = [self.constant_of(x) for x in (e.args[0].elts if len(e.args) == 1 and isinstance(e.args[0], ast.Tuple)
                                                 else e.args)]
            if any(not isinstance(x, int) for x in axes) or len(axes) != t.ndim:
                raise self.diag(e, "unsupported construct: transpose axes that are not int literals, one per dim")
            if any(not -t.ndim <= x < t.ndim for x in axes):
                raise self.diag(e, "AxisError: an axis is out of bounds for array of dimension %d" % t.ndim)
            return self.permuted(e, receiver, [x % t.ndim for x in axes])
        if attr == "swapaxes" and len(e.args) == 2:
            x, y = [self.axis_of(e, {"axis": n}, [], 0, t.ndim) for n in e.args]
            order = list(range(t.ndim))
            order[x], order[y] = order[y], order[x]
            return self.permuted(e, receiver, order)
        if attr == "cumsum":
            result = self.result_type(e, "cumsum", lambda x: np.cumsum(x), [receiver])
            axis_node = kw.get("axis", e.args[0] if e.args else None)
            if axis_node is None:
                return self.emit(e, "numpy.cumsum", [receiver], result, "cumsum")
            axis = (fb.int_operand(axis_node, "axis"), INT)
            return self.emit(e, "numpy.cumsum_axis", [receiver, axis], ArrT(result.dtype, t.ndim), "cumsum")
        if attr == "reshape" and e.args:
            if len(e.args) == 1:
                shape, ndim = self.shape_arg(e, fb.expr(e.args[0]))
            else:
                shape = fb.build_tuple(e, [(fb.int_operand(a, "reshape dimension"), INT) for a in e.args])
                ndim = len(e.args)
            return self.emit(e, "numpy.reshape", [receiver, shape], ArrT(t.dtype, ndim), "reshape")
        if attr in ("flatten", "ravel") and not e.args:
            shape = fb.build_tuple(e, [fb.constant(e, -1)])
            value = self.emit(e, "numpy.reshape", [receiver, shape], ArrT(t.dtype, 1), attr)
            return self.emit(e, "numpy.copy", [value], ArrT(t.dtype, 1), attr) if attr == "flatten" else value
        if attr == "clip" and len(e.args) == 2:
            return self.clip(e, receiver, *[fb.expr(a) for a in e.args], [None] + [self.constant_of(a) for a in e.args])
        if attr == "squeeze":
            axis_node = kw.get("axis", e.args[0] if e.args else None)
            if axis_node is None:
                raise self.diag(e, "unsupported construct: squeeze() without axis= (the result's number of dims "
                                "would depend on the shape)")
            axis = self.axis_of(e, {"axis": axis_node}, [], 0, t.ndim)
            return self.regroup(e, receiver, "".join("d" if d == axis else "k" for d in range(t.ndim)))
        if attr == "expand_dims":
            axis_node = kw.get("axis", e.args[0] if e.args else None)
            axis = self.constant_of(axis_node) if axis_node is not None else None
            if not isinstance(axis, int) or not -(t.ndim + 1) <= axis <= t.ndim:
                raise self.diag(e, "unsupported construct: expand_dims without an int literal axis in range")
            axis %= t.ndim + 1
            pattern = "k" * t.ndim
            return self.regroup(e, receiver, pattern[:axis] + "n" + pattern[axis:])
        if attr in ("dot", "matmul") and len(e.args) == 1:
            return self.matmul(e, receiver, fb.expr(e.args[0]))
        raise self.diag(e, "unsupported construct: method ndarray.%s()" % attr)

    def global_array(self, at, label, value):
        """A module-level array (weights, tables): its value at trace time, built once."""
        np = numpy()
        t = describe_array(value)
        data = base64.b64encode(np.ascontiguousarray(value).astype(value.dtype.newbyteorder("<")).tobytes())
        text = self.fb.constant(at, data.decode("ascii"))
        shape = self.fb.build_tuple(at, [self.fb.constant(at, int(n)) for n in value.shape])
        return self.emit(at, "numpy.constant", [text, shape], t, label)

    def dtype_compare(self, at, left, right, equal):
        """`a.dtype == np.float32` (or != ; either side; a dtype name or another array's .dtype):
        decided at compile time, since dtypes are static. None when the comparison is not of that
        form. A dtype object itself never becomes a value: its repr and identity are NumPy's."""
        fb = self.fb

        def static_dtype(node):
            """The dtype of `x.dtype` for an array or NumPy scalar x (x is evaluated), else None."""
            if not (isinstance(node, ast.Attribute) and node.attr == "dtype"):
                return None
            value = fb.expr(node.value)
            t = prune(value[1])
            return t.dtype if isinstance(t, (ArrT, NpScalarT)) else None

        def looks_like_dtype(node):
            return isinstance(node, ast.Attribute) and node.attr == "dtype"

        if not (looks_like_dtype(left) or looks_like_dtype(right)):
            return None
        left_dtype = static_dtype(left) if looks_like_dtype(left) else None
        right_dtype = static_dtype(right) if looks_like_dtype(right) else None
        if left_dtype is None and looks_like_dtype(left) or right_dtype is None and looks_like_dtype(right):
            raise self.diag(at, "unsupported construct: .dtype of a value that is not a NumPy array or scalar")
        left_dtype = left_dtype or self.dtype_arg(at, left, None)
        right_dtype = right_dtype or self.dtype_arg(at, right, None)
        return fb.constant(at, (left_dtype == right_dtype) == equal)

    def image_call(self, e, name):
        """fxn.image.<name>(img, height, width): an image operator (python/fxn/image.py)."""
        fb = self.fb
        if name not in IMAGE_OPS or len(e.args) != 3 or e.keywords:
            raise self.diag(e, "unsupported construct: fxn.image.%s with these arguments (img, height, width)" % name)
        img = fb.expr(e.args[0])
        t = prune(img[1])
        if not (isinstance(t, ArrT) and t.dtype == "uint8" and t.ndim in (2, 3)):
            raise self.diag(e.args[0], "fxn.image.%s expects an HxW or HxWxC uint8 array, not %s" % (name, show(t)))
        size = [(fb.int_operand(a, "image size"), INT) for a in e.args[1:]]
        return self.emit(e, "fxn.image." + name, [img, *size], ArrT("uint8", t.ndim), name)

    def matmul(self, at, a, b):
        """a @ b for 1-d and 2-d arrays: a 1-d operand is a row (left) or a column (right), as
        NumPy's matmul treats it, and that dim is dropped from the result."""
        np = numpy()
        ta, tb = prune(a[1]), prune(b[1])
        result = self.result_type(at, "matmul", np.matmul, [a, b])
        if not (isinstance(ta, ArrT) and isinstance(tb, ArrT) and ta.ndim in (1, 2) and tb.ndim in (1, 2)):
            raise self.diag(at, "unsupported construct: matmul of %s and %s (1-d and 2-d arrays)" % (show(ta), show(tb)))
        dtype = result.dtype
        if dtype in ("float32", "float64"):
            self.fb.m.inexact = True
        a, b = self.cast(at, a, dtype), self.cast(at, b, dtype)
        if ta.ndim == 1:
            a = self.regroup(at, a, "nk")
        if tb.ndim == 1:
            b = self.regroup(at, b, "kn")
        product = self.emit(at, "numpy.matmul", [a, b], ArrT(dtype, 2), "matmul")
        if ta.ndim == 1 and tb.ndim == 1:
            fb = self.fb
            zero = (fb.constant(at, 0)[0], INT)
            return self.emit(at, "numpy.index_item", [product, fb.constant(at, "ii"), fb.build_tuple(at, [zero, zero])],
                             NpScalarT(dtype), "dot")
        if ta.ndim == 1:
            return self.regroup(at, product, "dk")
        if tb.ndim == 1:
            return self.regroup(at, product, "kd")
        return product

    def basic_index(self, at, index, t, evaluated=None):
        """An index of integers, slices, np.newaxis and `...` as (pattern, value operands, result
        ndim), the dims it leaves out spelled as full slices. `evaluated`: the operand of a
        single index expression the caller has already built."""
        fb = self.fb
        np = numpy()
        elts = index.elts if isinstance(index, ast.Tuple) else [index]

        def is_newaxis(x):
            if isinstance(x, ast.Constant) and x.value is None:
                return True
            return isinstance(x, ast.Attribute) and x.attr == "newaxis" and isinstance(x.value, ast.Name) \
                and fb.m.resolve_global_quiet(x.value.id) is np

        def is_ellipsis(x):
            return isinstance(x, ast.Constant) and x.value is Ellipsis

        used = sum(1 for x in elts if not is_newaxis(x) and not is_ellipsis(x))
        if used > t.ndim:
            raise self.diag(index, "too many indices for array: array is %d-dimensional, but %d were indexed"
                            % (t.ndim, used))
        if sum(1 for x in elts if is_ellipsis(x)) > 1:
            raise self.diag(index, "an index can only have a single ellipsis ('...')")
        pattern, values = "", []

        def full_slice():
            return [(fb.constant(at, 0)[0], INT), (fb.constant(at, 2 ** 63 - 1)[0], INT), (fb.constant(at, 1)[0], INT)]

        for x in elts:
            if is_ellipsis(x):
                for _ in range(t.ndim - used):
                    pattern += "s"
                    values += full_slice()
            elif is_newaxis(x):
                pattern += "n"
            elif isinstance(x, ast.Slice):
                pattern += "s"
                values += fb.slice_bounds(x)
            else:
                value = evaluated if evaluated is not None else fb.expr(x)
                vt = prune(value[1])
                if vt not in (INT, BOOL) and not (isinstance(vt, NpScalarT) and vt.dtype.startswith(("int", "uint"))):
                    raise self.diag(x, "unsupported construct: indexing %s with %s inside a tuple index (integers, "
                                    "slices, np.newaxis and ... only)" % (show(t), show(vt)))
                if isinstance(vt, NpScalarT):
                    value = self.emit(x, "numpy.to_int", [value], INT, "index")
                pattern += "i"
                values.append(fb.promote(value, INT))
        if not any(is_ellipsis(x) for x in elts):
            for _ in range(t.ndim - used):
                pattern += "s"
                values += full_slice()
        ndim = pattern.count("s") + pattern.count("n")
        return pattern, values, ndim

    def item_at(self, at, container, index):
        """container[index] for an int operand: a row view, or an item of a 1-d array."""
        fb = self.fb
        t = prune(container[1])
        values = [index]
        for _ in range(t.ndim - 1):
            values += [(fb.constant(at, 0)[0], INT), (fb.constant(at, 2 ** 63 - 1)[0], INT), (fb.constant(at, 1)[0], INT)]
        text = fb.constant(at, "i" + "s" * (t.ndim - 1))
        packed = fb.build_tuple(at, values)
        if t.ndim == 1:
            return self.emit(at, "numpy.index_item", [container, text, packed], NpScalarT(t.dtype), "item")
        return self.emit(at, "numpy.index", [container, text, packed], ArrT(t.dtype, t.ndim - 1), "row")

    def single_index(self, index):
        """The operand of an index that is one expression (not a tuple, slice, None or ...)."""
        if isinstance(index, (ast.Tuple, ast.Slice)) or (isinstance(index, ast.Constant) and index.value in (None, Ellipsis)):
            return None
        if isinstance(index, ast.Attribute) and index.attr == "newaxis":
            return None
        return self.fb.expr(index)

    def subscript(self, e, container):
        """a[...]: basic indexing gives a view (or an item); a boolean or integer array, a copy."""
        fb = self.fb
        t = prune(container[1])
        index = e.slice
        value = self.single_index(index)
        if value is not None and isinstance(prune(value[1]), ArrT):
            it = prune(value[1])
            if it.dtype == "bool":
                if it.ndim > t.ndim:
                    raise self.diag(index, "IndexError: too many indices for array: array is %d-dimensional, but %d "
                                    "were indexed" % (t.ndim, it.ndim))
                return self.emit(e, "numpy.mask_select", [container, value], ArrT(t.dtype, t.ndim - it.ndim + 1),
                                 "select")
            if it.dtype.startswith(("int", "uint")):
                return self.emit(e, "numpy.take0", [container, value], ArrT(t.dtype, it.ndim + t.ndim - 1), "take")
            raise self.diag(index, "IndexError: arrays used as indices must be of integer (or boolean) type")
        pattern, values, ndim = self.basic_index(e, index, t, value)
        text = fb.constant(e, pattern)
        packed = fb.build_tuple(e, values)
        if ndim == 0 and "n" not in pattern:
            return self.emit(e, "numpy.index_item", [container, text, packed], NpScalarT(t.dtype), "item")
        return self.emit(e, "numpy.index", [container, text, packed], ArrT(t.dtype, ndim), "view")

    def setitem(self, at, container, index, value):
        """a[...] = value."""
        fb = self.fb
        t = prune(container[1])
        single = self.single_index(index)
        if single is not None and isinstance(prune(single[1]), ArrT):
            it = prune(single[1])
            if it.dtype != "bool" or it.ndim != t.ndim:
                raise self.diag(index, "unsupported construct: assigning through this array index (boolean masks "
                                "of the array's shape only)")
            fb.emit(at, "CALL_FUNCTION", None, "numpy.mask_assign",
                    [container[0], single[0], self.assigned_value(at, value, t.dtype)[0]])
            return
        pattern, values, ndim = self.basic_index(at, index, t, single)
        text = fb.constant(at, pattern)
        packed = fb.build_tuple(at, values)
        if ndim == 0 and "n" not in pattern:
            item = self.assigned_item(at, value, t.dtype)
            fb.emit(at, "CALL_FUNCTION", None, "numpy.setindex_item", [container[0], text[0], packed[0], item[0]])
            return
        view = self.emit(at, "numpy.index", [container, text, packed], ArrT(t.dtype, ndim), "view")
        fb.emit(at, "CALL_FUNCTION", None, "numpy.assign", [view[0], self.assigned_value(at, value, t.dtype)[0]])

    def in_place(self, at, target, result):
        """a += x: the result written back into a's items (NumPy's out=a, casting 'same_kind')."""
        np = numpy()
        t, rt = prune(target[1]), prune(result[1])
        dtype = rt.dtype if isinstance(rt, (ArrT, NpScalarT)) else None
        if dtype != t.dtype and not (dtype and np.can_cast(dtype, t.dtype, casting="same_kind")):
            raise self.diag(at, "UFuncTypeError: Cannot cast ufunc output from dtype('%s') to dtype('%s') with "
                            "casting rule 'same_kind' (an in-place operation keeps the array's dtype)" % (dtype, t.dtype))
        if isinstance(rt, ArrT) and rt.ndim > t.ndim:
            raise self.diag(at, "unsupported construct: an in-place operation whose result has more dims than the "
                            "array (NumPy raises ValueError: non-broadcastable output operand)")
        self.fb.emit(at, "CALL_FUNCTION", None, "numpy.assign", [target[0], self.cast(at, result, t.dtype)[0]])

    def assigned_value(self, at, value, dtype):
        """What is assigned into an array of dtype: an item, or an array cast to dtype."""
        t = prune(value[1])
        if isinstance(t, ArrT):
            return self.cast(at, value, dtype)
        return self.assigned_item(at, value, dtype)

    def assigned_item(self, at, value, dtype):
        t = prune(value[1])
        if t in (INT, FLOAT, BOOL) or isinstance(t, NpScalarT):
            return self.cast(at, value, dtype)
        raise self.diag(at, "unsupported construct: assigning %s into an array item" % show(t))
