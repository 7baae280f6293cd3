"""functools and operator (a FunctionBuilder mixin: `call_functools`, `call_operator`).

- functools.reduce: CPython's loop compiled from Python (fxn_stdlib_heapq's prelude mechanism),
  the function a function value (a lambda, a module function, `operator.mul`, ...).
- operator.itemgetter / attrgetter / methodcaller and functools.partial: desugared into a lambda
  at the call (`itemgetter(1, 0)` is `lambda o: (o[1], o[0])`), one Lambda node per call site so
  the function value keeps its identity across passes. CPython evaluates their arguments once,
  at creation: fxn accepts only constant arguments (and, for partial, a named function), where
  evaluating them at each call gives the same values.
- operator.add, operator.mul, ... as values and calls: the registry's rows (stdlib_call,
  stdlib_function_value).
- functools.cmp_to_key as the key= of list.sort / sorted: CPython's listsort with `cmp(a, b) < 0`
  as its `<` (prelude/prelude_listsort.py), so the calls of cmp are CPython's, in its order.
- functools.cache / lru_cache as decorators of module functions (CACHE_SOURCE).
"""

import ast
import copy

import fxn_prelude
from fxn_diagnostics import Diagnostic, unsupported
from fxn_stdlib_heapq import prelude_callable

REDUCE_SOURCE = '''
def reduce(function, iterable):
    items = list(iterable)
    if not items:
        raise TypeError('reduce() of empty iterable with no initial value')
    value = items[0]
    i = 1
    while i < len(items):
        value = function(value, items[i])
        i += 1
    return value


def reduce_initial(function, iterable, initial):
    value = initial
    for element in iterable:
        value = function(value, element)
    return value
'''

# functools.cache / lru_cache as CPython's C wrappers behave (Modules/_functoolsmodule.c): the
# unbounded one looks up, calls on a miss and stores (overwriting what a recursive call stored);
# the bounded one moves a hit to the most recent end, and after a miss returns at once if the
# call itself stored the key, else evicts the least recent entry when full. Keys: the argument
# tuple (positional arguments only).
CACHE_SOURCE = '''
def fxn_cache_N(user_function):
    memo = {}

    def wrapper(PARAMS):
        args = (PARAMS,)
        if args in memo:
            return memo[args]
        result = user_function(PARAMS)
        memo[args] = result
        return result
    return wrapper


def fxn_lru_cache_N(user_function, maxsize):
    memo = {}
    order = []

    def wrapper(PARAMS):
        args = (PARAMS,)
        if args in memo:
            order.remove(args)
            order.append(args)
            return memo[args]
        result = user_function(PARAMS)
        if args in memo:
            return result
        if len(memo) >= maxsize and order:
            del memo[order.pop(0)]
        memo[args] = result
        order.append(args)
        return result
    return wrapper


def fxn_uncached_N(user_function):
    def wrapper(PARAMS):
        return user_function(PARAMS)
    return wrapper
'''


def cache_source(arity):
    """CACHE_SOURCE for functions of `arity` positional parameters (function values take no *args)."""
    params = ", ".join("fxn_arg%d" % i for i in range(arity))
    return CACHE_SOURCE.replace("_N(", "_%d(" % arity).replace("PARAMS", params)


REDUCE_NAMES = {"list": list, "len": len, "TypeError": TypeError}

GETTER_PARAM = "fxn_getter_object"  # the synthesized lambda's parameter (no user name clashes)


def is_constant(e):
    if isinstance(e, ast.Constant):
        return True
    if isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.USub):
        return is_constant(e.operand)
    if isinstance(e, ast.Tuple):
        return all(is_constant(x) for x in e.elts)
    return False


def located(node, at):
    for sub in ast.walk(node):
        sub.lineno = sub.end_lineno = at.lineno
        sub.col_offset = sub.end_col_offset = at.col_offset
    return node


def one_param_lambda(body_of, at, param=GETTER_PARAM):
    """lambda param: body_of(Name(param))."""
    args = ast.arguments(posonlyargs=[], args=[ast.arg(arg=param)], vararg=None, kwonlyargs=[], kw_defaults=[],
                         kwarg=None, defaults=[])
    return located(ast.Lambda(args=args, body=body_of(ast.Name(id=param, ctx=ast.Load()))), at)


class FunctoolsLowering:
    """Lowers functools and operator calls (a FunctionBuilder mixin)."""

    def synthesized_lambda(self, e, build):
        """The Lambda node standing for the call e (built once per call node), as a value."""
        cache = self.m.__dict__.setdefault("stdlib_lambdas", {})
        if id(e) not in cache:
            cache[id(e)] = (e, build())  # e kept alive: its id stays unique
        return self.lambda_value(cache[id(e)][1])

    def call_functools(self, e, qualified):
        name = qualified.split(".", 1)[1]
        if name == "reduce":
            self.no_unpacking(e)
            if e.keywords:
                raise Diagnostic(e.keywords[0], "reduce() takes no keyword arguments")
            if len(e.args) not in (2, 3):
                raise Diagnostic(e, "reduce expected at least 2 arguments, got %d" % len(e.args)
                                 if len(e.args) < 2 else "reduce expected at most 3 arguments, got %d" % len(e.args))
            target = prelude_callable(self.m, "reduce" if len(e.args) == 2 else "reduce_initial", e,
                                      REDUCE_SOURCE, REDUCE_NAMES)
            return self.m.call_callable(e, self, target, self.bind_args(e, target))
        if name == "partial":
            return self.partial_value(e)
        if name in ("cache", "lru_cache"):
            return self.cache_decorator(e, name)
        return NotImplemented

    def cache_decorator(self, e, name):
        """@cache, @lru_cache, @lru_cache(maxsize=n) applied to a module function (the decorator
        machinery of fxn_closures calls lru_cache(f, maxsize=n)): a memoising wrapper made once."""
        self.no_unpacking(e)
        if len(e.args) != 1 or not isinstance(e.args[0], ast.Name):
            raise unsupported(e, "functools.%s other than as a decorator of a module function" % name)
        maxsize = 128
        for k in e.keywords:
            if k.arg == "typed" and isinstance(k.value, ast.Constant) and k.value.value is False:
                continue
            if k.arg != "maxsize" or name != "lru_cache" or not (
                    isinstance(k.value, ast.Constant) and (k.value.value is None or type(k.value.value) is int)):
                raise unsupported(k, "functools.%s argument other than a constant maxsize" % name)
            maxsize = k.value.value
        decorated = self.local_functions.get(e.args[0].id)
        spec = decorated.node.args if decorated is not None else None
        if spec is None or spec.vararg or spec.kwarg or spec.kwonlyargs or spec.defaults \
                or not spec.posonlyargs + spec.args:
            raise unsupported(e, "functools.%s of a function without exactly its positional parameters "
                                 "(no defaults, *args, **kwargs)" % name)
        arity = len(spec.posonlyargs + spec.args)
        if name == "cache" or maxsize is None:
            helper, args = "fxn_cache", [e.args[0]]
        elif maxsize <= 0:
            helper, args = "fxn_uncached", [e.args[0]]
        else:
            helper, args = "fxn_lru_cache", [e.args[0], ast.copy_location(ast.Constant(value=maxsize), e)]
        helper = "%s_%d" % (helper, arity)
        target = prelude_callable(self.m, helper, e, cache_source(arity), {"len": len})
        call = ast.copy_location(ast.Call(func=e.func, args=args, keywords=[]), e)
        return self.m.call_callable(e, self, target, self.bind_args(call, target))

    def sort_by_cmp(self, at, items, key_ast, reverse_ast):
        """xs.sort(key=cmp_to_key(f)) and sorted(): CPython's listsort written in Python
        (prelude/prelude_listsort.py, fxn_prelude), with f as a function value."""
        if len(key_ast.args) != 1 or key_ast.keywords:
            raise Diagnostic(key_ast, "cmp_to_key expected 1 argument")
        cmp = self.expr(key_ast.args[0])
        reverse = self.truth(reverse_ast) if reverse_ast is not None else self.constant(at, False)
        target = self.m.function_callable(at, fxn_prelude.function("listsort", "cmp_sort"))
        try:
            self.m.call_callable(at, self, target, [items, cmp, reverse])
        except Diagnostic as d:
            if fxn_prelude.in_prelude(d):
                raise fxn_prelude.at_call_site(d, at, "sort(key=cmp_to_key(...))") from None
            raise

    def partial_value(self, e):
        """partial(f, *consts, **consts) of a module function or a lambda: a lambda taking f's
        remaining parameters (`partial(power, exp=2)` is `lambda base: power(base, exp=2)`)."""
        self.no_unpacking(e)
        if not e.args:
            raise Diagnostic(e, "type 'partial' takes at least one argument")
        func = e.args[0]
        node = func if isinstance(func, ast.Lambda) else None
        if isinstance(func, ast.Name) and func.id not in self.locals and func.id not in self.renames \
                and func.id not in self.local_functions and func.id in self.m.defs:
            node = self.m.defs[func.id]
        if node is None:
            raise unsupported(func, "functools.partial of something other than a module function or a lambda")
        for a in e.args[1:] + [k.value for k in e.keywords]:
            if not is_constant(a):
                raise unsupported(a, "functools.partial with an argument that is not a constant "
                                     "(CPython evaluates it once, at creation)")
        spec = node.args
        if spec.vararg is not None or spec.kwarg is not None or spec.kwonlyargs:
            raise unsupported(func, "functools.partial of a function with *args, **kwargs or keyword-only parameters")
        params = spec.posonlyargs + spec.args
        if len(e.args) - 1 > len(params):
            raise Diagnostic(e, "%s() takes %d positional arguments but %d were given"
                             % (getattr(node, "name", "<lambda>"), len(params), len(e.args) - 1))
        given = {k.arg for k in e.keywords}
        defaults = dict(zip([p.arg for p in params[len(params) - len(spec.defaults):]], spec.defaults))
        rest = [p.arg for p in params[len(e.args) - 1:] if p.arg not in given]

        def build():
            lam_defaults = [copy.deepcopy(defaults[p]) for p in rest if p in defaults]
            if len(lam_defaults) != len([p for p in rest if p in defaults]) or \
                    any(p not in defaults for p in rest[len(rest) - len(lam_defaults):]):
                raise unsupported(e, "functools.partial leaving a parameter without default after one with")
            args = ast.arguments(posonlyargs=[], args=[ast.arg(arg=p) for p in rest], vararg=None, kwonlyargs=[],
                                 kw_defaults=[], kwarg=None, defaults=lam_defaults)
            call = ast.Call(func=copy.deepcopy(func), args=copy.deepcopy(e.args[1:]) +
                            [ast.Name(id=p, ctx=ast.Load()) for p in rest], keywords=copy.deepcopy(e.keywords))
            return located(ast.Lambda(args=args, body=call), e)
        return self.synthesized_lambda(e, build)

    def call_operator(self, e, qualified):
        name = qualified.split(".", 1)[1]
        if name not in ("itemgetter", "attrgetter", "methodcaller"):
            return NotImplemented
        self.no_unpacking(e)
        if name != "methodcaller" and e.keywords:
            raise Diagnostic(e.keywords[0], "%s() takes no keyword arguments" % name)
        if not e.args:
            raise Diagnostic(e, "%s expected 1 argument%s, got 0" % (name, "" if name == "methodcaller" else "s"))
        for a in e.args + [k.value for k in e.keywords]:
            if not is_constant(a):
                raise unsupported(a, "operator.%s with an argument that is not a constant" % name)
        if name == "itemgetter":
            def body(obj):
                items = [ast.Subscript(value=copy.deepcopy(obj), slice=copy.deepcopy(a), ctx=ast.Load()) for a in e.args]
                return items[0] if len(items) == 1 else ast.Tuple(elts=items, ctx=ast.Load())
        elif name == "attrgetter":
            for a in e.args:
                if not isinstance(a.value, str):
                    raise Diagnostic(a, "attribute name must be a string")

            def body(obj):
                def chain(path):
                    node = copy.deepcopy(obj)
                    for part in path.split("."):
                        node = ast.Attribute(value=node, attr=part, ctx=ast.Load())
                    return node
                items = [chain(a.value) for a in e.args]
                return items[0] if len(items) == 1 else ast.Tuple(elts=items, ctx=ast.Load())
        else:
            if not isinstance(e.args[0], ast.Constant) or not isinstance(e.args[0].value, str):
                raise Diagnostic(e.args[0], "method name must be a string")

            def body(obj):
                method = ast.Attribute(value=obj, attr=e.args[0].value, ctx=ast.Load())
                return ast.Call(func=method, args=copy.deepcopy(e.args[1:]), keywords=copy.deepcopy(e.keywords))
        return self.synthesized_lambda(e, lambda: one_param_lambda(body, e))

