"""Calls of builtin functions to IR: sorted/min/max (with key=, default=, reverse=), sum, any/all over
generators, isinstance, str/repr/format, the conversions, and the rest through the registry.
"""

import ast

import fxn_numpy_types
from fxn_closures import map_filter_listcomp
from fxn_classes import order_key
from fxn_diagnostics import Diagnostic, unsupported
from fxn_enum import is_int_enum
from fxn_iter_delegation import check_explicit_iter
from fxn_tables import BUILTIN_BANNED
from fxn_types import (BOOL, DYN, EXC, FLOAT, INT, NONE, STR, ArrT, ClassT, DequeT, DictT, GenT, ListT, OptT, SetT, TupleT, TypeVar,
                       contains, join, order_is_known, prune, show, unify)


# Builtins whose result shows the order in which they iterated their argument.
ORDER_REVEALING = {"list", "tuple", "enumerate", "zip", "next", "iter", "dict"}


class BuiltinLowering:
    """Lowers calls of builtins (a FunctionBuilder mixin)."""

    # ---- builtin functions ----

    def builtin_call(self, e, fname):
        if fname in ("hash", "iter", "next") and len(e.args) == 1 and not e.keywords:
            e = self.evaluated_once(e)  # the argument in a temporary: read again below for a generator
            value = self.expr(e.args[0])
            if fname == "hash":
                if contains(value[1], lambda t: isinstance(t, ClassT) and getattr(t.info, "enum_members", None)
                            and not is_int_enum(t)) \
                        and not self.target.python_name.endswith("<hash hook>"):  # dict keys: fxn_enum's __hash__
                    raise unsupported(e, "hash() of an enum member (CPython hashes its name, seeded per process)")
                return self.dunder_hash(e, value)
            if self.uses_operator_methods(value):
                if fname == "iter" and isinstance(prune(value[1]), ClassT):
                    check_explicit_iter(e, prune(value[1]).info)  # fxn_iter_delegation
                return self.dunder_iter(e, value) if fname == "iter" else self.dunder_next(e, value)
            if not isinstance(prune(value[1]), (GenT, TypeVar)):
                raise unsupported(e, "call to builtin %s() of %s" % (fname, show(value[1])))
        if fname in BUILTIN_BANNED:
            raise unsupported(e, "call to builtin %s()" % fname)
        if fname in ("sum", "min", "max", "sorted", "list", "set", "any", "all", "dict", "enumerate", "zip") \
                and e.args:  # map() and filter() consumed by iterating them once
            rewritten = [map_filter_listcomp(a, self.resolves_to_builtin) for a in e.args]
            if any(r is not a for r, a in zip(rewritten, e.args)):
                e = ast.copy_location(ast.Call(func=e.func, args=rewritten, keywords=e.keywords), e)
        if fname in ("map", "filter"):
            raise unsupported(e, "%s() used other than by iterating it once (a for loop, list(), sorted(), sum(), "
                              "str.join ...)" % fname)
        if fname in ("sorted", "min", "max"):
            # key=None and reverse=False spelled out: no key, no reversal, as CPython takes them
            kept = [k for k in e.keywords if not (isinstance(k.value, ast.Constant)
                                                  and (k.arg, k.value.value) in (("key", None), ("reverse", False)))]
            if len(kept) != len(e.keywords):
                e = ast.copy_location(ast.Call(func=e.func, args=e.args, keywords=kept), e)
        args_ast = e.args
        kw = {k.arg: k.value for k in e.keywords}
        if fname == "isinstance":
            return self.isinstance_call(e)
        if fname == "pow" and len(args_ast) == 2 and not e.keywords:
            return self.binop(e, ast.Pow(), self.expr(args_ast[0]), self.expr(args_ast[1]))  # as `a ** b`
        if fname == "issubclass":
            return self.issubclass_call(e)
        if fname == "range":
            if e.keywords:
                raise unsupported(e.keywords[0], "keyword argument to range()")
            bounds = self.range_bounds(e)
            return self.call_op(e, "fxn.range_list", [(b, INT) for b in bounds], "range()")
        self.note_consumed_at_once(fname, args_ast)
        if fname in ("any", "all", "zip"):
            lazily = self.generator_builtin(e, fname)  # over generator values (fxn_generators)
            if lazily is not None:
                return lazily
        if fname in ("any", "all") and len(args_ast) == 1 and isinstance(args_ast[0], ast.GeneratorExp):
            return self.any_all(e, args_ast[0], fname == "any")
        if fname in ("sum", "min", "max", "sorted", "list", "set", "tuple", "any", "all", "dict", "enumerate",
                     "zip", "reversed") and args_ast and isinstance(args_ast[0], ast.GeneratorExp):
            if fname == "tuple":
                raise unsupported(e, "tuple() of a generator (its length is not static)")
            materialized = self.gen_to_list(args_ast[0])
            rest = [self.expr(a) for a in args_ast[1:]]
            return self.builtin_with_values(e, fname, [materialized] + rest, kw)
        if fname in ("sorted", "min", "max") and ("key" in kw or "default" in kw or "reverse" in kw):
            values = [self.expr(a) for a in args_ast]
            return self.builtin_with_values(e, fname, values, kw)
        if fname == "tuple":
            if len(args_ast) != 1:
                return self.build_tuple(e, [])
            value = self.expr(args_ast[0])
            if isinstance(prune(value[1]), TupleT):
                if prune(value[1]).cls is not None:  # tuple(point): the plain tuple of a namedtuple
                    return value[0], TupleT(prune(value[1]).elems)
                return value
            raise unsupported(e, "tuple() of %s (its length is not static)" % show(value[1]))
        if fname == "str" and not args_ast:
            return self.constant(e, "")
        if fname in ("str", "repr") and len(args_ast) == 1:
            value = self.expr(args_ast[0])
            if fname == "repr" and self.prints_by_methods(value):
                return self.dunder_repr(e, value)
            if fname == "str":
                return self.to_str(e, value)
            self.check_printable(e, value[1])
            if prune(value[1]) is EXC:
                raise unsupported(e, "repr() of an exception")
            return self.call_op(e, "builtins.repr", [value], "repr()")
        if fname == "format":
            args = [self.expr(a) for a in args_ast]
            if len(args) in (1, 2) and self.prints_by_methods(args[0]):
                return self.dunder_format(e, args[0], args[1] if len(args) == 2 else self.constant(e, ""))
            if len(args) == 1:
                return self.to_str(e, args[0])
            self.check_printable(e, args[0][1])
            return self.call_op(e, "builtins.format", args, "format()")
        if fname in ("float", "int", "bool", "abs", "len") and len(args_ast) == 1 and not kw:
            value = self.expr(args_ast[0])
            t = prune(value[1])
            if fname == "bool" and isinstance(t, OptT) and isinstance(prune(t.elem), ClassT) \
                    and self.truth_by_methods(prune(t.elem).info):
                return self.optional_instance_truth(e, value), BOOL
            if self.uses_operator_methods(value) and fname in ("len", "bool", "abs"):
                if fname == "len":
                    return self.dunder_len(e, value)
                if fname == "bool":
                    return self.dunder_truth(e, value), BOOL
                return self.dunder_abs(e, value)
            if fxn_numpy_types.is_numpy(value[1]):
                if fname == "abs":
                    return self.np.ufunc(e, "absolute", [value])
                if fname == "len":
                    if not isinstance(prune(value[1]), ArrT):
                        raise Diagnostic(e, "TypeError: object of type '%s' has no len()" % show(value[1]))
                    return self.np.emit(e, "numpy.len", [value], INT, "len")
                return self.np.to_python(e, fname, value)
            if fname != "len":
                return self.builtin_with_values(e, fname, [value], {})
            if isinstance(prune(value[1]), TupleT):
                return self.constant(e, len(prune(value[1]).elems))
            return self.call_op(e, "builtins.len", [value], "len()")
        target = "builtins." + fname
        if not self.m.registry.knows(target):
            raise unsupported(e, "call to builtin %s()" % fname)
        values = self.keyword_args(e, target)
        return self.builtin_with_values(e, fname, values, {})

    def builtin_with_values(self, e, fname, values, kw):
        target = "builtins." + fname
        if fname in ("min", "max") and len(values) >= 2:
            kinds = {prune(t) for _, t in values}
            if BOOL in kinds and len(kinds) > 1:
                raise unsupported(e, "%s() of bool and %s arguments (CPython returns the winning object itself, "
                                     "True or 1)" % (fname, show(next(k for k in kinds if k is not BOOL))))
        if fname in ORDER_REVEALING or fname in ("sorted", "min", "max") and "key" in kw:
            for v in values:
                t = prune(v[1])
                if not (isinstance(t, SetT) and not order_is_known(t.elem)):
                    continue
                if fname in ORDER_REVEALING:
                    raise unsupported(e, "%s() of a %s: its result shows CPython's iteration order, which depends on "
                                         "the per-process hash seed (sort it first: sorted(...))" % (fname, show(t)))
                raise unsupported(e, "%s() with key= of a %s: items with equal keys come in CPython's iteration "
                                         "order, which depends on the per-process hash seed (sort the set first)"
                                      % (fname, show(t)))
        if values and isinstance(prune(values[0][1]), GenT):
            if fname == "reversed":
                raise Diagnostic(e, "TypeError: 'generator' object is not reversible")
            if fname == "enumerate":
                self.check_consumed_at_once(e, "enumerate()")
            if fname in ("sum", "min", "max", "sorted", "set", "dict", "enumerate"):  # they read every item first
                values = [self.as_list(e, values[0])] + values[1:]
            if fname == "next" and len(values) == 2:  # next(g, default) where g yields T | None
                values = [values[0], self.coerce(e, values[1], prune(values[0][1]).item)]
        if fname == "reversed" and values and isinstance(prune(values[0][1]), DequeT):
            values = [self.reversed_deque_items(e, values[0])]
        if values and self.uses_operator_methods(values[0]) and (fname in ("sorted", "list", "set", "sum", "any",
                                                                           "all", "enumerate", "zip")
                                                                 or fname in ("min", "max") and len(values) == 1):
            values = [self.instance_items(e, values[0])] + values[1:]  # what iterating the instance gives
        if fname in ("sorted", "min", "max", "sum", "list", "set", "any", "all", "enumerate", "zip", "reversed") \
                and values:
            v0 = prune(values[0][1])
            if isinstance(v0, TupleT) or (isinstance(v0, SetT) and fname not in ("list", "set", "sorted", "min",
                                                                                 "max", "sum", "any", "all")) \
                    or (v0 is STR and fname not in ("list", "set", "sorted", "min", "max")) \
                    or isinstance(v0, DictT) and fname != "dict":
                if not (fname in ("min", "max") and len(values) > 1):
                    values = [self.as_list(e, values[0])] + values[1:]
            if fname in ("sorted", "min", "max", "sum", "any", "all") and isinstance(prune(values[0][1]), SetT):
                if fname in ("sorted", "min", "max") or prune(values[0][1].elem) is not FLOAT:
                    values = [self.call_op(e, "builtins.list", [values[0]], "list()")] + values[1:]
                else:
                    values = [self.as_list(e, values[0])] + values[1:]
        if fname in ("any", "all") and values:
            t = prune(values[0][1])
            elems = [t.elem] if isinstance(t, (ListT, SetT)) else list(t.elems) if isinstance(t, TupleT) else []
            for elem in map(prune, elems):
                if isinstance(elem, OptT):
                    elem = prune(elem.elem)
                if isinstance(elem, ClassT) and self.truth_by_methods(elem.info):
                    # the kernel takes every instance as true; `any(x for x in xs)` asks each one
                    raise unsupported(e, "%s() of a %s, whose items' truth is their __bool__ or __len__ (write "
                                         "%s(x for x in ...))" % (fname, show(t), fname))
        if fname == "sorted":
            if len(values) != 1:
                raise Diagnostic(e, "sorted expected 1 argument, got %d" % len(values))
            items = self.call_op(e, "builtins.list", [values[0]], "list()")  # a new list, sorted in place
            self.sort_in_place(e, items, kw.get("key"), kw.get("reverse"))
            return items
        if fname in ("min", "max") and len(values) == 1 and kw.get("key") is None and isinstance(prune(values[0][1]), ListT) \
                and self.order_class(prune(values[0][1]).elem):
            kw = dict(kw, key=order_key(e, self.order_class(prune(values[0][1]).elem)))  # @dataclass(order=True)
        if fname in ("min", "max") and values and kw.get("key") is None:
            v0 = prune(values[0][1])
            self.check_orderable(e, v0.elem if isinstance(v0, ListT) and len(values) == 1 else v0)
        if fname in ("min", "max") and ("key" in kw or "default" in kw):
            return self.min_max_key(e, fname, values, kw)
        if fname in ("min", "max") and len(values) > 1:
            if self.discovery and any(isinstance(prune(t), TypeVar) for _, t in values):
                return "$unknown", TypeVar()  # an item of a list the code fills later
            ts = {show(t) for _, t in values}
            if len(ts) > 1 and not ts <= {"int", "bool"}:
                raise unsupported(e, "%s() over %s (the result's type would depend on the values)"
                                  % (fname, " and ".join(sorted(ts))))
            values = [self.promote(a, INT) if prune(a[1]) is BOOL else a for a in values]
        if fname == "sum" and len(values) == 2:
            v0, s = prune(values[0][1]), prune(values[1][1])
            if isinstance(v0, ListT) and prune(v0.elem) in (INT, BOOL) and s is FLOAT:
                values = [self.call_op(e, "fxn.list_to_float", [values[0]], "float"), values[1]]
            elif isinstance(v0, ListT) and prune(v0.elem) is FLOAT and s in (INT, BOOL):
                values = [values[0], self.promote(values[1], FLOAT)]
        if fname == "dict" and not values:
            return self.value(e, "CALL_FUNCTION", "dict", "fxn.empty_dict", [], DictT(TypeVar(), TypeVar()))
        if fname == "set" and not values:
            return self.value(e, "CALL_FUNCTION", "set", "fxn.empty_set", [], SetT(TypeVar()))
        if fname == "list" and not values:
            return self.value(e, "CALL_FUNCTION", "empty_list", "fxn.empty_list", [], ListT(TypeVar()))
        if fname in ("set", "dict") and values and isinstance(prune(values[0][1]), ListT):
            elem = prune(values[0][1]).elem
            if fname == "set":
                self.check_key(e, elem, elem)
        return self.call_op(e, target, values, fname + "()")

    # ---- sorting, min/max with key= ----

    def order_class(self, t):
        """The ClassInfo of a @dataclass(order=True) whose instances t holds, else None."""
        t = prune(t)
        return t.info if isinstance(t, ClassT) and t.info.order else None

    def check_orderable(self, at, t):
        """Sorting and min/max compare with <: values that may be None cannot be ordered."""
        if not self.discovery and contains(t, lambda x: isinstance(x, (OptT, DictT, SetT)) or x is NONE or x is EXC
                                           or isinstance(x, ClassT) and not self.orderable_instance(x)):
            raise unsupported(at, "ordering values of type %s (< is not defined on them for every value)" % show(t))

    def sort_in_place(self, at, items, key_ast, reverse_ast):
        if isinstance(key_ast, ast.Call) and self.stdlib_named(key_ast.func) == "functools.cmp_to_key":
            return self.sort_by_cmp(at, items, key_ast, reverse_ast)  # fxn_stdlib_functools
        reverse = self.truth(reverse_ast)[0] if reverse_ast is not None else None
        if isinstance(prune(items[1]), ListT) and key_ast is None and self.order_class(prune(items[1]).elem):
            key_ast = order_key(at, self.order_class(prune(items[1]).elem))  # @dataclass(order=True)
        if isinstance(prune(items[1]), ListT) and key_ast is None:
            self.check_orderable(at, prune(items[1]).elem)
        if key_ast is None or isinstance(key_ast, ast.Constant) and key_ast.value is None:
            args = [items] + ([(reverse, BOOL)] if reverse is not None else [])
            self.call_op(at, "list.sort", args, "sort()", statement=True)
            return
        keys = self.keys_of(at, items, key_ast)
        rev = reverse if reverse is not None else self.constant(at, False)[0]
        self.call_op(at, "fxn.sort_by_keys", [items, keys, (rev, BOOL)], "sort(key=)", statement=True)

    def keys_of(self, at, items, key_ast):
        """[key(x) for x in items], evaluated in order (as list.sort does, before sorting)."""
        result = self.value(at, "CALL_FUNCTION", "empty_list", "fxn.empty_list", [], ListT(TypeVar()))
        holder = self.new_temp(result[1], "keys")
        self.store(at, holder, result)
        item_var = self.new_temp(prune(items[1]).elem if isinstance(prune(items[1]), ListT) else TypeVar(), "kx")
        before = set(self.assigned)

        def body():
            k = self.call_key(at, key_ast, self.load_var(at, item_var))
            acc = self.load_var(at, holder)
            if not unify(acc[1].elem, k[1]) and not self.discovery:
                raise unsupported(at, "key= function returning different types")
            self.check_orderable(at, k[1])
            self.call_op(at, "list.append", [acc, k], "append", statement=True)

        loop_body = self.loop_block(before, None, body, item_var)
        self.emit(at, "FOR_EACH", None, item_var, [items[0]], blocks=[loop_body])
        self.assigned = before | {holder}
        return self.load_var(at, holder)

    def min_max_key(self, e, fname, values, kw):
        if len(values) != 1:
            if "default" in kw:
                raise Diagnostic(e, "Cannot specify a default for %s() with multiple positional arguments" % fname)
            items = self.list_of(e, values)
        else:
            items = self.as_list(e, values[0])
        holder = self.new_temp(items[1], "mm")
        self.store(e, holder, items)
        et = prune(items[1]).elem if isinstance(prune(items[1]), ListT) else TypeVar()
        size = self.call_op(e, "builtins.len", [self.load_var(e, holder)], "len()")
        empty, _ = self.call_op(e, "operator.eq", [size, self.constant(e, 0)], "==")
        default = self.expr(kw["default"]) if "default" in kw else None
        result_type = et if default is None else join(et, default[1])
        if result_type is None:
            raise unsupported(e, "%s() default of a different type than the items" % fname)
        best = self.new_temp(result_type, "best")

        def when_empty():
            if default is None:
                self.emit(e, "RAISE", None, "ValueError", [self.constant(e, "%s() arg is an empty sequence" % fname)[0]])
            else:
                self.store(e, best, default)

        def scan():
            first = self.call_op(e, "operator.getitem", [self.load_var(e, holder), self.constant(e, 0)], "[]")
            self.store(e, best, first)
            key_of = (lambda item: self.call_key(e, kw["key"], item)) if kw.get("key") is not None \
                else (lambda item: item)
            best_key_value = key_of(first)
            best_key = self.new_temp(best_key_value[1], "bk")
            self.store(e, best_key, best_key_value)
            index = self.new_temp(INT, "mi")
            self.assigned = set(self.assigned) | {best, best_key}
            size = self.call_op(e, "builtins.len", [self.load_var(e, holder)], "len()")

            def body():
                item = self.call_op(e, "operator.getitem", [self.load_var(e, holder), self.load_var(e, index)], "[]")
                k = key_of(item)
                better = self.compare_one(e, ast.Lt() if fname == "min" else ast.Gt(), k, self.load_var(e, best_key))

                def take():
                    self.store(e, best, item)
                    self.store(e, best_key, k)
                saved = set(self.assigned)
                self.emit(e, "IF", None, "", [better[0]], blocks=[self.emitted(take), {"nodes": []}])
                self.assigned = saved

            loop = self.loop_block(set(self.assigned), None, body, index)
            self.emit(e, "FOR_RANGE", None, index, [self.constant(e, 1)[0], size[0], self.constant(e, 1)[0]],
                      blocks=[loop])

        saved = set(self.assigned)
        self.emit(e, "IF", None, "", [empty], blocks=[self.emitted(when_empty), self.emitted(scan)])
        self.assigned = saved | {best}
        return self.load_var(e, best)

    # ---- any/all over generators, isinstance ----

    def any_all(self, e, g, is_any):
        """any(gen)/all(gen): loops that stop at the first deciding item, as CPython's does."""
        result = self.new_temp(BOOL, "anyall")
        self.store(e, result, self.constant(e, not is_any))
        stop = self.new_temp(BOOL, "stop")
        self.store(e, stop, self.constant(e, False))

        def consumer():
            truth, _ = self.truth(g.elt)
            cond = truth if is_any else self.value(e, "CALL_FUNCTION", "not_", "operator.not_", [truth], BOOL)[0]

            def decide():
                self.store(e, result, self.constant(e, is_any))
                self.store(e, stop, self.constant(e, True))
            saved = set(self.assigned)
            self.emit(e, "IF", None, "", [cond], blocks=[self.emitted(decide), {"nodes": []}])
            self.assigned = saved

        saved_renames = dict(self.renames)
        saved_assigned = set(self.assigned)
        self.generators(e, g.generators, consumer, stop)
        self.renames = saved_renames
        self.assigned = saved_assigned
        return self.load_var(e, result)

    def named_classes(self, spec):
        out = []
        for c in spec.elts if isinstance(spec, ast.Tuple) else [spec]:
            if not isinstance(c, ast.Name) or c.id in self.locals or c.id in self.renames:
                raise unsupported(c, "isinstance() or issubclass() with a computed class")
            cls = self.m.resolve_global(c, c.id)
            if not isinstance(cls, type):
                raise Diagnostic(c, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
            out.append(cls)
        return out

    def issubclass_call(self, e):
        """issubclass(A, B) of named classes: decided at compile time."""
        if len(e.args) != 2 or e.keywords:
            raise Diagnostic(e, "issubclass expected 2 arguments")
        [cls] = self.named_classes(e.args[0]) if not isinstance(e.args[0], ast.Tuple) else [None]
        if cls is None:
            raise Diagnostic(e.args[0], "issubclass() arg 1 must be a class")
        return self.constant(e, issubclass(cls, tuple(self.named_classes(e.args[1]))))

    def isinstance_call(self, e):
        if len(e.args) != 2 or e.keywords:
            raise Diagnostic(e, "isinstance expected 2 arguments")
        value = self.expr(e.args[0])
        spec = e.args[1]
        classes = spec.elts if isinstance(spec, ast.Tuple) else [spec]
        wanted = []
        for c in classes:
            if isinstance(c, ast.Constant) and c.value is None:
                wanted.append(type(None))
                continue
            if not isinstance(c, ast.Name) or c.id in self.locals:
                raise unsupported(c, "isinstance() with a computed class")
            wanted.append(self.m.resolve_global(c, c.id))
        t = prune(value[1])

        def matches(static):
            py = {INT: int, FLOAT: float, BOOL: bool, STR: str, NONE: type(None)}.get(static)
            if py is None:
                py = {ListT: list, TupleT: tuple, DictT: dict, SetT: set}.get(type(static))
            if isinstance(static, ClassT):
                py = static.info.cls
            if static is EXC:
                return any(isinstance(w, type) and issubclass(w, BaseException) and w in (Exception, BaseException)
                           for w in wanted)
            return py is not None and any(isinstance(w, type) and issubclass(py, w) for w in wanted)

        if t is DYN:
            return self.dynamic_isinstance(e, value, wanted)  # fxn_dynamic: the run-time type
        if isinstance(t, ClassT):
            return self.isinstance_of_instance(e, value, wanted)
        if isinstance(t, OptT):
            none_ok, elem_ok = matches(NONE), matches(prune(t.elem))
            if none_ok == elem_ok:
                return self.constant(e, none_ok)
            is_none = self.is_none(e, value)
            if none_ok:
                return is_none
            return self.value(e, "CALL_FUNCTION", "not_", "operator.not_", [is_none[0]], BOOL)
        return self.constant(e, matches(t))
