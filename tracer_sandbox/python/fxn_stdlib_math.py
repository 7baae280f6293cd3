"""The math module's calls that need more than one registry kernel with positional arguments
(a lowering mixin, `call_math`; see fxn_stdlib): gcd/lcm of any number of ints (folded left to
right, as CPython does), hypot of any number of coordinates and dist of tuples (CPython's
vector_norm over a list), fsum/prod of a generator or tuple, isclose's keyword-only tolerances.
Every other math function is a kernel of its own (operator_registry/kernels/ops_math.hpp).
"""

import ast

from fxn_diagnostics import Diagnostic, unsupported
from fxn_types import FLOAT, INT, BOOL, ListT, TupleT, TypeVar, prune, show

# What math.gcd() and math.lcm() of no argument are.
EMPTY_FOLD = {"math.gcd": 0, "math.lcm": 1}


class MathLowering:
    """call_math: the builder's hook for `math.name(...)` calls (NotImplemented: the kernel)."""

    def call_math(self, e, qualified):
        name = qualified.split(".", 1)[1]
        if name in ("gcd", "lcm"):
            return self.math_fold(e, qualified)
        if name == "hypot" and (len(e.args) != 2 or e.keywords):
            return self.math_hypot_n(e)
        if name == "dist":
            return self.math_dist(e)
        if name in ("fsum", "prod"):
            return self.math_iterable_call(e, qualified)
        if name == "isclose":
            return self.math_isclose(e)
        return NotImplemented

    def math_plain_args(self, e, qualified):
        self.no_unpacking(e)
        if e.keywords:
            raise Diagnostic(e.keywords[0], "%s() takes no keyword arguments" % qualified.split(".")[1])
        return [self.expr(a) for a in e.args]

    def math_fold(self, e, qualified):
        args = self.math_plain_args(e, qualified)
        if self.discovery and any(isinstance(prune(t), TypeVar) for _, t in args):
            return "$unknown", TypeVar()
        for a, (_, t) in zip(e.args, args):
            if prune(t) not in (INT, BOOL):
                raise unsupported(a, "%s() of %s (it takes ints)" % (qualified, show(t)))
        args = [self.promote(a, INT) for a in args]
        if not args:
            return self.constant(e, EMPTY_FOLD[qualified])
        if len(args) == 1:  # gcd(a) and lcm(a) are abs(a)
            return self.call_op(e, "builtins.abs", args, "abs()")
        result = args[0]
        for other in args[1:]:
            result = self.call_op(e, qualified, [result, other], qualified + "()")
        return result

    def math_float_list(self, at, value):
        """A tuple or list of numbers as a list of float (CPython converts each to a double)."""
        t = prune(value[1])
        if isinstance(t, TupleT):
            items = [self.promote(self.tuple_get(at, value[0], t, i), FLOAT) for i in range(len(t.elems))]
            if not items:
                return self.value(at, "CALL_FUNCTION", "empty_list", "fxn.empty_list", [], ListT(FLOAT))
            return self.list_of(at, items)
        return value

    def math_hypot_n(self, e):
        coords = [self.promote(a, FLOAT) for a in self.math_plain_args(e, "math.hypot")]
        if self.discovery and any(isinstance(prune(t), TypeVar) for _, t in coords):
            return "$unknown", TypeVar()
        if not coords:
            return self.constant(e, 0.0)
        return self.call_op(e, "fxn.math_hypot_n", [self.list_of(e, coords)], "math.hypot()")

    def math_dist(self, e):
        args = self.math_plain_args(e, "math.dist")
        if len(args) != 2:
            raise Diagnostic(e, "dist expected 2 arguments, got %d" % len(args))
        if self.discovery and any(isinstance(prune(t), TypeVar) for _, t in args):
            return "$unknown", TypeVar()
        p, q = (self.math_float_list(e, a) for a in args)
        return self.call_op(e, "math.dist", [p, q], "math.dist()")

    def math_iterable_call(self, e, qualified):
        self.no_unpacking(e)
        if not e.args:
            return NotImplemented
        first = e.args[0]
        if isinstance(first, ast.GeneratorExp):
            items = self.gen_to_list(first)
        else:
            items = self.expr(first)
        if isinstance(prune(items[1]), TupleT):
            items = self.as_list(e, items)
        rest = [self.expr(a) for a in e.args[1:]]
        for k in e.keywords:
            if qualified != "math.prod" or k.arg != "start" or rest:
                raise Diagnostic(k, "%s() got an unexpected keyword argument '%s'" % (qualified.split(".")[1], k.arg))
            rest.append(self.expr(k.value))
        if qualified == "math.prod" and rest and prune(rest[0][1]) is BOOL:
            rest = [self.promote(rest[0], INT)]
        return self.call_op(e, qualified, [items] + rest, qualified + "()")

    def math_isclose(self, e):
        self.no_unpacking(e)
        if len(e.args) != 2:
            raise Diagnostic(e, "isclose() takes exactly 2 positional arguments (%d given)" % len(e.args))
        values = [self.promote(self.expr(a), FLOAT) for a in e.args]
        tolerances = {"rel_tol": None, "abs_tol": None}
        for k in e.keywords:
            if k.arg not in tolerances:
                raise Diagnostic(k, "isclose() got an unexpected keyword argument '%s'" % k.arg)
            tolerances[k.arg] = self.promote(self.expr(k.value), FLOAT)
        defaults = {"rel_tol": 1e-09, "abs_tol": 0.0}
        for key, default in defaults.items():
            if tolerances[key] is None:
                tolerances[key] = self.constant(e, default)
        return self.call_op(e, "math.isclose", values + [tolerances["rel_tol"], tolerances["abs_tol"]],
                            "math.isclose()")
