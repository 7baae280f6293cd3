"""Tests of the front end's pure parts, run by Debian's /usr/bin/python3.11 (pytest, NumPy) with no
built binary: the modules are imported from tracer_sandbox/python/ directly, as the embedded
interpreter would import them."""

import json
import sys
import types
from pathlib import Path

import pytest

sys.dont_write_bytecode = True  # no __pycache__ beside the embedded sources
FRONT_END = Path(__file__).resolve().parents[1]
if str(FRONT_END) not in sys.path:
    sys.path.insert(0, str(FRONT_END))

# A few rows of the operator registry, as `fxn-trace --signatures` prints them
# (Registry::SignaturesJson): enough for the small functions these tests build.
SIGNATURES = [
    {"target": "operator.add", "params": ["int", "int"], "variadic": False, "result": "int", "may_raise": True},
    {"target": "operator.add", "params": ["float", "float"], "variadic": False, "result": "float", "may_raise": False},
    {"target": "operator.lt", "params": ["int", "int"], "variadic": False, "result": "bool", "may_raise": False},
    {"target": "operator.getitem", "params": ["list[T]", "int"], "variadic": False, "result": "T", "may_raise": True},
    {"target": "list.append", "params": ["list[T]", "T"], "variadic": False, "result": "None", "may_raise": False},
    {"target": "builtins.len", "params": ["list[T]"], "variadic": False, "result": "int", "may_raise": False},
    {"target": "builtins.float", "params": ["int"], "variadic": False, "result": "float", "may_raise": False},
    {"target": "fxn.build_list", "params": ["T", "T"], "variadic": True, "result": "list[T]", "may_raise": False},
    {"target": "fxn.empty_list", "params": [], "variadic": False, "result": "list[T]", "may_raise": False},
    {"target": "fxn.truth", "params": ["T"], "variadic": False, "result": "bool", "may_raise": False},
    {"target": "fxn.some", "params": ["T"], "variadic": False, "result": "optional[T]", "may_raise": False},
    {"target": "fxn.none_of", "params": ["None"], "variadic": False, "result": "optional[T]", "may_raise": False},
    {"target": "fxn.is_none", "params": ["optional[T]"], "variadic": False, "result": "bool", "may_raise": False},
    {"target": "fxn.unwrap", "params": ["optional[T]", "str"], "variadic": False, "result": "T", "may_raise": True},
]


@pytest.fixture
def registry():
    from fxn_types import Registry
    return Registry(json.loads(json.dumps(SIGNATURES)))


@pytest.fixture
def signatures_json():
    return json.dumps(SIGNATURES)


@pytest.fixture
def fake_hook(monkeypatch):
    """A stand-in for the C++ host's _fxn_hook module (the PEP 523 frame recorder): records nothing."""
    hook = types.ModuleType("_fxn_hook")
    hook.enable = lambda filename: None
    hook.disable = lambda: None
    hook.observations = lambda: []
    monkeypatch.setitem(sys.modules, "_fxn_hook", hook)
    return hook


def load_module(source, filename="user.py"):
    """The user's module as fxn_tracer runs it: its functions' code carries `filename`."""
    module = types.ModuleType("__fxn_user__")
    module.__file__ = filename
    exec(compile(source, filename, "exec", dont_inherit=True), module.__dict__)
    return module
