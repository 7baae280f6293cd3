"""np.<name>(...) calls and ndarray methods to IR: reductions (over an axis, a tuple of axes, or
all), array constructors, joins, flips and permutations, reshapes, matmul, fxn.image operators.
"""

import ast

from fxn_numpy_types import DTYPES, IMAGE_OPS, REDUCTIONS, UFUNC_NAMES, numpy
from fxn_types import BOOL, FLOAT, INT, ArrT, ListT, NpScalarT, TupleT, prune, show


class NumpyCalls:
    """NumPy functions and methods (a NumpyBuilder mixin)."""

    # ---- reductions ----

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

    # ---- np.<name>(...) ----

    def shape_arg(self, at, value):
        """A shape: an int or a tuple of ints -> (tuple operand, ndim)."""
        t = prune(value[1])
        if t is INT:
            return self.fb.build_tuple(at, [value]), 1
        if isinstance(t, TupleT) and all(prune(x) in (INT, BOOL) for x in t.elems):
            return value, len(t.elems)
        raise self.diag(at, "unsupported construct: a shape given as %s (an int or a tuple of ints)" % show(t))

    def call(self, e, name):
        """np.<name>(...)."""
        fb = self.fb
        kw = {k.arg: k.value for k in e.keywords}
        if name in UFUNC_NAMES:
            if kw:
                raise self.diag(e, "unsupported construct: keyword arguments to np.%s" % name)
            args = [fb.expr(a) for a in e.args]
            return self.ufunc(e, UFUNC_NAMES[name], args, [self.constant_of(a) for a in e.args])
        if name in ("amax", "amin"):
            name = name[1:]
        for lower in (self.call_reduction, self.call_elementwise, self.call_constructor, self.call_layout):
            value = lower(e, name, kw)
            if value is not None:
                return value
        raise self.diag(e, "unsupported construct: call to numpy.%s" % name)

    def call_reduction(self, e, name, kw):
        """np.count_nonzero, np.sum, np.mean, ... (fxn_numpy_types.REDUCTIONS); None for another name."""
        fb = self.fb
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
        return None

    def call_elementwise(self, e, name, kw):
        """np.where, np.clip, np.round: elementwise, typed by NumPy; None for another name."""
        fb = self.fb
        if name == "where" and len(e.args) == 3:
            return self.where(e, *[fb.expr(a) for a in e.args])
        if name == "clip" and len(e.args) == 3:
            return self.clip(e, *[fb.expr(a) for a in e.args], [self.constant_of(a) for a in e.args])
        if name in ("round", "around", "round_") and 1 <= len(e.args) <= 2 and set(kw) <= {"decimals"}:
            node = kw.get("decimals", e.args[1] if len(e.args) > 1 else None)
            return self.round(e, fb.expr(e.args[0]), node)
        return None

    def call_constructor(self, e, name, kw):
        """np.zeros/ones/empty/full(_like), arange, linspace, eye, identity, array, asarray and
        the scalar types (np.float32(x)); None for another name."""
        np = numpy()
        fb = self.fb
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
        return None

    def call_layout(self, e, name, kw):
        """Joins, flips, axis moves and the functions that are ndarray methods too (np.reshape(a, s)
        is a.reshape(s)); None for another name."""
        fb = self.fb
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
        return None

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

    # ---- ndarray methods, matmul, fxn.image ----

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
