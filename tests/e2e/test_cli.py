"""The fxn command line as a user meets it: the bundle layout, -o, several --inputs, exit codes,
errors that say what to do next, and a function that raises."""

import json
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "nbody.py"


def fxn(fxn_bin, *args, cwd=None):
    return subprocess.run([fxn_bin, *args], capture_output=True, text=True, timeout=300, cwd=cwd)


def test_push_writes_the_bundle_and_run_uses_it(fxn_bin, tmp_path):
    r = fxn(fxn_bin, "push", str(EXAMPLE), "--entry", "nbody", "--inputs", "[100]", "--inputs", "[3]", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "verified on 2 samples" in r.stdout
    bundle = tmp_path / "fxn-out" / "nbody" / "linux-x86_64"
    assert sorted(p.name for p in bundle.iterdir()) >= ["fxn.h", "libnbody.so", "manifest.json", "nbody.cc", "nbody.h"]
    manifest = json.loads((bundle / "manifest.json").read_text())
    assert manifest["signature"] == {"entry": "nbody", "symbol": "fxn_nbody",
                                     "params": [{"name": "steps", "type": "int"}], "returns": "float"}
    assert manifest["verification"]["status"] == "verified"
    assert len(manifest["digests"]["library"]) == 64
    assert "fxn_status fxn_nbody(int64_t steps, double* fxn_result" in (bundle / "nbody.h").read_text()
    r = fxn(fxn_bin, "run", str(bundle), "--inputs", "[1000]", "--inputs", "[0]")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["-0.16908760523460614", "-0.16907516382852447"]


def test_out_dir_and_json_events(fxn_bin, tmp_path):
    r = fxn(fxn_bin, "push", str(EXAMPLE), "--inputs", "[10]", "-o", str(tmp_path / "out"), "--json")
    assert r.returncode == 0, r.stderr
    events = [json.loads(line) for line in r.stdout.splitlines()]
    stages = [e["stage"] for e in events]
    # A fresh trace goes through every stage; a cached one (an earlier test pushed the same
    # function and samples) skips straight to the answers; a fresh trace can still find the
    # artifact cached (another test process built it while this one traced).
    assert stages in (["QUEUED", "TRACING", "TRACED", "COMPILING", "COMPILED", "VERIFYING", "VERIFIED", "DONE"],
                      ["QUEUED", "TRACING", "TRACED", "VERIFIED", "DONE"],
                      ["QUEUED", "TRACED", "COMPILING", "COMPILED", "VERIFYING", "VERIFIED", "DONE"],
                      ["QUEUED", "TRACED", "VERIFIED", "DONE"]), stages
    assert len({e["job_id"] for e in events}) == 1
    assert events[-1]["ok"] is True
    assert [e["target"] for e in events if e["stage"] == "VERIFIED"] == ["linux-x86_64"]
    assert (tmp_path / "out" / "nbody" / "linux-x86_64" / "libnbody.so").is_file()


def test_python_exception_goes_to_stderr_with_nonzero_exit(fxn_bin, tmp_path):
    src = tmp_path / "div.py"
    src.write_text("def div(a, b):\n    return a // b\n")
    assert fxn(fxn_bin, "push", str(src), "--inputs", "[7, 2]", cwd=tmp_path).returncode == 0
    r = fxn(fxn_bin, "run", str(tmp_path / "fxn-out" / "div" / "linux-x86_64"), "--inputs", "[1, 0]")
    assert r.returncode == 1
    assert r.stdout == ""
    assert r.stderr.strip() == "ZeroDivisionError: integer division or modulo by zero"


def test_mismatched_argument_types_are_a_type_error(fxn_bin, tmp_path):
    src = tmp_path / "inc.py"
    src.write_text("def inc(a):\n    return a + 1\n")
    assert fxn(fxn_bin, "push", str(src), "--inputs", "[1]", cwd=tmp_path).returncode == 0
    r = fxn(fxn_bin, "run", str(tmp_path / "fxn-out" / "inc" / "linux-x86_64"), "--inputs", "[1.5]")
    assert r.returncode == 1
    assert r.stderr.strip() == "TypeError: argument 'a' must be int (the type it was compiled for)"


def test_bad_inputs_and_paths_say_what_to_do(fxn_bin, tmp_path):
    r = fxn(fxn_bin, "push", str(EXAMPLE), "--inputs", "[1000", cwd=tmp_path)
    assert r.returncode == 2
    assert "not valid JSON" in r.stderr and "--inputs '[1000, 0.5]'" in r.stderr
    r = fxn(fxn_bin, "push", str(EXAMPLE), "--inputs", "1000", cwd=tmp_path)
    assert r.returncode == 2 and "must be a JSON array" in r.stderr
    r = fxn(fxn_bin, "push", str(tmp_path / "missing.py"), "--inputs", "[1]")
    assert r.returncode == 2
    r = fxn(fxn_bin, "run", str(tmp_path), "--inputs", "[1]")
    assert r.returncode == 2 and "not an fxn bundle" in r.stderr
    r = fxn(fxn_bin, "push", str(EXAMPLE), "--inputs", "[1]", "--targets", "linux-sparc", cwd=tmp_path)
    assert r.returncode == 2 and "unknown target 'linux-sparc'" in r.stderr


def test_invalid_python_and_sample_errors(fxn_bin, tmp_path):
    src = tmp_path / "bad.py"
    src.write_text("def f(x):\n    return x +\n")
    r = fxn(fxn_bin, "push", str(src), "--inputs", "[1]", cwd=tmp_path)
    assert r.returncode == 1
    assert any(line.startswith(f"{src}:2:") and "error: invalid Python" in line for line in r.stderr.splitlines()), r.stderr
    src.write_text("def f(x):\n    return x\n")
    r = fxn(fxn_bin, "push", str(src), "--inputs", "[1, 2]", cwd=tmp_path)
    assert r.returncode == 1 and "takes 1 arguments but sample 1 has 2" in r.stderr

def test_an_argument_whose_type_varies_between_samples_is_dynamic(fxn_bin, tmp_path):
    # int in one sample and float in another: the parameter takes a dynamic value, and each call
    # answers as CPython does for the type it gets (issue "Values as Python has them").
    src = tmp_path / "twice.py"
    src.write_text("def twice(x):\n    return x * 2\n")
    r = fxn(fxn_bin, "push", str(src), "--inputs", "[1]", "--inputs", "[1.5]", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    bundle = tmp_path / "fxn-out" / "twice" / "linux-x86_64"
    manifest = json.loads((bundle / "manifest.json").read_text())
    assert manifest["signature"]["params"] == [{"name": "x", "type": "dynamic"}]
    r = fxn(fxn_bin, "run", str(bundle), "--inputs", "[1]", "--inputs", "[1.5]", "--inputs", '["ab"]')
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["2", "3.0", '"abab"']
    r = fxn(fxn_bin, "run", str(bundle), "--inputs", "[null]")
    assert r.returncode == 1
    assert "TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'" in r.stdout + r.stderr


def test_a_sample_whose_result_exceeds_64_bits_is_exact(fxn_bin, tmp_path):
    """The module is compiled a second time over unbounded ints (WORKSPACE.md "Ints past 64 bits"):
    the sample verifies and a run prints CPython's int."""
    src = tmp_path / "big.py"
    src.write_text("def big(x):\n    return x * x\n")
    r = fxn(fxn_bin, "push", str(src), "--inputs", "[3]", "--inputs", "[4000000000000]", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "verified on 2 samples" in r.stdout
    run = fxn(fxn_bin, "run", str(tmp_path / "fxn-out" / "big" / "linux-x86_64"), "--inputs", "[-9223372036854775808]",
              cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == str(2 ** 126)


def test_a_sample_whose_result_exceeds_64_bits_is_not_verified_without_the_copy(fxn_bin, tmp_path):
    """x ** k with k unknown is a dynamic value (an int or a float), and fxn::Dyn holds a 64-bit
    int: this module keeps fxn's limit, and the push says why the sample failed."""
    src = tmp_path / "big.py"
    src.write_text("def big(x, k):\n    return x ** k\n")
    r = fxn(fxn_bin, "push", str(src), "--inputs", "[3, 2]", "--inputs", "[4000000000000, 2]", cwd=tmp_path)
    assert r.returncode == 1
    assert "NOT verified" in r.stdout
    assert "beyond 64 bits" in r.stderr


def test_a_hung_sample_is_stopped(fxn_bin, tmp_path):
    src = tmp_path / "spin.py"
    src.write_text("def spin(x):\n    while True:\n        x += 1\n")
    r = subprocess.run([fxn_bin, "push", str(src), "--inputs", "[1]"], capture_output=True, text=True, timeout=300,
                       cwd=tmp_path, env={"FXN_TRACE_TIMEOUT": "3", "PATH": "/usr/bin:/bin"})
    assert r.returncode == 1
    assert "tracing took longer than 3 s" in r.stderr


def test_ir_and_source_commands(fxn_bin):
    r = fxn(fxn_bin, "ir", str(EXAMPLE), "--entry", "nbody", "--inputs", "[10]")
    assert r.returncode == 0, r.stderr
    assert "def nbody__int(steps: int) -> float" in r.stdout
    assert "call_function" in r.stdout and "math.sqrt" in r.stdout and "for_range" in r.stdout
    r = fxn(fxn_bin, "source", str(EXAMPLE), "--entry", "nbody", "--inputs", "[10]")
    assert r.returncode == 0, r.stderr
    assert "fxn::ops::math_sqrt(cx," in r.stdout
    assert 'extern "C" FXN_EXPORT fxn_status fxn_nbody(int64_t steps' in r.stdout


def test_ir_and_source_trace_once_through_the_cache(fxn_bin, tmp_path):
    """`fxn ir` keeps its trace (keyed by the request and the front end) for `fxn source` of the
    same function; a damaged cache entry is traced again, a trace with a diagnostic never kept."""
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    traces = tmp_path / "cache" / "fxn" / "traces"
    args = [str(EXAMPLE), "--entry", "nbody", "--inputs", "[10]"]
    run = lambda *a: subprocess.run([fxn_bin, *a], capture_output=True, text=True, timeout=300, env=env)
    ir = run("ir", *args)
    assert ir.returncode == 0, ir.stderr
    kept = list(traces.iterdir())
    assert len(kept) == 1 and kept[0].suffix == ".pb"
    assert run("source", *args).returncode == 0
    assert list(traces.iterdir()) == kept  # the same trace served both
    kept[0].write_bytes(b"\x0a\x03bad" + b"\xff" * 40)  # damaged
    again = run("ir", *args)
    assert again.returncode == 0, again.stderr
    assert again.stdout == ir.stdout
    assert run("ir", *args).stdout == ir.stdout  # replaced by a good trace
    bad = tmp_path / "bad.py"
    bad.write_text("def f(x):\n    return x.nope()\n")
    assert run("ir", str(bad), "--inputs", "[1]").returncode != 0
    assert len(list(traces.iterdir())) == 1


def test_help_is_complete(fxn_bin):
    r = fxn(fxn_bin, "--help")
    for command in ("push", "run", "ir", "source", "targets"):
        assert command in r.stdout
    r = fxn(fxn_bin, "push", "--help")
    for flag in ("--entry", "--inputs", "--out", "--targets", "--json"):
        assert flag in r.stdout



@pytest.mark.parametrize("source, sample, said", [
    # A str with a lone surrogate is a valid Python result, which the trace result (UTF-8) cannot carry.
    ("def f(s):\n    return chr(0xD800) + s\n", '["a"]',
     'sample ["a"]\'s result: fxn cannot carry a str holding a lone surrogate (U+D800)'),
    # str() of an int past 4300 digits raises ValueError in CPython 3.11.
    ("def f(n):\n    return 10 ** n\n", "[5000]",
     "sample [5000]'s result: fxn cannot carry an int of more than 4300 digits"),
])
def test_a_sample_result_fxn_cannot_carry_is_named_as_its_limit(fxn_bin, tmp_path, source, sample, said):
    # Not an internal error, and not recorded as an exception the sample raised.
    src = tmp_path / "limit.py"
    src.write_text(source)
    r = fxn(fxn_bin, "push", str(src), "--inputs", sample, cwd=tmp_path)
    assert r.returncode != 0
    assert said in r.stderr, r.stderr
    assert "internal error" not in r.stderr
