"""namedtuple and typing.NamedTuple to IR (a FunctionBuilder mixin): an instance is a tuple whose
static type (TupleT) also carries the field names and the class name, so indexing, unpacking,
len, iteration, == and < (as tuples), hashing, sorted/min/max stay the tuple's; this lowers
construction (by position and keyword, defaults), field reads, `_replace`, `_asdict`, `_fields`
and the repr `Point(x=1, y=2)` (the printing hooks of fxn_stdlib_collections call it). A
NamedTuple class with methods of its own is rejected, and so is printing a container of them
other than a list (the runtime's repr of a tuple has no names; a list's repr is built here).
"""

from fxn_diagnostics import Diagnostic, StaticRaise, unsupported
from fxn_types import INT, STR, DictT, ListT, TupleT, TypeVar, prune, show, unify


def named_of(value):
    """The namedtuple type of value, or None."""
    t = prune(value[1])
    return t if isinstance(t, TupleT) and t.cls is not None else None


def is_named(t):
    return isinstance(t, TupleT) and t.cls is not None


def namedtuple_methods_ok(cls):
    """Whether cls declares no methods of its own (a typing.NamedTuple class with a body of
    fields only): every function in it is collections' or namedtuple's generated code."""
    for value in vars(cls).values():
        code = getattr(getattr(value, "__func__", value), "__code__", None)
        if code is not None and code.co_filename != "<string>" and "collections" not in code.co_filename:
            return False
    return not any(isinstance(v, property) for k, v in vars(cls).items() if k not in cls._fields)


class NamedTupleLowering:
    """Lowers namedtuple classes and instances (a FunctionBuilder mixin)."""

    def new_namedtuple(self, e, cls):
        """Point(1, y=2) for a class made by collections.namedtuple or typing.NamedTuple: the tuple
        of its fields, typed with their names (repr, attribute reads, _replace, _asdict)."""
        if not namedtuple_methods_ok(cls):
            raise unsupported(e, "NamedTuple class %s with methods or properties of its own" % cls.__name__)
        self.no_unpacking(e)
        fields = list(cls._fields)
        if len(e.args) > len(fields):
            raise Diagnostic(e, "%s.__new__() takes %d positional arguments but %d were given"
                             % (cls.__name__, len(fields) + 1, len(e.args) + 1))
        bound = {name: self.expr(a) for name, a in zip(fields, e.args)}
        for k in e.keywords:
            if k.arg not in fields:
                raise Diagnostic(k, "%s.__new__() got an unexpected keyword argument '%s'" % (cls.__name__, k.arg))
            if k.arg in bound:
                raise Diagnostic(k, "%s.__new__() got multiple values for argument '%s'" % (cls.__name__, k.arg))
            bound[k.arg] = self.expr(k.value)
        defaults = getattr(cls, "_field_defaults", {})
        missing = [f for f in fields if f not in bound and f not in defaults]
        if missing:
            names = [repr(m) for m in missing]
            listed = names[0] if len(names) == 1 else " and ".join(names) if len(names) == 2 \
                else ", ".join(names[:-1]) + ", and " + names[-1]
            raise Diagnostic(e, "%s.__new__() missing %d required positional argument%s: %s"
                             % (cls.__name__, len(missing), "" if len(missing) == 1 else "s", listed))
        items = [bound[f] if f in bound else self.constant(e, defaults[f]) for f in fields]
        return self.named_tuple(e, cls.__name__, fields, items)

    def tuple_view(self, value):
        t = named_of(value)
        return value if t is None else (value[0], TupleT(t.elems))

    def named_tuple(self, at, cls_name, fields, items):
        t = TupleT([t for _, t in items], names=tuple(fields), cls=cls_name)
        return self.value(at, "CALL_FUNCTION", "tuple", "fxn.build_tuple", [n for n, _ in items], t)

    def named_fields(self, at, value):
        t = named_of(value)
        return [self.tuple_get(at, value[0], t, i) for i in range(len(t.elems))]

    def namedtuple_repr(self, at, value):
        t = named_of(value)
        pieces = []
        for i, (name, item) in enumerate(zip(t.names, self.named_fields(at, value))):
            pieces.append(self.constant(at, ("%s(" % t.cls if i == 0 else ", ") + name + "="))
            pieces.append(self.repr_of(at, item))
        pieces.append(self.constant(at, ")" if t.names else "%s()" % t.cls))
        return self.value(at, "CALL_FUNCTION", "concat", "fxn.concat", [n for n, _ in pieces], STR)

    def repr_of(self, at, value):
        if self.prints_by_methods(value):
            return self.dunder_repr(at, value)
        self.check_printable(at, value[1])
        return self.call_op(at, "builtins.repr", [value], "repr()")

    def get_attribute(self, at, obj, attr):
        t = named_of(obj)
        if t is not None:
            if attr in t.names:
                return self.tuple_get(at, obj[0], t, t.names.index(attr))
            if attr == "_fields":
                return self.build_tuple(at, [self.constant(at, n) for n in t.names])
            raise unsupported(at, "attribute '.%s' of %s" % (attr, t.cls))
        return super().get_attribute(at, obj, attr)

    def namedtuple_method(self, e, attr, receiver):
        t = named_of(receiver)
        if attr == "_replace":
            if e.args:
                raise StaticRaise(e, "TypeError", "%s._replace() takes 1 positional argument but %d were given"
                                  % (t.cls, len(e.args) + 1))
            items = self.named_fields(e, receiver)
            for k in e.keywords:
                if k.arg not in t.names:
                    raise StaticRaise(e, "ValueError", "Got unexpected field names: [%r]" % k.arg)
                i = t.names.index(k.arg)
                value = self.expr(k.value)
                if not unify(t.elems[i], value[1]):
                    raise unsupported(k, "%s._replace(%s=...) with a %s (the field holds %s)"
                                      % (t.cls, k.arg, show(value[1]), show(t.elems[i])))
                items[i] = self.coerce(k, value, t.elems[i])
            return self.named_tuple(e, t.cls, t.names, items)
        if attr == "_asdict" and not e.args and not e.keywords:
            result = self.value(e, "CALL_FUNCTION", "dict", "fxn.empty_dict", [], DictT(TypeVar(), TypeVar()))
            for name, item in zip(t.names, self.named_fields(e, receiver)):
                self.dict_store(e, result, self.constant(e, name), item)
            return result
        if attr in ("count", "index"):
            return super().registry_method(e, attr, receiver)
        raise unsupported(e, "method %s.%s()" % (t.cls, attr))

    def named_list_repr(self, at, value):
        """repr() of a list of namedtuples: "[" + ", ".join(repr(p) for p in xs) + "]"."""
        holder = self.new_temp(value[1], "nl")
        self.store(at, holder, value)
        parts = self.new_temp(ListT(STR), "nlr")
        self.store(at, parts, self.value(at, "CALL_FUNCTION", "empty_list", "fxn.empty_list", [], ListT(STR)))
        index = self.new_temp(INT, "nli")
        size = self.call_op(at, "builtins.len", [self.load_var(at, holder)], "len()")

        def body():
            item = self.call_op(at, "operator.getitem", [self.load_var(at, holder), self.load_var(at, index)], "[]")
            self.call_op(at, "list.append", [self.load_var(at, parts), self.namedtuple_repr(at, item)], "append",
                         statement=True)
        loop = self.loop_block(set(self.assigned) | {holder, parts}, None, body, index)
        self.emit(at, "FOR_RANGE", None, index, [self.constant(at, 0)[0], size[0], self.constant(at, 1)[0]],
                  blocks=[loop])
        joined = self.call_op(at, "str.join", [self.constant(at, ", "), self.load_var(at, parts)], "str.join()")
        pieces = [self.constant(at, "["), joined, self.constant(at, "]")]
        return self.value(at, "CALL_FUNCTION", "concat", "fxn.concat", [n for n, _ in pieces], STR)
