"""`__iter__` that hands out an iterator of a container the instance holds:

    def __iter__(self):
        return iter(self.items)          # also self.a.b, self.d.keys()/values()/items()

is compiled as the generator method `for item in self.items: yield item`. A list iterator and
that generator yield the same items, see the same appends and raise the same errors while
iterating; they differ only in when `self.items` is read (at iter() or at the first next()),
which code can see only by rebinding the field between the two. Every consumer fxn compiles
over an instance (for, comprehensions, list(), sum(), sorted(), `in`, zip()) calls next() right
after iter(), and the expression has no side effects (field reads, dict views), so only an
explicit `iter(obj)` kept as a value could tell: that one is refused (`check_explicit_iter`).
"""

import ast

from fxn_diagnostics import unsupported
from fxn_tables import DICT_VIEWS

ITEM = "fxn_iter_item"


def field_chain(e, self_name):
    """Whether e is self.a.b... (at least one attribute) or such a chain's .keys()/.values()/.items()."""
    if isinstance(e, ast.Call) and not e.args and not e.keywords and isinstance(e.func, ast.Attribute) \
            and e.func.attr in DICT_VIEWS:
        e = e.func.value
    if not isinstance(e, ast.Attribute):
        return False
    while isinstance(e, ast.Attribute):
        e = e.value
    return isinstance(e, ast.Name) and e.id == self_name


def delegated_iterable(stmt):
    """The expression X of an `__iter__` whose body is `return iter(X)` (after a docstring), X a
    field chain of self; else None."""
    body = stmt.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]
    params = stmt.args.posonlyargs + stmt.args.args
    if len(body) != 1 or not isinstance(body[0], ast.Return) or len(params) != 1:
        return None
    call = body[0].value
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "iter"
            and len(call.args) == 1 and not call.keywords):
        return None
    return call.args[0] if field_chain(call.args[0], params[0].arg) else None


def as_generator(stmt, iterable):
    """`def __iter__(self): for fxn_iter_item in X: yield fxn_iter_item`, at stmt's positions."""
    loop = ast.For(target=ast.Name(id=ITEM, ctx=ast.Store()), iter=iterable,
                   body=[ast.Expr(value=ast.Yield(value=ast.Name(id=ITEM, ctx=ast.Load())))], orelse=[])
    ret = stmt.body[-1]
    for n in ast.walk(loop):
        if n is not iterable and not any(n is x for x in ast.walk(iterable)):
            ast.copy_location(n, ret)
    fn = ast.FunctionDef(name=stmt.name, args=stmt.args, body=[loop], decorator_list=stmt.decorator_list,
                         returns=stmt.returns, type_comment=None)
    # CPython's __iter__ returns a list (dict) iterator, which has no send() (fxn_generators).
    fn.fxn_iterator_kind = "the iterator an __iter__ returns with iter(...)"
    return ast.copy_location(fn, stmt)


def check_explicit_iter(at, info):
    """iter(obj) kept as a value, for a class whose __iter__ returns iter(self.field)."""
    method = info.lookup_method("__iter__")
    if method is not None and getattr(method, "delegated_iter", False):
        raise unsupported(at, "iter() of %s, whose __iter__ returns iter(...) (fxn compiles it as a generator: "
                          "iterate the instance directly)" % info.name)
