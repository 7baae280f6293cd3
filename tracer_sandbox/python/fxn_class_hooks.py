"""Class hooks: the operator methods of user classes that kernels call. Sorting, `in` on a list,
dict keys and repr() of a list call them through small functions of the module (`def h(a, b):
return a < b`, built like user code) that the IR lists per class and lowering wraps in
PyEq/PyCmp/PyHash/Format overloads. Which hooks a class needs counts the methods of every class
its instances may be at run time (fxn_classes.run_time_classes)."""

import ast

from fxn_callables import Callable
from fxn_classes import run_time_classes
from fxn_dunder import ORDERING, REFLECTED_COMPARE, TOTAL_ORDERING, hash_key, total_ordering_root
from fxn_types import BOOL, FLOAT, INT, NONE, STR, EXC, ClassT, OptT, TupleT, children, contains, prune


def fxn_hashable(t):
    """Whether fxn hashes values of type t as CPython does (check_instance_key's rule): ints,
    bools, None, instances (their own hooks) and tuples of them; not floats or strs."""
    return not contains(t, lambda x: x is FLOAT or x is STR or isinstance(x, OptT) or x is EXC
                        or not isinstance(x, (ClassT, TupleT)) and x not in (INT, BOOL, NONE))


HOOK_SOURCES = {
    "eq": "def h(a, b):\n    if a == b:\n        return True\n    return False\n",
    "lt": "def h(a, b):\n    if a < b:\n        return True\n    return False\n",
    "le": "def h(a, b):\n    if a <= b:\n        return True\n    return False\n",
    "gt": "def h(a, b):\n    if a > b:\n        return True\n    return False\n",
    "ge": "def h(a, b):\n    if a >= b:\n        return True\n    return False\n",
    "hash": "def h(a):\n    return hash(a)\n",
    "repr": "def h(a):\n    return repr(a)\n",
    "str": "def h(a):\n    return str(a)\n",
}


def hooks_of(info):
    """The hooks instances of info's class need once kernels hold them. A method of any class
    they may have at run time counts: the hook dispatches on it, or refuses."""
    classes = [info] + run_time_classes(info)
    defines = lambda name: any(c.lookup_method(name) is not None for c in classes)
    wanted = []
    if defines("__eq__") or defines("__ne__"):
        wanted.append("eq")
    root = total_ordering_root(info)
    for op in ORDERING:
        if defines("__%s__" % op) or defines("__%s__" % REFLECTED_COMPARE[op]) \
                or root is not None and op in TOTAL_ORDERING[root]:
            wanted.append(op)
    if getattr(info, "kernel_lt", False) and "lt" not in wanted:
        wanted.append("lt")  # a heapq/bisect kernel compares its instances (fxn_stdlib_heapq)
    rules = {hash_key(c) for c in classes}
    if any(r == "method" for r, _ in rules):
        wanted.append("hash")
    elif len(rules) == 1 and rules.pop()[0] == "fields" \
            and all(fxn_hashable(info.fields[n]) for n, _ in info.dc_fields if n in info.fields):
        # A frozen dataclass whose fields fxn hashes (floats and strs are not: check_instance_key
        # refuses such keys where they are used); on different fields, a hierarchy is refused too.
        wanted.append("hash")
    if defines("__repr__"):
        wanted.append("repr")
        if defines("__str__"):
            wanted.append("str")
    return wanted


def hook_source(info, hook):
    """The hook's Python source. A class a heapq/bisect kernel compares that defines no `<` (nor
    @dataclass(order=True)) gets a `<` raising CPython's TypeError when called (a run-time
    test, so the hook keeps its bool signature)."""
    if hook == "lt" and not info.order and info.lookup_method("__lt__") is None \
            and info.lookup_method("__gt__") is None \
            and (total_ordering_root(info) is None or "lt" not in TOTAL_ORDERING[total_ordering_root(info)]):
        message = "'<' not supported between instances of '%s' and '%s'" % (info.name, info.name)
        return "def h(a, b):\n    if a is b or a is not b:\n        raise TypeError(%r)\n    return False\n" % message
    return HOOK_SOURCES[hook]


def contained_classes(t, out, inside=False):
    t = prune(t)
    if isinstance(t, ClassT) and inside:
        out.setdefault(t.info.name, t.info)
    for c in children(t):
        contained_classes(c, out, True)


def node_types(nodes):
    for n in nodes:
        if "type" in n and not isinstance(n["type"], str):
            yield n["type"]
        for b in n.get("blocks", []):
            yield from node_types(b["nodes"])


def specialize_class_hooks(builder):
    """Builds the hooks of every class whose instances sit inside lists, tuples, dicts, sets or
    optionals (where kernels may compare, hash or print them), until no new one is needed.
    Records them as builder.class_hooks: class name -> [(hook, symbol)]."""
    built = {}
    while True:
        classes = {}
        for f in list(builder.functions.values()):
            for t in [p["type"] for p in f["params"]] + [v["type"] for v in f["variables"]] \
                    + [f["$return"]] + list(node_types(f["body"]["nodes"])):
                if not isinstance(t, str):
                    contained_classes(t, classes)
        todo = [(info, hook) for info in classes.values() for hook in hooks_of(info)
                if (info.name, hook) not in built]
        if not todo:
            break
        for info, hook in todo:
            node = ast.parse(hook_source(info, hook)).body[0]
            for sub in ast.walk(node):
                if hasattr(sub, "lineno"):
                    sub.lineno = sub.end_lineno = info.node.lineno
                    sub.col_offset = sub.end_col_offset = info.node.col_offset
            target = Callable(node, "%s.<%s hook>" % (info.name, hook), "%s__hook_%s" % (info.name, hook))
            arity = 2 if hook in ("eq",) + ORDERING else 1
            symbol, _ = builder.specialize(info.node, target, [ClassT(info)] * arity)
            built[(info.name, hook)] = symbol
    builder.class_hooks = {}
    for (name, hook), symbol in built.items():
        builder.class_hooks.setdefault(name, []).append((hook, symbol))
