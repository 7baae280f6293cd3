"""fxn_fixpoint.settle, the loop of type discovery: it stops at the first round that changes no type,
and refuses (a Diagnostic naming the function and the field or variable) when rounds keep changing."""

import ast

import pytest

from fxn_diagnostics import Diagnostic
from fxn_fixpoint import Change, settle, unsettled


def rounds_of(changes_per_round):
    """A fake step: round k reports changes_per_round[k]; its outcome is k."""
    count = [0]

    def step():
        k = count[0]
        count[0] += 1
        return k, changes_per_round[k]

    return step, count


def change(name="field Node.next", function="Node.link", before="Node", after="Node | None", at=None):
    return Change(name, function, at, before, after)


def test_a_round_that_changes_nothing_ends_the_loop():
    step, count = rounds_of([[change()], [change()], [], [change()]])
    assert settle(step, 5) == 2
    assert count[0] == 3


def test_the_first_round_may_already_be_settled():
    step, count = rounds_of([[]])
    assert settle(step, 1) == 0 and count[0] == 1


def test_rounds_that_keep_changing_fail_with_a_diagnostic():
    node = ast.parse("def link(self):\n    pass\n").body[0]
    step, count = rounds_of([[change()]] * 3 + [[change("field Node.prev", "Node.unlink", "int", "int | None", node),
                                                 change("variable 'n'", "walk", "int", "float")]])
    with pytest.raises(Diagnostic) as info:
        settle(step, 4)
    assert count[0] == 4
    d = info.value
    assert d.message == ("the type of field Node.prev did not settle in 4 rounds of type discovery: Node.unlink() "
                         "still changed it from int to int | None (and 1 other type)")
    assert (d.line, d.col) == (1, 1)


def test_the_outcome_of_an_unsettled_round_is_never_returned():
    step, _ = rounds_of([[change()]] * 10)
    with pytest.raises(Diagnostic):
        settle(step, 10)


def test_a_new_field_and_an_unknown_function_are_named():
    d = unsettled([Change("field P.z", None, None, None, "float")], 2)
    assert d.message == ("the type of field P.z did not settle in 2 rounds of type discovery: the module still "
                         "changed it (new, float)")
    assert (d.line, d.col) == (0, 0)


def test_a_bound_below_one_is_an_error():
    with pytest.raises(ValueError):
        settle(lambda: (None, []), 0)
