"""collections' static types (fxn_types): a Counter, defaultdict or OrderedDict is the dict in the
IR but no dict to unification and specialization; a deque is a tuple of its items and record; a
namedtuple is a tuple with names; dict and tuple kernels still bind their item types."""

from fxn_types import (INT, STR, DequeT, DictT, ListT, Registry, TupleT, TypeVar, compatible, is_hashable_key, mangle,
                       prune, show, type_str, unify)


def test_dict_kinds_are_the_dict_in_the_ir_but_do_not_unify_with_it():
    counter = DictT(STR, INT, "Counter")
    assert type_str(counter) == "dict[str, int]"
    assert show(counter) == "Counter[str, int]"
    assert not compatible(counter, DictT(STR, INT))
    assert compatible(counter, DictT(TypeVar(), INT, "Counter"))
    assert mangle([counter]) != mangle([DictT(STR, INT)])


def test_deque_is_a_tuple_of_items_and_record_and_unhashable():
    d = DequeT(INT)
    assert type_str(d) == "tuple[list[int], list[int]]"
    assert show(d) == "deque[int]"
    assert not compatible(d, TupleT([ListT(INT), ListT(INT)]))
    assert not is_hashable_key(d)
    assert mangle([d]) != mangle([TupleT([ListT(INT), ListT(INT)])])


def test_namedtuple_is_a_tuple_with_names():
    point = TupleT([INT, INT], names=("x", "y"), cls="Point")
    assert type_str(point) == "tuple[int, int]"
    assert show(point) == "Point"
    assert not compatible(point, TupleT([INT, INT]))
    assert not compatible(point, TupleT([INT, INT], names=("a", "b"), cls="Pair"))
    assert is_hashable_key(point)


def test_kernels_bind_the_items_of_kinds_and_namedtuples():
    registry = Registry([
        {"target": "dict.keys", "params": ["dict[K, V]"], "variadic": False, "result": "list[K]"},
        {"target": "fxn.first", "params": ["tuple[A, B]"], "variadic": False, "result": "A"},
    ])
    key = TypeVar()
    assert unify(key, STR)
    keys = registry.lookup("dict.keys", [DictT(key, INT, "Counter")])
    assert type_str(keys) == "list[str]"
    first = registry.lookup("fxn.first", [TupleT([STR, INT], names=("n", "v"), cls="NV")])
    assert prune(first) is STR
