"""The `collections` module to IR (a FunctionBuilder mixin): deque, Counter, defaultdict and
OrderedDict, with CPython 3.11's results, orders, reprs and exceptions.

Counter, defaultdict and OrderedDict are the dict at run time (so every dict kernel and CPython's
dict order apply); their static type is a DictT with a `kind` (and a defaultdict's factory), which
keeps them apart from dicts (fxn_types.compatible) and routes every operation on them here: this
mixin answers `uses_operator_methods` for them, as for instances of user classes, so `c[k]`,
`d[k] = v`, `del`, `in`, len(), truth, ==, the binary operators, repr()/str() and iteration by the
builtins come to the overrides below; anything not listed is rejected, never given dict's meaning.

A deque is `tuple[list[T], list[int]]` in the IR: its items, front first, and a shared record
[maxlen (-1: None), mutation count] (kernels in ops_collections.hpp); a `for` over it checks the
count before each item, as CPython's iterator does ("deque mutated during iteration").
"""

import ast
import builtins

from fxn_diagnostics import Diagnostic, StaticRaise, unsupported
from fxn_stdlib_namedtuple import is_named, named_of
from fxn_types import (BOOL, INT, DequeT, DictT, ListT, OptT, SetT, TupleT, TypeVar, contains, prune,
                       python_type_name, show, unify)

# defaultdict factories whose repr is known without an address: the builtin types.
BUILTIN_FACTORIES = ("list", "int", "set", "str", "float", "dict", "bool")
# Methods of dict that mean the same on Counter, defaultdict and OrderedDict (copy keeps the kind).
DICT_METHODS = ("get", "keys", "values", "items", "pop", "setdefault", "clear", "copy", "update")
COUNTER_BINOPS = {ast.Add: 0, ast.Sub: 1, ast.BitOr: 2, ast.BitAnd: 3}


class DefaultFactory:
    """A defaultdict's default_factory: a name (a builtin type, a module-level function or class)
    or a lambda without parameters that reads no local variable; `d[k]` on a missing key calls it
    where the subscript is (so it is part of the static type)."""

    def __init__(self, node, key, name=None):
        self.node = node
        self.key = key
        self.name = name  # the builtin type's name, for repr


def is_collection(t):
    t = prune(t)
    return isinstance(t, DequeT) or isinstance(t, DictT) and t.kind != "dict"


def kind_of(value):
    t = prune(value[1])
    if isinstance(t, DequeT):
        return "deque"
    if isinstance(t, DictT) and t.kind != "dict":
        return t.kind
    return None


class CollectionsLowering:
    """Lowers collections' types and their operations (a FunctionBuilder mixin)."""

    # ---- constructors: collections.X(...) ----

    def call_collections(self, e, qualified):
        name = qualified.split(".", 1)[1]
        if name == "deque":
            return self.new_deque(e)
        if name == "Counter":
            return self.new_counter(e)
        if name == "defaultdict":
            return self.new_defaultdict(e)
        if name == "OrderedDict":
            return self.new_odict(e)
        raise unsupported(e, "collections.%s" % name)

    def plain(self, value):
        """The value seen as the dict it is at run time (for dict kernels)."""
        t = prune(value[1])
        return value[0], DictT(t.key, t.value)

    def retyped(self, value, t):
        return value[0], t

    def iterable_items(self, at, node):
        """A list of what iterating the argument gives (generator expressions read at once)."""
        if isinstance(node, ast.GeneratorExp):
            return self.gen_to_list(node)
        value = self.expr(node)
        t = prune(value[1])
        if isinstance(t, DequeT):
            return self.deque_copy_items(at, value)
        if is_collection(t) or isinstance(t, (DictT, SetT)):
            return self.as_list(at, value) if not is_collection(t) else \
                self.call_op(at, "dict.keys", [self.plain(value)], "list()")
        return self.as_list(at, value)

    def new_deque(self, e):
        kw = {k.arg: k.value for k in e.keywords}
        if None in kw or set(kw) - {"iterable", "maxlen"} or len(e.args) > 2 or \
                len(e.args) == 2 and "maxlen" in kw:
            raise unsupported(e, "deque() with these arguments")
        iterable = e.args[0] if e.args else kw.get("iterable")
        maxlen_ast = e.args[1] if len(e.args) == 2 else kw.get("maxlen")
        if iterable is None:
            items = self.value(e, "CALL_FUNCTION", "empty_list", "fxn.empty_list", [], ListT(TypeVar()))
        else:
            items = self.iterable_items(e, iterable)
        if maxlen_ast is None or isinstance(maxlen_ast, ast.Constant) and maxlen_ast.value is None:
            meta = self.call_op(e, "collections.deque_meta_none", [], "deque()")
        else:
            maxlen = self.expr(maxlen_ast)
            if prune(maxlen[1]) is BOOL:
                maxlen = self.promote(maxlen, INT)
            if prune(maxlen[1]) is not INT:
                raise unsupported(maxlen_ast, "deque maxlen of type %s (an int or None)" % show(maxlen[1]))
            meta = self.call_op(e, "collections.deque_meta", [maxlen], "deque()")
        items = self.call_op(e, "collections.deque_items", [items, meta], "deque()")
        elem = prune(items[1]).elem if isinstance(prune(items[1]), ListT) else TypeVar()
        return self.value(e, "CALL_FUNCTION", "deque", "fxn.build_tuple", [items[0], meta[0]], DequeT(elem))

    def deque_parts(self, at, value):
        t = prune(value[1])
        view = TupleT([ListT(t.elem), ListT(INT)])
        return self.tuple_get(at, value[0], view, 0), self.tuple_get(at, value[0], view, 1)

    def reversed_deque_items(self, e, value):
        """reversed(d) read at once by list(), sorted(), sum(), ...: the items (reversed by the
        caller). Kept as a value, CPython's iterator would raise if the deque changed before it is
        read, which a list cannot see: rejected."""
        if id(e) not in getattr(self, "consumed_at_once", ()):
            raise unsupported(e, "reversed() applied to %s kept as a value (CPython's iterator raises if the deque "
                              "changes first; pass it straight to list(), sorted(), sum(), ...)" % show(value[1]))
        return self.deque_copy_items(e, value)

    def deque_copy_items(self, at, value):
        items, _ = self.deque_parts(at, value)
        return self.call_op(at, "list.copy", [items], "list()")

    def new_counter(self, e):
        if len(e.args) > 1:
            raise Diagnostic(e, "expected at most 1 argument, got %d" % len(e.args))
        if any(k.arg is None for k in e.keywords):
            raise unsupported(e, "**kwargs in Counter()")
        counter = self.value(e, "CALL_FUNCTION", "counter", "fxn.empty_dict", [], DictT(TypeVar(), INT, "Counter"))
        if e.args:
            self.counter_update(e, counter, e.args[0], 1)
        for k in e.keywords:
            self.counter_store(k, counter, self.constant(k, k.arg), self.expr(k.value))
        return counter

    def counter_store(self, at, counter, key, count):
        if prune(count[1]) is BOOL:
            count = self.promote(count, INT)
        if prune(count[1]) is not INT:
            raise unsupported(at, "a Counter of %s counts (fxn's Counter counts with int)" % show(count[1]))
        self.check_key(at, prune(counter[1]).key, key[1])
        unify(prune(counter[1]).key, key[1])
        self.call_op(at, "operator.setitem", [self.plain(counter), key, count], "[]=", statement=True)

    def counter_update(self, at, counter, arg_ast, sign):
        """update(x) (sign 1) / subtract(x) (sign -1) with an iterable or a mapping."""
        ct = prune(counter[1])
        if isinstance(arg_ast, ast.GeneratorExp):
            items = self.gen_to_list(arg_ast)
        else:
            value = self.expr(arg_ast)
            vt = prune(value[1])
            if isinstance(vt, DictT) and vt.kind in ("dict", "Counter", "OrderedDict", "defaultdict"):
                if prune(vt.value) is BOOL or prune(vt.value) is not INT and not isinstance(prune(vt.value), TypeVar):
                    raise unsupported(arg_ast, "a Counter of %s counts (fxn's Counter counts with int)"
                                      % show(vt.value))
                unify(vt.value, INT)
                if not unify(ct.key, vt.key):
                    raise unsupported(arg_ast, "Counter of %s keys updated with %s" % (show(ct.key), show(vt.key)))
                self.call_op(at, "collections.counter_add_mapping", [self.plain(counter), self.plain(value),
                                                                     self.constant(at, sign)], "Counter.update()",
                             statement=True)
                return
            items = self.iterable_items(at, arg_ast) if isinstance(vt, DequeT) else self.as_list(at, value)
        it = prune(items[1])
        if isinstance(it, ListT) and not unify(ct.key, it.elem):
            raise unsupported(arg_ast, "Counter of %s keys updated with %s" % (show(ct.key), show(it.elem)))
        if isinstance(it, ListT):
            self.check_key(at, ct.key, it.elem)
        target = "collections.counter_add_items" if sign > 0 else "collections.counter_sub_items"
        self.call_op(at, target, [self.plain(counter), items], "Counter.update()", statement=True)

    def factory_of(self, node):
        """The DefaultFactory of defaultdict(node, ...), or a diagnostic."""
        if isinstance(node, ast.Constant) and node.value is None:
            return None
        if isinstance(node, ast.Name) and node.id not in self.locals and node.id not in self.renames \
                and node.id not in self.local_functions:
            live = self.m.resolve_global(node, node.id)
            if node.id in BUILTIN_FACTORIES and getattr(builtins, node.id) is live:
                return DefaultFactory(node, "builtin:" + node.id, node.id)
            if callable(live):
                return DefaultFactory(node, "global:%s:%d" % (node.id, id(live)))
        if isinstance(node, ast.Lambda) and not self.m.param_names(node):
            self.check_factory_lambda(node)
            return DefaultFactory(node, "lambda:" + ast.dump(node.body))
        raise unsupported(node, "defaultdict factory that is not a builtin type, a module-level function or class, "
                          "or a lambda of no parameters reading no local variable")

    def check_factory_lambda(self, node):
        for sub in ast.walk(node.body):
            if isinstance(sub, ast.Name) and (sub.id in self.locals or sub.id in self.renames
                                              or sub.id in self.local_functions):
                raise unsupported(sub, "defaultdict factory lambda reading the local variable '%s'" % sub.id)
            if isinstance(sub, (ast.Lambda, ast.NamedExpr, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
                raise unsupported(sub, "defaultdict factory lambda with a nested scope or assignment")

    def new_defaultdict(self, e):
        if e.keywords or len(e.args) > 2:
            raise unsupported(e, "defaultdict() with keyword arguments or more than 2 arguments")
        factory = self.factory_of(e.args[0]) if e.args else None
        result = self.value(e, "CALL_FUNCTION", "defaultdict", "fxn.empty_dict", [],
                            DictT(TypeVar(), TypeVar(), "defaultdict", factory))
        if len(e.args) == 2:
            self.dict_update_from(e, result, self.expr(e.args[1]))
        return result

    def new_odict(self, e):
        if len(e.args) > 1 or any(k.arg is None for k in e.keywords):
            raise unsupported(e, "OrderedDict() with these arguments")
        result = self.value(e, "CALL_FUNCTION", "odict", "fxn.empty_dict", [], DictT(TypeVar(), TypeVar(), "OrderedDict"))
        if e.args:
            self.dict_update_from(e, result, self.expr(e.args[0]))
        for k in e.keywords:
            self.dict_store(k, self.plain(result), self.constant(k, k.arg), self.expr(k.value))
        return result

    def dict_update_from(self, at, d, source):
        """The pairs of a mapping or of a list of pairs, set in order (dict(x)'s rules)."""
        st = prune(source[1])
        dt = prune(d[1])
        if isinstance(st, DictT):
            if not (unify(dt.key, st.key) and unify(dt.value, st.value)):
                raise unsupported(at, "%s filled from %s" % (show(dt), show(st)))
            self.call_op(at, "dict.update", [self.plain(d), self.plain(source)], "update()", statement=True)
            return
        pairs = self.call_op(at, "builtins.dict", [self.as_list(at, source)], "dict()")
        pt = prune(pairs[1])
        if not (unify(dt.key, pt.key) and unify(dt.value, pt.value)):
            raise unsupported(at, "%s filled from %s" % (show(dt), show(st)))
        self.call_op(at, "dict.update", [self.plain(d), pairs], "update()", statement=True)

    def get_attribute(self, at, obj, attr):
        if kind_of(obj) is None:
            return super().get_attribute(at, obj, attr)
        if kind_of(obj) == "deque" and attr == "maxlen":
            return self.deque_maxlen(at, obj)
        raise unsupported(at, "attribute '.%s' of %s" % (attr, show(obj[1])))

    def deque_maxlen(self, at, d):
        """d.maxlen: the record's maxlen, None where it is -1."""
        _, meta = self.deque_parts(at, d)
        maxlen = self.call_op(at, "operator.getitem", [meta, self.constant(at, 0)], "[]")
        result = self.new_temp(OptT(INT), "maxlen")
        unbounded = self.call_op(at, "operator.lt", [maxlen, self.constant(at, 0)], "<")
        saved = set(self.assigned)
        self.emit(at, "IF", None, "", [unbounded[0]], blocks=[
            self.emitted(lambda: self.store(at, result, self.coerce(at, self.constant(at, None), OptT(INT)))),
            self.emitted(lambda: self.store(at, result, self.coerce(at, maxlen, OptT(INT))))])
        self.assigned = saved | {result}
        return self.load_var(at, result)

    # ---- the operator-method hooks (fxn_dunder_lowering) ----

    def uses_operator_methods(self, *values):
        return any(kind_of(v) is not None for v in values) or super().uses_operator_methods(*values)

    def dunder_getitem(self, at, container, index):
        kind = kind_of(container)
        if kind is None:
            return super().dunder_getitem(at, container, index)
        if kind == "deque":
            return self.deque_call(at, "deque_getitem", container, [self.deque_index(at, index)], parts="items")
        ct = prune(container[1])
        self.check_key(at, ct.key, index[1])
        index = self.coerce(at, index, ct.key)
        if kind == "Counter":  # a missing key counts 0 and is not inserted (Counter.__missing__)
            return self.call_op(at, "dict.get", [self.plain(container), index, self.constant(at, 0)], "[]")
        if kind == "defaultdict" and ct.factory is not None:
            present = self.call_op(at, "operator.contains", [self.plain(container), index], "in")
            missing = self.value(at, "CALL_FUNCTION", "not_", "operator.not_", [present[0]], BOOL)

            def insert():
                made = self.call_factory(at, ct.factory)
                if not unify(ct.value, made[1]) and not self.discovery:
                    raise unsupported(at, "defaultdict of %s values whose factory makes %s" % (show(ct.value),
                                                                                                show(made[1])))
                self.call_op(at, "operator.setitem", [self.plain(container), index, self.coerce(at, made, ct.value)],
                             "[]=", statement=True)
            saved = set(self.assigned)
            self.emit(at, "IF", None, "", [missing[0]], blocks=[self.emitted(insert), {"nodes": []}])
            self.assigned = saved
        return self.call_op(at, "operator.getitem", [self.plain(container), index], "[]")

    def call_factory(self, at, factory):
        node = factory.node
        if factory.name is not None:  # list(), int(), ...: the empty value itself
            if factory.name in ("int", "float", "str", "bool"):
                return self.constant(at, {"int": 0, "float": 0.0, "str": "", "bool": False}[factory.name])
            if factory.name == "list":
                return self.value(at, "CALL_FUNCTION", "empty_list", "fxn.empty_list", [], ListT(TypeVar()))
            if factory.name == "dict":
                return self.value(at, "CALL_FUNCTION", "dict", "fxn.empty_dict", [], DictT(TypeVar(), TypeVar()))
            if factory.name == "set":
                return self.value(at, "CALL_FUNCTION", "set", "fxn.empty_set", [], SetT(TypeVar()))
            raise unsupported(at, "defaultdict(%s)" % factory.name)
        if isinstance(node, ast.Lambda):
            self.check_factory_lambda(node)
            return self.expr(node.body)  # it reads no local variable: the same value here
        if node.id in self.locals or node.id in self.renames or node.id in self.local_functions:
            raise unsupported(at, "defaultdict factory '%s' hidden by a local name here" % node.id)
        call = ast.copy_location(ast.Call(func=ast.copy_location(ast.Name(id=node.id, ctx=ast.Load()), at),
                                          args=[], keywords=[]), at)
        return self.expr(call)

    def deque_index(self, at, index):
        if prune(index[1]) is BOOL:
            index = self.promote(index, INT)
        if prune(index[1]) is not INT:
            if isinstance(prune(index[1]), TypeVar) and self.discovery:
                return index
            raise StaticRaise(at, "TypeError", "sequence index must be integer, not '%s'"
                              % python_type_name(index[1]))
        return index

    def deque_call(self, at, kernel, d, args, parts="both", statement=False):
        items, meta = self.deque_parts(at, d)
        operands = [items] + ([meta] if parts == "both" else []) + list(args)
        return self.call_op(at, "collections." + kernel, operands, kernel, statement=statement)

    def deque_item(self, at, d, value):
        """value as an item of deque d (its item type joins value's)."""
        et = prune(d[1]).elem
        if not unify(et, value[1]):
            raise unsupported(at, "deque of %s given %s" % (show(et), show(value[1])))
        return self.coerce(at, value, et)

    def dunder_setitem(self, at, container, index, value):
        kind = kind_of(container)
        if kind is None:
            return super().dunder_setitem(at, container, index, value)
        if kind == "deque":
            self.deque_call(at, "deque_setitem", container, [self.deque_index(at, index),
                                                             self.deque_item(at, container, value)],
                            parts="items", statement=True)
            return
        if kind == "Counter":
            self.counter_store(at, container, index, value)
            return
        self.setitem(at, self.plain(container), index, value)

    def dunder_delitem(self, at, container, index):
        kind = kind_of(container)
        if kind is None:
            return super().dunder_delitem(at, container, index)
        if kind == "deque":
            self.deque_call(at, "deque_delitem", container, [self.deque_index(at, index)], statement=True)
            return
        ct = prune(container[1])
        self.check_key(at, ct.key, index[1])
        index = self.coerce(at, index, ct.key)
        if kind == "Counter":  # Counter.__delitem__ ignores a missing key
            self.call_op(at, "dict.pop", [self.plain(container), index, self.constant(at, 0)], "del")
            return
        self.call_op(at, "operator.delitem", [self.plain(container), index], "del []", statement=True)

    def dunder_len(self, at, obj):
        kind = kind_of(obj)
        if kind is None:
            return super().dunder_len(at, obj)
        if kind == "deque":
            return self.call_op(at, "builtins.len", [self.deque_parts(at, obj)[0]], "len()")
        return self.call_op(at, "builtins.len", [self.plain(obj)], "len()")

    def dunder_truth(self, at, obj):
        if kind_of(obj) is None:
            return super().dunder_truth(at, obj)
        return self.call_op(at, "operator.ne", [self.dunder_len(at, obj), self.constant(at, 0)], "!=")[0]

    def truth_of(self, at, operand):
        if kind_of(operand) is not None:
            return self.dunder_truth(at, operand)
        return super().truth_of(at, operand)

    def dunder_contains(self, at, container, item):
        kind = kind_of(container)
        if kind is None:
            return super().dunder_contains(at, container, item)
        if kind == "deque":
            items, _ = self.deque_parts(at, container)
            return self.contains(at, items, item)
        return self.contains(at, self.plain(container), item)

    def dunder_unary(self, at, op, operand):
        if kind_of(operand) is None:
            return super().dunder_unary(at, op, operand)
        raise unsupported(at, "unary operator on a %s" % kind_of(operand))

    def dunder_abs(self, at, operand):
        if kind_of(operand) is None:
            return super().dunder_abs(at, operand)
        raise StaticRaise(at, "TypeError", "bad operand type for abs(): '%s'" % python_type_name(operand[1]))

    def dunder_binop(self, at, op, left, right, augmented):
        lk, rk = kind_of(left), kind_of(right)
        if lk is None and rk is None:
            return super().dunder_binop(at, op, left, right, augmented)
        if augmented:
            raise unsupported(at, "augmented assignment to a %s" % (lk or rk))
        if lk == "Counter" and rk == "Counter" and type(op) in COUNTER_BINOPS:
            lt, rt = prune(left[1]), prune(right[1])
            if not unify(lt.key, rt.key):
                raise unsupported(at, "Counters of %s and %s keys" % (show(lt.key), show(rt.key)))
            result = self.call_op(at, "collections.counter_binop", [self.plain(left), self.plain(right),
                                                                    self.constant(at, COUNTER_BINOPS[type(op)])],
                                  "Counter operator")
            return self.retyped(result, DictT(lt.key, INT, "Counter"))
        raise unsupported(at, "operator %s on %s and %s" % (type(op).__name__, show(left[1]), show(right[1])))

    def compares_by_methods(self, name, left, right):
        if kind_of(left) is not None or kind_of(right) is not None:
            return True
        if named_of(left) is not None or named_of(right) is not None:
            return True
        return super().compares_by_methods(name, left, right)

    def dunder_compare(self, at, name, left, right):
        if named_of(left) is not None or named_of(right) is not None:
            # namedtuples compare as the tuples they are (Point(1, 2) == (1, 2))
            left, right = (self.tuple_view(v) for v in (left, right))
            op = {"eq": ast.Eq(), "ne": ast.NotEq(), "lt": ast.Lt(), "le": ast.LtE(), "gt": ast.Gt(), "ge": ast.GtE()}
            return self.compare_one(at, op[name], left, right)
        lk, rk = kind_of(left), kind_of(right)
        if lk is None and rk is None:
            return super().dunder_compare(at, name, left, right)
        lt, rt = prune(left[1]), prune(right[1])
        if name not in ("eq", "ne"):
            if lk == "deque" and rk == "deque":
                return self.compare_one(at, {"lt": ast.Lt(), "le": ast.LtE(), "gt": ast.Gt(), "ge": ast.GtE()}[name],
                                        self.deque_parts(at, left)[0], self.deque_parts(at, right)[0])
            raise unsupported(at, "ordering comparison of %s and %s" % (show(lt), show(rt)))
        if lk == "deque" or rk == "deque":
            if lk != rk:
                result = self.constant(at, False)  # a deque equals only deques
            else:
                result = self.compare_one(at, ast.Eq(), self.deque_parts(at, left)[0], self.deque_parts(at, right)[0])
        else:
            if not (isinstance(lt, DictT) and isinstance(rt, DictT)):
                result = self.constant(at, False)
            elif not (unify(lt.key, rt.key) and unify(lt.value, rt.value)):
                result = self.constant(at, False)
            elif lk == rk == "Counter":
                result = self.call_op(at, "collections.counter_eq", [self.plain(left), self.plain(right)], "==")
            elif lk == rk == "OrderedDict":
                result = self.call_op(at, "collections.odict_eq", [self.plain(left), self.plain(right)], "==")
            else:
                result = self.call_op(at, "operator.eq", [self.plain(left), self.plain(right)], "==")
        if name == "ne":
            return self.value(at, "CALL_FUNCTION", "not_", "operator.not_", [result[0]], BOOL)
        return result

    # ---- iteration ----

    def iterate_instance(self, at, target, obj, body_fn, before):
        if kind_of(obj) != "deque":
            return super().iterate_instance(at, target, obj, body_fn, before)
        self.iterate_deque(at, target, obj, body_fn, before, False)

    def iterate_deque(self, at, target, obj, body_fn, before, reverse):
        """for x in d (or reversed(d)): CPython's deque iterators check the deque's state before
        each item, then stop after the length the deque had at the start."""
        if not hasattr(at, "lineno"):
            at = target
        items, meta = self.deque_parts(at, obj)
        items_var = self.new_temp(items[1], "dq")
        self.store(at, items_var, items)
        meta_var = self.new_temp(meta[1], "dqm")
        self.store(at, meta_var, meta)
        state = self.new_temp(INT, "dqs")
        self.store(at, state, self.call_op(at, "operator.getitem", [meta, self.constant(at, 1)], "[]"))
        size = self.new_temp(INT, "dqn")
        self.store(at, size, self.call_op(at, "builtins.len", [items], "len()"))
        index = self.new_temp(INT, "dqi")
        self.store(at, index, self.constant(at, 0))

        def check_state():
            self.call_op(at, "collections.deque_check_state", [self.load_var(at, meta_var), self.load_var(at, state)],
                         "next()", statement=True)

        def loop_body():
            if not reverse:  # dequeiter_next checks the state first, dequereviter_next the count first
                check_state()
            done = self.call_op(at, "operator.ge", [self.load_var(at, index), self.load_var(at, size)], ">=")
            self.emit(at, "IF", None, "", [done[0]], blocks=[{"nodes": [self.break_node(at)]}, {"nodes": []}])
            if reverse:
                check_state()
            position = self.load_var(at, index)
            if reverse:  # size - 1 - index
                last = self.call_op(at, "operator.sub", [self.load_var(at, size), self.constant(at, 1)], "-")
                position = self.call_op(at, "operator.sub", [last, position], "-")
            item = self.call_op(at, "operator.getitem", [self.load_var(at, items_var), position], "[]")
            self.store(at, index, self.call_op(at, "operator.add", [self.load_var(at, index), self.constant(at, 1)],
                                               "+"))
            if target is None:
                body_fn(item)
            else:
                self.assign(target, item)
                body_fn()

        body = self.loop_block(before | {items_var, meta_var, state, size, index}, None, loop_body, None)
        self.emit(at, "LOOP", None, "", [], blocks=[body])

    def instance_items(self, at, obj):
        kind = kind_of(obj)
        if kind is None:
            return super().instance_items(at, obj)
        if kind == "deque":
            return self.deque_copy_items(at, obj)
        return self.call_op(at, "dict.keys", [self.plain(obj)], "list()")

    def as_list(self, at, value):
        if kind_of(value) is not None:
            return self.instance_items(at, value)
        return super().as_list(at, value)

    def dunder_iter(self, at, obj):
        if kind_of(obj) is None:
            return super().dunder_iter(at, obj)
        raise unsupported(at, "iter() of a %s" % kind_of(obj))

    def dunder_next(self, at, it):
        if kind_of(it) is None:
            return super().dunder_next(at, it)
        raise StaticRaise(at, "TypeError", "'%s' object is not an iterator" % python_type_name(it[1]))

    # ---- str(), repr(), format() ----

    def prints_by_methods(self, value):
        return kind_of(value) is not None or named_of(value) is not None or self.list_of_named(value) \
            or super().prints_by_methods(value)

    def list_of_named(self, value):
        t = prune(value[1])
        return isinstance(t, ListT) and named_of(("", t.elem)) is not None

    def dunder_repr(self, at, obj):
        if named_of(obj) is not None:
            return self.namedtuple_repr(at, obj)
        if self.list_of_named(obj):
            return self.named_list_repr(at, obj)
        kind = kind_of(obj)
        if kind is None:
            return super().dunder_repr(at, obj)
        t = prune(obj[1])
        if kind == "deque":
            self.check_printable(at, t.elem)
            return self.deque_call(at, "deque_repr", obj, [])
        self.check_printable(at, t.key)
        self.check_printable(at, t.value)
        if kind == "Counter":
            return self.call_op(at, "collections.counter_repr", [self.plain(obj)], "repr()")
        if kind == "OrderedDict":
            return self.call_op(at, "collections.odict_repr", [self.plain(obj)], "repr()")
        if t.factory is not None and t.factory.name is None:
            raise unsupported(at, "repr() of a defaultdict whose factory is not a builtin type (CPython prints the "
                              "function's address or module)")
        factory = "None" if t.factory is None else "<class '%s'>" % t.factory.name
        return self.call_op(at, "collections.defaultdict_repr", [self.constant(at, factory), self.plain(obj)],
                            "repr()")

    def dunder_str(self, at, obj):
        if kind_of(obj) is None and named_of(obj) is None and not self.list_of_named(obj):
            return super().dunder_str(at, obj)
        return self.dunder_repr(at, obj)

    def dunder_format(self, at, obj, spec):
        if kind_of(obj) is None and named_of(obj) is None and not self.list_of_named(obj):
            return super().dunder_format(at, obj, spec)
        message = "unsupported format string passed to %s.__format__" % python_type_name(obj[1])

        def fail():
            self.emit(at, "RAISE", None, "TypeError", [self.constant(at, message)[0]])
        self.emit(at, "IF", None, "", [self.truth_of(at, spec)], blocks=[self.emitted(fail), {"nodes": []}])
        return self.dunder_repr(at, obj)

    def dunder_formatted(self, at, value, conversion, spec_ast):
        if kind_of(value) is None and named_of(value) is None and not self.list_of_named(value):
            return super().dunder_formatted(at, value, conversion, spec_ast)
        text = self.dunder_repr(at, value)
        if spec_ast is None:
            return text
        if conversion in (114, 115):
            return self.call_op(at, "builtins.format", [text, self.expr(spec_ast)], "format()")
        return self.dunder_format(at, value, self.expr(spec_ast))

    def check_printable(self, at, t):
        if contains(t, lambda x: is_collection(x) or is_named(x)):
            raise unsupported(at, "str() or repr() of %s (a container holding a collections type)" % show(t))
        return super().check_printable(at, t)

    def dunder_hash(self, at, value):
        if kind_of(value) is None:
            return super().dunder_hash(at, value)
        raise StaticRaise(at, "TypeError", "unhashable type: '%s'" % python_type_name(value[1]))

    # ---- methods ----

    def registry_method(self, e, attr, receiver):
        if named_of(receiver) is not None:
            self.no_unpacking(e)
            return self.namedtuple_method(e, attr, receiver)
        kind = kind_of(receiver)
        if kind is None:
            return super().registry_method(e, attr, receiver)
        self.no_unpacking(e)
        if kind == "deque":
            return self.deque_method(e, attr, receiver)
        t = prune(receiver[1])
        if kind == "Counter" and attr in ("update", "subtract"):
            if e.keywords or len(e.args) > 1:
                raise unsupported(e, "Counter.%s() with keywords or several arguments" % attr)
            if e.args:
                self.counter_update(e, receiver, e.args[0], 1 if attr == "update" else -1)
            return self.constant(e, None)
        if kind == "Counter" and attr == "most_common":
            kw = {k.arg: k.value for k in e.keywords}
            if set(kw) - {"n"} or len(e.args) + len(kw) > 1:
                raise unsupported(e, "most_common() with these arguments")
            n_ast = e.args[0] if e.args else kw.get("n")
            if n_ast is None or isinstance(n_ast, ast.Constant) and n_ast.value is None:
                n = self.constant(e, 2 ** 63 - 1)
            else:
                n = self.expr(n_ast)
                if prune(n[1]) is BOOL:
                    n = self.promote(n, INT)
                if prune(n[1]) is not INT:
                    raise unsupported(n_ast, "most_common(n) with n of type %s" % show(n[1]))
            return self.call_op(e, "collections.counter_most_common", [self.plain(receiver), n], "most_common()")
        if kind == "Counter" and attr == "total" and not e.args and not e.keywords:
            return self.call_op(e, "collections.counter_total", [self.plain(receiver)], "total()")
        if kind == "Counter" and attr == "elements" and not e.args and not e.keywords:
            if id(e) not in getattr(self, "consumed_elements", ()):
                raise unsupported(e, "Counter.elements() other than as the argument of list(), sorted() or sum() "
                                  "(CPython returns an iterator)")
            return self.call_op(e, "collections.counter_elements", [self.plain(receiver)], "elements()")
        if kind == "OrderedDict" and attr in ("move_to_end", "popitem"):
            kw = {k.arg: k.value for k in e.keywords}
            params = ["key", "last"] if attr == "move_to_end" else ["last"]
            if set(kw) - set(params) or len(e.args) > len(params):
                raise unsupported(e, "OrderedDict.%s() with these arguments" % attr)
            bound = dict(zip(params, e.args))
            bound.update(kw)
            last = self.expr(bound["last"]) if "last" in bound else self.constant(e, True)
            last = (self.truth_of(e, last), BOOL)
            if attr == "popitem":
                return self.call_op(e, "collections.odict_popitem", [self.plain(receiver), last], "popitem()")
            if "key" not in bound:
                raise Diagnostic(e, "move_to_end() missing required argument 'key' (pos 1)")
            key = self.expr(bound["key"])
            self.check_key(e, t.key, key[1])
            key = self.coerce(e, key, t.key)
            self.call_op(e, "collections.odict_move_to_end", [self.plain(receiver), key, last], "move_to_end()",
                         statement=True)
            return self.constant(e, None)
        if attr == "update" and kind == "Counter":
            raise unsupported(e, "Counter.update() with these arguments")
        if attr in DICT_METHODS and not (kind == "Counter" and attr in ("setdefault",)):
            if attr == "update" and (len(e.args) != 1 or e.keywords):
                raise unsupported(e, "%s.update() with these arguments" % kind)
            if attr == "update":
                self.dict_update_from(e, receiver, self.expr(e.args[0]))
                return self.constant(e, None)
            result = super().registry_method(e, attr, self.plain(receiver))
            if attr == "copy":
                return self.retyped(result, t)
            return result
        raise unsupported(e, "method %s.%s()" % (kind, attr))

    def deque_method(self, e, attr, d):
        t = prune(d[1])
        args = [self.expr(a) for a in e.args]
        kw = {k.arg: k.value for k in e.keywords}
        if kw:
            raise unsupported(e, "keyword arguments to deque.%s()" % attr)

        def want(n):
            if len(args) != n:
                raise StaticRaise(e, "TypeError", "deque.%s() takes %s (%d given)" % (
                    attr, "no arguments" if n == 0 else "exactly one argument", len(args)))
        if attr in ("append", "appendleft"):
            want(1)
            self.deque_call(e, "deque_" + attr, d, [self.deque_item(e, d, args[0])], statement=True)
            return self.constant(e, None)
        if attr in ("extend", "extendleft"):
            want(1)
            items = self.iterable_items(e, e.args[0]) if not isinstance(prune(args[0][1]), DequeT) \
                else self.deque_copy_items(e, args[0])
            if not unify(t.elem, prune(items[1]).elem):
                raise unsupported(e, "deque of %s extended with %s" % (show(t.elem), show(items[1])))
            self.deque_call(e, "deque_" + attr, d, [items], statement=True)
            return self.constant(e, None)
        if attr in ("pop", "popleft"):
            want(0)
            return self.deque_call(e, "deque_" + attr, d, [])
        if attr == "rotate":
            if len(args) > 1:
                raise StaticRaise(e, "TypeError", "rotate expected at most 1 argument, got %d" % len(args))
            n = args[0] if args else self.constant(e, 1)
            self.deque_call(e, "deque_rotate", d, [self.deque_index(e, n)], statement=True)
            return self.constant(e, None)
        if attr in ("clear", "reverse"):
            want(0)
            self.deque_call(e, "deque_" + attr, d, [], statement=True)
            return self.constant(e, None)
        if attr == "count":
            want(1)
            return self.call_op(e, "list.count", [self.deque_parts(e, d)[0], self.deque_item(e, d, args[0])], "count()")
        if attr == "index":
            if len(args) in (2, 3):  # CPython takes start and stop
                raise unsupported(e, "deque.index() with start or stop")
            if len(args) != 1:
                raise StaticRaise(e, "TypeError", "index() takes at least 1 argument (0 given)" if not args
                                  else "index() takes at most 3 arguments (%d given)" % len(args))
            return self.deque_call(e, "deque_index", d, [self.deque_item(e, d, args[0])], parts="items")
        if attr == "remove":
            want(1)
            self.deque_call(e, "deque_remove", d, [self.deque_item(e, d, args[0])], statement=True)
            return self.constant(e, None)
        if attr == "insert":
            if len(args) != 2:
                raise StaticRaise(e, "TypeError", "insert expected 2 arguments, got %d" % len(args))
            self.deque_call(e, "deque_insert", d, [self.deque_index(e, args[0]), self.deque_item(e, d, args[1])],
                            statement=True)
            return self.constant(e, None)
        if attr == "copy":
            want(0)
            items, meta = self.deque_parts(e, d)
            new_items = self.call_op(e, "list.copy", [items], "copy()")
            new_meta = self.call_op(e, "list.copy", [meta], "copy()")
            return self.value(e, "CALL_FUNCTION", "deque", "fxn.build_tuple", [new_items[0], new_meta[0]], t)
        raise unsupported(e, "method deque.%s()" % attr)

    def builtin_call(self, e, fname):
        # list(c.elements()), sorted(c.elements()), sum(c.elements()): the iterator read at once.
        if fname in ("list", "sorted", "sum") and len(e.args) >= 1 and isinstance(e.args[0], ast.Call) \
                and isinstance(e.args[0].func, ast.Attribute) and e.args[0].func.attr == "elements":
            self.consumed_elements = getattr(self, "consumed_elements", set()) | {id(e.args[0])}
        return super().builtin_call(e, fname)
