"""The random module, CPython 3.11's exact sequences (kernels: operator_registry/kernels/ops_random.hpp).

A `random.Random(seed)` instance is a value of the synthetic class RANDOM_CLASS_NAME with one
field, `state`, a list[int] holding the Mersenne Twister's words, its index and gauss_next (the
kernels' layout); its methods (`rng.randint(1, 6)`) are kernel calls on that list. The module's
own functions (`random.seed(7)`, then `random.random()`) draw from the library's one module
generator (`random.module_state`). CPython seeds that generator from os.urandom at import, so a
module whose functions draw from it without ever calling random.seed(...) is rejected, as is a
random.seed(...) at module level (the library's generator is not seeded at import); a draw that
happens before the seed at run time raises NotImplementedError.
"""

import ast
import inspect
import random

from fxn_callables import ClassInfo
from fxn_diagnostics import Diagnostic, unsupported
from fxn_types import BOOL, FLOAT, INT, NONE, STR, ClassT, ListT, SetT, TupleT, TypeVar, prune, show

RANDOM_CLASS_NAME = "fxn_random_Random"
RANDOM_CLASS_KEY = ("$stdlib", "random.Random")


class _RandomClass:
    """The Python class behind the synthetic ClassInfo of random.Random (never instantiated)."""


_RandomClass.__name__ = RANDOM_CLASS_NAME

# The methods compiled; each binds its arguments by random.Random's own signature.
DRAWS = ("random", "getrandbits", "randrange", "randint", "choice", "shuffle", "sample", "choices", "uniform",
         "triangular", "normalvariate", "lognormvariate", "gauss", "expovariate")
FLOAT_PARAMS = {"normalvariate": ("mu", "sigma"), "lognormvariate": ("mu", "sigma"), "gauss": ("mu", "sigma"),
                "expovariate": ("lambd",)}


class _Arg:
    """An argument's AST node standing in for its value while binding by the Python signature."""

    def __init__(self, node):
        self.node = node


def seed_calls(tree, resolve):
    """(calls of random.seed inside functions, calls at module level) in the module's AST."""
    inside, top = [], []

    def is_seed(call):
        f = call.func
        if isinstance(f, ast.Attribute) and f.attr == "seed" and isinstance(f.value, ast.Name):
            return resolve(f.value.id) is random
        return isinstance(f, ast.Name) and resolve(f.id) is random.seed

    def visit(node, in_function):
        for child in ast.iter_child_nodes(node):
            nested = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if isinstance(child, ast.Call) and is_seed(child):
                (inside if nested else top).append(child)
            visit(child, nested)

    visit(tree, False)
    return inside, top


class RandomLowering:
    """Lowering of `random.*` calls and of the methods of random.Random values."""

    def random_class(self):
        info = self.m.classes.get(RANDOM_CLASS_KEY)
        if info is None:
            info = ClassInfo(_RandomClass, None)
            info.fields["state"] = ListT(INT)
            info.method_lowering = "random_method"  # fxn_calls.method_call's hook for this class
            self.m.classes[RANDOM_CLASS_KEY] = info
        return info

    def call_random(self, e, qualified):
        name = qualified.split(".", 1)[1]
        if name == "Random":
            return self.random_new(e)
        if name == "seed":
            return self.random_seed(e, self.random_module_generator(e))
        if name in DRAWS:
            self.require_module_seed(e, name)
            return self.random_draw(e, self.random_module_generator(e), name)
        raise unsupported(e, "random.%s" % name)

    def random_method(self, e, receiver, name):
        """rng.name(...) on a random.Random value."""
        state = self.value(e, "GET_FIELD", "state", "state", [receiver[0]], ListT(INT))
        if name == "seed":
            return self.random_seed(e, state)
        if name in DRAWS:
            return self.random_draw(e, state, name)
        raise unsupported(e, "method Random.%s()" % name)

    def random_module_generator(self, e):
        return self.call_op(e, "random.module_state", [], "random")

    def require_module_seed(self, e, name):
        scan = getattr(self.m, "random_seed_scan", None)
        if scan is None:
            scan = seed_calls(self.m.tree, self.m.resolve_global_quiet)
            self.m.random_seed_scan = scan
        inside, top = scan
        if top:
            raise Diagnostic(top[0], "random.seed(...) at module level: the compiled library's generator is "
                                     "not seeded at import; call random.seed(...) in a function or use "
                                     "random.Random(seed)")
        if not inside:
            raise Diagnostic(e, "random.%s() without random.seed(...): CPython seeds the module's generator "
                                "from os.urandom, so the result cannot be reproduced; call random.seed(n) "
                                "first or use random.Random(n)" % name)

    def random_bind(self, e, name):
        """The call's arguments bound by random.Random.<name>'s signature: name -> AST node or
        the default value."""
        if any(isinstance(a, ast.Starred) for a in e.args) or any(k.arg is None for k in e.keywords):
            raise unsupported(e, "*args or **kwargs in a call of random.%s" % name)
        sig = inspect.signature(getattr(random.Random, name))
        try:
            bound = sig.bind(None, *[_Arg(a) for a in e.args], **{k.arg: _Arg(k.value) for k in e.keywords})
        except TypeError as err:
            raise Diagnostic(e, "TypeError: %s" % err) from None
        bound.apply_defaults()
        return dict(list(bound.arguments.items())[1:])

    def random_value(self, e, arg):
        if isinstance(arg, _Arg):
            return self.expr(arg.node)
        return self.constant(e, arg)

    def random_int(self, e, name, value):
        t = prune(value[1])
        if t is BOOL:
            return self.promote(value, INT)
        if t is not INT and not isinstance(t, TypeVar):
            raise unsupported(e, "random.%s() with a %s argument (fxn compiles int arguments)" % (name, show(t)))
        return value

    def random_float(self, value):
        return self.promote(value, FLOAT) if prune(value[1]) in (INT, BOOL) else value

    def random_sequence(self, e, value):
        t = prune(value[1])
        if isinstance(t, TupleT):
            return self.as_list(e, value)
        return value

    def random_new(self, e):
        """random.Random(seed): a new generator value, seeded."""
        info = self.random_class()
        args = self.random_bind(e, "seed")
        if args.get("a") is None:
            raise Diagnostic(e, "random.Random() without a seed: CPython seeds it from os.urandom, so its "
                                "results cannot be reproduced")
        state = self.call_op(e, "random.new_state", [], "random.Random()")
        self.random_seed_state(e, state, args)
        obj = self.value(e, "NEW_OBJECT", "rng", info.name, [], ClassT(info))
        self.emit(e, "SET_FIELD", None, "state", [obj[0], state[0]])
        return obj

    def random_seed(self, e, state):
        args = self.random_bind(e, "seed")
        if args.get("a") is None:
            raise Diagnostic(e, "random.seed() without a seed: CPython seeds from os.urandom, so the results "
                                "cannot be reproduced")
        self.random_seed_state(e, state, args)
        return self.constant(e, None)

    def random_seed_state(self, e, state, args):
        if args.get("version", 2) != 2 and not (isinstance(args["version"], _Arg)
                                                 and isinstance(args["version"].node, ast.Constant)
                                                 and args["version"].node.value == 2):
            raise unsupported(e, "random.seed() with version other than 2")
        seed = self.random_value(e, args["a"])
        t = prune(seed[1])
        if t not in (INT, BOOL, FLOAT, STR) and not isinstance(t, TypeVar):
            raise unsupported(e, "random.seed() with a %s seed (fxn compiles int, float and str seeds)" % show(t))
        self.call_op(e, "random.seed", [state, seed], "random.seed()", statement=True)

    def random_draw(self, e, state, name):
        args = self.random_bind(e, name)
        symbol = "random.%s()" % name
        if name == "random":
            return self.call_op(e, "random.random", [state], symbol)
        if name == "getrandbits":
            return self.call_op(e, "random.getrandbits",
                                [state, self.random_int(e, name, self.random_value(e, args["k"]))], symbol)
        if name == "randrange":
            if args["stop"] is None:
                if args["step"] != 1:
                    raise Diagnostic(e, "TypeError: Missing a non-None stop argument")
                return self.call_op(e, "random.randrange",
                                    [state, self.random_int(e, name, self.random_value(e, args["start"]))], symbol)
            ints = [self.random_int(e, name, self.random_value(e, args[p])) for p in ("start", "stop", "step")]
            return self.call_op(e, "random.randrange", [state] + ints, symbol)
        if name == "randint":
            ints = [self.random_int(e, name, self.random_value(e, args[p])) for p in ("a", "b")]
            return self.call_op(e, "random.randint", [state] + ints, symbol)
        if name == "choice":
            return self.call_op(e, "random.choice", [state, self.random_sequence(e, self.random_value(e, args["seq"]))],
                                symbol)
        if name == "shuffle":
            x = self.random_value(e, args["x"])
            if not isinstance(prune(x[1]), (ListT, TypeVar)):
                raise unsupported(e, "random.shuffle() of a %s (fxn shuffles lists)" % show(x[1]))
            self.call_op(e, "random.shuffle", [state, x], symbol, statement=True)
            return self.constant(e, None)
        if name == "sample":
            return self.random_sample(e, state, args)
        if name == "choices":
            return self.random_choices(e, state, args)
        if name == "uniform":
            a, b = self.random_value(e, args["a"]), self.random_value(e, args["b"])
            if not (prune(a[1]) in (INT, BOOL) and prune(b[1]) in (INT, BOOL)):
                a, b = self.random_float(a), self.random_float(b)
            else:
                a, b = self.promote(a, INT), self.promote(b, INT)
            return self.call_op(e, "random.uniform", [state, a, b], symbol)
        if name == "triangular":
            values = [self.random_value(e, args[p]) for p in ("low", "high")]
            if args["mode"] is None:
                return self.call_op(e, "random.triangular", [state] + [self.random_float(v) for v in values], symbol)
            values.append(self.random_value(e, args["mode"]))
            ints = any(prune(v[1]) in (INT, BOOL) for v in values)
            return self.call_op(e, "random.triangular",
                                [state] + [self.random_float(v) for v in values] + [self.constant(e, ints)], symbol)
        params = FLOAT_PARAMS[name]
        return self.call_op(e, "random." + name, [state] + [self.random_float(self.random_value(e, args[p]))
                                                            for p in params], symbol)

    def random_sample(self, e, state, args):
        if args["counts"] is not None:
            raise unsupported(e, "random.sample() with counts=")
        k = self.random_int(e, "sample", self.random_value(e, args["k"]))
        population = args["population"]
        node = population.node if isinstance(population, _Arg) else None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "range" \
                and self.resolves_to_builtin("range") and not node.keywords and 1 <= len(node.args) <= 3:
            bounds = [self.random_int(e, "sample", self.expr(a)) for a in node.args]
            if len(bounds) == 1:
                bounds = [self.constant(e, 0)] + bounds
            if len(bounds) == 2:
                bounds.append(self.constant(e, 1))
            return self.call_op(e, "random.sample_range", [state] + bounds + [k], "random.sample()")
        seq = self.random_sequence(e, self.random_value(e, population))
        if prune(seq[1]) is STR:
            seq = self.as_list(e, seq)
        if isinstance(prune(seq[1]), SetT):
            raise Diagnostic(e, "TypeError: Population must be a sequence.  For dicts or sets, use sorted(d).")
        if not isinstance(prune(seq[1]), (ListT, TypeVar)):
            raise unsupported(e, "random.sample() of a %s (fxn samples lists, tuples, str and range())"
                              % show(seq[1]))
        return self.call_op(e, "random.sample", [state, seq, k], "random.sample()")

    def random_choices(self, e, state, args):
        population = self.random_sequence(e, self.random_value(e, args["population"]))
        if prune(population[1]) is STR:
            population = self.as_list(e, population)
        k = self.random_int(e, "choices", self.random_value(e, args["k"]))
        if args["cum_weights"] is None and args["weights"] is None:
            return self.call_op(e, "random.choices", [state, population, k], "random.choices()")
        if args["cum_weights"] is not None and args["weights"] is not None:
            raise Diagnostic(e, "TypeError: Cannot specify both weights and cumulative weights")
        target = "random.choices_weights" if args["cum_weights"] is None else "random.choices_cum_weights"
        weights = self.random_sequence(e, self.random_value(e, args["weights"] if args["cum_weights"] is None
                                                            else args["cum_weights"]))
        if prune(weights[1]) is NONE:
            raise unsupported(e, "random.choices() with weights None")
        return self.call_op(e, target, [state, population, weights, k], "random.choices()")
