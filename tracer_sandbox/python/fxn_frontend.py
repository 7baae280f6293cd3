"""fxn's front end: Python source + what the trace observed -> typed IR.

Runs inside the tracer sandbox's embedded CPython. It reads the function's AST, infers a
static type for every expression from the sample arguments' types and the operator registry's
signatures (fxn_types), and emits the IR in the JSON form of proto/ir.proto. Anything outside
the compiled subset raises Diagnostic, naming file:line:col and the construct: a function
compiles to exactly what CPython computes, or not at all.

Desugaring happens here, so lowering sees few shapes: comprehensions, generator expressions,
enumerate/zip/reversed loops, `match`, f-strings, key= functions and dataclass constructors all
become loops, branches and registry calls.
"""

import ast
import builtins
import types

from fxn_types import (BOOL, DictT, EXC, FLOAT, INT, INT64_MAX, INT64_MIN, ClassT, ListT, NONE, OptT, STR, SetT,
                       TupleT, TypeVar, contains, prune, show, type_str, unify)
import fxn_numpy
from fxn_types import Registry  # noqa: F401 (the tracer's driver builds it through this module)


class Diagnostic(Exception):
    def __init__(self, node, message):
        super().__init__(message)
        self.line = getattr(node, "lineno", 0) or 0
        self.col = (getattr(node, "col_offset", -1) or 0) + 1 if node is not None else 0
        self.message = message


def unsupported(node, what):
    return Diagnostic(node, "unsupported construct: %s" % what)


def describe_value(value):
    """The static type of a sample value, or None when fxn has no type for it."""
    array_type = fxn_numpy.describe_array(value)
    if array_type is not None:
        return array_type
    if isinstance(value, bool):
        return BOOL
    if isinstance(value, int):
        return INT
    if isinstance(value, float):
        return FLOAT
    if isinstance(value, str):
        return STR
    if value is None:
        return NONE
    if isinstance(value, list):
        elem = TypeVar()
        for item in value:
            t = describe_value(item)
            if t is None:
                return None
            joined = join(elem, t)
            if joined is None:
                return None
            elem = joined
        return ListT(elem)
    if isinstance(value, dict):
        val = TypeVar()
        for k, item in value.items():
            t = describe_value(item)
            if not isinstance(k, str) or t is None:
                return None
            joined = join(val, t)
            if joined is None:
                return None
            val = joined
        return DictT(STR, val)
    if isinstance(value, tuple):
        elems = [describe_value(v) for v in value]
        return None if any(e is None for e in elems) else TupleT(elems)
    return None


def join(a, b):
    """The type holding values of a and of b: a itself, or `T | None`; None when there is none."""
    if unify(a, b):
        return a
    pa, pb = prune(a), prune(b)
    if pa is NONE and not isinstance(pb, OptT):
        return OptT(pb)
    if pb is NONE and not isinstance(pa, OptT):
        return OptT(pa)
    if isinstance(pa, OptT) and (pb is NONE or unify(pa.elem, pb)):
        return pa
    if isinstance(pb, OptT) and (pa is NONE or unify(pb.elem, pa)):
        return pb
    return None


def int_in_range(value):
    if isinstance(value, bool):
        return True
    if isinstance(value, int):
        return INT64_MIN <= value <= INT64_MAX
    if isinstance(value, (list, tuple)):
        return all(int_in_range(v) for v in value)
    if isinstance(value, dict):
        return all(int_in_range(v) for v in value.values())
    return True


# ---------------------------------------------------------------------------------------------
# Constructs outside the compiled subset, by AST node class: what the diagnostic calls them.

UNSUPPORTED_STATEMENTS = {
    "TryStar": "except* (exception groups)", "With": "with statement", "AsyncWith": "async with statement",
    "Global": "global statement", "Nonlocal": "nonlocal statement",
    "AsyncFunctionDef": "nested async function definition", "ClassDef": "class definition inside a function",
    "Import": "import statement inside a function", "ImportFrom": "import statement inside a function",
    "AsyncFor": "async for statement",
}
UNSUPPORTED_EXPRESSIONS = {
    "Yield": "yield (generator function)", "YieldFrom": "yield from (generator function)",
    "Await": "await (async function)", "Starred": "starred expression (*args)",
    "NamedExpr": "assignment expression (:=)", "Lambda": "lambda (only as a key= argument or a local function)",
    "GeneratorExp": "generator expression (only as the argument of sum, any, all, min, max, sorted, list, set, "
                    "tuple, dict or str.join)",
}
BINOPS = {
    ast.Add: ("operator.add", "+"), ast.Sub: ("operator.sub", "-"), ast.Mult: ("operator.mul", "*"),
    ast.Div: ("operator.truediv", "/"), ast.FloorDiv: ("operator.floordiv", "//"),
    ast.Mod: ("operator.mod", "%"), ast.Pow: ("operator.pow", "**"), ast.BitAnd: ("operator.and_", "&"),
    ast.BitOr: ("operator.or_", "|"), ast.BitXor: ("operator.xor", "^"),
    ast.LShift: ("operator.lshift", "<<"), ast.RShift: ("operator.rshift", ">>"),
    ast.MatMult: (None, "@"),
}
CMPOPS = {
    ast.Lt: ("operator.lt", "<"), ast.LtE: ("operator.le", "<="), ast.Gt: ("operator.gt", ">"),
    ast.GtE: ("operator.ge", ">="), ast.Eq: ("operator.eq", "=="), ast.NotEq: ("operator.ne", "!="),
    ast.Is: ("is", "is"), ast.IsNot: ("is not", "is not"), ast.In: ("in", "in"), ast.NotIn: ("not in", "not in"),
}
# Builtins whose int arguments Python converts to float when a float is involved.
NO_FLOAT_PROMOTION = {"builtins.min", "builtins.max", "builtins.abs", "builtins.int", "builtins.bool",
                      "builtins.float", "builtins.round", "builtins.len", "builtins.str", "builtins.repr",
                      "builtins.format", "builtins.sum", "builtins.sorted", "builtins.list", "builtins.set",
                      "builtins.any", "builtins.all", "builtins.chr", "builtins.ord", "builtins.reversed",
                      "builtins.enumerate", "builtins.zip", "builtins.dict"}
# Keyword names of registry calls, in positional order (None: positional-only).
KEYWORDS = {
    "str.split": ["sep", "maxsplit"], "str.rsplit": ["sep", "maxsplit"], "str.splitlines": ["keepends"],
    "builtins.int": [None, "base"], "builtins.round": ["number", "ndigits"], "builtins.sum": [None, "start"],
    "builtins.enumerate": ["iterable", "start"], "str.center": [None, None], "list.pop": [None],
    "list.index": [None, None, None], "str.find": [None, None, None], "str.count": [None, None, None],
}
BUILTIN_BANNED = {"eval", "exec", "compile", "setattr", "getattr", "hasattr", "delattr", "print", "input", "open",
                  "id", "hash", "globals", "locals", "vars", "dir", "type", "super", "__import__", "iter", "next",
                  "callable", "memoryview", "bytearray", "bytes", "complex", "frozenset", "object", "breakpoint",
                  "help", "classmethod", "staticmethod", "property", "issubclass", "slice", "aiter", "anext"}
EXCEPTION_CLASSES = [v for v in vars(builtins).values() if isinstance(v, type) and issubclass(v, BaseException)]


def describe_unsupported_value(value):
    kind = type(value).__name__
    names = {"bytes": "bytes value", "complex": "complex number", "set": "module-level set (mutable global state)",
             "frozenset": "frozenset value", "list": "module-level list (mutable global state; use a tuple)",
             "dict": "module-level dict (mutable global state)", "bytearray": "bytearray value"}
    return names.get(kind, "value of type %s" % kind)


def describe_global(value):
    if isinstance(value, types.ModuleType):
        return "module"
    if isinstance(value, types.FunctionType):
        return "function"
    if isinstance(value, type):
        return "class"
    if callable(value):
        return "callable"
    return describe_unsupported_value(value)


def float_json(v):
    if v != v:
        return "NaN"
    if v in (float("inf"), float("-inf")):
        return "Infinity" if v > 0 else "-Infinity"
    return v


def mangle(types_):
    out = []
    for t in types_:
        s = type_str(t)
        for a, b in (("[", "_"), ("]", ""), (", ", "_"), ("None", "none")):
            s = s.replace(a, b)
        out.append(s)
    return "__".join(out) if out else "noargs"


def is_hashable_key(t):
    """dict keys and set items fxn hashes: no floats (NaN's identity rules), lists, objects."""
    return not contains(t, lambda x: x is FLOAT or isinstance(x, (ListT, DictT, SetT, ClassT, OptT)))


def order_is_known(t):
    """Whether CPython's iteration order of a set of t is deterministic (str hashes are seeded)."""
    return not contains(t, lambda x: x is STR)


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


def analyze(module_obj, source, filename, entry_name, sample_args, registry, observations):
    """Returns the IR module (proto JSON form) for entry_name specialized to the samples' types."""
    from fxn_builder import ModuleBuilder  # loaded after this module (it builds on it)
    tree = ast.parse(source, filename)
    node = next((n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == entry_name), None)
    if node is None:
        raise Diagnostic(None, "no top-level function named '%s' in %s" % (entry_name, filename))
    if node.decorator_list:
        raise unsupported(node.decorator_list[0], "decorator on function '%s'" % entry_name)
    if node.args.vararg:
        raise unsupported(node.args.vararg, "*args parameter")
    if node.args.kwarg:
        raise unsupported(node.args.kwarg, "**kwargs parameter")
    param_types = sample_types(node, entry_name, sample_args)
    fn = getattr(module_obj, entry_name)
    # Fields of classes are typed by every method that assigns them, in whatever order the
    # methods are reached: build the module again until a round sees no field change.
    # The first round only discovers types (nothing it emits is kept).
    classes, comp_types = None, None
    for round_ in range(5):
        lenient = round_ == 0
        builder = ModuleBuilder(module_obj, tree, filename, registry, observations, classes, comp_types, lenient)
        before = builder.field_signature()
        try:
            symbol, ret = builder.specialize_function(node, fn, list(param_types))
            failure = None
        except Diagnostic as d:
            if not lenient:
                failure = d
        classes, comp_types = builder.classes, builder.comp_types
        if not lenient and (builder.field_signature() == before or round_ == 4):
            if failure is not None:
                raise failure
            break
    if contains(ret, lambda t: isinstance(t, (SetT, ClassT)) or t is EXC):
        raise unsupported(node, "returning %s from the entry function (the value model has no sets or objects)"
                          % show(ret))
    # Item types no code constrained (an always-empty list argument) become int, consistently
    # in the signature, the variables and the body.
    for t in param_types:
        default_unknowns(t)
    return builder.finish(symbol)


def sample_types(node, entry_name, sample_args):
    """The entry's parameter types: each sample argument's type, joined across the samples."""
    params = [a.arg for a in node.args.posonlyargs + node.args.args]
    required = len(params) - len(node.args.defaults)
    param_types = None
    for k, args in enumerate(sample_args):
        given = len(sample_args[0])
        if not required <= len(args) <= len(params) or len(args) != given:
            raise Diagnostic(node, "%s() takes %s arguments but sample %d has %d (every sample gives the same "
                             "arguments; the ones left out take their defaults)"
                             % (entry_name, len(params) if required == len(params) else "%d to %d" % (required, len(params)),
                                k + 1, len(args)))
        params_given = params[:len(args)]
        types_ = []
        for p, v in zip(params_given, args):
            t = describe_value(v)
            if t is None:
                raise unsupported(node, "argument '%s' is a %s in sample %d"
                                  % (p, describe_unsupported_value(v) if not isinstance(v, (list, dict))
                                     else "%s mixing types" % type(v).__name__, k + 1))
            if not int_in_range(v):
                raise Diagnostic(node, "argument '%s' of sample %d does not fit in fxn's 64-bit int" % (p, k + 1))
            types_.append(t)
        if param_types is None:
            param_types = types_
        else:
            for i, (p, a, b) in enumerate(zip(params, param_types, types_)):
                joined = join(a, b)
                if joined is None:
                    raise Diagnostic(node, "argument '%s' is %s in one sample and %s in another; fxn compiles one "
                                     "type per argument" % (p, show(a), show(b)))
                param_types[i] = joined
    return param_types or []


def default_unknowns(t):
    t = prune(t)
    if isinstance(t, TypeVar):
        t.ref = INT
    elif isinstance(t, (ListT, SetT, OptT)):
        default_unknowns(t.elem)
    elif isinstance(t, DictT):
        default_unknowns(t.key)
        default_unknowns(t.value)
    elif isinstance(t, TupleT):
        for e in t.elems:
            default_unknowns(e)
