"""fxn's static types for the front end, and the operator registry as the C++ side exported it.

Prim for scalars and str, ListT/TupleT/DictT/SetT/OptT for containers and `T | None`, ClassT for
instances of a user class, TypeVar for a type not known yet (the items of `[]`), resolved by
unification as the code uses it; join widens a type to `T | None`. The IR spells them "list[int]",
"dict[str, int]", "obj[Point]"; mangle spells a specialization's argument types in its symbol.
"""

import hashlib

INT64_MIN = -(2 ** 63)
INT64_MAX = 2 ** 63 - 1


class Prim:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


INT, FLOAT, BOOL, NONE, STR = Prim("int"), Prim("float"), Prim("bool"), Prim("None"), Prim("str")
EXC = Prim("exception")  # a caught exception (`except E as e`)
DYN = Prim("dynamic")  # a value whose type varies at run time (fxn_dynamic; runtime/fxn_dyn.hpp)
PRIMS = {"int": INT, "float": FLOAT, "bool": BOOL, "None": NONE, "str": STR, "exception": EXC, "dynamic": DYN}


class ListT:
    def __init__(self, elem):
        self.elem = elem


class SetT:
    def __init__(self, elem):
        self.elem = elem


class OptT:
    """`T | None`: the value or None."""

    def __init__(self, elem):
        self.elem = elem


class DictT:
    """A dict; `kind` names collections' dict types ("Counter", "defaultdict", "OrderedDict"),
    which are the dict at run time but differ in missing keys, methods, == and repr
    (fxn_stdlib_collections); `factory` is a defaultdict's default_factory (a DefaultFactory)."""

    def __init__(self, key, value, kind="dict", factory=None):
        self.key = key
        self.value = value
        self.kind = kind
        self.factory = factory


class DequeT:
    """collections.deque of elem: in the IR `tuple[list[T], list[int]]`, its items and a shared
    record [maxlen, mutation count] (ops_collections.hpp)."""

    def __init__(self, elem):
        self.elem = elem


class TupleT:
    """A tuple; with as_list, a list display mixing types ([1, "a"]): fixed length, read by
    constant index, printed and returned as a list."""

    def __init__(self, elems, as_list=False, names=None, cls=None):
        self.elems = list(elems)
        self.as_list = as_list
        self.names = names  # a namedtuple's field names (fxn_stdlib_collections), with its class name
        self.cls = cls


class ClassT:
    """An instance of a user class; `info` (the front end's ClassInfo) is shared by all its uses."""

    def __init__(self, info):
        self.info = info


class ArrT:
    """A NumPy ndarray of one dtype ("float64", NumPy's names) and a static number of dims."""

    def __init__(self, dtype, ndim):
        self.dtype = dtype
        self.ndim = ndim


class NpScalarT:
    """A NumPy scalar (np.float64, np.int32, np.bool_, ...): what indexing an item or
    reducing a whole array gives; its arithmetic follows NumPy, not Python."""

    def __init__(self, dtype):
        self.dtype = dtype


class FnGroups:
    """Which functions may meet in one function value: a union-find over the keys of
    fxn_closures.FnTarget. Function values that flow into one variable, container item, field or
    parameter are one group. Kept across the module's rounds, so a round starts with every group
    the rounds before it found (and dispatches over all of it)."""

    def __init__(self):
        self.parent = {}
        self.targets = {}

    def add(self, target):
        self.targets.setdefault(target.key, target)
        self.parent.setdefault(target.key, target.key)
        return target.key

    def find(self, key):
        while self.parent[key] != key:
            key = self.parent[key]
        return key

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def members(self, key):
        root = self.find(key)
        return sorted(k for k in self.parent if self.find(k) == root)

    def signature(self):
        return sorted({tuple(self.members(k)) for k in self.parent})


class FuncT:
    """A function value: one of the functions of its FnGroups group. Every function value is an
    instance of the synthesized class fxn_closure; calls dispatch on its tag (fxn_closures)."""

    def __init__(self, groups, key):
        self.groups = groups
        self.key = key

    def keys(self):
        return tuple(self.groups.members(self.key))

    @property
    def targets(self):
        return [self.groups.targets[k] for k in self.keys()]


def np_scalar_name(dtype):
    return "bool_" if dtype == "bool" else dtype


class GenT:
    """A generator object: yields `item`s, returns `result` (its StopIteration value). `sent`
    says what its yield expressions evaluate to (see sent_type): a type variable that is never
    bound to a type, only linked to the `sent` of the generators it meets (unify), so that every
    generator one send() may reach shares one record of what is sent."""

    def __init__(self, item, result, sent=None):
        self.item = item
        self.result = result
        self.sent = sent if isinstance(sent, TypeVar) else TypeVar()


def sent_type(gen):
    """What gen's yield expressions evaluate to: None (next(), for, send(None)) joined with every
    type passed to its send() so far; fxn_generators widens it at each send()."""
    rep = prune(gen.sent)
    return getattr(rep, "sent_type", None) or NONE


def set_sent_type(gen, t):
    prune(gen.sent).sent_type = t


def link_sent(a, b):
    """Makes the sent-type records of two generator types one (their join)."""
    ra, rb = prune(a), prune(b)
    if ra is rb or not isinstance(ra, TypeVar) or not isinstance(rb, TypeVar):
        return
    ta, tb = getattr(ra, "sent_type", None), getattr(rb, "sent_type", None)
    ra.ref = rb
    if getattr(rb, "not_generator", None) is None and getattr(ra, "not_generator", None) is not None:
        rb.not_generator = ra.not_generator  # what a send() may reach is no generator in CPython
    if ta is None or tb is None:
        rb.sent_type = ta or tb
    else:
        joined = join(ta, tb)
        rb.sent_type = joined if joined is not None else DYN if joins_dynamically(ta, tb) else tb
        if joined is None:
            rb.sent_conflict = (ta, tb)


class StdlibT:
    """A value of a standard-library type (re.Pattern, re.Match): `module` names the lowering mixin
    whose `method_<module>`, `attribute_of_<module>` and `subscript_<module>` handle it, `ir_name`
    is its IR spelling ("re_match"), `python_name` CPython's ("re.Match"). `key` tells values that
    may not meet apart (matches of two patterns with other groups); `data` is the mixin's."""

    def __init__(self, module, ir_name, python_name, key="", data=None):
        self.module = module
        self.ir_name = ir_name
        self.python_name = python_name
        self.key = key
        self.data = data


class TypeVar:
    def __init__(self):
        self.ref = None


ONE_ARG = (ListT, SetT, OptT, DequeT)


def prune(t):
    while isinstance(t, TypeVar) and t.ref is not None:
        t = t.ref
    return t


def children(t):
    if isinstance(t, ONE_ARG):
        return [t.elem]
    if isinstance(t, DictT):
        return [t.key, t.value]
    if isinstance(t, TupleT):
        return t.elems
    if isinstance(t, GenT):
        return [t.item, t.result]
    return []


def type_str(t, default_unknown="int"):
    """The IR spelling; an item type nothing ever constrained (an always-empty list) is int."""
    t = prune(t)
    if isinstance(t, Prim):
        return t.name
    if isinstance(t, ListT):
        return "list[%s]" % type_str(t.elem, default_unknown)
    if isinstance(t, SetT):
        return "set[%s]" % type_str(t.elem, default_unknown)
    if isinstance(t, OptT):
        return "optional[%s]" % type_str(t.elem, default_unknown)
    if isinstance(t, DictT):
        return "dict[%s, %s]" % (type_str(t.key, default_unknown), type_str(t.value, default_unknown))
    if isinstance(t, DequeT):
        return "tuple[list[%s], list[int]]" % type_str(t.elem, default_unknown)
    if isinstance(t, TupleT):
        return "%s[%s]" % ("fixedlist" if t.as_list else "tuple", ", ".join(type_str(e, default_unknown)
                                                                          for e in t.elems))
    if isinstance(t, ClassT):
        return "obj[%s]" % t.info.name
    if isinstance(t, GenT):
        sent = sent_type(t)
        if sent is not NONE:  # sent values: the coroutine holds one (fxn::Gen's S)
            return "gen[%s, %s, %s]" % (type_str(t.item, default_unknown), type_str(t.result, default_unknown),
                                        type_str(sent, default_unknown))
        return "gen[%s, %s]" % (type_str(t.item, default_unknown), type_str(t.result, default_unknown))
    if isinstance(t, FuncT):
        return "obj[fxn_closure]"
    if isinstance(t, ArrT):
        return "ndarray[%s, %d]" % (np_scalar_name(t.dtype), t.ndim)
    if isinstance(t, NpScalarT):
        return np_scalar_name(t.dtype)
    if isinstance(t, StdlibT):
        return t.ir_name
    if isinstance(t, TypeVar):
        return default_unknown
    raise AssertionError(t)


def show(t):
    """For messages: Python's spelling; unknown item types print as '?'."""
    t = prune(t)
    if isinstance(t, TypeVar):
        return "?"
    if isinstance(t, ListT):
        return "list[%s]" % show(t.elem)
    if isinstance(t, SetT):
        return "set[%s]" % show(t.elem)
    if isinstance(t, OptT):
        return "%s | None" % show(t.elem)
    if isinstance(t, DictT):
        return "%s[%s, %s]" % (t.kind, show(t.key), show(t.value))
    if isinstance(t, DequeT):
        return "deque[%s]" % show(t.elem)
    if isinstance(t, TupleT) and t.cls is not None:
        return t.cls
    if isinstance(t, TupleT):
        return "%s[%s]" % ("list" if t.as_list else "tuple", ", ".join(show(e) for e in t.elems))
    if isinstance(t, ClassT):
        return t.info.name
    if isinstance(t, GenT):
        return "generator[%s]" % show(t.item)
    if isinstance(t, FuncT):
        return "function"
    if isinstance(t, ArrT):
        return "ndarray[%s, %d dims]" % (t.dtype, t.ndim)
    if isinstance(t, NpScalarT):
        return "numpy.%s" % np_scalar_name(t.dtype)
    if isinstance(t, StdlibT):
        return t.python_name
    return t.name


def python_type_name(t):
    """type(x).__name__ of a value of static type t (for CPython's error messages)."""
    t = prune(t)
    if isinstance(t, Prim):
        return {"None": "NoneType", "exception": "Exception"}.get(t.name, t.name)
    if isinstance(t, ClassT):
        return t.info.name
    if isinstance(t, FuncT):
        return "function"
    if isinstance(t, TupleT) and t.as_list:
        return "list"
    if isinstance(t, TupleT) and t.cls is not None:
        return t.cls
    if isinstance(t, ArrT):
        return "numpy.ndarray"
    if isinstance(t, NpScalarT):
        return np_scalar_name(t.dtype)
    if isinstance(t, DictT):
        return t.kind
    if isinstance(t, StdlibT):
        return t.python_name.split(".")[-1]
    return {ListT: "list", SetT: "set", TupleT: "tuple", GenT: "generator", DequeT: "deque"}.get(type(t), "object")


def occurs(var, t):
    t = prune(t)
    if t is var:
        return True
    return any(occurs(var, c) for c in children(t))


def unify(a, b):
    """Makes a and b the same type; returns False (binding nothing new) when they differ."""
    a, b = prune(a), prune(b)
    if a is b:
        return True
    if isinstance(a, TypeVar):
        if occurs(a, b):
            return False
        a.ref = b
        return True
    if isinstance(b, TypeVar):
        return unify(b, a)
    if not compatible(a, b):
        return False
    if isinstance(a, FuncT):
        a.groups.union(a.key, b.key)
    if isinstance(a, GenT):
        link_sent(a.sent, b.sent)
    return all(unify(x, y) for x, y in zip(children(a), children(b)))


def compatible(a, b):
    """Whether unify(a, b) would succeed, without binding anything."""
    a, b = prune(a), prune(b)
    if a is b or isinstance(a, TypeVar) or isinstance(b, TypeVar):
        return True
    if type(a) is not type(b) or isinstance(a, Prim):
        return False
    if isinstance(a, ClassT):
        return a.info is b.info
    if isinstance(a, FuncT):
        return True  # function values that meet become one group (FnGroups)
    if isinstance(a, ArrT):
        return a.dtype == b.dtype and a.ndim == b.ndim
    if isinstance(a, NpScalarT):
        return a.dtype == b.dtype
    if isinstance(a, StdlibT):
        return a.ir_name == b.ir_name and a.key == b.key
    if isinstance(a, TupleT) and (a.as_list, a.names, a.cls) != (b.as_list, b.names, b.cls):
        return False
    if isinstance(a, DictT) and (a.kind, factory_key(a)) != (b.kind, factory_key(b)):
        return False  # a Counter is no dict to the code that uses it (its missing keys are 0)
    ca, cb = children(a), children(b)
    return len(ca) == len(cb) and all(compatible(x, y) for x, y in zip(ca, cb))


def factory_key(t):
    return None if t.factory is None else t.factory.key


def contains_unknown(t):
    t = prune(t)
    return isinstance(t, TypeVar) or any(contains_unknown(c) for c in children(t))


def contains(t, pred):
    t = prune(t)
    return pred(t) or any(contains(c, pred) for c in children(t))


# ---------------------------------------------------------------------------------------------
# Joining, widening and naming types.


def join(a, b):
    """The type holding values of a and of b: a itself, `T | None`, or the dynamic value where
    they are value types that differ otherwise (see joins_dynamically); None when there is none."""
    if (prune(a) is DYN or prune(b) is DYN) and joins_dynamically(a, b):
        return DYN  # a dynamic value holds None too: never `dynamic | None`
    joined = join_static(a, b)
    if joined is None and joins_dynamically(a, b):
        return DYN
    return joined


def joins_dynamically(a, b):
    """Whether values of a and b may meet in one dynamic value (fxn::Dyn holds None, bool, int,
    float, str and lists, tuples and plain dicts of those; not objects, sets, functions, arrays)."""
    def holdable(t):
        t = prune(t)
        if isinstance(t, TypeVar) or t in (NONE, BOOL, INT, FLOAT, STR, DYN):
            return True
        if isinstance(t, (ListT, OptT)):
            return holdable(t.elem)
        if isinstance(t, DictT):
            return t.kind == "dict" and holdable(t.key) and holdable(t.value)
        if isinstance(t, TupleT):
            return t.names is None and all(holdable(e) for e in t.elems)
        return False
    return holdable(a) and holdable(b)


def join_static(a, b):
    if unify(a, b):
        return a
    pa, pb = prune(a), prune(b)
    if isinstance(pa, ClassT) and isinstance(pb, ClassT):
        return join_classes(pa, pb)
    if isinstance(pa, OptT) and isinstance(prune(pa.elem), ClassT) and isinstance(pb, ClassT):
        common = join_classes(prune(pa.elem), pb)
        return OptT(common) if common is not None else None
    if isinstance(pb, OptT) and isinstance(prune(pb.elem), ClassT) and isinstance(pa, ClassT):
        common = join_classes(pa, prune(pb.elem))
        return OptT(common) if common is not None else None
    if pa is NONE and not isinstance(pb, OptT):
        return OptT(pb)
    if pb is NONE and not isinstance(pa, OptT):
        return OptT(pa)
    if isinstance(pa, OptT) and (pb is NONE or unify(pa.elem, pb)):
        return pa
    if isinstance(pb, OptT) and (pa is NONE or unify(pb.elem, pa)):
        return pb
    return None


def join_classes(a, b):
    """Instances of two user classes: their nearest common base (the `base` chains of their
    ClassInfos, see fxn_classes), or None."""
    chain = []
    info = a.info
    while info is not None:
        chain.append(info)
        info = info.base
    info = b.info
    while info is not None:
        if info in chain:
            return a if info is a.info else ClassT(info)
        info = info.base
    return None


def rebind(tv_or_type, new):
    """Points the outermost type variable behind tv_or_type at `new` (widening T to T | None)."""
    t = tv_or_type
    last = None
    while isinstance(t, TypeVar):
        last = t
        if t.ref is None:
            break
        t = t.ref
    if last is not None and last is not new:
        last.ref = None
        if prune(new) is not last:
            last.ref = new


def is_hashable_key(t):
    """dict keys and set items fxn hashes: no floats (NaN's identity rules), lists, objects."""
    return not contains(t, lambda x: x is FLOAT or isinstance(x, (ListT, DictT, SetT, ClassT, OptT, GenT, FuncT,
                                                                   DequeT, StdlibT)))


def order_is_known(t):
    """Whether CPython's iteration order of a set of t is deterministic (str hashes are seeded,
    None's hash is its address)."""
    return not contains(t, lambda x: x is STR or x is DYN or x is NONE or isinstance(x, ClassT) and getattr(x.info, "enum_members", None)
                        is not None)  # enum members hash by their names (fxn_enum)


def mangle(types_):
    out = []
    for t in types_:
        s = type_str(t)
        for a, b in (("[", "_"), ("]", ""), (", ", "_"), ("None", "none")):
            s = s.replace(a, b)
        out.append(s)
    kinds = collection_signature(types_)
    if kinds:  # a Counter and a dict are one IR type but specialize apart
        out.append("coll" + hashlib.sha256(kinds.encode()).hexdigest()[:10])
    functions = function_signature(types_)
    if functions:  # function values and cells: which functions, which captured types
        out.append("fn" + hashlib.sha256(functions.encode()).hexdigest()[:10])
    return "__".join(out) if out else "noargs"


def collection_signature(types_):
    """The collections kinds (Counter, deque, ...) in types_, whose IR types are plain ("" if none)."""
    parts = []

    def visit(t):
        if isinstance(t, DictT) and t.kind != "dict":
            parts.append("%s(%s)" % (t.kind, factory_key(t)))
        elif isinstance(t, DequeT):
            parts.append("deque")
        elif isinstance(t, TupleT) and t.cls is not None:
            parts.append("%s(%s)" % (t.cls, ",".join(t.names)))
        return False
    for t in types_:
        contains(t, visit)
    return ";".join(parts)


def function_signature(types_):
    """The targets of the function values and the contents of the cells in types_ ("" if none)."""
    parts = []

    def visit(t, depth):
        t = prune(t)
        if depth > 8:
            return
        if isinstance(t, FuncT):
            parts.append("{%s}" % ",".join(t.keys()))
        elif isinstance(t, StdlibT) and t.key:
            parts.append("%s(%s)" % (t.ir_name, t.key))
        elif isinstance(t, ClassT) and t.info.name.startswith("fxn_cell_"):
            parts.append("cell(%s)" % type_str(t.info.fields.get("v"), "?"))
            visit(t.info.fields.get("v"), depth + 1)
        for c in children(t):
            visit(c, depth + 1)

    for t in types_:
        visit(t, 0)
    return ";".join(parts)


def parse_type(text, classes=None):
    """'list[tuple[int, float]]' -> type; single capital letters are pattern variables ("var", X)."""
    pos = 0

    def term():
        nonlocal pos
        start = pos
        while pos < len(text) and (text[pos].isalnum() or text[pos] == "_"):
            pos += 1
        head = text[start:pos]
        args = []
        if pos < len(text) and text[pos] == "[":
            pos += 1
            while text[pos] != "]":
                args.append(term())
                if text[pos] == ",":
                    pos += 1
                while text[pos] == " ":
                    pos += 1
            pos += 1
        if head == "list":
            return ListT(args[0])
        if head == "set":
            return SetT(args[0])
        if head == "optional":
            return OptT(args[0])
        if head == "dict":
            return DictT(args[0], args[1])
        if head == "tuple":
            return TupleT(args)
        if head == "gen":
            # A registry pattern's generators share one sent record ("$S"); a spelled third
            # argument is the sent type itself.
            if len(args) > 2 and not isinstance(args[2], tuple):
                gen = GenT(args[0], args[1])
                set_sent_type(gen, args[2])
                return gen
            gen = GenT(args[0], args[1])
            gen.sent_pattern = ("var", "$S")
            return gen
        if head == "obj":
            return ("obj", args[0][1] if isinstance(args[0], tuple) else args[0])
        if head in PRIMS:
            return PRIMS[head]
        return ("var", head)

    return term()


# ---------------------------------------------------------------------------------------------
# The operator registry, as the C++ side exported it.


class Registry:
    def __init__(self, signatures):
        self.by_target = {}
        for sig in signatures:
            entry = ([parse_type(p) for p in sig["params"]], sig["variadic"], parse_type(sig["result"]))
            self.by_target.setdefault(sig["target"], []).append(entry)

    def knows(self, target):
        return target in self.by_target

    def lookup(self, target, args, result_hint=None):
        """The result type of target(args), binding unknown item types; None if no overload fits."""
        for params, variadic, result in self.by_target.get(target, []):
            if variadic:
                if len(args) < len(params) - 1:
                    continue
                expanded = params + [params[-1]] * (len(args) - len(params))
            else:
                if len(args) != len(params):
                    continue
                expanded = params
            bindings = {}
            if not all(self._fits(p, a, bindings) for p, a in zip(expanded, args)):
                continue
            if result_hint is not None and not self._fits(result, result_hint, bindings):
                continue
            # This overload fits: now bind for real.
            bindings = {}
            for p, a in zip(expanded, args):
                self._bind(p, a, bindings)
            if result_hint is not None:
                self._bind(result, result_hint, bindings)
            return self._instantiate(result, bindings)
        return None

    def _fits(self, pattern, actual, bindings):
        actual = prune(actual)
        if isinstance(pattern, tuple):
            if pattern[1] in bindings:
                return compatible(bindings[pattern[1]], actual)
            bindings[pattern[1]] = actual
            return True
        if isinstance(actual, TypeVar):
            return True
        if isinstance(pattern, Prim):
            return pattern is actual
        if type(pattern) is not type(actual):
            return False
        if isinstance(pattern, TupleT) and (len(actual.elems) != len(pattern.elems) or actual.as_list):
            return False
        return all(self._fits(p, a, bindings) for p, a in zip(children(pattern), children(actual)))

    def _bind(self, pattern, actual, bindings):
        if isinstance(pattern, tuple):
            if pattern[1] in bindings:
                unify(bindings[pattern[1]], actual)
            else:
                bindings[pattern[1]] = actual
            return
        if isinstance(pattern, TupleT) and isinstance(prune(actual), TupleT) and prune(actual).cls is not None \
                and len(pattern.elems) == len(prune(actual).elems):
            for p, a in zip(pattern.elems, prune(actual).elems):  # a namedtuple is the tuple to a kernel
                self._bind(p, a, bindings)
            return
        if isinstance(pattern, DictT) and isinstance(prune(actual), DictT):
            # A Counter/defaultdict/OrderedDict is the dict to a dict kernel (its kind is not).
            self._bind(pattern.key, prune(actual).key, bindings)
            self._bind(pattern.value, prune(actual).value, bindings)
            return
        unify(self._instantiate(pattern, bindings), actual)

    def _instantiate(self, pattern, bindings):
        if isinstance(pattern, tuple):
            if pattern[1] not in bindings:
                bindings[pattern[1]] = TypeVar()
            return bindings[pattern[1]]
        if isinstance(pattern, ListT):
            return ListT(self._instantiate(pattern.elem, bindings))
        if isinstance(pattern, SetT):
            return SetT(self._instantiate(pattern.elem, bindings))
        if isinstance(pattern, OptT):
            return OptT(self._instantiate(pattern.elem, bindings))
        if isinstance(pattern, DictT):
            return DictT(self._instantiate(pattern.key, bindings), self._instantiate(pattern.value, bindings))
        if isinstance(pattern, TupleT):
            return TupleT([self._instantiate(e, bindings) for e in pattern.elems])
        if isinstance(pattern, GenT):
            sent = None
            if getattr(pattern, "sent_pattern", None) is not None:
                sent = self._instantiate(pattern.sent_pattern, bindings)
            return GenT(self._instantiate(pattern.item, bindings), self._instantiate(pattern.result, bindings),
                        sent if isinstance(sent, TypeVar) and prune(sent) is not None else None)
        return pattern
