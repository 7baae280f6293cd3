"""fxn_generators' pure helpers and GenT in fxn_types: no built binary."""

import ast

from fxn_generators import _stores_with_loops, yields_of
from fxn_types import INT, NONE, STR, GenT, TypeVar, parse_type, prune, show, type_str, unify


def test_yields_of_sees_only_the_function_scope():
    fn = ast.parse("def f(xs):\n    yield 1\n    g = (y for y in xs)\n    def h():\n        yield 2\n"
                   "    yield from xs\n").body[0]
    found = yields_of(fn)
    assert [type(n).__name__ for n in found] == ["Yield", "YieldFrom"]
    assert [n.lineno for n in found] == [2, 6]


def test_stores_with_loops_names_the_loops_around_each_store():
    fn = ast.parse("def f(xs):\n    k = 1\n    for x in xs:\n        k = x\n").body[0]
    stores = {(name, node.lineno): len(loops) for name, node, loops in _stores_with_loops(fn)}
    assert stores == {("k", 2): 0, ("x", 3): 1, ("k", 4): 1}  # a loop target is stored by its loop


def test_gen_type_spelling_and_unification():
    g = GenT(TypeVar(), TypeVar())
    assert unify(g, GenT(INT, NONE))
    assert type_str(g) == "gen[int, None]"
    assert show(g) == "generator[int]"
    parsed = parse_type("gen[str, int]")
    assert isinstance(parsed, GenT) and prune(parsed.item) is STR and prune(parsed.result) is INT
    assert not unify(GenT(INT, NONE), GenT(STR, NONE))
