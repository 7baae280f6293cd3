"""Queries over the user's AST: the nodes of one scope or one loop body, int literals, synthetic
names, and the uses of module-level names that only read them.
"""

import ast

from fxn_tables import DICT_VIEWS, READ_ONLY_CALLS, READ_ONLY_METHODS


def walk_scope(node):
    """The nodes of a function body, not descending into nested functions, lambdas, classes or
    comprehensions (each has its own scope)."""
    stack = list(ast.iter_child_nodes(node))
    while stack:
        n = stack.pop()
        yield n
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef, ast.ListComp,
                          ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            continue
        stack.extend(ast.iter_child_nodes(n))


def walk_loop_body(stmts):
    """Nodes of a loop body, not descending into nested loops (whose breaks are their own)."""
    stack = list(stmts)
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if not isinstance(child, (ast.For, ast.While, ast.FunctionDef, ast.Lambda)):
                stack.append(child)


def literal_int(e):
    if isinstance(e, ast.Constant) and type(e.value) is int:
        return e.value
    if isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.USub) and isinstance(e.operand, ast.Constant) \
            and type(e.operand.value) is int:
        return -e.operand.value
    return None


def synthetic_name(at, ident):
    n = ast.Name(id=ident, ctx=ast.Load())
    return ast.copy_location(n, at)


def read_only_name_uses(tree):
    """ids of the Name nodes whose use cannot change the value they name: indexing, `in`,
    iteration, read-only methods and copying builtins (module-level containers may be used so)."""
    uses = set()
    for parent in ast.walk(tree):
        for field, child in ast.iter_fields(parent):
            children = child if isinstance(child, list) else [child]
            for c in children:
                if not (isinstance(c, ast.Name) and isinstance(c.ctx, ast.Load)):
                    continue
                ok = False
                if isinstance(parent, ast.Subscript) and field == "value" and isinstance(parent.ctx, ast.Load):
                    ok = True
                elif isinstance(parent, ast.Compare) and field == "comparators":
                    ok = all(isinstance(op, (ast.In, ast.NotIn)) for op in parent.ops)
                elif isinstance(parent, (ast.For, ast.comprehension)) and field == "iter":
                    ok = True
                elif isinstance(parent, ast.Call) and field == "args" and isinstance(parent.func, ast.Name) \
                        and parent.func.id in READ_ONLY_CALLS:
                    ok = True
                elif isinstance(parent, ast.Attribute) and field == "value" and parent.attr in READ_ONLY_METHODS:
                    ok = True
                elif isinstance(parent, ast.keyword) and parent.arg is None:
                    ok = True  # f(**d) binds d's items (fxn_arguments.forwarded_keys)
                if ok:
                    uses.add(id(c))
    return uses


# Calls that iterate an argument once, at once: a lazy value passed to them is only iterated.
ITERATING_CALLS = {"list", "tuple", "set", "frozenset", "sorted", "sum", "min", "max", "any", "all", "enumerate",
                   "zip", "reversed", "map", "filter", "iter", "next",
                   # itertools, as `itertools.X(...)` or imported by name
                   "chain", "product", "permutations", "combinations", "combinations_with_replacement", "islice",
                   "cycle", "accumulate", "groupby", "starmap", "zip_longest", "pairwise", "compress", "takewhile",
                   "dropwhile", "filterfalse", "from_iterable",
                   # constructors that copy their argument
                   "dict", "Counter", "deque", "OrderedDict"}
ITERATING_METHODS = {"extend", "join", "update", "union", "intersection", "difference", "issubset",
                          "issuperset", "isdisjoint", "fromkeys"}
LAZY_BUILTINS = {"range", "enumerate", "zip", "reversed", "map", "filter"}


def lazy_values_kept(tree):
    """The calls making a lazy value -- range(), enumerate(), zip(), reversed(), map(), filter()
    and a dict's keys()/values()/items() -- whose value is more than iterated at once, as
    {id(call): None, or the name of the function of the module it is passed to}:
    assigned, returned, compared, indexed, printed, iterated twice. fxn builds each as a list of
    its items, which is what iterating it at once sees, but not CPython's object: a view shows
    later changes to its dict, an iterator is exhausted after one pass, a range is not == to a
    list nor printed as one, and range(10**12)[-1] is instant there. Passed to a function of the
    module, the value becomes a list parameter there: allowed only where that function uses it
    as the object would be used (_list_param_is_faithful)."""
    kept = {}
    user_functions = {}
    for n in ast.walk(tree):
        if isinstance(n, ast.FunctionDef):
            user_functions.setdefault(n.name, []).append(n)
    for parent in ast.walk(tree):
        for field, child in ast.iter_fields(parent):
            for c in child if isinstance(child, list) else [child]:
                if not isinstance(c, ast.Call):
                    continue
                builtin = isinstance(c.func, ast.Name) and c.func.id in LAZY_BUILTINS
                view = isinstance(c.func, ast.Attribute) and c.func.attr in DICT_VIEWS and not c.args
                if not (builtin or view):
                    continue
                if _iterated_there(c, parent, field):
                    continue
                if view and isinstance(parent, ast.Call) and field == "args" and isinstance(parent.func, ast.Name) \
                        and parent.func.id == "len":
                    continue
                if isinstance(parent, ast.Call) and field == "args" and isinstance(parent.func, ast.Name) \
                        and parent.func.id in user_functions:
                    if not any(isinstance(a, ast.Starred) for a in parent.args) \
                            and all(_list_param_is_faithful(d, parent.args.index(c), c.func.id if builtin else "view")
                                    for d in user_functions[parent.func.id]):
                        continue  # a function of the module using it only as CPython's object would be used
                    kept[id(c)] = parent.func.id
                    continue
                if isinstance(parent, (ast.YieldFrom, ast.Starred)):
                    continue
                kept[id(c)] = None
    return kept


class _Unfaithful(Exception):
    pass


def _uses_of(fn, name):
    """(Name node, [(ancestor, field), ...] from fn down) for each read of `name` in fn's body;
    _Unfaithful when it is assigned or read from a nested function, lambda or class."""
    out = []

    def visit(node, chain):
        for field, child in ast.iter_fields(node):
            for c in child if isinstance(child, list) else [child]:
                if not isinstance(c, ast.AST):
                    continue
                if isinstance(c, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
                    if any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(c)):
                        raise _Unfaithful()
                    continue
                here = chain + [(node, field)]
                if isinstance(c, ast.Name) and c.id == name:
                    if not isinstance(c.ctx, ast.Load):
                        raise _Unfaithful()
                    out.append((c, here))
                visit(c, here)

    for stmt in fn.body:
        visit(stmt, [(fn, "body")])
    return out


def _iterated_there(node, parent, field):
    """Whether `node`, the `field` child of `parent`, is iterated there, at once: a for loop's or
    comprehension's iterable, the right of `in`, an argument of a call that iterates it."""
    if isinstance(parent, (ast.For, ast.comprehension)) and field == "iter":
        return True
    if isinstance(parent, ast.Compare) and field == "comparators":
        return all(isinstance(op, (ast.In, ast.NotIn)) for op in parent.ops)
    if isinstance(parent, ast.Call) and field == "args":
        f = parent.func
        return isinstance(f, ast.Name) and f.id in ITERATING_CALLS \
            or isinstance(f, ast.Attribute) and (f.attr in ITERATING_METHODS or f.attr in ITERATING_CALLS)
    return False


def _repeated(chain, node):
    """Whether the expression at the end of `chain` may be evaluated more than once per call: in a
    loop's body or test, or in a comprehension other than as its first iterable."""
    for k, (ancestor, field) in enumerate(chain):
        if isinstance(ancestor, (ast.For, ast.AsyncFor)) and field in ("body", "orelse"):
            return True
        if isinstance(ancestor, ast.While):
            return True
        if isinstance(ancestor, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            if field != "generators":
                return True
            below = chain[k + 1][0] if k + 1 < len(chain) else node
            if below is not ancestor.generators[0] or chain[k + 1][1] != "iter":
                return True
    return False


def _changes_nothing(fn):
    """Whether fn's body can change no container (so a list built from one before the call equals
    what CPython's lazy object would read from it during the call): no method calls but read-only
    ones, no call of a function of the module, no item or attribute assignment or deletion, no
    global/nonlocal, no yield (a generator runs later)."""
    for n in ast.walk(fn):
        if n is fn:
            continue
        if isinstance(n, (ast.Global, ast.Nonlocal, ast.Yield, ast.YieldFrom, ast.Await, ast.Delete)):
            return False
        if isinstance(n, (ast.Subscript, ast.Attribute)) and isinstance(n.ctx, (ast.Store, ast.Del)):
            return False
        if isinstance(n, ast.Call):
            f = n.func
            if isinstance(f, ast.Attribute) and f.attr not in READ_ONLY_METHODS and f.attr not in _PURE_METHODS:
                return False
            if isinstance(f, ast.Name) and f.id not in READ_ONLY_CALLS and f.id not in _PURE_BUILTINS:
                return False
            if not isinstance(f, (ast.Name, ast.Attribute)):
                return False
    return True


# Calls that read their arguments and change no container (besides READ_ONLY_CALLS/METHODS).
_PURE_BUILTINS = {"abs", "round", "int", "float", "bool", "divmod", "pow", "ord", "chr", "isinstance"}
_PURE_METHODS = {"lower", "upper", "strip", "lstrip", "rstrip", "split", "startswith", "endswith", "find",
                 "replace", "join", "format", "isdigit", "isalpha", "isspace", "title", "capitalize"}


def _list_param_is_faithful(fn, index, kind):
    """Whether a lazy value of `kind` ("range", "zip", ..., "view") passed as positional argument
    `index` of `fn` is used there only as CPython's object would be, so the list fxn passes
    instead gives the same results: a range read by iteration, len(), `in` and int indexing; an
    iterator iterated once, in a function that changes no container (so the items read up front
    are the items the iterator would read); a view the same, iterated any number of times."""
    a = fn.args
    positional = a.posonlyargs + a.args
    if index >= len(positional) or a.vararg is not None:
        return False
    name = positional[index].arg
    try:
        uses = _uses_of(fn, name)
    except _Unfaithful:
        return False
    if kind == "range":
        for node, chain in uses:
            parent, field = chain[-1]
            if _iterated_there(node, parent, field):
                continue
            if isinstance(parent, ast.Call) and field == "args" and isinstance(parent.func, ast.Name) \
                    and parent.func.id == "len":
                continue
            if isinstance(parent, ast.Subscript) and field == "value" and isinstance(parent.ctx, ast.Load) \
                    and not isinstance(parent.slice, ast.Slice):
                continue
            return False
        return True
    if not _changes_nothing(fn):
        return False
    if not all(_iterated_there(node, *chain[-1]) for node, chain in uses):
        return False
    if kind == "view":
        return True
    return len(uses) <= 1 and not any(_repeated(chain, node) for node, chain in uses)
