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
    """ids of the calls making a lazy value -- range(), enumerate(), zip(), reversed(), map(),
    filter() and a dict's keys()/values()/items() -- whose value is more than iterated at once:
    assigned, returned, compared, indexed, printed, iterated twice. fxn builds each as a list of
    its items, which is what iterating it at once sees, but not CPython's object: a view shows
    later changes to its dict, an iterator is exhausted after one pass, a range is not == to a
    list nor printed as one, and range(10**12)[-1] is instant there."""
    kept = set()
    user_functions = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
    for parent in ast.walk(tree):
        for field, child in ast.iter_fields(parent):
            for c in child if isinstance(child, list) else [child]:
                if not isinstance(c, ast.Call):
                    continue
                builtin = isinstance(c.func, ast.Name) and c.func.id in LAZY_BUILTINS
                view = isinstance(c.func, ast.Attribute) and c.func.attr in DICT_VIEWS and not c.args
                if not (builtin or view):
                    continue
                if isinstance(parent, (ast.For, ast.comprehension)) and field == "iter":
                    continue
                if isinstance(parent, ast.Compare) and field == "comparators" \
                        and all(isinstance(op, (ast.In, ast.NotIn)) for op in parent.ops):
                    continue
                if isinstance(parent, ast.Call) and field == "args" and (
                        isinstance(parent.func, ast.Name) and (parent.func.id in ITERATING_CALLS
                                                               or view and parent.func.id == "len")
                        or isinstance(parent.func, ast.Attribute) and (parent.func.attr in ITERATING_METHODS
                                                                       or parent.func.attr in ITERATING_CALLS)):
                    continue
                if isinstance(parent, ast.Call) and field == "args" and isinstance(parent.func, ast.Name) \
                        and parent.func.id in user_functions:
                    continue  # a function of the module iterating it (WORKSPACE.md: its parameter is a list)
                if isinstance(parent, (ast.YieldFrom, ast.Starred)):
                    continue
                kept.add(id(c))
    return kept
