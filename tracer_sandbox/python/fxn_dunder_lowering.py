"""Operator methods of user classes to IR (a FunctionBuilder mixin): where the static types say an
operand is an instance, `a + b`, `-a`, `a < b`, `a == b`, truth, len(), `x in a`, `a[i]`,
`a[i] = v`, `del a[i]`, `for x in a`, `a(...)`, str()/repr()/format()/f-strings, hash() and
`with` become calls of the class's methods, following CPython's protocol (reflected methods,
NotImplemented decided statically by fxn_dunder, object's defaults, functools.total_ordering) and
raising CPython's TypeError where no method applies (StaticRaise: the statement raises).

Kernels that compare, hash or print instances (sorting, `in` on a list, dict keys, repr of a
list) call them through class hooks: small functions of the module (`def h(a, b): return a < b`
built like user code) that the IR lists per class and lowering wraps in PyEq/PyCmp/PyHash/Format
overloads (fxn_class_hooks).
"""

import ast

from fxn_classes import common_base, is_subclass, run_time_classes
from fxn_diagnostics import StaticRaise, unsupported
from fxn_dunder import (BINARY_METHODS, COMPARE_SYMBOLS, ORDERING, REFLECTED_COMPARE, TOTAL_ORDERING, UNARY_METHODS,
                        has_ordering, hash_key, returns_not_implemented, static_truth, total_ordering_root)
from fxn_syntax import synthetic_name
from fxn_tables import BINOPS
from fxn_types import (BOOL, DYN, EXC, FLOAT, INT, NONE, STR, ClassT, GenT, ListT, OptT, TupleT, TypeVar, contains,
                       prune, python_type_name, show, unify)


def instance_info(value):
    t = prune(value[1])
    return t.info if isinstance(t, ClassT) else None


class DunderLowering:
    """Lowers the uses of operator methods (a FunctionBuilder mixin)."""

    # ---- calling an operator method ----

    def static_dunder(self, at, info, name):
        """info's operator method `name` (None when it has none), when every class an instance of
        info may be at run time (fxn_classes.run_time_classes) resolves `name` to it: operator
        methods are bound by the static class, so a subclass defining one differently is refused
        rather than ignored."""
        method = info.lookup_method(name)
        for c in self.possible_classes(info):
            if c.lookup_method(name) is not method:
                raise unsupported(at, "operator method %s of a %s that may be a %s at run time, whose %s differs "
                                      "(fxn binds operator methods by the static class)"
                                  % (name, info.name, c.name, name))
        return method

    def type_name(self, at, t):
        """type(x).__name__ for a value of static type t, as a TypeError names it: for an instance,
        its run-time class when only one is possible, else refused (the message would depend on
        it)."""
        t = prune(t)
        if isinstance(t, ClassT):
            classes = self.possible_classes(t.info)
            if len(classes) > 1:
                raise unsupported(at, "a TypeError naming the run-time class of a %s, which may be any of %s"
                                  % (t.info.name, ", ".join(c.name for c in classes)))
            if classes:
                return classes[0].name
        return python_type_name(t)

    def possible_classes(self, info):
        """The run-time classes an instance of static class info may be here: inside a branch of
        dispatch_dunders, the classes that branch tested for; else fxn_classes.run_time_classes."""
        exact = getattr(self, "exact_classes", {}).get(info.name)
        return exact if exact is not None else run_time_classes(info)

    def dispatch_dunders(self, at, obj, names, lower, what, own_branch_without_first=False):
        """lower(obj) for an instance whose possible run-time classes resolve the operator methods
        `names` differently: one branch per group of classes that resolve them alike (a chain of
        IFs on the run-time class, fxn_hierarchy.emit_dispatch), each lowering obj cast to the
        nearest class of its group, whose possible classes are then exactly that group."""
        info = instance_info(obj)

        def resolved(c):
            key = tuple(c.lookup_method(n) for n in names)
            if own_branch_without_first and key[0] is None:
                key += (c.name,)  # its own branch: a TypeError there names the class
            return key
        groups = self.dispatch_groups(info, resolved, self.possible_classes(info))
        if len(groups) <= 1:
            return lower(obj)

        def branch(_, members):
            nearest = members[0]
            for c in members[1:]:
                nearest = nearest and common_base(nearest, c)
            if nearest is None:
                raise unsupported(at, "%s of a %s whose run-time classes %s share no class"
                                  % (what, info.name, ", ".join(c.name for c in members)))
            cast = self.as_class(at, obj, nearest)
            if not hasattr(self, "exact_classes"):
                self.exact_classes = {}
            saved = self.exact_classes.get(nearest.name)
            self.exact_classes[nearest.name] = members
            try:
                return lower(cast)
            finally:
                if saved is None:
                    del self.exact_classes[nearest.name]
                else:
                    self.exact_classes[nearest.name] = saved
        return self.emit_dispatch(at, obj, groups, branch, what)

    def operator_method(self, at, obj, name, args):
        """obj.name(*args) for an operator method of obj's class: the call's value, or None when the
        class has no such method or this call returns NotImplemented (decided statically)."""
        info = instance_info(obj)
        method = self.static_dunder(at, info, name)
        if method is None:
            return None
        if method.kind != "method":
            raise unsupported(at, "operator method %s.%s declared as %s" % (info.name, name, method.kind))
        all_args = [obj] + list(args)
        if self.discovery and any(isinstance(prune(t), TypeVar) for _, t in all_args):
            return "$unknown", TypeVar()
        params = self.m.param_names(method.node)
        if len(params) > len(all_args):
            defaults = self.m.defaults_of(method)
            for p in params[len(all_args):]:
                if p not in defaults:
                    raise StaticRaise(at, "TypeError", "%s() missing 1 required positional argument: '%s'"
                                      % (method.python_name, p))
                all_args.append(self.constant(at, defaults[p]))
        if len(params) < len(all_args):
            raise StaticRaise(at, "TypeError", "%s() takes %d positional arguments but %d were given"
                              % (method.python_name, len(params), len(all_args)))
        types = {p: t for p, (_, t) in zip(params, all_args)}
        if returns_not_implemented(method.node, types, self.m.resolve_global_quiet):
            return None
        return self.m.call_callable(at, self, method, all_args)

    def method_result(self, at, result, expected, message):
        """A protocol method's result that CPython requires of one type (str for __repr__ ...)."""
        t = prune(result[1])
        if isinstance(t, TypeVar) and self.discovery:
            return result
        if t is BOOL and expected is INT:
            return self.promote(result, INT)
        if t is DYN and expected in (INT, STR):  # a method returning it on some paths only
            return self.dynamic_as(at, result, "int" if expected is INT else "str", "TypeError", message)
        if t is not expected:
            raise StaticRaise(at, "TypeError", message % self.type_name(at, t) if "%s" in message else message)
        return result

    def static_test(self, test):
        """The truth of an if/while test decided by static types (fxn_dunder.static_truth), or None."""
        def type_of(name):
            if name in self.renames:
                return self.var_types.get(self.renames[name])
            if name in self.locals and self.assigned is not None and name in self.assigned:
                t = self.var_types.get(name)  # (a maybe-unbound name is left to raise when read)
                return None if t is None or isinstance(prune(t), TypeVar) else t
            return None
        return static_truth(test, type_of, self.m.resolve_global_quiet)

    # ---- arithmetic ----

    def uses_operator_methods(self, *values):
        return any(instance_info(v) is not None for v in values)

    def dunder_binop(self, at, op, left, right, augmented):
        if self.discovery and any(isinstance(prune(v[1]), TypeVar) for v in (left, right)):
            return "$unknown", TypeVar()
        name = BINARY_METHODS.get(type(op))
        symbol = BINOPS[type(op)][1]
        if name is None:
            raise unsupported(at, "operator %s on instances" % symbol)
        li, ri = instance_info(left), instance_info(right)
        if augmented and li is not None:
            result = self.operator_method(at, left, "__i%s__" % name, [right])
            if result is not None:
                return result
        reflected = "__r%s__" % name
        right_first, reflected_after = self.binary_order(at, li, ri, reflected)
        if right_first:
            result = self.operator_method(at, right, reflected, [left])
            if result is not None:
                return result
        if li is not None:
            result = self.operator_method(at, left, "__%s__" % name, [right])
            if result is not None:
                return result
        if reflected_after is None:
            raise unsupported(at, "operator %s of a %s and a %s: whether CPython asks the right operand's %s "
                                  "depends on their run-time classes" % (reflected, li.name, ri.name, reflected))
        if reflected_after:
            result = self.operator_method(at, right, reflected, [left])
            if result is not None:
                return result
        raise StaticRaise(at, "TypeError", self.no_operator_message(at, op, left, right, augmented))

    def binary_order(self, at, li, ri, reflected):
        """(whether CPython asks right's reflected method before left's, whether it asks it after
        left's gives NotImplemented) for `left op right` with instances of classes li/ri (None for
        a builtin value). Between two instances, the right goes first when its run-time class is a
        proper subclass of the left's that overrides the reflected method; after, only when the two
        run-time classes differ. Decided for every pair of possible run-time classes; the first is
        refused where it depends on which they are, the second is None then (refused only when
        left's method can give NotImplemented)."""
        if ri is None:
            return False, False
        if li is None:
            return False, True
        pairs = [(l, r) for l in self.possible_classes(li) or [li] for r in self.possible_classes(ri) or [ri]]
        first = {r is not l and is_subclass(r, l) and r.lookup_method(reflected) is not l.lookup_method(reflected)
                 for l, r in pairs}
        after = {r is not l for l, r in pairs}
        if all(r.lookup_method(reflected) is None for _, r in pairs):
            first, after = {False}, {False}  # no reflected method to ask, whichever the classes
        if len(first) > 1:
            raise unsupported(at, "operator %s of a %s and a %s: whether CPython asks the right operand's %s "
                                  "first depends on their run-time classes" % (reflected, li.name, ri.name, reflected))
        if first == {True}:
            return True, False
        return False, None if len(after) > 1 else after == {True}

    def no_operator_message(self, at, op, left, right, augmented):
        """CPython's TypeError when neither operand's method applies: str, list and tuple fall
        back to their own concatenation and repetition, which word it differently."""
        lt, rt = prune(left[1]), prune(right[1])
        seq = "str" if lt is STR else "list" if isinstance(lt, ListT) else "tuple" if isinstance(lt, TupleT) else None
        if isinstance(op, ast.Add) and seq is not None:
            if augmented and seq == "list":  # list += x is list.extend(x)
                return "'%s' object is not iterable" % self.type_name(at, rt)
            return 'can only concatenate %s (not "%s") to %s' % (seq, self.type_name(at, rt), seq)
        if isinstance(op, ast.Mult) and (seq is not None or rt is STR or isinstance(rt, (ListT, TupleT))):
            return "can't multiply sequence by non-int of type '%s'" % self.type_name(at, rt if seq is not None else lt)
        symbol = BINOPS[type(op)][1]
        if isinstance(op, ast.Pow) and not augmented:
            symbol = "** or pow()"
        return "unsupported operand type(s) for %s%s: '%s' and '%s'" % (
            symbol, "=" if augmented else "", self.type_name(at, lt), self.type_name(at, rt))

    def dunder_unary(self, at, op, operand):
        name, symbol = UNARY_METHODS[type(op)]
        result = self.operator_method(at, operand, name, [])
        if result is None:
            raise StaticRaise(at, "TypeError", "bad operand type for %s: '%s'" % (symbol, self.type_name(at, operand[1])))
        return result

    def dunder_abs(self, at, operand):
        result = self.operator_method(at, operand, "__abs__", [])
        if result is None:
            raise StaticRaise(at, "TypeError", "bad operand type for abs(): '%s'" % self.type_name(at, operand[1]))
        return result

    # ---- comparisons ----

    def compares_by_methods(self, name, left, right):
        """Whether `left <name> right` goes through operator methods (else the existing lowering:
        == of instances without __eq__ is identity, or a dataclass's fields)."""
        infos = [i for i in (instance_info(left), instance_info(right)) if i is not None]
        if not infos:
            return False
        if name in ORDERING:
            # @dataclass(order=True) compares its fields as tuples (fxn_operators), not through methods.
            return not (len(infos) == 2 and infos[0] is infos[1] and infos[0].order)
        # A subclass defining __eq__ counts too: static_dunder then refuses what the static class
        # cannot bind.
        return any(c.lookup_method("__eq__") is not None or c.lookup_method("__ne__") is not None
                   for i in infos for c in [i] + run_time_classes(i))

    def dunder_compare(self, at, name, left, right):
        """CPython's rich comparison: left's method, then right's reflected one, then identity for
        == and !=, else TypeError."""
        if self.discovery and any(isinstance(prune(v[1]), TypeVar) for v in (left, right)):
            return "$unknown", TypeVar()
        if self.right_asked_first(at, name, left, right):
            result = self.rich_method(at, right, REFLECTED_COMPARE[name], left)
            if result is None:
                result = self.rich_method(at, left, name, right)
        else:
            result = self.rich_method(at, left, name, right)
            if result is None:
                result = self.rich_method(at, right, REFLECTED_COMPARE[name], left)
        if result is not None:
            return result
        if name in ("eq", "ne"):
            same = self.identity(at, left, right)
            return same if name == "eq" else self.negate(at, same[0])
        raise StaticRaise(at, "TypeError", "'%s' not supported between instances of '%s' and '%s'"
                          % (COMPARE_SYMBOLS[name], self.type_name(at, left[1]), self.type_name(at, right[1])))

    def right_asked_first(self, at, name, left, right):
        """CPython asks the right operand first when its run-time class is a proper subclass of the
        left's and compares (a comparison method along its MRO, inherited ones too). That call
        only matters when the class has the reflected method (object's default answers
        NotImplemented, and CPython then asks the left). Decided for every pair of possible
        run-time classes; refused where it depends on which they are."""
        li, ri = instance_info(left), instance_info(right)
        if li is None or ri is None:
            return False
        def has(c, op):
            root = total_ordering_root(c)
            return c.lookup_method("__%s__" % op) is not None or root is not None and op in TOTAL_ORDERING[root]
        if name in ORDERING and not any(has(l, name) for l in run_time_classes(li) or [li]):
            return False  # the left answers NotImplemented: the right's reflected method decides either way
        compares = lambda c: has(c, REFLECTED_COMPARE[name])
        first = {r is not l and is_subclass(r, l) and compares(r)
                 for l in run_time_classes(li) or [li] for r in run_time_classes(ri) or [ri]}
        if len(first) > 1:
            raise unsupported(at, "comparison of a %s with a %s: which one CPython asks first depends on their "
                                  "run-time classes (a subclass's reflected method goes first)" % (li.name, ri.name))
        return first == {True}

    def rich_method(self, at, obj, name, other):
        """obj.__name__(other) with object's defaults and total_ordering's derived methods; None for
        NotImplemented (what builtin types answer when compared with an instance)."""
        info = instance_info(obj)
        if info is None:
            return None
        result = self.operator_method(at, obj, "__%s__" % name, [other])
        if result is not None or self.static_dunder(at, info, "__%s__" % name) is not None:
            return result
        if name == "eq":  # object.__eq__: True for the same object, else NotImplemented
            return self.identity(at, obj, other) if instance_info(other) is info else None
        if name == "ne":  # object.__ne__: the inverse of __eq__ unless that is NotImplemented
            eq = self.rich_method(at, obj, "eq", other)
            return None if eq is None else self.negate(at, self.truth_of(at, eq))
        root = total_ordering_root(info)
        if root is None or name not in TOTAL_ORDERING[root]:
            return None
        negate, combine = TOTAL_ORDERING[root][name]
        first = self.operator_method(at, obj, "__%s__" % root, [other])
        if first is None:
            return None
        if negate:
            first = self.negate(at, self.truth_of(at, first))
        if combine is None:
            return first
        saved = set(self.assigned)
        rest = ast.Eq() if combine == "or" else ast.NotEq()
        result = self.short_circuit(at, first, lambda: self.compare_one(at, rest, obj, other), combine == "and")
        self.assigned = saved
        return result

    def identity(self, at, left, right):
        if instance_info(left) is not None and instance_info(left) is instance_info(right):
            return self.call_op(at, "fxn.same", [left, right], "is")
        return self.constant(at, False)

    def negate(self, at, cond):
        return self.value(at, "CALL_FUNCTION", "not_", "operator.not_", [cond], BOOL)

    def orderable_instance(self, t):
        """Whether sorting or min/max may compare instances of t (its class orders them)."""
        return isinstance(t, ClassT) and (has_ordering(t.info) or total_ordering_root(t.info) is not None)

    # ---- truth, len(), in ----

    def dunder_truth(self, at, obj):
        """bool(obj): __bool__, else __len__() != 0, else True. Returns the bool's value name."""
        info = instance_info(obj)
        if self.static_dunder(at, info, "__bool__") is not None:
            result = self.operator_method(at, obj, "__bool__", [])
            if isinstance(prune(result[1]), TypeVar):
                return self.constant(at, True)[0]
            if prune(result[1]) is not BOOL:
                raise StaticRaise(at, "TypeError", "__bool__ should return bool, returned %s"
                                  % self.type_name(at, result[1]))
            return result[0]
        if self.static_dunder(at, info, "__len__") is not None:
            n = self.dunder_len(at, obj)
            if isinstance(prune(n[1]), TypeVar):
                return self.constant(at, True)[0]
            return self.call_op(at, "operator.ne", [n, self.constant(at, 0)], "!=")[0]
        return self.constant(at, True)[0]

    def dunder_len(self, at, obj):
        result = self.operator_method(at, obj, "__len__", [])
        if result is None:
            raise StaticRaise(at, "TypeError", "object of type '%s' has no len()" % self.type_name(at, obj[1]))
        if isinstance(prune(result[1]), TypeVar):
            return result
        result = self.method_result(at, result, INT, "'%s' object cannot be interpreted as an integer")
        negative = self.call_op(at, "operator.lt", [result, self.constant(at, 0)], "<")

        def fail():
            self.emit(at, "RAISE", None, "ValueError", [self.constant(at, "__len__() should return >= 0")[0]])
        self.emit(at, "IF", None, "", [negative[0]], blocks=[self.emitted(fail), {"nodes": []}])
        return result

    def dunder_contains(self, at, container, item):
        """`item in container`: __contains__ (its result's truth), else a scan of __iter__."""
        info = instance_info(container)
        result = self.operator_method(at, container, "__contains__", [item])
        if result is not None:
            if isinstance(prune(result[1]), TypeVar):
                return "$unknown", BOOL
            return self.truth_of(at, result), BOOL
        if info.lookup_method("__iter__") is None:
            if info.lookup_method("__getitem__") is not None:
                raise unsupported(at, "`in` over %s through __getitem__ (define __contains__ or __iter__)" % info.name)
            raise StaticRaise(at, "TypeError", "argument of type '%s' is not iterable" % self.type_name(at, ClassT(info)))
        found = self.new_temp(BOOL, "found")
        self.store(at, found, self.constant(at, False))
        before = set(self.assigned)

        def on_item(value):
            same = self.identity(at, value, item) if instance_info(value) is not None else self.constant(at, False)
            saved = set(self.assigned)
            hit = self.short_circuit(at, same, lambda: self.compare_one(at, ast.Eq(), value, item), False)
            self.assigned = saved

            def take():
                self.store(at, found, self.constant(at, True))
                self.emit(at, "BREAK")
            self.emit(at, "IF", None, "", [self.truth_of(at, hit)], blocks=[self.emitted(take), {"nodes": []}])
        self.iterate_instance(at, None, container, on_item, before | {found})
        self.assigned = before | {found}
        return self.load_var(at, found)

    # ---- items: a[i], a[i] = v, del a[i] ----

    def dunder_getitem(self, at, container, index):
        result = self.operator_method(at, container, "__getitem__", [index])
        if result is None:
            raise StaticRaise(at, "TypeError", "'%s' object is not subscriptable" % self.type_name(at, container[1]))
        return result

    def dunder_setitem(self, at, container, index, value):
        if self.operator_method(at, container, "__setitem__", [index, value]) is None:
            raise StaticRaise(at, "TypeError", "'%s' object does not support item assignment"
                              % self.type_name(at, container[1]))

    def dunder_delitem(self, at, container, index):
        if self.operator_method(at, container, "__delitem__", [index]) is None:
            raise StaticRaise(at, "TypeError", "'%s' object doesn't support item deletion"
                              % self.type_name(at, container[1]))

    # ---- iteration: for x in a, iter(), next() ----

    def dunder_iter(self, at, obj):
        """iter(obj): __iter__'s result, which must be an iterator (an instance with __next__)."""
        info = instance_info(obj)
        it = self.operator_method(at, obj, "__iter__", [])
        if it is None:
            if info.lookup_method("__getitem__") is not None:
                raise unsupported(at, "iteration over %s through __getitem__ (define __iter__)" % info.name)
            raise StaticRaise(at, "TypeError", "'%s' object is not iterable" % self.type_name(at, ClassT(info)))
        it_info = instance_info(it)
        if it_info is None and (isinstance(prune(it[1]), TypeVar) and self.discovery or isinstance(prune(it[1]), GenT)):
            return it  # not typed yet, or a generator (__iter__ written with yield)
        if it_info is None or it_info.lookup_method("__next__") is None:
            raise StaticRaise(at, "TypeError", "iter() returned non-iterator of type '%s'" % self.type_name(at, it[1]))
        return it

    def dunder_next(self, at, it):
        result = self.operator_method(at, it, "__next__", [])
        if result is None:
            raise StaticRaise(at, "TypeError", "'%s' object is not an iterator" % self.type_name(at, it[1]))
        return result

    def iterate_instance(self, at, target, obj, body_fn, before):
        """for target in obj: it = obj.__iter__(), then it.__next__() until it raises StopIteration
        (caught around that call only). body_fn(item) when target is None, else body_fn()."""
        if not hasattr(at, "lineno"):
            at = target  # a comprehension's `for` clause: the position of its target
        it = self.dunder_iter(at, obj)
        if isinstance(prune(it[1]), GenT):  # __iter__ with yield: a FOR_EACH over the generator
            return self.iterate_generator_value(at, target, it, body_fn, before)
        holder = self.new_temp(it[1], "it")
        self.store(at, holder, it)
        done = self.new_temp(BOOL, "done")
        item_var = self.new_temp(TypeVar(), "next")
        stops = sorted(c.__name__ for c in self.m.exception_universe() if issubclass(c, StopIteration))

        def loop_body():
            self.store(at, done, self.constant(at, False))
            self.blocks.append([])
            if isinstance(prune(it[1]), TypeVar):
                item = ("$unknown", TypeVar())
            else:
                item = self.dunder_next(at, self.load_var(at, holder))
            self.store_type(at, item_var, item[1])
            self.store(at, item_var, item)
            attempt = {"nodes": self.blocks.pop()}
            stop = {"nodes": []}
            self.blocks.append(stop["nodes"])
            self.store(at, done, self.constant(at, True))
            self.blocks.pop()
            handler = {"op": "EXCEPT", "target": "", "args": [], "line": at.lineno, "col": at.col_offset + 1,
                       "blocks": [stop], "names": stops}
            self.emit(at, "TRY", None, "", [], blocks=[attempt, {"nodes": [handler]}, {"nodes": []}, {"nodes": []}])
            self.emit(at, "IF", None, "", [self.load_var(at, done)[0]],
                      blocks=[{"nodes": [self.break_node(at)]}, {"nodes": []}])
            self.assigned.add(item_var)
            value = self.load_var(at, item_var)
            if target is None:
                body_fn(value)
            else:
                self.assign(target, value)
                body_fn()

        body = self.loop_block(before | {holder}, None, loop_body, None)
        self.emit(at, "LOOP", None, "", [], blocks=[body])

    def iterate_generator_value(self, at, target, gen, body_fn, before):
        """for target in <a generator value> (body_fn(item) when target is None)."""
        loop_var = self.new_temp(prune(gen[1]).item, "item")
        if target is None:
            body = self.loop_block(before, None, lambda: body_fn(self.load_var(at, loop_var)), loop_var)
        else:
            body = self.loop_block(before, lambda: self.assign(target, self.load_var(target, loop_var)), body_fn,
                                   loop_var)
        self.emit(at, "FOR_EACH", None, loop_var, [gen[0]], blocks=[body])

    def instance_items(self, at, obj):
        """[x for x in obj] for an iterable instance (what list(), sorted(), sum() ... consume)."""
        result = self.value(at, "CALL_FUNCTION", "empty_list", "fxn.empty_list", [], ListT(TypeVar()))
        holder = self.new_temp(result[1], "items")
        self.store(at, holder, result)
        before = set(self.assigned)

        def on_item(value):
            acc = self.load_var(at, holder)
            if not unify(acc[1].elem, value[1]) and not self.discovery:
                raise unsupported(at, "iteration of %s giving values of different types" % show(obj[1]))
            self.call_op(at, "list.append", [acc, value], "append", statement=True)
        self.iterate_instance(at, None, obj, on_item, before | {holder})
        self.assigned = before | {holder}
        return self.load_var(at, holder)

    # ---- calls, str(), repr(), format(), hash() ----

    def dunder_call(self, e, obj):
        """obj(...) for an instance: its __call__."""
        info = instance_info(obj)
        method = self.static_dunder(e, info, "__call__")
        if method is None:
            for a in e.args:
                self.expr(a)
            raise StaticRaise(e, "TypeError", "'%s' object is not callable" % self.type_name(e, ClassT(info)))
        return self.m.call_callable(e, self, method, [obj] + self.bind_args(e, method))

    def prints_by_methods(self, value):
        """Whether str()/repr()/format() of value call a method of its class: of any class it may
        have at run time (a subclass's own __str__ applies through a base-typed value)."""
        info = instance_info(value)
        return info is not None and any(c.lookup_method(n) is not None for c in [info] + self.possible_classes(info)
                                        for n in ("__str__", "__repr__", "__format__"))

    def dunder_repr(self, at, obj):
        return self.dispatch_dunders(at, obj, ("__repr__",), lambda o: self.class_repr(at, o), "repr()")

    def class_repr(self, at, obj):
        result = self.operator_method(at, obj, "__repr__", [])
        if result is None and instance_info(obj).exception:  # BaseException.__repr__
            return self.call_op(at, "builtins.repr", [obj], "repr()")
        if result is None:
            raise unsupported(at, "repr() of an instance of %s without __repr__ (CPython prints its memory address)"
                              % instance_info(obj).name)
        return self.method_result(at, result, STR, "__repr__ returned non-string (type %s)")

    def dunder_str(self, at, obj):
        return self.dispatch_dunders(at, obj, ("__str__", "__repr__"), lambda o: self.class_str(at, o), "str()")

    def class_str(self, at, obj):
        if self.static_dunder(at, instance_info(obj), "__str__") is None:
            if instance_info(obj).exception:  # BaseException.__str__: its args
                return self.call_op(at, "builtins.str", [obj], "str()")
            return self.dunder_repr(at, obj)  # object.__str__ is repr()
        return self.method_result(at, self.operator_method(at, obj, "__str__", []), STR,
                                  "__str__ returned non-string (type %s)")

    def dunder_format(self, at, obj, spec):
        """format(obj, spec): __format__, else object.__format__ (str(obj), and TypeError for a
        non-empty spec)."""
        return self.dispatch_dunders(at, obj, ("__format__", "__str__", "__repr__"),
                                     lambda o: self.class_format(at, o, spec), "format()",
                                     own_branch_without_first=True)

    def class_format(self, at, obj, spec):
        info = instance_info(obj)
        if self.static_dunder(at, info, "__format__") is not None:
            result = self.operator_method(at, obj, "__format__", [spec])
            return self.method_result(at, result, STR, "__format__ must return a str, not %s")
        message = "unsupported format string passed to %s.__format__" % info.name

        def fail():
            self.emit(at, "RAISE", None, "TypeError", [self.constant(at, message)[0]])
        self.emit(at, "IF", None, "", [self.truth_of(at, spec)], blocks=[self.emitted(fail), {"nodes": []}])
        return self.dunder_str(at, obj)

    def dunder_formatted(self, at, value, conversion, spec_ast):
        """An f-string's {obj!r:spec} of an instance."""
        if conversion == 114:
            value = self.dunder_repr(at, value)
        elif conversion == 115:
            value = self.dunder_str(at, value)
        if instance_info(value) is None:
            if spec_ast is None:
                return value
            return self.call_op(at, "builtins.format", [value, self.expr(spec_ast)], "format()")
        spec = self.expr(spec_ast) if spec_ast is not None else self.constant(at, "")
        return self.dunder_format(at, value, spec)

    def dunder_hash(self, at, value):
        """hash(value) of an instance (or a tuple holding them): __hash__'s int, -1 made -2."""
        info = instance_info(value)
        if info is None:
            if contains(value[1], lambda t: t is STR):
                raise unsupported(at, "hash() of %s (CPython seeds str hashes per process)" % show(value[1]))
            if contains(value[1], lambda t: t is NONE or isinstance(t, OptT)):
                raise unsupported(at, "hash() of %s (CPython 3.11 hashes None by its address)" % show(value[1]))
            self.check_instance_key(at, value[1])
            return self.call_op(at, "builtins.hash", [value], "hash()")
        rule = self.hierarchy_hash_rule(at, info)
        if rule == "unhashable":
            raise StaticRaise(at, "TypeError", "unhashable type: '%s'" % self.type_name(at, ClassT(info)))
        if rule == "identity":
            raise unsupported(at, "hash() of an instance of %s hashed by identity (define __hash__)" % info.name)
        if rule == "fields":  # @dataclass(frozen=True)'s __hash__: hash((self.f1, self.f2, ...))
            fields = [self.get_attribute(at, value, name) for name, _ in info.dc_fields]
            return self.dunder_hash(at, self.build_tuple(at, fields))
        result = self.method_result(at, self.operator_method(at, value, "__hash__", []), INT,
                                    "__hash__ method should return an integer")
        if isinstance(prune(result[1]), TypeVar):
            return result
        holder = self.new_temp(INT, "hash")
        self.store(at, holder, result)
        is_minus_one = self.call_op(at, "operator.eq", [self.load_var(at, holder), self.constant(at, -1)], "==")
        saved = set(self.assigned)
        self.emit(at, "IF", None, "", [is_minus_one[0]],
                  blocks=[self.emitted(lambda: self.store(at, holder, self.constant(at, -2))), {"nodes": []}])
        self.assigned = saved
        return self.load_var(at, holder)

    def hierarchy_hash_rule(self, at, info):
        """fxn_dunder.hash_rule of every class an instance of info may have at run time, when they
        agree (frozen dataclasses on the same fields); else refused."""
        rules = {hash_key(c) for c in [info] + self.possible_classes(info)}
        if len(rules) > 1:
            raise unsupported(at, "hash of a %s whose run-time classes hash differently (%s)"
                              % (info.name, ", ".join(sorted(r for r, _ in rules))))
        return rules.pop()[0]

    def check_instance_key(self, at, t):
        """Dict keys and set items that hold instances: hashed by __hash__ (a class hook), or
        CPython's TypeError for an unhashable class; identity hashes are refused."""
        found = []
        contains(t, lambda x: isinstance(x, ClassT) and not found.append(x.info))
        for info in found:
            rule = self.hierarchy_hash_rule(at, info)
            if rule == "unhashable":
                raise StaticRaise(at, "TypeError", "unhashable type: '%s'" % self.type_name(at, ClassT(info)))
            if rule == "identity":
                raise unsupported(at, "dict or set keyed by instances of %s, hashed by identity (define __hash__ "
                                  "and __eq__)" % info.name)
        if contains(t, lambda x: x is FLOAT or x is STR or isinstance(x, OptT) or x is EXC
                    or not isinstance(x, (ClassT, TupleT)) and x not in (INT, BOOL, NONE)):
            raise unsupported(at, "dict or set keyed by %s (fxn hashes int, bool, None, instances with __hash__ "
                              "and tuples of them here)" % show(t))

    # ---- with ----

    def with_statement(self, s):
        """with m as x: body -- CPython's protocol, desugared into try/except/finally:
        v = m.__enter__(); try: x = v; body / except BaseException as e: m.__exit__(e, e, None)
        decides whether it is re-raised / finally: m.__exit__(None, None, None) if not already."""
        item, rest = s.items[0], s.items[1:]
        body = [ast.copy_location(ast.With(items=rest, body=s.body, type_comment=None), s)] if rest else s.body
        ce = item.context_expr
        if isinstance(ce, ast.Name) and ce.id not in self.locals and ce.id not in self.renames:
            value = self.m.resolve_global_quiet(ce.id)
            if not isinstance(value, type):
                raise unsupported(s, "with statement over %s '%s' (fxn compiles `with` over instances of classes "
                                  "defining __enter__ and __exit__)" % (type(value).__name__, ce.id))
        manager = self.expr(ce)
        info = instance_info(manager)
        if info is None:
            if isinstance(prune(manager[1]), TypeVar) and self.discovery:
                self.statements(body)
                return
            raise unsupported(s, "with statement over %s (fxn compiles `with` over instances of classes defining "
                              "__enter__ and __exit__)" % show(manager[1]))
        exit_method = info.lookup_method("__exit__")
        if info.lookup_method("__enter__") is None or exit_method is None:
            raise StaticRaise(s, "TypeError", "'%s' object does not support the context manager protocol" % self.type_name(s, ClassT(info)))
        check_exit_parameters(exit_method)
        names = {}
        for key, t in (("mgr", manager[1]), ("exited", BOOL), ("exc", EXC), ("value", TypeVar())):
            names[key] = "$with_%s%d" % (key, self.temp_count + 1)
            self.renames[names[key]] = self.new_temp(t, "with_" + key)
        self.store(s, self.renames[names["mgr"]], manager)

        def name(key, ctx=ast.Load):
            n = synthetic_name(s, names[key])
            n.ctx = ctx()
            return n

        def exit_call(*args):
            func = ast.copy_location(ast.Attribute(value=name("mgr"), attr="__exit__", ctx=ast.Load()), s)
            return ast.copy_location(ast.Call(func=func, args=list(args), keywords=[]), s)

        def located(node):
            for sub in ast.walk(node):
                if not hasattr(sub, "lineno") or sub.lineno is None:
                    ast.copy_location(sub, s)
            return node

        none = ast.Constant(value=None)
        enter = ast.Call(func=ast.Attribute(value=name("mgr"), attr="__enter__", ctx=ast.Load()), args=[], keywords=[])
        protected = ([ast.Assign(targets=[item.optional_vars], value=name("value"))] if item.optional_vars else []) + body
        handler = ast.ExceptHandler(type=ast.Name(id="BaseException", ctx=ast.Load()), name=names["exc"], body=[
            ast.Assign(targets=[name("exited", ast.Store)], value=ast.Constant(value=True)),
            ast.If(test=ast.UnaryOp(op=ast.Not(), operand=exit_call(name("exc"), name("exc"), ast.Constant(value=None))),
                   body=[ast.Raise(exc=None, cause=None)], orelse=[])])
        finally_ = [ast.If(test=ast.UnaryOp(op=ast.Not(), operand=name("exited")),
                           body=[ast.Expr(value=exit_call(none, ast.Constant(value=None), ast.Constant(value=None)))],
                           orelse=[])]
        statements = [ast.Assign(targets=[name("value", ast.Store)], value=enter),
                      ast.Assign(targets=[name("exited", ast.Store)], value=ast.Constant(value=False)),
                      ast.Try(body=protected, handlers=[handler], orelse=[], finalbody=finally_)]
        for stmt in statements:
            located(stmt)
            ast.copy_location(stmt, s)
            self.statement(stmt)


def check_exit_parameters(method):
    """__exit__(self, exc_type, exc, tb): fxn passes the exception itself for exc_type (and None for
    tb), so those may only be tested against None."""
    params = method.node.args.posonlyargs + method.node.args.args
    if len(params) != 4:
        return  # CPython's TypeError for the call comes from binding the arguments
    watched = {params[1].arg, params[3].arg}
    allowed = set()
    for sub in ast.walk(method.node):
        if isinstance(sub, ast.Compare) and len(sub.ops) == 1 and isinstance(sub.ops[0], (ast.Is, ast.IsNot)) \
                and isinstance(sub.comparators[0], ast.Constant) and sub.comparators[0].value is None:
            allowed.add(id(sub.left))
        if isinstance(sub, (ast.If, ast.While, ast.IfExp)):
            allowed.add(id(sub.test))
        if isinstance(sub, ast.UnaryOp) and isinstance(sub.op, ast.Not):
            allowed.add(id(sub.operand))
        if isinstance(sub, ast.BoolOp):
            allowed.update(id(v) for v in sub.values)
    for sub in ast.walk(method.node):
        if isinstance(sub, ast.Name) and sub.id in watched and id(sub) not in allowed:
            raise unsupported(sub, "use of __exit__'s parameter '%s' other than a test against None (fxn passes "
                              "the exception, not its class or traceback)" % sub.id)
