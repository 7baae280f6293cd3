"""fxn_types: unification, joining to `T | None`, spelling, and the registry's signatures."""

import pytest

from fxn_types import (BOOL, DYN, FLOAT, INT, NONE, STR, DictT, ListT, OptT, SetT, TupleT, TypeVar, compatible, contains,
                       contains_unknown, is_hashable_key, join, mangle, order_is_known, parse_type, prune, rebind, show,
                       type_str, unify)


def test_unify_binds_a_type_variable():
    tv = TypeVar()
    assert unify(ListT(tv), ListT(INT))
    assert prune(tv) is INT
    assert type_str(ListT(tv)) == "list[int]"


def test_unify_refuses_different_types_and_binds_nothing_new():
    assert not unify(INT, FLOAT)
    assert not unify(ListT(INT), SetT(INT))
    tv = TypeVar()
    assert not unify(tv, ListT(tv))  # occurs check
    assert tv.ref is None


def test_compatible_binds_nothing():
    tv = TypeVar()
    assert compatible(ListT(tv), ListT(STR))
    assert tv.ref is None
    assert not compatible(TupleT([INT]), TupleT([INT], as_list=True))


def test_join_widens_to_optional():
    assert join(INT, INT) is INT
    assert type_str(join(NONE, INT)) == "optional[int]"
    assert type_str(join(INT, NONE)) == "optional[int]"
    opt = OptT(STR)
    assert join(opt, STR) is opt
    assert join(NONE, opt) is opt
    assert join(INT, STR) is DYN


def test_rebind_points_the_outer_variable_at_the_new_type():
    tv = TypeVar()
    unify(tv, INT)
    rebind(tv, OptT(INT))
    assert show(tv) == "int | None"


def test_spellings():
    t = DictT(STR, ListT(TupleT([INT, FLOAT])))
    assert type_str(t) == "dict[str, list[tuple[int, float]]]"
    assert show(OptT(ListT(TypeVar()))) == "list[?] | None"
    assert type_str(ListT(TypeVar())) == "list[int]"  # an item type nothing constrained is int
    assert type_str(ListT(TypeVar()), "?") == "list[?]"
    assert show(TupleT([INT, STR], as_list=True)) == "list[int, str]"


def test_mangle_names_a_specialization():
    assert mangle([INT, ListT(FLOAT), OptT(STR)]) == "int__list_float__optional_str"
    assert mangle([NONE]) == "none"
    assert mangle([]) == "noargs"


def test_type_predicates():
    assert is_hashable_key(TupleT([INT, STR]))
    assert not is_hashable_key(FLOAT)
    assert not is_hashable_key(TupleT([INT, ListT(INT)]))
    assert order_is_known(TupleT([INT, BOOL]))
    assert not order_is_known(TupleT([INT, STR]))
    assert contains(DictT(STR, SetT(INT)), lambda t: isinstance(t, SetT))
    assert contains_unknown(DictT(STR, ListT(TypeVar())))
    assert not contains_unknown(DictT(STR, ListT(INT)))


def test_parse_type_reads_pattern_variables():
    t = parse_type("dict[K, list[tuple[int, V]]]")
    assert isinstance(t, DictT) and t.key == ("var", "K")
    assert prune(t.value.elem.elems[0]) is INT


def test_registry_lookup_picks_the_first_fitting_row(registry):
    assert registry.lookup("operator.add", [INT, INT]) is INT
    assert registry.lookup("operator.add", [FLOAT, FLOAT]) is FLOAT
    assert registry.lookup("operator.add", [INT, STR]) is None
    assert registry.knows("list.append") and not registry.knows("list.frobnicate")


def test_registry_lookup_binds_item_types(registry):
    items = ListT(TypeVar())
    assert registry.lookup("list.append", [items, STR]) is NONE
    assert show(items) == "list[str]"
    assert prune(registry.lookup("operator.getitem", [items, INT])) is STR
    assert show(registry.lookup("fxn.build_list", [INT, INT, INT])) == "list[int]"


@pytest.mark.parametrize("hint, expected", [(OptT(INT), "int | None"), (None, "? | None")])
def test_registry_lookup_with_a_result_hint(registry, hint, expected):
    assert show(registry.lookup("fxn.none_of", [NONE], hint)) == expected
