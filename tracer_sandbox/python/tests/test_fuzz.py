"""fxn_fuzz: the generator's inputs are deterministic by seed, of the traced types, edge-heavy, and
the per-input time budget drops an input CPython hangs on."""

import math

import pytest

import fxn_fuzz
from fxn_types import INT64_MAX, INT64_MIN


def test_same_seed_same_inputs_and_another_seed_others():
    types = ["int", "list[float]", "optional[str]", "dict[str, list[int]]"]
    a = fxn_fuzz.generate(types, 200, 3)
    assert repr(a) == repr(fxn_fuzz.generate(types, 200, 3))  # repr: nan != nan
    assert repr(a) != repr(fxn_fuzz.generate(types, 200, 4))


def test_values_have_the_traced_types_and_reach_the_edges():
    inputs = fxn_fuzz.generate(["int", "float", "str", "list[optional[bool]]", "fixedlist[int, str]"], 300, 0)
    assert len(inputs) == 300
    ints = {x[0] for x in inputs}
    floats = [x[1] for x in inputs]
    strs = {x[2] for x in inputs}
    assert all(type(i) is int and INT64_MIN <= i <= INT64_MAX for i in ints)
    assert {0, 1, -1, INT64_MAX, INT64_MIN} <= ints
    assert any(math.isnan(f) for f in floats) and math.inf in floats and -math.inf in floats
    assert any(f == 0 and math.copysign(1, f) < 0 for f in floats)
    assert any(0 < abs(f) < 2.2250738585072014e-308 for f in floats)  # subnormals
    assert "" in strs and any(any(ord(c) > 127 for c in s) for s in strs)
    assert all(not 0xD800 <= ord(c) <= 0xDFFF for s in strs for c in s)
    lists = [x[3] for x in inputs]
    assert [] in lists and any(None in xs for xs in lists) and any(len(xs) > 3 for xs in lists)
    assert all(type(x[4][0]) is int and type(x[4][1]) is str for x in inputs)


def test_few_values_give_fewer_inputs():
    assert sorted(fxn_fuzz.generate(["bool"], 50, 0)) == [[False], [True]]


@pytest.mark.parametrize("spelling", ["ndarray[float64, 1]", "obj[Point]", "tuple[int, int]", "dict[int, int]"])
def test_types_not_generated_are_refused(spelling):
    with pytest.raises(fxn_fuzz.Unsupported):
        fxn_fuzz.generate([spelling], 10, 0)


def test_an_input_cpython_hangs_on_is_dropped():
    def fn(n):
        while n < 0:
            pass
        return n

    def run_one(f, args):
        return {"args": args, "value": f(*args)}

    kept, dropped, note = fxn_fuzz.run_inputs(fn, [[1], [-1], [2]], run_one, False)
    assert [k["value"] for k in kept] == [1, 2] and dropped == 1 and note == ""
    kept, dropped, note = fxn_fuzz.run_inputs(fn, [[1], [-1], [2]], run_one, True)
    assert len(kept) == 1 and dropped == 1 and "state" in note


def test_an_input_with_a_huge_outcome_is_dropped_and_the_total_is_bounded():
    # A format width fuzzing picks can make a 64 MiB str: the trace result must stay under its cap.
    def run_one(f, args):
        return {"args": args, "value": f(*args)}

    kept, dropped, note = fxn_fuzz.run_inputs(lambda n: "x" * n, [[3], [fxn_fuzz.PER_INPUT_BYTES], [2]], run_one,
                                              False)
    assert [k["value"] for k in kept] == ["xxx", "xx"] and dropped == 1 and note == ""
    big = fxn_fuzz.PER_INPUT_BYTES // 2
    count = fxn_fuzz.TOTAL_BYTES // big + 5
    kept, dropped, note = fxn_fuzz.run_inputs(lambda n: "x" * n, [[big]] * count, run_one, False)
    assert sum(len(k["value"]) for k in kept) <= fxn_fuzz.TOTAL_BYTES and len(kept) < count and "MiB" in note


def test_shrinking_stays_within_the_traced_types():
    # -2**63's power of two is 2**63: past int64, an input --inputs cannot carry as an int (it
    # reached the artifact as a str and was reported as a difference).
    assert all(INT64_MIN <= c[0] <= INT64_MAX for c in fxn_fuzz.shrink_candidates([INT64_MIN]))
    for args, types in [([INT64_MIN, [INT64_MIN, 3]], ["int", "list[int]"]),
                        ([["ab", None], {"k": 2.5}], ["list[optional[str]]", "dict[str, float]"]),
                        ([True, [1, "x"]], ["bool", "fixedlist[int, str]"])]:
        parsed = [fxn_fuzz.parse_type(t) for t in types]
        candidates = fxn_fuzz.shrink_candidates(args, types)
        assert candidates
        assert all(all(map(fxn_fuzz.conforms, c, parsed)) for c in candidates), candidates


def test_conforms_checks_values_against_parsed_types():
    t = fxn_fuzz.parse_type
    assert fxn_fuzz.conforms(INT64_MAX, "int") and not fxn_fuzz.conforms(INT64_MAX + 1, "int")
    assert not fxn_fuzz.conforms(True, "int") and not fxn_fuzz.conforms(1, "float")
    assert fxn_fuzz.conforms(None, t("optional[int]")) and not fxn_fuzz.conforms(None, "int")
    assert fxn_fuzz.conforms({"a": [1]}, t("dict[str, list[int]]"))
    assert not fxn_fuzz.conforms([1, "a", 2], t("fixedlist[int, str]"))
