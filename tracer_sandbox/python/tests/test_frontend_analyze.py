"""fxn_frontend.analyze and the tracer's driver on small sources, with a small registry table and a
stand-in for the C++ host's _fxn_hook: no built binary."""

import json

import pytest

import fxn_frontend
from conftest import load_module
from fxn_diagnostics import Diagnostic

SUM = """
def total(n):
    s = 0
    for i in range(n):
        s = s + i
    return s
"""


def analyze(source, entry, samples, registry, filename="user.py"):
    module = load_module(source, filename)
    return fxn_frontend.analyze(module, source, filename, entry, samples, registry, [])


def flatten(nodes):
    """Every node of a body, nested blocks included, in order."""
    out = []
    for n in nodes:
        out.append(n)
        for b in n.get("blocks", []):
            out += flatten(b["nodes"])
    return out


def test_a_loop_is_typed_and_lowered(registry):
    ir = analyze(SUM, "total", [[10]], registry)
    assert ir["entry"] == "total__int"
    [fn] = ir["functions"]
    assert fn["returnType"] == "int"
    assert [p["type"] for p in fn["params"]] == ["int"]
    assert {v["name"]: v["type"] for v in fn["variables"]} == {"n": "int", "s": "int", "i": "int"}
    nodes = flatten(fn["body"]["nodes"])
    assert [n["op"] for n in nodes if n["op"] in ("FOR_RANGE", "OUTPUT")] == ["FOR_RANGE", "OUTPUT"]
    [add] = [n for n in nodes if n["target"] == "operator.add"]
    assert add["type"] == "int" and add["line"] == 5


def test_a_field_widened_by_a_later_method_settles(registry):
    source = """
class Box:
    def __init__(self):
        self.item = 0

    def clear(self):
        self.item = None


def use(n):
    b = Box()
    b.clear()
    return n
"""
    ir = analyze(source, "use", [[1]], registry)
    assert ir["classes"] == [{"name": "Box", "dataclass": False, "fields": [{"name": "item", "type": "optional[int]"}]}]


def test_variables_settle_over_discovery_passes(registry):
    """y copies x before x is widened to int | None: the first discovery pass types y None, the
    second int | None, the third changes nothing; then the final pass builds the IR."""
    source = """
def f(n):
    x = None
    y = None
    for i in range(n):
        y = x
        x = i
    return 0 if y is None else y
"""
    ir = analyze(source, "f", [[3]], registry)
    variables = {v["name"]: v["type"] for v in ir["functions"][0]["variables"]}
    assert variables["x"] == variables["y"] == "optional[int]"


def test_discovery_passes_that_keep_changing_are_refused(registry, monkeypatch):
    """With room for one discovery pass only, the pass that types y None and then widens x does
    not settle."""
    import fxn_module
    monkeypatch.setattr(fxn_module, "DISCOVERY_PASSES", 1)
    with pytest.raises(Diagnostic) as info:
        analyze(SUM, "total", [[3]], registry)
    assert info.value.message.startswith("the type of variable 'n' did not settle in 1 discovery pass: "
                                         "total() still changed it (new, int) (and ")
    assert info.value.line == 2


def chain_of_fields(length):
    """A class whose field k takes field k-1's value in a method that runs before the one widening
    field k-1: every round of the module's fixed point widens one more field."""
    fields = "\n".join("        self.f%d = 0" % k for k in range(1, length + 1))
    copies = "\n".join("    def m%d(self):\n        self.f%d = self.f%d\n" % (k, k, k - 1) for k in range(2, length + 1))
    calls = "\n".join("    c.m%d()" % k for k in range(length, 1, -1))
    return ("class Chain:\n    def __init__(self):\n%s\n\n    def m1(self):\n        self.f1 = None\n\n%s\n\n"
            "def run(n):\n    c = Chain()\n%s\n    c.m1()\n    return n\n" % (fields, copies, calls))


def test_fields_that_settle_within_the_bound_compile(registry):
    ir = analyze(chain_of_fields(fxn_frontend.ROUNDS), "run", [[1]], registry)
    assert {f["type"] for f in ir["classes"][0]["fields"]} == {"optional[int]"}


def test_fields_that_do_not_settle_are_refused_naming_the_field_and_the_function(registry):
    length = fxn_frontend.ROUNDS + 3
    with pytest.raises(Diagnostic) as info:
        analyze(chain_of_fields(length), "run", [[1]], registry)
    d = info.value
    last = fxn_frontend.ROUNDS + 1  # round 0 widens f1, round k widens f(k+1)
    assert d.message.startswith("the type of field Chain.f%d did not settle in %d rounds of type discovery: "
                                "Chain.m%d() still changed it from int to int | None"
                                % (last, fxn_frontend.ROUNDS, last))
    source_lines = chain_of_fields(length).splitlines()
    assert source_lines[d.line - 1].strip() == "def m%d(self):" % last


def test_a_diagnostic_names_the_construct(registry):
    with pytest.raises(Diagnostic) as info:
        analyze("def f(x):\n    with x:\n        pass\n    return 1\n", "f", [[1]], registry)
    assert (info.value.line, info.value.col) == (2, 5)
    assert info.value.message.startswith("unsupported construct: with statement over int")


def test_samples_of_different_types_make_a_dynamic_argument(registry):
    ir = analyze("def ident(n):\n    return n\n", "ident", [[1], ["a"]], registry)
    assert "dynamic" in json.dumps(ir)


def test_the_tracer_driver_runs_samples_and_the_front_end(fake_hook, signatures_json):
    import fxn_tracer
    request = {"filename": "user.py", "source": SUM, "entry": "total", "samplesJson": ["[4]", "[0]"]}
    result = json.loads(fxn_tracer.run(json.dumps(request), signatures_json))
    assert result["diagnostics"] == []
    assert result["entry"] == "total"
    assert [s["expected"] for s in result["samples"]] == [{"value": {"intValue": "6"}}, {"value": {"intValue": "0"}}]
    assert result["module"]["entry"] == "total__int"


def test_the_tracer_driver_reports_a_diagnostic(fake_hook, signatures_json):
    import fxn_tracer
    source = "def f(x):\n    return print(x)\n"
    request = {"filename": "user.py", "source": source, "entry": "f", "samplesJson": ["[1]"]}
    result = json.loads(fxn_tracer.run(json.dumps(request), signatures_json))
    assert result["diagnostics"] == [{"file": "user.py", "line": 2, "col": 12,
                                      "message": "unsupported construct: call to builtin print()"}]
