"""NumpyBuilder: the IR of NumPy operations for a FunctionBuilder. Ufuncs typed by NumPy itself
(fxn_numpy_types) with explicit casts to each loop's dtype, Python operators on arrays, truth,
attributes, indexing and assignment into arrays, module-level arrays. Calls and methods:
fxn_numpy_calls.
"""

import ast
import base64

from fxn_numpy_calls import NumpyCalls
from fxn_numpy_types import (BINARY_UFUNCS, BOOL_RESULT, INEXACT_UFUNCS, UNARY_UFUNCS, NumpyTyping, describe_array,
                             numpy)
from fxn_types import BOOL, FLOAT, INT, ArrT, NpScalarT, TypeVar, prune, show


class NumpyBuilder(NumpyTyping, NumpyCalls):
    """The NumPy part of a FunctionBuilder: called by it for operations on arrays."""

    def __init__(self, fb):
        self.fb = fb

    # ---- emitting: ufuncs with explicit casts ----

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

    # ---- indexing and assignment into arrays ----

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
