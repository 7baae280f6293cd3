"""fxn_stdlib_re's trace-time helpers: patterns compiled by CPython's re into the spec the
runtime parses, replacement templates, and what is refused."""
import ast
import re

import pytest

import fxn_stdlib_re
from fxn_diagnostics import Diagnostic

AT = ast.parse("x").body[0]


def test_spec_carries_flags_groups_code_names_and_pattern():
    program = fxn_stdlib_re.compile_program(AT, r"(?P<word>\w+)-(\d)", re.IGNORECASE)
    flags, groups, ncode, *rest = program.spec.split("|")[0].split()
    assert int(flags) == (re.IGNORECASE | re.UNICODE)
    assert int(groups) == 2 == program.groups
    code = [int(w) for w in rest[:int(ncode)]]
    assert code[-1] == 1  # SUCCESS
    assert rest[int(ncode):] == ["word=1"]
    assert program.spec.endswith(r"|(?P<word>\w+)-(\d)")


def test_template_pieces():
    program = fxn_stdlib_re.compile_program(AT, r"(?P<a>x)(y)", 0)
    assert fxn_stdlib_re.template_spec(AT, r"<\2|\g<a>é>", program) == "L1:<G2;L1:|G1;L3:é>"


@pytest.mark.parametrize("pattern, flags, message", [
    (b"x", 0, "bytes pattern"),
    ("x", re.DEBUG, "re.DEBUG"),
    ("(", 0, "invalid regular expression"),
])
def test_refused(pattern, flags, message):
    with pytest.raises(Diagnostic, match=re.escape(message)):
        fxn_stdlib_re.compile_program(AT, pattern, flags)


def test_bad_template():
    program = fxn_stdlib_re.compile_program(AT, r"(x)", 0)
    with pytest.raises(Diagnostic, match="invalid group reference 2"):
        fxn_stdlib_re.template_spec(AT, r"\2", program)
