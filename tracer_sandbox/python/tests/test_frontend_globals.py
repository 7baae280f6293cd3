"""Module state (fxn_globals) and argument binding helpers (fxn_arguments): which names are state,
the snapshot taken right after import, CPython's wording of binding errors."""

import ast

from conftest import load_module
from fxn_arguments import name_list, param_names, plural
from fxn_globals import snapshot, state_names
from fxn_syntax import read_only_name_uses

SOURCE = """
TABLE = {"a": 1}
READ_ONLY = [1, 2]
ALIAS = []
HOLDER = {"q": ALIAS}
count = 0
LIMIT = 3

def register(name):
    TABLE[name] = len(TABLE)

def peek(i):
    return READ_ONLY[i] + LIMIT + len(HOLDER)

def bump():
    global count
    count += 1

def push(x):
    ALIAS.append(x)

def add(x, seen=[]):
    seen.append(x)
    return seen
"""


def test_state_names_are_the_globals_functions_may_change():
    module = load_module(SOURCE, "state.py")
    tree = ast.parse(SOURCE)
    names = state_names(tree, module, snapshot(module, tree), read_only_name_uses(tree))
    # TABLE is written, count declared global, ALIAS appended to; HOLDER holds ALIAS, so it is
    # state too; READ_ONLY is only read and LIMIT is a constant.
    assert set(names) == {"TABLE", "count", "ALIAS", "HOLDER"}


def test_the_snapshot_is_the_module_right_after_import():
    module = load_module(SOURCE, "state.py")
    initial = snapshot(module, ast.parse(SOURCE))
    module.register("b")
    module.push(5)
    module.add(1)
    assert initial["TABLE"] == {"a": 1} and initial["ALIAS"] == []
    assert initial["HOLDER"]["q"] is initial["ALIAS"]  # aliasing kept
    [defaults] = [v for k, v in initial.items() if k.startswith("$defaults:add:")]
    assert defaults == (([],), {})


def test_binding_messages_spell_counts_and_names_as_cpython():
    assert plural(1, "required positional argument") == "1 required positional argument"
    assert plural(2, "required positional argument") == "2 required positional arguments"
    assert name_list(["a"]) == "'a'"
    assert name_list(["a", "b", "c"]) == "'a', 'b' and 'c'"
    fn = ast.parse("def f(a, /, b, *args, c, d=1, **kw): pass").body[0]
    assert param_names(fn) == ["a", "b", "args", "c", "d", "kw"]
