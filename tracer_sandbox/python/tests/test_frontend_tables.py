"""fxn_tables, fxn_diagnostics, fxn_values, fxn_syntax: the front end's tables and plain helpers."""

import ast
import math
import re
import types
from pathlib import Path

import numpy as np

import fxn_frontend
from fxn_diagnostics import Diagnostic, describe_global, describe_unsupported_value, unsupported
from fxn_syntax import literal_int, read_only_name_uses, walk_loop_body, walk_scope
from fxn_tables import (BINOPS, BUILTIN_BANNED, CMPOPS, EXCEPTION_CLASSES, KEYWORDS, UNSUPPORTED_EXPRESSIONS,
                        UNSUPPORTED_STATEMENTS)
from fxn_types import show
from fxn_values import describe_value, float_json, int_in_range


def test_every_operator_has_a_row():
    assert set(BINOPS) == set(ast.operator.__subclasses__())
    assert set(CMPOPS) == set(ast.cmpop.__subclasses__())
    assert BINOPS[ast.Add] == ("operator.add", "+")
    assert BINOPS[ast.MatMult][0] is None  # @ only on arrays
    assert CMPOPS[ast.NotIn] == ("not in", "not in")


def test_unsupported_constructs_are_named_by_ast_node_class():
    for name in list(UNSUPPORTED_STATEMENTS) + list(UNSUPPORTED_EXPRESSIONS):
        assert isinstance(getattr(ast, name), type), name


def test_exception_classes_and_banned_builtins():
    assert ValueError in EXCEPTION_CLASSES and BaseException in EXCEPTION_CLASSES
    assert all(issubclass(c, BaseException) for c in EXCEPTION_CLASSES)
    assert {"eval", "exec", "print", "open"} <= BUILTIN_BANNED
    assert KEYWORDS["str.split"] == ["sep", "maxsplit"]


def test_a_diagnostic_points_at_its_node():
    node = ast.parse("x = 1\nfoo(y)").body[1].value
    d = unsupported(node, "call to foo")
    assert isinstance(d, Diagnostic)
    assert (d.line, d.col, d.message) == (2, 1, "unsupported construct: call to foo")
    assert (Diagnostic(None, "m").line, Diagnostic(None, "m").col) == (0, 0)


def test_values_and_globals_are_named():
    assert describe_unsupported_value(b"x") == "bytes value"
    assert describe_unsupported_value([1]) == "module-level list (mutable global state; use a tuple)"
    assert describe_unsupported_value(object()) == "value of type object"
    assert describe_global(math) == "module"
    assert describe_global(test_values_and_globals_are_named) == "function"
    assert describe_global(int) == "class"
    assert describe_global(types.SimpleNamespace) == "class"
    assert describe_global(len) == "callable"


def test_describe_value_types_samples():
    assert show(describe_value([1, 2])) == "list[int]"
    assert show(describe_value([None, 1.5])) == "list[float | None]"
    assert show(describe_value({"a": (1, "x")})) == "dict[str, tuple[int, str]]"
    assert show(describe_value([])) == "list[?]"
    assert show(describe_value([1, "a"])) == "list[dynamic]"
    assert describe_value({1: 2}) is None  # only str keys come from JSON
    assert show(describe_value(np.zeros((2, 3), np.float32))) == "ndarray[float32, 2 dims]"


def test_int_range_and_float_spelling():
    assert int_in_range([2 ** 63 - 1, -2 ** 63])
    assert not int_in_range({"a": [2 ** 63]})
    assert float_json(1.5) == 1.5
    assert (float_json(math.nan), float_json(math.inf), float_json(-math.inf)) == ("NaN", "Infinity", "-Infinity")


def test_syntax_queries():
    fn = ast.parse("def f(x):\n    y = [z for z in x]\n    def g():\n        w = 1\n    return y\n").body[0]
    names = {n.id for n in walk_scope(fn) if isinstance(n, ast.Name)}
    assert "y" in names and "w" not in names and "z" not in names
    loop = ast.parse("for i in a:\n    if c:\n        for j in b:\n            break\n    continue\n").body[0]
    kinds = [type(n).__name__ for n in walk_loop_body(loop.body)]
    assert "Continue" in kinds and "Break" not in kinds  # the inner loop's break is its own
    assert literal_int(ast.parse("-3", mode="eval").body) == -3
    assert literal_int(ast.parse("3.0", mode="eval").body) is None


def test_read_only_uses_of_module_level_names():
    tree = ast.parse("def f(i):\n    return T[i] + len(T) + (i in S)\n\ndef g():\n    T.append(1)\n")
    read_only = read_only_name_uses(tree)
    uses = sorted((n for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id in ("T", "S")),
                  key=lambda n: (n.lineno, n.col_offset))
    assert [id(n) in read_only for n in uses] == [True, True, True, False]


def test_entry_names_reserved_by_the_c_api_are_those_of_fxn_h():
    """An entry is exported as fxn_<entry>: the front end refuses every name fxn.h already declares."""
    header = Path(__file__).resolve().parents[3] / "runtime" / "include" / "fxn" / "fxn.h"
    declared = {m[len("fxn_"):] for m in re.findall(r"\bfxn_[a-z_0-9]+", header.read_text(encoding="utf-8"))}
    assert declared == fxn_frontend.C_API_NAMES
