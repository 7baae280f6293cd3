"""Operator methods of user classes (__add__, __eq__, __lt__, __len__, __iter__, __enter__, ...):
which ones fxn compiles, and the static reasoning they need.

CPython's protocols try a method, and when it returns NotImplemented try the reflected one, then
fall back or raise TypeError. fxn decides that chain at compile time from the arguments' static
types: `returns_not_implemented` says whether a call of a method with those types returns
NotImplemented (it must do so under tests fxn decides statically, `static_truth`: isinstance()
and type() tests of names, combined with not/and/or), and the same tests prune the dead branches
of the method when it is built (fxn_stmt's `if`), so each specialization holds only its live code.
The lowering of each protocol is fxn_dunder_lowering.
"""

import ast
import builtins

from fxn_diagnostics import unsupported
from fxn_types import (BOOL, DYN, EXC, FLOAT, INT, NONE, STR, ClassT, DictT, ListT, OptT, SetT, TupleT, prune)

# Methods whose protocol fxn does not compile: defining one is refused (they change how every
# attribute or instance behaves, or belong to metaclasses and descriptors).
REJECTED = {"__new__", "__del__", "__getattr__", "__getattribute__", "__setattr__", "__delattr__",
            "__init_subclass__", "__set_name__", "__get__", "__set__", "__delete__", "__class_getitem__",
            "__missing__", "__index__", "__int__", "__float__", "__complex__", "__round__", "__trunc__",
            "__floor__", "__ceil__", "__reversed__", "__length_hint__", "__aenter__", "__aexit__",
            "__await__", "__aiter__", "__anext__", "__copy__", "__deepcopy__", "__reduce__", "__reduce_ex__",
            "__getstate__", "__setstate__", "__sizeof__", "__dir__", "__instancecheck__", "__subclasscheck__",
            "__matmul__", "__rmatmul__", "__imatmul__", "__bytes__", "__buffer__", "__divmod__", "__rdivmod__"}

BINARY_METHODS = {ast.Add: "add", ast.Sub: "sub", ast.Mult: "mul", ast.Div: "truediv", ast.FloorDiv: "floordiv",
                  ast.Mod: "mod", ast.Pow: "pow", ast.LShift: "lshift", ast.RShift: "rshift", ast.BitAnd: "and",
                  ast.BitOr: "or", ast.BitXor: "xor"}
UNARY_METHODS = {ast.USub: ("__neg__", "unary -"), ast.UAdd: ("__pos__", "unary +"), ast.Invert: ("__invert__", "unary ~")}
COMPARE_METHODS = {ast.Eq: "eq", ast.NotEq: "ne", ast.Lt: "lt", ast.LtE: "le", ast.Gt: "gt", ast.GtE: "ge"}
REFLECTED_COMPARE = {"lt": "gt", "gt": "lt", "le": "ge", "ge": "le", "eq": "eq", "ne": "ne"}
COMPARE_SYMBOLS = {"lt": "<", "le": "<=", "gt": ">", "ge": ">=", "eq": "==", "ne": "!="}
ORDERING = ("lt", "le", "gt", "ge")

# functools.total_ordering (CPython 3.11): root -> {derived: (negate the root's result, then
# combine with `and self != other` / `or self == other` / nothing)}. The root is the greatest of
# the defined methods' names (lt > le > gt > ge), as functools picks it.
TOTAL_ORDERING = {
    "lt": {"gt": (True, "and"), "le": (False, "or"), "ge": (True, None)},
    "le": {"ge": (True, "or"), "lt": (False, "and"), "gt": (True, None)},
    "gt": {"lt": (True, "and"), "ge": (False, "or"), "le": (True, None)},
    "ge": {"le": (True, "or"), "gt": (False, "and"), "lt": (True, None)},
}


def check_operator_method(info, stmt):
    """Refuses a method whose protocol fxn does not compile (ModuleBuilder.class_info)."""
    if stmt.name in REJECTED:
        raise unsupported(stmt, "operator method %s.%s (fxn compiles arithmetic, comparison, container, "
                          "iteration, str/repr/format, __call__, __hash__ and with-statement methods)"
                          % (info.name, stmt.name))


def is_total_ordering(decorator, resolve):
    """Whether a class decorator is functools.total_ordering."""
    import_name = decorator.attr if isinstance(decorator, ast.Attribute) else \
        decorator.id if isinstance(decorator, ast.Name) else None
    if import_name != "total_ordering":
        return False
    if isinstance(decorator, ast.Name):
        value = resolve(decorator.id)
    elif isinstance(decorator.value, ast.Name):
        value = getattr(resolve(decorator.value.id), "total_ordering", None)
    else:
        return False
    return value is not None and getattr(value, "__module__", None) == "functools"


def total_ordering_root(info):
    """The method functools.total_ordering derives the others from, or None."""
    if not info.total_ordering:
        return None
    roots = [op for op in ORDERING if info.lookup_method("__%s__" % op) is not None]
    return max(roots) if roots else None


def has_ordering(info):
    return any(info.lookup_method("__%s__" % op) is not None for op in ORDERING)


def has_repr(info):
    """Whether repr() of an instance is defined by code fxn compiles (else it is an address)."""
    return info.dataclass or info.lookup_method("__repr__") is not None


def hash_rule(info):
    """How instances of class info hash, the first rule along its MRO: "method" (__hash__),
    "fields" (a frozen dataclass with eq: the hash of its fields' tuple), "unhashable" (an
    __eq__ without __hash__ sets __hash__ to None, as does @dataclass with eq and not frozen, or
    `__hash__ = None`), "identity" (object's id-based hash)."""
    for c in info.mro:
        if "__hash__" in c.constants and c.constants["__hash__"] is None:
            return "unhashable"
        if "__hash__" in c.methods:
            return "method"
        if c.dataclass and c.eq:
            return "fields" if c.frozen else "unhashable"
        if "__eq__" in c.methods:
            return "unhashable"
    return "identity"


def hash_key(info):
    """hash_rule(info), with the field names for "fields": classes with equal keys hash alike."""
    rule = hash_rule(info)
    return rule, tuple(n for n, _ in info.dc_fields) if rule == "fields" else ()


def is_not_implemented(e, resolve):
    return isinstance(e, ast.Name) and e.id == "NotImplemented" and resolve(e.id) is NotImplemented


# ---- tests decided by static types ----

def python_class(t):
    """The Python class of every value of static type t, or None when t does not fix it."""
    t = prune(t)
    simple = {INT: int, FLOAT: float, BOOL: bool, STR: str, NONE: type(None)}
    if t in simple:
        return simple[t]
    if isinstance(t, TupleT):
        return list if t.as_list else tuple
    if isinstance(t, ClassT):
        return t.info.cls
    return {ListT: list, DictT: dict, SetT: set}.get(type(t))


def static_isinstance(t, classes):
    """isinstance(x, classes) for x of static type t: True/False, or None when values decide."""
    t = prune(t)
    if isinstance(t, OptT):
        none_ok, elem_ok = static_isinstance(NONE, classes), static_isinstance(t.elem, classes)
        return none_ok if none_ok == elem_ok and none_ok is not None else None
    if t is EXC:
        return True if any(c in (Exception, BaseException, object) for c in classes) else None
    py = python_class(t)
    if py is None:
        return None
    if any(issubclass(py, c) for c in classes):
        return True
    if isinstance(t, ClassT) and any(issubclass(c, py) for c in classes):
        return None  # an instance of a subclass could be one
    return False


def static_truth(test, type_of, resolve):
    """The truth of `test` when static types decide it, else None: isinstance(name, C or (C, ...)),
    type(name) is [not] C and type(a) is [not] type(b) (also == and !=), combined with not, and,
    or. type_of(name): the name's static type or None; resolve(name): the global it names."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        inner = static_truth(test.operand, type_of, resolve)
        return None if inner is None else not inner
    if isinstance(test, ast.BoolOp):
        is_and = isinstance(test.op, ast.And)
        for value in test.values:
            t = static_truth(value, type_of, resolve)
            if t is None:
                return None
            if t != is_and:
                return t
        return is_and
    if isinstance(test, ast.Call) and isinstance(test.func, ast.Name) and test.func.id == "isinstance" \
            and type_of(test.func.id) is None and resolve(test.func.id) is builtins.isinstance \
            and len(test.args) == 2 and not test.keywords and isinstance(test.args[0], ast.Name):
        t = type_of(test.args[0].id)
        classes = named_classes(test.args[1], type_of, resolve)
        if t is None or classes is None:
            return None
        return static_isinstance(t, classes)
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Is, ast.IsNot)) \
            and isinstance(test.left, ast.Name) and isinstance(test.comparators[0], ast.Constant) \
            and test.comparators[0].value is None:
        t = type_of(test.left.id)
        if t is None or isinstance(prune(t), OptT) or prune(t) is DYN:
            return None
        return (prune(t) is NONE) == isinstance(test.ops[0], ast.Is)
    if isinstance(test, ast.Compare) and len(test.ops) == 1 \
            and isinstance(test.ops[0], (ast.Is, ast.IsNot, ast.Eq, ast.NotEq)):
        left = static_type_of(test.left, type_of, resolve)
        right = static_type_of(test.comparators[0], type_of, resolve)
        if left is None or right is None:
            return None
        (lcls, lexact), (rcls, rexact) = left, right
        same = lcls is rcls
        if same and not (lexact and rexact):
            return None
        if not same and (not lexact and issubclass(rcls, lcls) or not rexact and issubclass(lcls, rcls)):
            return None
        return same if isinstance(test.ops[0], (ast.Is, ast.Eq)) else not same
    return None


def named_classes(spec, type_of, resolve):
    items = spec.elts if isinstance(spec, ast.Tuple) else [spec]
    out = []
    for c in items:
        if isinstance(c, ast.Constant) and c.value is None:
            out.append(type(None))
            continue
        if not isinstance(c, ast.Name) or type_of(c.id) is not None:
            return None
        value = resolve(c.id)
        if not isinstance(value, type):
            return None
        out.append(value)
    return out


def static_type_of(e, type_of, resolve):
    """(class, exact) for `type(name)` (exact: no subclass can be there) or a named class."""
    if isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and e.func.id == "type" and type_of("type") is None \
            and resolve("type") is type and len(e.args) == 1 and not e.keywords and isinstance(e.args[0], ast.Name):
        t = type_of(e.args[0].id)
        py = python_class(t) if t is not None else None
        if py is None:
            return None
        exact = not isinstance(prune(t), ClassT) or not py.__subclasses__()
        return py, exact
    if isinstance(e, ast.Name) and type_of(e.id) is None:
        value = resolve(e.id)
        if isinstance(value, type):
            return value, True
    return None


# ---- which calls return NotImplemented ----

def live_not_implemented(stmts, type_of, resolve):
    """The `return NotImplemented` statements of stmts that static tests do not rule out."""
    found = []
    for s in stmts:
        if isinstance(s, ast.Return) and s.value is not None and is_not_implemented(s.value, resolve):
            found.append(s)
        elif isinstance(s, ast.If):
            t = static_truth(s.test, type_of, resolve)
            if t is not False:
                found += live_not_implemented(s.body, type_of, resolve)
            if t is not True:
                found += live_not_implemented(s.orelse, type_of, resolve)
        else:
            for field in ("body", "orelse", "finalbody", "handlers"):
                for sub in getattr(s, field, []) or []:
                    found += live_not_implemented(sub.body if isinstance(sub, ast.ExceptHandler) else [sub],
                                                  type_of, resolve)
            for case in getattr(s, "cases", []) or []:
                found += live_not_implemented(case.body, type_of, resolve)
    return found


def returns_not_implemented(fn, param_types, resolve):
    """Whether a call of method `fn` with parameters of these static types returns NotImplemented
    (True) or runs its body (False). It must be decided statically: NotImplemented returned first
    thing under static tests; else the call is refused."""
    assigned = {sub.id for sub in ast.walk(fn) if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store)}
    params = {n: t for n, t in param_types.items() if n not in assigned}

    def type_of(name):
        return params.get(name)

    def walk(stmts):
        for s in stmts:
            if isinstance(s, ast.Pass) or isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant):
                continue
            if isinstance(s, ast.If):
                t = static_truth(s.test, type_of, resolve)
                if t is not None:
                    decided = walk(s.body if t else s.orelse)
                    if decided is not None:
                        return decided
                    continue
            if isinstance(s, ast.Return):
                return s.value is not None and is_not_implemented(s.value, resolve)
            live = live_not_implemented([s] + stmts[stmts.index(s) + 1:], type_of, resolve) \
                if live_not_implemented(fn.body, type_of, resolve) else []
            if live:
                raise unsupported(live[0], "NotImplemented returned where the values decide it (fxn decides "
                                  "NotImplemented from the arguments' types: return it first thing, under "
                                  "isinstance() tests)")
            return False
        return None

    return bool(walk(fn.body))
