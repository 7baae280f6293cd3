"""The front end's tables: what each Python construct is, by AST node class or builtin name.

Operators to registry targets, keyword names of registry calls, banned builtins, the names the
diagnostics give constructs outside the compiled subset, the builtin exception classes, and the
calls and methods that only read a module-level container.
"""

import ast
import builtins

# Constructs outside the compiled subset, by AST node class: what the diagnostic calls them.

UNSUPPORTED_STATEMENTS = {
    "TryStar": "except* (exception groups)", "AsyncWith": "async with statement",
    "AsyncFunctionDef": "nested async function definition", "ClassDef": "class definition inside a function",
    "Import": "import statement inside a function", "ImportFrom": "import statement inside a function",
    "AsyncFor": "async for statement",
}
UNSUPPORTED_EXPRESSIONS = {
    "Yield": "yield outside a function's own body (a generator lambda; fxn compiles generators written with def)",
    "YieldFrom": "yield from inside an expression",
    "Await": "await (async function)", "Starred": "starred expression (*args)",
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
# Folds of a float list whose result is an int when the list is empty (sum() from the int 0,
# math.prod from 1): dynamic, or where that cannot compile (fxn_frontend.build_module) the kernel
# named here, a float that raises fxn's TypeError on an empty list.
VALUE_DEPENDENT_FLOAT_FOLDS = {"builtins.sum": "fxn.sum_float_nonempty", "math.prod": "fxn.prod_float_nonempty"}

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
    "builtins.enumerate": ["iterable", "start"], "str.center": [None, None], "str.expandtabs": ["tabsize"], "textwrap.wrap": [None, "width"], "textwrap.fill": [None, "width"], "textwrap.shorten": [None, "width", "placeholder"], "math.perm": [None, None], "list.pop": [None],
    "list.index": [None, None, None], "str.find": [None, None, None], "str.count": [None, None, None],
}
BUILTIN_BANNED = {"eval", "exec", "compile", "setattr", "getattr", "hasattr", "delattr", "print", "input", "open",
                  "id", "hash", "globals", "locals", "vars", "dir", "type", "super", "__import__",
                  "callable", "memoryview", "bytearray", "bytes", "complex", "frozenset", "object", "breakpoint",
                  "help", "classmethod", "staticmethod", "property", "slice", "aiter", "anext"}
EXCEPTION_CLASSES = [v for v in vars(builtins).values() if isinstance(v, type) and issubclass(v, BaseException)]
# Calls and methods that cannot change a module-level container passed to them (fxn_syntax.read_only_name_uses).
READ_ONLY_CALLS = {"len", "sorted", "sum", "min", "max", "list", "set", "tuple", "any", "all", "enumerate", "zip",
                   "reversed", "dict"}
# A dict's views: keys()/values()/items().
DICT_VIEWS = ("keys", "values", "items")

READ_ONLY_METHODS = {"get", "keys", "values", "items", "count", "index", "copy", "issubset", "issuperset",
                     "isdisjoint", "union", "intersection", "difference", "symmetric_difference"}
