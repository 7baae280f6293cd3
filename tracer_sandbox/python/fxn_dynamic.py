"""Dynamic values (IR type `dynamic`, runtime/fxn_dyn.hpp's fxn::Dyn): a lowering mixin for the
operations on them.

fxn_types.join makes a value dynamic where values of two different value types meet (a variable,
a list item, a dict value, a function's result; see `joins_dynamically`); everything static stays
static. An operation with a dynamic operand goes to the dynamic kernels of ops_dyn.hpp, which
dispatch on the run-time type with CPython's semantics and messages: the other operands become
dynamic (`fxn.to_dyn`), a method call narrows the receiver to the one type that has the method
(`fxn.dyn_as_str`, ... with CPython's AttributeError otherwise), `for` iterates `fxn.dyn_iter`,
isinstance() and `is None` test the tag at run time.
"""

import ast

from fxn_diagnostics import unsupported
from fxn_types import (BOOL, DYN, FLOAT, INT, NONE, STR, DictT, ListT, OptT, TupleT, TypeVar,
                       joins_dynamically, prune, rebind, show)

# Operations that only read their operands: a container operand may be copied into a dynamic
# value for them (fxn_dyn.hpp's ToDyn copies a statically typed list or dict).
READ_ONLY = frozenset([
    "operator.eq", "operator.ne", "operator.lt", "operator.le", "operator.gt", "operator.ge", "operator.add",
    "operator.mul", "operator.contains", "operator.getitem", "builtins.str", "builtins.repr", "fxn.truth",
    "operator.mod",  # numbers, or '%' formatting (fxn.percent_runtime), which only prints its operands
])

# The static types whose methods a dynamic receiver may have, in the order they are tried.
METHOD_OWNERS = ((str, "str"), (list, "list"), (dict, "dict"))


class DynamicLowering:
    """Operations on dynamic values (composed into FunctionBuilder)."""

    def to_dynamic(self, at, value):
        if prune(value[1]) is DYN:
            return value
        return self.call_op(at, "fxn.to_dyn", [value], "value")

    def dynamic_operation(self, at, target, symbol, operands, statement=False):
        """A registry operation that found no static kernel and has a dynamic operand (called by
        IREmitter.call_op): the dynamic kernel, with the other operands made dynamic."""
        types_ = [prune(t) for _, t in operands]
        if self.discovery and self.widen_to_dynamic(types_):
            return "$unknown", TypeVar()
        as_real = self.math_real_arguments(at, target, symbol, operands, types_)
        if as_real is not None:
            return self.call_op(at, target, as_real, symbol)
        converted = []
        for (name, t), pt in zip(operands, types_):
            if pt is DYN:
                converted.append((name, t))
            elif isinstance(pt, TypeVar):
                return "$unknown", TypeVar()
            elif joins_dynamically(pt, DYN) and (target in READ_ONLY or pt in (NONE, BOOL, INT, FLOAT, STR)
                                                or isinstance(pt, (TupleT, OptT))):
                converted.append(self.call_op(at, "fxn.to_dyn", [(name, t)], "value"))
            else:
                raise unsupported(at, "%s applied to %s (a dynamic value meets a %s here)"
                                  % (symbol, ", ".join(show(t) for t in types_), show(pt)))
        result = self.m.registry.lookup(target, [DYN] * len(converted))
        if result is None:
            raise unsupported(at, "%s applied to a dynamic value" % symbol)
        args = [n for n, _ in converted]
        if statement or prune(result) is NONE and target == "operator.setitem":
            self.emit(at, "CALL_FUNCTION", None, target, args)
            return None, NONE
        return self.value(at, "CALL_FUNCTION", target.split(".")[-1].rstrip("_"), target, args, result)

    def math_real_arguments(self, at, target, symbol, operands, types_):
        """A math function over floats given a dynamic value (`math.sqrt(sum(xs))`, sum() being
        dynamic for floats): the value as a float (`fxn.dyn_as_real`: an int converted as
        CPython's PyFloat_AsDouble does, its TypeError otherwise), when the module has no dynamic
        kernel for the function but a float one. None where that does not apply."""
        if not target.startswith("math.") or any(isinstance(t, TypeVar) for t in types_):
            return None
        if self.m.registry.lookup(target, [DYN] * len(types_)) is not None:
            return None
        if all(self.m.registry.lookup(target, [FLOAT if t in kinds else t for t in types_]) is None
               for kinds in ((DYN,), (DYN, INT, BOOL))):  # call_op promotes int arguments itself
            return None
        return [self.call_op(at, "fxn.dyn_as_real", [op], symbol) if t is DYN else op
                for op, t in zip(operands, types_)]

    def widen_to_dynamic(self, types_):
        """In a discovery pass: a list's items or a dict's values (a type variable some earlier use
        bound to a static type) that now also take a dynamic value become dynamic. True if any did."""
        if not any(t is DYN for t in types_):
            return False
        widened = False
        for t in types_:
            slot = t.elem if isinstance(t, ListT) else t.value if isinstance(t, DictT) and t.kind == "dict" else None
            if isinstance(slot, TypeVar) and prune(slot) is not DYN and joins_dynamically(slot, DYN):
                rebind(slot, DYN)
                widened = True
        return widened

    def dynamic_receiver(self, at, receiver, attr):
        """`x.attr(...)` on a dynamic x: x as the one type that has method attr (str, list or dict),
        CPython's AttributeError when x holds another type."""
        owners = [name for cls, name in METHOD_OWNERS if hasattr(cls, attr)]
        if not owners:
            raise unsupported(at, "method %s() of a dynamic value" % attr)
        if len(owners) > 1:
            raise unsupported(at, "method %s() of a dynamic value that may be a %s" % (attr, " or a ".join(owners)))
        return self.dynamic_as(at, receiver, owners[0], "AttributeError",
                               "'%%s' object has no attribute '%s'" % attr)

    def dynamic_as(self, at, value, kind, error, message):
        """The dynamic value as static type `kind` ("str", "list", "dict", "int", "float")."""
        err = self.constant(at, error)
        msg = self.constant(at, message)
        return self.call_op(at, "fxn.dyn_as_" + kind, [value, err, msg], kind)

    def dynamic_iterable(self, at, seq):
        """`for x in v` over a dynamic v: the list of what it yields (fxn.dyn_iter)."""
        return self.call_op(at, "fxn.dyn_iter", [seq], "iter()")

    def dynamic_isinstance(self, at, value, wanted):
        """isinstance(x, (A, ...)) of a dynamic x, tested on its run-time type."""
        names = []
        for w in wanted:
            if w is object:
                return self.constant(at, True)
            name = {int: "int", bool: "bool", float: "float", str: "str", list: "list", dict: "dict",
                    tuple: "tuple", type(None): "NoneType"}.get(w)
            if name is not None:
                names.append(name)
        kinds = self.constant(at, ",".join(names))
        return self.call_op(at, "fxn.dyn_isinstance", [value, kinds], "isinstance()")

    def exponent_is_non_negative(self, exponent):
        """Whether `b ** exponent` of ints is known to be an int: a literal >= 0 (`x ** 2`), or a
        module-level int constant >= 0. Otherwise the result's type depends on the exponent's sign
        (a float below 0), so it is dynamic (fxn.int_pow_dyn)."""
        if isinstance(exponent, ast.Constant) and isinstance(exponent.value, int):
            return exponent.value >= 0
        if isinstance(exponent, ast.Name) and exponent.id not in self.locals and exponent.id not in self.global_names:
            value = self.m.resolve_global_quiet(exponent.id)
            return isinstance(value, int) and value >= 0
        return False

    def dynamic_is_none(self, at, value):
        kinds = self.constant(at, "NoneType")
        return self.call_op(at, "fxn.dyn_isinstance", [value, kinds], "is None")
