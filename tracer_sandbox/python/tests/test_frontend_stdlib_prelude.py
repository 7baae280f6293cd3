"""The standard-library code fxn compiles from Python (fxn_stdlib_heapq's PRELUDE, functools'
sources; prelude_listsort has test_frontend_listsort_prelude.py): it parses, each name it calls
resolves through its prelude names or builtins, and it computes what CPython's own functions
compute (run here as plain Python)."""

import ast
import bisect
import heapq
import random

import fxn_stdlib_functools
import fxn_stdlib_heapq


def prelude_namespace(source, names):
    env = dict(names)
    exec(compile(source, "<prelude>", "exec"), env)
    return env


def test_every_prelude_name_resolves():
    sources = [(fxn_stdlib_heapq.PRELUDE, fxn_stdlib_heapq.PRELUDE_NAMES),
               (fxn_stdlib_functools.REDUCE_SOURCE, fxn_stdlib_functools.REDUCE_NAMES),
               (fxn_stdlib_functools.cache_source(2), {"len": len})]
    for source, names in sources:
        tree = ast.parse(source)
        defined = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
        for fn in tree.body:
            local = {a.arg for a in ast.walk(fn) if isinstance(a, ast.arg)} | {
                n.id for n in ast.walk(fn) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
            for n in ast.walk(fn):
                if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) and n.id not in local | defined:
                    assert n.id in names or n.id in ("None", "True", "False"), (fn.name, n.id)
        assert not any(isinstance(n, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp))
                       for n in ast.walk(tree)), "no comprehensions in prelude code"


def test_prelude_agrees_with_cpython():
    env = prelude_namespace(fxn_stdlib_heapq.PRELUDE, fxn_stdlib_heapq.PRELUDE_NAMES)
    rng = random.Random(5)
    for _ in range(300):
        xs = [rng.randrange(6) for _ in range(rng.randrange(12))]
        n = rng.randrange(-1, 14)
        assert env["nlargest"](n, xs) == heapq.nlargest(n, xs)
        assert env["nsmallest"](n, xs) == heapq.nsmallest(n, xs)
        pairs = [(v, i) for i, v in enumerate(xs)]
        assert env["nlargest"](n, pairs, key=lambda p: p[0] % 3) == heapq.nlargest(n, pairs, key=lambda p: p[0] % 3)
        assert env["nsmallest"](n, pairs, key=lambda p: p[0] % 3) == heapq.nsmallest(n, pairs, key=lambda p: p[0] % 3)
        runs = [sorted(pairs[:3]), sorted(pairs[3:7]), sorted(pairs[7:])]
        for rev in (False, True):
            rs = [sorted(r, reverse=rev, key=lambda p: p[0]) for r in runs]
            assert list(env["merge"](*rs, key=lambda p: p[0], reverse=rev)) == \
                list(heapq.merge(*rs, key=lambda p: p[0], reverse=rev))
        s = sorted(xs)
        x = rng.randrange(7)
        assert env["bisect_left"](s, x, key=lambda v: v) == bisect.bisect_left(s, x)
        assert env["bisect_right"](s, -x, key=lambda v: -v) == bisect.bisect_right(s, -x, key=lambda v: -v)
