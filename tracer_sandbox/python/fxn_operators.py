"""Operators to IR: arithmetic with Python's numeric tower, unary operators, truth tests, `and`/`or`
short-circuits, comparisons (chained, identity, membership), and the narrowing of `T | None`
variables that `x is not None` proves.
"""

import ast

import fxn_numpy_types
from fxn_classes import run_time_classes
from fxn_diagnostics import unsupported
from fxn_syntax import literal_int
from fxn_tables import BINOPS, CMPOPS
from fxn_types import (BOOL, DYN, EXC, FLOAT, INT, NONE, STR, ClassT, DictT, GenT, ListT, OptT, SetT, TupleT, TypeVar, compatible,
                       join, joins_dynamically, prune, python_type_name, show, unify)

NUMBERS = (BOOL, INT, FLOAT)


def never_equal(a, b):
    """Whether no value of static type a can be == to one of type b (both without __eq__ methods:
    instances compare by identity here). Numbers of different kinds can, and so can two lists,
    dicts or sets of any items (both empty, or item by item)."""
    a, b = prune(a), prune(b)
    if compatible(a, b) or isinstance(a, TypeVar) or isinstance(b, TypeVar) or DYN in (a, b):
        return False
    if a in NUMBERS and b in NUMBERS:
        return False
    if isinstance(a, OptT) or isinstance(b, OptT):
        return never_equal(a.elem if isinstance(a, OptT) else a, b.elem if isinstance(b, OptT) else b) \
            and not (isinstance(a, OptT) and isinstance(b, OptT))
    sequence = lambda t: "list" if isinstance(t, ListT) or isinstance(t, TupleT) and t.as_list else \
        "tuple" if isinstance(t, TupleT) else None
    if sequence(a) is not None and sequence(a) == sequence(b):
        # items of fixed count (tuples, list displays) compare one by one; a list may be empty
        return isinstance(a, TupleT) and isinstance(b, TupleT) and (
            len(a.elems) != len(b.elems) or any(never_equal(x, y) for x, y in zip(a.elems, b.elems)))
    if isinstance(a, DictT) and isinstance(b, DictT) or isinstance(a, SetT) and isinstance(b, SetT):
        return False
    return True  # different kinds of value: str and int, a list and a tuple, unrelated instances



class OperatorLowering:
    """Lowers operators and comparisons (a FunctionBuilder mixin)."""

    # ---- arithmetic ----

    def arith_operands(self, left, right):
        """Python's numeric tower for binary operators: bool -> int -> float."""
        lt, rt = prune(left[1]), prune(right[1])
        if lt in (INT, BOOL, FLOAT) and rt in (INT, BOOL, FLOAT):
            if FLOAT in (lt, rt):
                return self.promote(left, FLOAT), self.promote(right, FLOAT)
            return self.promote(left, INT), self.promote(right, INT)
        return left, right

    def binop(self, at, op, left, right, augmented=False):
        target, symbol = BINOPS[type(op)]
        if fxn_numpy_types.is_numpy(left[1]) or fxn_numpy_types.is_numpy(right[1]):
            if isinstance(op, ast.MatMult):
                return self.np.matmul(at, left, right)
            if target is not None:
                return self.np.binop(at, target, left, right)
        lt, rt = prune(left[1]), prune(right[1])
        if target == "operator.mod" and lt is STR:
            return self.percent_format(at, left, right)  # fxn_stdlib_text; str's % goes first, before any __rmod__
        if self.uses_operator_methods(left, right):
            return self.dunder_binop(at, op, left, right, augmented)
        if target is None:
            raise unsupported(at, "operator %s" % symbol)
        for side, t in ((left, lt), (right, rt)):
            if isinstance(t, OptT):
                other = rt if side is left else lt
                message = "unsupported operand type(s) for %s%s: %s" % (
                    symbol, "=" if augmented else "",
                    "'NoneType' and '%s'" % python_type_name(other) if side is left
                    else "'%s' and 'NoneType'" % python_type_name(other))
                if side is left:
                    left = self.unwrap(at, left, message)
                else:
                    right = self.unwrap(at, right, message)
        lt, rt = prune(left[1]), prune(right[1])
        if isinstance(lt, TupleT) and isinstance(rt, TupleT) and target == "operator.add":
            items = [self.tuple_get(at, left[0], lt, i) for i in range(len(lt.elems))]
            items += [self.tuple_get(at, right[0], rt, i) for i in range(len(rt.elems))]
            return self.build_tuple(at, items)
        if isinstance(lt, TupleT) and target == "operator.mul" and literal_int(getattr(at, "right", None)) is not None:
            n = max(0, literal_int(at.right))
            items = [self.tuple_get(at, left[0], lt, i) for i in range(len(lt.elems))] * n
            return self.build_tuple(at, items)
        if lt is BOOL and rt is BOOL and target in ("operator.and_", "operator.or_", "operator.xor"):
            return self.call_op(at, target, [left, right], symbol)
        if target == "operator.pow":
            return self.power(at, left, right)
        if isinstance(lt, SetT) and isinstance(rt, SetT):
            unify(lt.elem, rt.elem)
        left, right = self.arith_operands(left, right)
        return self.call_op(at, target, [left, right], symbol)

    def power(self, at, left, right):
        # int ** int is an int only for a non-negative exponent; Python makes a float otherwise.
        left, right = self.arith_operands(left, right)
        if prune(left[1]) is INT and prune(right[1]) is INT:
            exponent = getattr(at, "right", None) or (at.args[1] if isinstance(at, ast.Call) else None)
            negative_literal = (isinstance(exponent, ast.UnaryOp) and isinstance(exponent.op, ast.USub)
                                and isinstance(exponent.operand, ast.Constant))
            if negative_literal:
                left, right = self.promote(left, FLOAT), self.promote(right, FLOAT)
            elif not self.exponent_is_non_negative(exponent if exponent is not None else getattr(at, "value", None)):
                return self.call_op(at, "fxn.int_pow_dyn", [left, right], "**")  # fxn_dynamic: int or float
        return self.call_op(at, "operator.pow", [left, right], "**")

    def unaryop(self, e):
        if isinstance(e.op, ast.Not):
            cond, _ = self.truth(e.operand)
            return self.value(e, "CALL_FUNCTION", "not_", "operator.not_", [cond], BOOL)
        operand = self.expr(e.operand)
        target = {ast.USub: "operator.neg", ast.UAdd: "operator.pos", ast.Invert: "operator.invert"}[type(e.op)]
        symbol = {ast.USub: "unary -", ast.UAdd: "unary +", ast.Invert: "~"}[type(e.op)]
        if self.uses_operator_methods(operand):
            return self.dunder_unary(e, e.op, operand)
        if isinstance(prune(operand[1]), OptT):
            operand = self.unwrap(e, operand, "bad operand type for %s: 'NoneType'" % symbol)
        if fxn_numpy_types.is_numpy(operand[1]):
            return self.np.unary(e, target, operand)
        if prune(operand[1]) is BOOL:
            operand = self.promote(operand, INT)
        return self.call_op(e, target, [operand], symbol)

    # ---- truth tests, narrowing of `T | None` ----

    def truth(self, e):
        """bool(e), as `if`, `while`, `not`, `and` and `or` test it."""
        if isinstance(e, ast.BoolOp):
            # Only the truth of `a and b` matters here: a chain of truths, short-circuited, with
            # `x is not None and ...` narrowing x for the rest of the chain.
            is_and = isinstance(e.op, ast.And)
            saved = set(self.assigned)
            saved_narrowed = set(self.narrowed)

            def chain(values):
                first = (self.truth(values[0])[0], BOOL)
                if len(values) == 1:
                    return first
                narrowed = self.narrowing(values[0], is_and)
                def rest():
                    if narrowed:
                        self.narrowed.add(narrowed)
                    return chain(values[1:])
                return self.short_circuit(values[0], first, rest, is_and)

            result = chain(e.values)
            self.assigned = saved
            self.narrowed = saved_narrowed
            return result[0], BOOL
        name, t = self.expr(e)
        return self.truth_of(e, (name, t)), BOOL

    def narrowing(self, test, when_true):
        """The variable that `test` proves is not None when it is when_true: `x is not None` (true),
        `x is None` (false); None when it proves nothing."""
        if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.left, ast.Name) \
                and isinstance(test.comparators[0], ast.Constant) and test.comparators[0].value is None:
            op = test.ops[0]
            if isinstance(op, (ast.IsNot, ast.NotEq)) and when_true or isinstance(op, (ast.Is, ast.Eq)) and not when_true:
                var = self.variable(test.left.id, test.left)
                if var in self.var_types and isinstance(prune(self.var_types[var]), OptT):
                    return var
        return self.class_narrowing(test, when_true)

    def narrowings(self, test, when_true):
        """Every variable `test` proves not None when it is when_true: also through `and` (true)
        and `or` (false) of such tests."""
        if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And if when_true else ast.Or):
            return [v for value in test.values for v in self.narrowings(value, when_true)]
        var = self.narrowing(test, when_true)
        return [var] if var is not None else []

    def narrowed_block(self, variables, stmts):
        """Builds stmts with the variables known to hold a value, unless they assign them."""
        saved = set(self.narrowed)
        self.narrowed |= {v for v in variables if not self.assigns(stmts, v)}
        block = self.block(stmts)
        self.narrowed = saved
        return block

    def assigns(self, stmts, var):
        for stmt in stmts:
            for sub in ast.walk(stmt):
                if isinstance(sub, ast.Name) and isinstance(sub.ctx, (ast.Store, ast.Del)) \
                        and self.renames.get(sub.id, self.web_variable(sub.id, sub)) == var:
                    return True
                if isinstance(sub, (ast.MatchAs, ast.MatchStar, ast.ExceptHandler)) and sub.name \
                        and self.renames.get(sub.name, self.web_variable(sub.name, sub)) == var:
                    return True
        return False

    def truth_of(self, at, operand):
        t = prune(operand[1])
        if t is BOOL:
            return operand[0]
        if isinstance(t, TypeVar) and self.discovery:
            return self.constant(at, True)[0]
        if isinstance(t, ClassT):
            return self.dunder_truth(at, operand)  # __bool__, __len__, else true
        if isinstance(t, OptT) and isinstance(prune(t.elem), ClassT) and self.truth_by_methods(prune(t.elem).info):
            return self.optional_instance_truth(at, operand)
        if isinstance(t, GenT) or t is EXC:
            return self.constant(at, True)[0]  # generators are true
        if t is NONE:
            return self.constant(at, False)[0]  # any(log.append(x) for x in xs)
        if fxn_numpy_types.is_numpy(t):
            return self.np.truth(at, operand)
        return self.call_op(at, "fxn.truth", [operand], "truth test")[0]

    @staticmethod
    def truth_by_methods(info):
        return any(c.lookup_method(n) is not None for c in [info] + run_time_classes(info)
                   for n in ("__bool__", "__len__"))

    def optional_instance_truth(self, at, operand):
        """The truth of an instance-or-None whose class defines __bool__ or __len__: False for
        None, else the instance's own truth."""
        holder = self.new_temp(BOOL, "truth")
        saved = set(self.assigned)

        def some():
            inner = self.unwrap(at, operand, "fxn: tested value was None")
            self.store(at, holder, (self.dunder_truth(at, inner), BOOL))
        self.emit(at, "IF", None, "", [self.is_none(at, operand)[0]],
                  blocks=[self.emitted(lambda: self.store(at, holder, self.constant(at, False))), self.emitted(some)])
        self.assigned = saved
        return self.load_var(at, holder)[0]

    # ---- and / or ----

    def short_circuit(self, at, first, rest_fn, when_first_true):
        """`first and/or rest`: rest is evaluated only when first's truth says so."""
        ft = prune(first[1])
        if not when_first_true and isinstance(ft, OptT):
            # `x or default` with x: T | None: a T (x when it is true, else the default).
            temp = self.new_temp(ft.elem)
            cond = self.truth_of(at, first)
            self.blocks.append([])
            self.emit(at, "STORE", None, temp, [self.unwrap(at, first, "fxn: tested value was None")[0]])
            then = {"nodes": self.blocks.pop()}
            self.blocks.append([])
            rest = rest_fn()
            if not unify(ft.elem, rest[1]):
                raise unsupported(at, "'or' over %s and %s (the result's type would depend on the values)"
                                  % (show(first[1]), show(rest[1])))
            self.emit(at, "STORE", None, temp, [rest[0]])
            orelse = {"nodes": self.blocks.pop()}
            self.emit(at, "IF", None, "", [cond], blocks=[then, orelse])
            return self.value(at, "LOAD", temp.lstrip("$"), temp, [], ft.elem)
        temp = self.new_temp(first[1])
        self.emit(at, "STORE", None, temp, [first[0]])
        cond = self.truth_of(at, first)
        if not when_first_true:
            cond, _ = self.value(at, "CALL_FUNCTION", "not_", "operator.not_", [cond], BOOL)
        self.blocks.append([])
        rest = rest_fn()
        if not unify(first[1], rest[1]):
            raise unsupported(at, "'and'/'or' over %s and %s (the result's type would depend on the values)"
                              % (show(first[1]), show(rest[1])))
        self.emit(at, "STORE", None, temp, [rest[0]])
        then = {"nodes": self.blocks.pop()}
        self.emit(at, "IF", None, "", [cond], blocks=[then, {"nodes": []}])
        return self.value(at, "LOAD", temp.lstrip("$"), temp, [], first[1])

    def boolop(self, e):
        is_and = isinstance(e.op, ast.And)
        saved = set(self.assigned)

        def chain(values):
            first = self.expr(values[0])
            if len(values) == 1:
                return first
            return self.short_circuit(values[0], first, lambda: chain(values[1:]), is_and)

        result = chain(e.values)
        self.assigned = saved
        return result

    # ---- comparisons ----

    def compare(self, e):
        if len(e.ops) == 1 and isinstance(e.ops[0], (ast.Eq, ast.NotEq)):
            decided = self.np.dtype_compare(e, e.left, e.comparators[0], isinstance(e.ops[0], ast.Eq))
            if decided is not None:
                return decided
        left = self.expr(e.left)
        if len(e.ops) == 1:
            return self.compare_one(e, e.ops[0], left, self.expr(e.comparators[0]))
        # a < b < c: b is evaluated once, c only if a < b holds.
        saved = set(self.assigned)

        def chain(left, k):
            right = self.expr(e.comparators[k])
            result = self.compare_one(e, e.ops[k], left, right)
            if k + 1 == len(e.ops):
                return result
            return self.short_circuit(e, result, lambda: chain(right, k + 1), True)

        result = chain(left, 0)
        self.assigned = saved
        return result

    def is_none(self, at, value):
        t = prune(value[1])
        if t is NONE:
            return self.constant(at, True)
        if isinstance(t, OptT):
            return self.call_op(at, "fxn.is_none", [value], "is None")
        if t is DYN:
            return self.dynamic_is_none(at, value)  # fxn_dynamic
        return self.constant(at, False)  # a value of a non-optional type is never None

    def compare_one(self, at, op, left, right):
        target, symbol = CMPOPS[type(op)]
        lt, rt = prune(left[1]), prune(right[1])
        if fxn_numpy_types.is_numpy(lt) or fxn_numpy_types.is_numpy(rt):
            if target in fxn_numpy_types.BINARY_UFUNCS:
                return self.np.binop(at, target, left, right)
            raise unsupported(at, "%s operator on NumPy values" % symbol)
        if target in ("is", "is not"):
            if rt is NONE or lt is NONE:
                result = self.is_none(at, left if rt is NONE else right)
            elif isinstance(lt, ClassT) and isinstance(rt, ClassT):
                common = join(lt, rt)
                if common is None:
                    result = self.constant(at, False)
                else:
                    result = self.call_op(at, "fxn.same", [self.coerce(at, left, common), self.coerce(at, right, common)],
                                          "is")
            elif lt is BOOL and rt is BOOL:
                result = self.call_op(at, "operator.eq", [left, right], "is")
            else:
                raise unsupported(at, "%s operator between %s and %s (fxn compares identity only with None, "
                                  "bools and objects)" % (symbol, show(lt), show(rt)))
            if target == "is not":
                return self.value(at, "CALL_FUNCTION", "not_", "operator.not_", [result[0]], BOOL)
            return result
        if target in ("operator.eq", "operator.ne", "operator.lt", "operator.le", "operator.gt", "operator.ge") \
                and self.compares_by_methods(target[9:], left, right):
            return self.dunder_compare(at, target[9:], left, right)
        if target in ("in", "not in"):
            if isinstance(rt, ListT) and isinstance(prune(rt.elem), ClassT) and isinstance(lt, ClassT):
                left = self.coerce(at, left, rt.elem)  # an instance of a subclass, in a list of its base
            result = self.contains(at, right, left)
            if target == "not in":
                return self.value(at, "CALL_FUNCTION", "not_", "operator.not_", [result[0]], BOOL)
            return result
        if target in ("operator.eq", "operator.ne"):
            if lt is NONE or rt is NONE or isinstance(lt, OptT) or isinstance(rt, OptT):
                if lt is NONE or rt is NONE:
                    result = self.is_none(at, left if rt is NONE else right)
                    if target == "operator.ne":
                        return self.value(at, "CALL_FUNCTION", "not_", "operator.not_", [result[0]], BOOL)
                    return result
                opt = lt if isinstance(lt, OptT) else rt
                left, right = self.coerce(at, left, opt), self.coerce(at, right, opt)
                return self.call_op(at, target, [left, right], symbol)
            if isinstance(lt, ClassT) and isinstance(rt, ClassT) and not compatible(lt, rt) \
                    and join(lt, rt) is not None:
                # Classes of one hierarchy: the same instance may be seen as either.
                common = join(lt, rt)
                left, right = self.coerce(at, left, common), self.coerce(at, right, common)
                lt, rt = prune(left[1]), prune(right[1])
            if (isinstance(lt, (ClassT, ListT, TupleT, DictT, SetT)) or lt is STR or rt is STR) and DYN not in (lt, rt) \
                    and not compatible(lt, rt):
                if never_equal(lt, rt):
                    return self.constant(at, target == "operator.ne")
                # [x / 2 for x in xs] == [1, 2]: items of different types may still be equal (1.0 == 1,
                # True == 1, two empty lists): compared as dynamic values, item by item at run time.
                if joins_dynamically(lt, DYN) and joins_dynamically(rt, DYN):
                    return self.call_op(at, target, [self.to_dynamic(at, left), self.to_dynamic(at, right)], symbol)
                raise unsupported(at, "%s between %s and %s, whose items may compare equal (fxn compares containers "
                                      "of one item type)" % (symbol, show(lt), show(rt)))
        for side in ("left", "right"):
            operand = left if side == "left" else right
            if isinstance(prune(operand[1]), OptT):
                other = rt if side == "left" else lt
                message = "'%s' not supported between instances of %s" % (
                    symbol, "'NoneType' and '%s'" % python_type_name(other) if side == "left"
                    else "'%s' and 'NoneType'" % python_type_name(other))
                if side == "left":
                    left = self.unwrap(at, left, message)
                else:
                    right = self.unwrap(at, right, message)
        if BOOL in (prune(left[1]), prune(right[1])) and {prune(left[1]), prune(right[1])} <= {BOOL, INT, FLOAT}:
            left, right = self.promote(left, INT), self.promote(right, INT)  # bools compare as 0 and 1
        if all(isinstance(prune(x[1]), TupleT) and prune(x[1]).as_list for x in (left, right)):
            # [a, 1] < [b, 2]: lists compare item by item, as tuples do.
            left, right = [self.build_tuple(at, [self.tuple_get(at, x[0], prune(x[1]), i)
                                                 for i in range(len(prune(x[1]).elems))]) for x in (left, right)]
        if isinstance(prune(left[1]), ClassT) and prune(left[1]).info.order and prune(right[1]) is prune(left[1]) \
                or isinstance(prune(left[1]), ClassT) and isinstance(prune(right[1]), ClassT) \
                and prune(left[1]).info is prune(right[1]).info and prune(left[1]).info.order:
            # @dataclass(order=True): the fields as tuples.
            info = prune(left[1]).info
            left, right = [self.build_tuple(at, [self.get_attribute(at, x, n) for n, _ in info.dc_fields])
                           for x in (left, right)]
        if isinstance(prune(left[1]), ClassT) and target not in ("operator.eq", "operator.ne"):
            raise unsupported(at, "ordering comparison '%s' of instances of %s" % (symbol, show(left[1])))
        return self.call_op(at, target, [left, right], symbol)

    def contains(self, at, container, item):
        if self.uses_operator_methods(container):
            return self.dunder_contains(at, container, item)
        ct = prune(container[1])
        if isinstance(ct, TupleT):
            # x in (a, b, c): == against each item, as CPython does.
            result = self.constant(at, False)
            for i in range(len(ct.elems)):
                part = self.tuple_get(at, container[0], ct, i)
                eq = self.compare_one(at, ast.Eq(), item, part)
                result = self.value(at, "CALL_FUNCTION", "or_", "operator.or_", [result[0], eq[0]], BOOL)
            return result
        if isinstance(ct, (DictT, SetT)):
            key_t = ct.key if isinstance(ct, DictT) else ct.elem
            self.check_key(at, key_t, item[1])
            if prune(item[1]) in (INT, BOOL, FLOAT) and prune(key_t) in (INT, BOOL, FLOAT) \
                    and prune(item[1]) is not prune(key_t):
                item = self.promote(item, prune(key_t))
        elif isinstance(ct, ListT) and prune(ct.elem) in (INT, FLOAT) and prune(item[1]) in (INT, BOOL, FLOAT):
            if prune(item[1]) is not prune(ct.elem):
                if prune(ct.elem) is INT and prune(item[1]) is FLOAT:
                    raise unsupported(at, "'in' testing a float against a list of int")
                item = self.promote(item, prune(ct.elem))
        return self.call_op(at, "operator.contains", [container, item], "in")
