"""itertools calls (a FunctionBuilder mixin): each is a call of a prelude function
(fxn_prelude; `prelude/prelude_itertools.py`), specialized per argument types like the user's
functions, so keys and predicates are ordinary function values and every result is a generator
value (lazy where CPython's iterator is).

Tuples have a static length in fxn, so product, combinations, combinations_with_replacement,
permutations and zip_longest are written out per length (the sources below, added to the prelude
on first use); their r / repeat must be a constant, and zip_longest and chain take their
iterables one by one (`chain(*xs)` is chain.from_iterable of a copy of xs, as CPython unpacks xs
at the call). tee() and unbounded consumers of count()/cycle()/repeat() stay as they are: tee
is rejected; an endless loop is the consumer's, as in CPython.
"""

import ast

import fxn_prelude
from fxn_diagnostics import Diagnostic, unsupported
from fxn_types import GenT, ListT, SetT, TupleT, TypeVar, prune

# itertools functions written in the prelude with CPython's signature, called by name.
DIRECT = {"accumulate", "groupby", "takewhile", "dropwhile", "filterfalse", "compress", "pairwise",
          "count", "cycle", "repeat"}
# Those taking positional arguments only (CPython's TypeError names them; a diagnostic here).
NO_KEYWORDS = {"chain", "chain.from_iterable", "islice", "pairwise", "takewhile", "dropwhile", "filterfalse",
               "starmap", "cycle"}


def _tuple_of(items):
    return "(%s)" % "".join("%s, " % x for x in items) if items else "()"


def _params(prefix, n):
    return ", ".join("%s%d" % (prefix, k) for k in range(n))


def chain_source(name, n):
    body = "".join("    for item in a%d:\n        yield item\n" % k for k in range(n)) or "    return\n    yield 0\n"
    return "def %s(%s):\n%s" % (name, _params("a", n), body)


def starmap_source(name, n):
    """starmap over tuples of n items: function(*args) spelled out (fxn binds calls statically)."""
    call = ", ".join("args[%d]" % k for k in range(n))
    return "def %s(function, iterable):\n    for args in iterable:\n        yield function(%s)\n" % (name, call)


def product_source(name, n, repeat):
    """product(a0, ..., repeat=repeat) over the pools (lists the call made, as CPython's tuple(a)):
    nested loops, the odometer order of CPython's product (rightmost fastest)."""
    m = n * repeat
    lines = ["def %s(%s):" % (name, _params("p", n))]
    indent = "    "
    for k in range(m):
        lines.append("%sfor x%d in p%d:" % (indent, k, k % n))
        indent += "    "
    lines.append("%syield %s" % (indent, _tuple_of(["x%d" % k for k in range(m)])))
    if n == 0:  # product(): one empty tuple
        lines = ["def %s():" % name, "    yield ()"]
    return "\n".join(lines) + "\n"


def _pool_tuple(r):
    return _tuple_of(["pool[indices[%d]]" % k for k in range(r)])


def combinations_source(name, r):
    t = _pool_tuple(r)
    return f"""def {name}(pool):
    n = len(pool)
    if {r} > n:
        return
    indices = list(range({r}))
    yield {t}
    while True:
        i = {r} - 1
        while i >= 0 and indices[i] == i + n - {r}:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, {r}):
            indices[j] = indices[j - 1] + 1
        yield {t}
"""


def combinations_with_replacement_source(name, r):
    t = _pool_tuple(r)
    return f"""def {name}(pool):
    n = len(pool)
    if n == 0 and {r} > 0:
        return
    indices = [0] * {r}
    yield {t}
    while True:
        i = {r} - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        value = indices[i] + 1
        for j in range(i, {r}):
            indices[j] = value
        yield {t}
"""


def permutations_source(name, r):
    t = _pool_tuple(r)
    return f"""def {name}(pool):
    n = len(pool)
    if {r} > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - {r}, -1))
    yield {t}
    while n > 0:
        i = {r} - 1
        found = False
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                moved = indices.pop(i)
                indices.append(moved)
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[n - j] = indices[n - j], indices[i]
                found = True
                break
            i -= 1
        if not found:
            return
        yield {t}
"""


def zip_longest_source(name, n):
    """CPython's zip_longest_next: each round takes an item of every live iterator in order; an
    exhausted one gives fillvalue from then on; the round that exhausts the last one ends it."""
    lines = ["def %s(%s, fillvalue):" % (name, _params("a", n))]
    lines += ["    i%d = _fxn_iter(a%d)" % (k, k) for k in range(n)]
    lines += ["    live%d = True" % k for k in range(n)]
    lines.append("    active = %d" % n)
    lines.append("    while True:")
    for k in range(n):
        lines += ["        v%d = fillvalue" % k,
                  "        if live%d:" % k,
                  "            got = False",
                  "            for x%d in i%d:" % (k, k),
                  "                v%d = x%d" % (k, k),
                  "                got = True",
                  "                break",
                  "            if not got:",
                  "                live%d = False" % k,
                  "                active -= 1",
                  "                if active == 0:",
                  "                    return"]
    lines.append("        yield %s" % _tuple_of(["v%d" % k for k in range(n)]))
    return "\n".join(lines) + "\n"


class ItertoolsLowering:
    """Lowers calls of itertools functions (a FunctionBuilder mixin)."""

    def call_itertools(self, e, qualified):
        name = qualified.split(".", 1)[1]
        if name in NO_KEYWORDS and e.keywords:
            raise Diagnostic(e.keywords[0], "%s() takes no keyword arguments" % name.split(".")[0])
        if name in DIRECT:
            return self.call_prelude(e, qualified, fxn_prelude.function("itertools", name))
        if name == "chain.from_iterable":
            self.no_unpacking(e)
            return self.call_prelude(e, qualified, fxn_prelude.function("itertools", "_fxn_chain_from_iterable"))
        if name == "chain":
            if len(e.args) == 1 and isinstance(e.args[0], ast.Starred):
                star = ast.copy_location(ast.Call(func=ast.Name(id="list", ctx=ast.Load()), args=[e.args[0].value],
                                                  keywords=[]), e)
                # chain(*xs) unpacks xs at the call: chain.from_iterable over a copy of it.
                copied = self.builtin_call(star, "list")
                return self.call_generated(e, qualified, "_fxn_chain_from_iterable", None, [copied])
            self.no_unpacking(e)
            n = len(e.args)
            return self.call_generated(e, qualified, "_fxn_chain_%d" % n, lambda: chain_source("_fxn_chain_%d" % n, n))
        if name == "starmap":
            self.no_unpacking(e)
            if len(e.args) != 2 or e.keywords:
                raise Diagnostic(e, "starmap expected 2 arguments, got %d" % (len(e.args) + len(e.keywords)))
            values = [self.expr(a) for a in e.args]
            seq = prune(values[1][1])
            item = prune(seq.elem) if isinstance(seq, (ListT, SetT)) else prune(seq.item) if isinstance(seq, GenT) \
                else None
            if isinstance(item, TypeVar) and self.discovery:
                return "$unknown", TypeVar()
            if not isinstance(item, TupleT) or item.as_list:
                raise unsupported(e, "starmap() over items other than tuples")
            n = len(item.elems)
            fname = "_fxn_starmap_%d" % n
            return self.call_generated(e, qualified, fname, lambda: starmap_source(fname, n), values)
        if name == "islice":
            self.no_unpacking(e)
            if not 2 <= len(e.args) <= 4:
                raise Diagnostic(e, "islice expected at most 4 arguments, got %d" % len(e.args)
                                 if len(e.args) > 4 else "islice expected at least 2 arguments, got %d" % len(e.args))
            # The bounds are checked at the call (CPython's ValueErrors), then the generator runs.
            iterable = self.expr(e.args[0])
            rest = [self.expr(a) for a in e.args[1:]]
            if len(rest) == 2:
                rest.append(self.constant(e, None))  # no step
            check = "_fxn_islice_bounds_stop" if len(e.args) == 2 else "_fxn_islice_bounds"
            bounds = self.call_prelude_values(e, qualified, fxn_prelude.function("itertools", check), rest)
            return self.call_prelude_values(e, qualified, fxn_prelude.function("itertools", "_fxn_islice"),
                                            [iterable, bounds])
        if name == "product":
            self.no_unpacking(e)
            repeat = 1
            for k in e.keywords:
                if k.arg != "repeat":
                    raise Diagnostic(k, "product() got an unexpected keyword argument '%s'" % k.arg)
                repeat = self.static_count(k.value, "product()'s repeat", "repeat argument cannot be negative")
            n = len(e.args)
            fname = "_fxn_product_%d_%d" % (n, repeat)
            pools = self.pools(e, qualified, [self.expr(a) for a in e.args])
            return self.call_generated(e, qualified, fname, lambda: product_source(fname, n, repeat), pools)
        if name in ("combinations", "combinations_with_replacement", "permutations"):
            self.no_unpacking(e)
            args = list(e.args)
            for k in e.keywords:
                if k.arg not in ("iterable", "r"):
                    raise Diagnostic(k, "%s() got an unexpected keyword argument '%s'" % (name, k.arg))
                args.append(k.value)  # iterable=, r= in that order
            if len(args) != 2 and not (name == "permutations" and len(args) == 1):
                raise Diagnostic(e, "%s() takes exactly 2 arguments (%d given)" % (name, len(args)))
            if len(args) == 1 or isinstance(args[1], ast.Constant) and args[1].value is None:
                raise unsupported(e, "permutations() without r (its tuples' length is the input's, not static; "
                                  "give r as a constant, e.g. permutations(xs, len_constant))")
            r = self.static_count(args[1], "%s()'s r" % name, "r must be non-negative")
            fname = "_fxn_%s_%d" % (name, r)
            make = {"combinations": combinations_source, "permutations": permutations_source,
                    "combinations_with_replacement": combinations_with_replacement_source}[name]
            pool = self.pools(e, qualified, [self.expr(args[0])])
            return self.call_generated(e, qualified, fname, lambda: make(fname, r), pool)
        if name == "zip_longest":
            self.no_unpacking(e)
            fill = None
            for k in e.keywords:
                if k.arg != "fillvalue":
                    raise Diagnostic(k, "zip_longest() got an unexpected keyword argument '%s'" % k.arg)
                fill = k.value
            n = len(e.args)
            if n == 0:
                raise unsupported(e, "zip_longest() of no iterables")
            values = [self.expr(a) for a in e.args]
            values.append(self.expr(fill) if fill is not None else self.constant(e, None))
            fname = "_fxn_zip_longest_%d" % n
            return self.call_generated(e, qualified, fname, lambda: zip_longest_source(fname, n), values)
        if name == "tee":
            raise unsupported(e, "itertools.tee() (iterators sharing a buffer; use list() of the iterable "
                              "and iterate the list twice)")
        raise unsupported(e, "call to %s" % qualified)

    def static_count(self, node, what, negative_message):
        """The value of a non-negative int constant (a literal or a module-level int): it sets
        the length of the tuples produced."""
        value = None
        if isinstance(node, ast.Constant) and type(node.value) is int:
            value = node.value
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant) \
                and type(node.operand.value) is int:
            value = -node.operand.value
        elif isinstance(node, ast.Name) and node.id not in self.locals and node.id not in self.renames:
            g = self.m.resolve_global_quiet(node.id)
            if type(g) is int and node.id not in self.m.state.names:
                value = g
        if value is None:
            raise unsupported(node, "%s other than an int constant (the length of the tuples it makes is "
                              "static in fxn)" % what)
        if value < 0:
            raise unsupported(node, "%s < 0 (CPython raises ValueError: %s)" % (what, negative_message))
        if value > 16:
            raise unsupported(node, "%s > 16" % what)
        return value

    def pools(self, e, qualified, values):
        """Each iterable copied into a list at the call, as CPython's tuple(iterable)."""
        copy = fxn_prelude.function("itertools", "_fxn_list")
        return [self.call_prelude_values(e, qualified, copy, [v]) for v in values]

    def call_generated(self, e, qualified, fname, make_source, values=None):
        fn = fxn_prelude.function("itertools", fname, make_source)
        if values is None:
            values = [self.expr(a) for a in e.args]
        return self.call_prelude_values(e, qualified, fn, values)

    def call_prelude(self, e, qualified, fn):
        target = self.m.function_callable(e, fn)
        return self.relocated(e, qualified, lambda: self.m.call_callable(e, self, target, self.bind_args(e, target)))

    def call_prelude_values(self, e, qualified, fn, values):
        target = self.m.function_callable(e, fn)
        return self.relocated(e, qualified, lambda: self.m.call_callable(e, self, target, values))

    def relocated(self, e, qualified, build):
        try:
            return build()
        except Diagnostic as d:
            if fxn_prelude.in_prelude(d):
                raise fxn_prelude.at_call_site(d, e, qualified) from None
            raise
