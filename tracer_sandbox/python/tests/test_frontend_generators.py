"""fxn_generators' pure helpers and GenT in fxn_types: no built binary."""

import ast

from fxn_generators import _stores_with_loops, yields_of
from fxn_types import (DYN, INT, NONE, STR, GenT, OptT, Registry, TypeVar, join, parse_type, prune, sent_type,
                       set_sent_type, show, type_str, unify)


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


def test_sent_type_is_spelled_only_when_values_are_sent():
    g = GenT(INT, NONE)
    assert sent_type(g) is NONE and type_str(g) == "gen[int, None]"
    set_sent_type(g, OptT(STR))
    assert type_str(g) == "gen[int, None, optional[str]]"
    parsed = parse_type("gen[int, None, optional[int]]")
    assert type_str(parsed) == "gen[int, None, optional[int]]"


def test_generators_that_meet_share_what_is_sent():
    a, b, c = GenT(INT, NONE), GenT(INT, NONE), GenT(INT, NONE)
    set_sent_type(a, OptT(INT))
    assert unify(a, b)
    assert type_str(b) == "gen[int, None, optional[int]]"
    set_sent_type(b, join(sent_type(b), STR))  # widened through b: a sees it too
    assert sent_type(a) is DYN
    set_sent_type(c, OptT(STR))
    assert unify(c, a)  # records joined when two already-sent generators meet
    assert prune(sent_type(a)) is DYN and prune(sent_type(c)) is DYN


def test_registry_gen_patterns_keep_the_sent_record():
    reg = Registry([{"target": "builtins.iter", "params": ["gen[T, R]"], "variadic": False,
                     "result": "gen[T, R]"}])
    g = GenT(INT, NONE)
    it = reg.lookup("builtins.iter", [g])
    set_sent_type(it, OptT(INT))  # a send() through iter(g) is a send to g
    assert type_str(g) == "gen[int, None, optional[int]]"
