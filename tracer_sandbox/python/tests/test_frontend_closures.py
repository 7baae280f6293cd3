"""fxn_closures' pure helpers: which variables live in cells, map()/filter() as comprehensions, and
the groups of function values (fxn_types.FnGroups)."""

import ast

import pytest

from fxn_closures import cell_variables, map_filter_listcomp
from fxn_diagnostics import Diagnostic
from fxn_types import FnGroups, FuncT, mangle, unify


def function(source):
    return ast.parse(source).body[0]


def test_only_variables_shared_with_escaping_closures_live_in_cells():
    fn = function("""
def f(xs, k):
    total = 0
    seen = 0
    def add(v):
        return v + seen
    scale = lambda x: x * k
    for x in xs:
        total += add(x)
    return total, scale
""")
    # add is only called (its captures stay values); the lambda escapes and reads k.
    assert cell_variables(fn, ["xs", "k", "total", "seen", "scale", "x"]) == {"k"}


def test_nonlocal_and_key_lambdas():
    fn = function("""
def f(xs):
    count = 0
    def bump(v):
        nonlocal count
        count += v
    for x in xs:
        bump(x)
    return sorted(xs, key=lambda v: v * count)
""")
    assert cell_variables(fn, ["xs", "count", "x"]) == {"count"}


def test_a_nested_functions_own_names_are_not_cells():
    fn = function("""
def f(w):
    def g(w):
        return w
    return g
""")
    assert cell_variables(fn, ["w", "g"]) == set()


def is_builtin(name):
    return True


def test_map_and_filter_become_comprehensions():
    call = ast.parse("map(str.upper, words)", mode="eval").body
    comp = map_filter_listcomp(call, is_builtin)
    assert isinstance(comp, ast.ListComp)
    assert ast.unparse(comp.elt).startswith("str.upper(")
    two = map_filter_listcomp(ast.parse("map(f, xs, ys)", mode="eval").body, is_builtin)
    assert ast.unparse(two.generators[0].iter) == "zip(xs, ys)"
    kept = map_filter_listcomp(ast.parse("filter(None, xs)", mode="eval").body, is_builtin)
    assert ast.unparse(kept).startswith("[") and kept.generators[0].ifs
    other = ast.parse("sorted(xs)", mode="eval").body
    assert map_filter_listcomp(other, is_builtin) is other


def test_map_of_a_computed_function_is_rejected():
    with pytest.raises(Diagnostic, match="computed function"):
        map_filter_listcomp(ast.parse("map(ops[k], xs)", mode="eval").body, is_builtin)


class Target:
    def __init__(self, key):
        self.key = key


def test_function_values_that_meet_join_one_group():
    groups = FnGroups()
    a, b, c = (FuncT(groups, groups.add(Target(k))) for k in ("fn_a", "fn_b", "fn_c"))
    assert mangle([a]) != mangle([b])
    assert unify(a, b)
    assert a.keys() == b.keys() == ("fn_a", "fn_b")
    assert c.keys() == ("fn_c",)
    assert groups.signature() == [("fn_a", "fn_b"), ("fn_c",)]
    assert mangle([a]) == mangle([b]) != mangle([c])
