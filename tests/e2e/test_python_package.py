"""The `fxn` Python package against the built binaries: @fxn.compile is a no-op at run time and
marks functions for `fxn push FILE`, which compiles every marked function with its inputs and
targets; fxn.load calls a bundle in-process through the C ABI (values, exceptions, type hints,
arrays) and refuses a bundle built for another machine; `pip install ./python` works offline."""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "python"
sys.path.insert(0, str(PACKAGE))  # the package from the source tree, as documented

import fxn  # noqa: E402

PRICING = '''\
"""A module as a Python developer writes it: functions marked for fxn, the rest plain."""
import fxn
from fxn import compile as fxn_compile


class InsufficientFunds(Exception):
    pass


@fxn.compile(inputs=[[100.0, 0.05, 12]])
def compound(principal: float, rate: float, months: int) -> float:
    for _ in range(months):
        principal *= 1 + rate / 12
    return principal


@fxn_compile(inputs=[[{"alice": 10, "bob": 3}, "alice", 4], [{"a": 1}, "b", 1]])
def withdraw(balances: dict, who: str, amount: int) -> dict:
    if amount > balances[who]:
        raise InsufficientFunds("%s has %d, asked for %d" % (who, balances[who], amount))
    out = dict(balances)
    out[who] -= amount
    return out


@fxn.compile(inputs=[[[3, 1, 2], "x"]])
def describe(xs, label):
    total = sum(xs)
    mean = total / len(xs)
    return label.upper(), sorted(xs), mean, (min(xs), max(xs)), {"n": len(xs), "total": total}, None


def helper(x):  # not marked: not pushed
    return x + 1
'''


def fxn_cli(fxn_bin, *args, cwd, env=None):
    return subprocess.run([fxn_bin, *args], capture_output=True, text=True, timeout=600, cwd=cwd,
                          env={**os.environ, **(env or {})})


@pytest.fixture(scope="module")
def pricing(fxn_bin, tmp_path_factory):
    """pricing.py pushed with `fxn push pricing.py`: (directory, the push's result)."""
    work = tmp_path_factory.mktemp("pricing")
    (work / "pricing.py").write_text(PRICING)
    r = fxn_cli(fxn_bin, "push", "pricing.py", cwd=work)
    return work, r


def test_decorator_is_a_no_op_at_run_time():
    def f(x):
        return x * 2

    marked = fxn.compile(inputs=[[3]], targets=["linux-x86_64", "wasm32-wasi"])(f)
    assert marked is f and f(4) == 8
    assert fxn.mark_of(f).inputs == [[3]] and fxn.mark_of(f).targets == ["linux-x86_64", "wasm32-wasi"]
    bare = fxn.compile(lambda: 1)
    assert bare() == 1 and fxn.mark_of(bare).inputs == []
    with pytest.raises(TypeError, match="list of samples"):
        fxn.compile(inputs=3)
    with pytest.raises(TypeError, match=r"inputs=\[\[5\]\]"):
        fxn.compile(inputs=[5])


def test_the_module_runs_as_plain_python(tmp_path):
    (tmp_path / "pricing.py").write_text(PRICING)
    out = subprocess.run([sys.executable, "-c", "import pricing; print(pricing.compound(100.0, 0.05, 12)); "
                          "import fxn; print(sorted(fxn.marked(pricing)))"],
                         cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(PACKAGE)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:2] == ["105.11618978817329", "['compound', 'describe', 'withdraw']"]


def test_push_compiles_every_marked_function(pricing):
    work, r = pricing
    assert r.returncode == 0, r.stderr
    for entry in ("compound", "withdraw", "describe"):
        manifest = json.loads((work / "fxn-out" / entry / "linux-x86_64" / "manifest.json").read_text())
        assert manifest["verification"]["status"] == "verified"
    assert not (work / "fxn-out" / "helper").exists()
    assert json.loads((work / "fxn-out" / "withdraw" / "linux-x86_64" / "manifest.json").read_text())[
        "verification"]["samples"][1]["expected"].startswith('{"error": {"type": "KeyError"')


def test_push_one_marked_function_and_its_targets(fxn_bin, tmp_path):
    (tmp_path / "m.py").write_text(textwrap.dedent('''\
        import fxn

        @fxn.compile(inputs=[[2]], targets=["linux-x86_64", "wasm32-wasi"])
        def square(x):
            return x * x

        @fxn.compile(inputs=[[2]])
        def cube(x):
            return x * x * x
        '''))
    r = fxn_cli(fxn_bin, "push", "m.py", "--entry", "square", "--json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    events = [json.loads(line) for line in r.stdout.splitlines()]
    assert {e["target"] for e in events if e["stage"] == "VERIFIED"} == {"linux-x86_64", "wasm32-wasi"}
    assert not (tmp_path / "fxn-out" / "cube").exists()
    # --targets on the command line wins over the mark's
    r = fxn_cli(fxn_bin, "push", "m.py", "--targets", "linux-x86_64", "-o", "only-host", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in (tmp_path / "only-host" / "square").iterdir()) == ["linux-x86_64"]
    assert (tmp_path / "only-host" / "cube" / "linux-x86_64").is_dir()


def test_push_without_marks_or_inputs_says_what_to_do(fxn_bin, tmp_path):
    (tmp_path / "plain.py").write_text("def f(x):\n    return x\n")
    r = fxn_cli(fxn_bin, "push", "plain.py", cwd=tmp_path)
    assert r.returncode == 2
    assert "marks no function with @fxn.compile" in r.stderr
    (tmp_path / "noinputs.py").write_text("import fxn\n\n@fxn.compile\ndef f(x):\n    return x\n")
    r = fxn_cli(fxn_bin, "push", "noinputs.py", cwd=tmp_path)
    assert r.returncode == 2
    assert "noinputs.py:3: error: @fxn.compile of 'f' gives no inputs" in r.stderr
    (tmp_path / "method.py").write_text(
        "import fxn\n\nclass A:\n    @fxn.compile(inputs=[[1]])\n    def f(self, x):\n        return x\n")
    r = fxn_cli(fxn_bin, "push", "method.py", cwd=tmp_path)
    assert r.returncode == 1
    assert "method.py:4:6: error: @fxn.compile marks module-level functions; 'f' is not one" in r.stderr


def test_explicit_inputs_still_compile_a_marked_function(fxn_bin, tmp_path):
    (tmp_path / "pricing.py").write_text(PRICING)
    r = fxn_cli(fxn_bin, "push", "pricing.py", "--entry", "compound", "--inputs", "[1.0, 0.5, 3]", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "verified on 1 sample" in r.stdout


@pytest.fixture()
def pricing_module(pricing, monkeypatch):
    work, _ = pricing
    monkeypatch.syspath_prepend(str(work))
    sys.modules.pop("pricing", None)
    import pricing as module
    return module


def test_load_and_call(pricing, pricing_module):
    work, _ = pricing
    compound = fxn.load(work / "fxn-out" / "compound" / "linux-x86_64")
    assert compound(100.0, 0.05, 12) == 105.11618978817329
    assert compound(principal=1.0, rate=0.5, months=3) == pricing_module.compound(1.0, 0.5, 3)
    assert compound.__name__ == "compound"
    assert str(compound.__signature__) == "(principal: float, rate: float, months: int) -> float"
    assert compound.__annotations__ == {"principal": float, "rate": float, "months": int, "return": float}
    with pytest.raises(TypeError, match="months"):
        compound(1.0, 0.5, "3")
    with pytest.raises(TypeError):
        compound(1.0)
    # Ints past 64 bits cross the C ABI (ABI 4) into the copy over unbounded ints (WORKSPACE.md
    # "Ints past 64 bits"): range() past 64 bits is empty, as in CPython (2**64 months would never
    # finish on either side).
    assert compound(1.0, 0.5, -(2 ** 63) - 1) == 1.0
    assert compound(1.0, 0.5, -(2 ** 200)) == 1.0
    assert compound(1.0, 0.5, -(2 ** 63)) == 1.0  # the int64 edge

    describe = fxn.load(work / "fxn-out" / "describe" / "linux-x86_64")
    reference = pricing_module  # the module, as CPython runs it
    for args in ([[5, 4, 6], "héllo"], [[-2, 1, 1], "ω"], [[0], ""]):
        got = describe(*args)
        assert got == reference.describe(*args), args
        assert type(got) is tuple and type(got[3]) is tuple and type(got[1]) is list
    big = [1, -(2 ** 200), 3, 2 ** 64]  # inside a list argument: sum, sorted, min/max, / over them
    assert describe(big, "big") == reference.describe(big, "big")

    # The value model carries big ints both ways exactly, nested and past str()'s 4300 digits:
    # Python -> fxn_value (fxn_int_from_digits) -> Python (fxn_value_int_digits), in the library.
    value = [2 ** 64, -(2 ** 200), 2 ** 63, -(2 ** 63) - 1, -(2 ** 63), 0, (10 ** 4301 + 7, {"k": -(7 ** 5000)})]
    converted = describe._to_value(value, [], 0)
    try:
        assert describe._from_value(converted, None) == value
    finally:
        describe._lib.fxn_value_free(converted)


def test_exceptions_keep_cpython_type_and_message(pricing, pricing_module):
    work, _ = pricing
    withdraw = fxn.load(work / "fxn-out" / "withdraw" / "linux-x86_64")
    assert withdraw({"alice": 10}, "alice", 4) == {"alice": 6}
    long_key = "n\x00" * 400  # messages past 960 bytes, raw NUL in InsufficientFunds', "\\x00" in KeyError's
    for args in ([{"a": 1}, "zed", 1], [{"a": 1}, "a", 5], [{long_key: 1}, long_key, 5], [{"a": 1}, long_key, 1]):
        with pytest.raises(Exception) as compiled:
            withdraw(*args)
        with pytest.raises(Exception) as cpython:
            pricing_module.withdraw(*args)
        assert type(compiled.value).__name__ == type(cpython.value).__name__
        assert str(compiled.value) == str(cpython.value)
    with pytest.raises(KeyError) as e:
        withdraw({"a": 1}, "zed", 1)
    assert e.value.args == ("zed",)
    with pytest.raises(fxn.CompiledError):
        withdraw({"a": 1}, "a", 5)
    describe = fxn.load(work / "fxn-out" / "describe" / "linux-x86_64")
    with pytest.raises(ZeroDivisionError, match="division by zero"):
        describe([], "empty")


def test_arrays_in_and_out(fxn_bin, tmp_path):
    np = pytest.importorskip("numpy")
    (tmp_path / "arr.py").write_text(textwrap.dedent('''\
        import fxn
        import numpy as np

        @fxn.compile(inputs=[[np.arange(6, dtype=np.float32).reshape(2, 3), 2.0]])
        def scale(a, k):
            return a * k + 1.0, a.sum()
        '''))
    r = fxn_cli(fxn_bin, "push", "arr.py", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    scale = fxn.load(tmp_path / "fxn-out" / "scale" / "linux-x86_64")
    a = np.linspace(0, 1, 12, dtype=np.float32).reshape(3, 4)
    got, total = scale(a[:, ::2], 3.0)  # a strided view: passed by its items
    want = a[:, ::2] * 3.0 + 1.0
    assert got.dtype == np.float32 and got.shape == (3, 2)
    assert np.array_equal(got, want)
    assert total == a[:, ::2].sum()
    assert "ndarray" in str(scale.__signature__)


def test_uint64_scalar_result_past_int64(fxn_bin, tmp_path):
    """A NumPy uint64 scalar past int64 comes back as Python's int (a big int of the value model,
    ABI 4), as CPython's int(a.max()) is; it used to come back as its decimal text."""
    np = pytest.importorskip("numpy")
    (tmp_path / "u.py").write_text(textwrap.dedent('''\
        import fxn
        import numpy as np

        @fxn.compile(inputs=[[np.array([1, 5, 2], dtype=np.uint64)]])
        def top(a):
            return a.max()
        '''))
    r = fxn_cli(fxn_bin, "push", "u.py", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    top = fxn.load(tmp_path / "fxn-out" / "top" / "linux-x86_64")
    assert top(np.array([1, 5, 2], dtype=np.uint64)) == 5
    got = top(np.array([3, 2 ** 64 - 1, 2 ** 63], dtype=np.uint64))
    assert type(got) is int and got == 2 ** 64 - 1


def test_wrong_target_is_refused_clearly(fxn_bin, tmp_path):
    (tmp_path / "w.py").write_text("import fxn\n\n@fxn.compile(inputs=[[1]], targets=['wasm32-wasi'])\n"
                                   "def inc(x):\n    return x + 1\n")
    r = fxn_cli(fxn_bin, "push", "w.py", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    with pytest.raises(fxn.TargetMismatchError) as e:
        fxn.load(tmp_path / "fxn-out" / "inc" / "wasm32-wasi")
    message = str(e.value)
    assert "compiled for wasm32-wasi, but this Python runs on linux-x86_64" in message
    assert "fxn_wasm.mjs" in message and "--targets linux-x86_64" in message
    with pytest.raises(fxn.BundleError, match="not an fxn bundle"):
        fxn.load(tmp_path)


def test_pip_install_offline(pricing, tmp_path):
    """`pip install ./python` into a virtual environment, without an index: then `import fxn`
    from anywhere loads a bundle."""
    work, _ = pricing
    venv = tmp_path / "venv"
    made = subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], capture_output=True,
                          text=True)
    if made.returncode != 0:
        pytest.skip("python3 -m venv is not available: " + made.stderr[-200:])
    python = venv / "bin" / "python"
    r = subprocess.run([str(python), "-m", "pip", "install", "--no-index", "--no-build-isolation", str(PACKAGE)],
                       capture_output=True, text=True, timeout=300, cwd=tmp_path,
                       env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    assert r.returncode == 0, r.stdout + r.stderr
    bundle = work / "fxn-out" / "compound" / "linux-x86_64"
    r = subprocess.run([str(python), "-c", "import fxn, sys; print(fxn.__file__); print(fxn.load(sys.argv[1])(100.0, 0.05, 12))",
                        str(bundle)], capture_output=True, text=True, cwd=tmp_path,
                       env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    assert r.returncode == 0, r.stderr
    installed, value = r.stdout.splitlines()
    assert str(venv) in installed
    assert value == "105.11618978817329"
