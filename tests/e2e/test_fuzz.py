"""Differential fuzzing (`fxn push --fuzz N`): inputs generated from the traced argument types run
in CPython (inside the trace sandbox) and on every requested target, compared as the samples are.

A difference outside the samples fails the push with the smallest failing input; a correct function
reports N agreeing inputs per target in its manifest; the same seed gives the same inputs; an input
on which CPython hangs is dropped, not fatal; an int result beyond 64 bits is a documented limit,
reported apart."""

import json
import os
import subprocess

import pytest

CROSS_TARGET = "linux-arm64"


def fxn(fxn_bin, *args, cwd=None, env=None):
    full_env = dict(os.environ, **(env or {}))
    return subprocess.run([fxn_bin, *args], capture_output=True, text=True, timeout=300, cwd=cwd, env=full_env)


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    return path


def manifest(tmp_path, entry, target):
    return json.loads((tmp_path / "fxn-out" / entry / target / "manifest.json").read_text())


def cross_target_available(fxn_bin):
    r = fxn(fxn_bin, "targets", "--json")
    try:
        targets = json.loads(r.stdout)
    except ValueError:
        return False
    return any(t.get("name") == CROSS_TARGET and t.get("available") for t in targets)


# A difference the samples cannot show: for small values the result is right, but
# the product leaves 64 bits before the modulo brings it back (CPython's answer fits).
# The result is an int or a str, a dynamic value: fxn::Dyn holds a 64-bit int, so this module has
# no copy over unbounded ints (WORKSPACE.md "Ints past 64 bits") and a product past 64 bits is a
# real difference from CPython, whose answer fits.
MODMUL = '''\
def modmul(a, b):
    m = 1000000007
    return (a * b) % m if b else "none"
'''

CLEAN = '''\
def clean(xs, sep):
    """Joins the words longer than one character, upper-cased."""
    words = [w.strip().upper() for w in xs if len(w.strip()) > 1]
    return sep.join(words) + "!" if words else ""
'''


def test_a_difference_outside_the_samples_is_caught_and_shrunk(fxn_bin, tmp_path):
    path = write(tmp_path, "modmul.py", MODMUL)
    r = fxn(fxn_bin, "push", str(path), "--inputs", "[3, 4]", "--fuzz", "200", "--fuzz-seed", "7", cwd=tmp_path)
    assert r.returncode == 1, r.stdout + r.stderr
    assert f"{path}:1:5: error: the compiled function differs from CPython on a generated input" in r.stderr
    lines = r.stderr.splitlines()
    shown = next(line for line in lines if line.strip().startswith("input:"))
    # Several inputs failed; the shortest, then shrunk by rounds of simpler inputs, is the one shown.
    assert "shrunk in" in shown and "smallest of" in shown, shown
    args = json.loads(shown.split("input:", 1)[1].split("(")[0].strip())
    a, b = args
    expected = (a * b) % 1000000007
    assert f"CPython: {expected}" in r.stderr
    assert "fxn:     OverflowError" in r.stderr
    m = manifest(tmp_path, "modmul", "linux-x86_64")
    assert m["verification"]["status"] == "failed"
    assert m["fuzz"]["differences"] >= 1 and m["fuzz"]["seed"] == 7
    assert json.loads(m["fuzz"]["smallest_difference"]["input"]) == args
    assert m["fuzz"]["shrink_steps"] >= 1


def test_a_correct_function_reports_agreeing_inputs_per_target(fxn_bin, tmp_path):
    targets = ["linux-x86_64"] + ([CROSS_TARGET] if cross_target_available(fxn_bin) else [])
    path = write(tmp_path, "clean.py", CLEAN)
    r = fxn(fxn_bin, "push", str(path), "--inputs", '[["a", " bc ", "déf"], "-"]', "--fuzz", "60",
            "--targets", ",".join(targets), cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "verified on 1 sample and 60 generated inputs" in r.stdout
    for target in targets:
        fuzz = manifest(tmp_path, "clean", target)["fuzz"]
        assert fuzz["inputs"] == 60 and fuzz["agreed"] == 60 and fuzz["differences"] == 0, fuzz
        assert fuzz["seed"] == 0


def test_the_same_seed_gives_the_same_inputs(fxn_bin, tmp_path):
    path = write(tmp_path, "ident.py", "def ident(x, ys):\n    return [x, ys]\n")
    digests = []
    for attempt, seed in enumerate(["5", "5", "6"]):
        out = tmp_path / f"out{attempt}"
        # A fresh cache each time: the inputs come from a new trace, not from the cached one.
        r = fxn(fxn_bin, "push", str(path), "--inputs", "[1, [2.5]]", "--fuzz", "30", "--fuzz-seed", seed,
                "-o", str(out), cwd=tmp_path, env={"XDG_CACHE_HOME": str(tmp_path / f"cache{attempt}")})
        assert r.returncode == 0, r.stdout + r.stderr
        fuzz = json.loads((out / "ident" / "linux-x86_64" / "manifest.json").read_text())["fuzz"]
        assert fuzz["agreed"] == 30, fuzz
        digests.append(fuzz["inputs_digest"])
    assert digests[0] == digests[1] != digests[2]


def test_an_input_on_which_cpython_hangs_is_dropped(fxn_bin, tmp_path):
    path = write(tmp_path, "hang.py", '''\
def collatz_steps(n):
    steps = 0
    while n != 1:  # loops forever for n <= 0
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
        if steps > 10**9:
            break
    return steps
''')
    r = fxn(fxn_bin, "push", str(path), "--inputs", "[6]", "--fuzz", "12", "--fuzz-seed", "1", "--json",
            cwd=tmp_path)
    events = [json.loads(line) for line in r.stdout.splitlines() if line.startswith("{")]
    traced = next(e for e in events if e["stage"] == "TRACED")
    assert "dropped" in traced.get("message", ""), traced
    m = manifest(tmp_path, "collatz_steps", "linux-x86_64")
    assert m["fuzz"]["dropped"] >= 1
    assert m["fuzz"]["inputs"] + m["fuzz"]["dropped"] == m["fuzz"]["generated"]


def test_inputs_on_which_cpython_hits_the_recursion_limit_are_dropped(fxn_bin, tmp_path):
    """fib(1000) raises RecursionError in CPython at once, but compiled code (whose frame count
    starts at the entry) would compute it, for ever: such inputs are dropped, not compared."""
    path = write(tmp_path, "fib.py", "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n")
    r = subprocess.run([fxn_bin, "push", str(path), "--inputs", "[10]", "--fuzz", "40", "--fuzz-seed", "3"],
                       capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    fuzz = manifest(tmp_path, "fib", "linux-x86_64")["fuzz"]
    assert fuzz["dropped"] >= 1 and fuzz["differences"] == 0, fuzz
    assert fuzz["inputs"] + fuzz["dropped"] == fuzz["generated"]


def test_a_result_beyond_64_bits_is_a_documented_limit(fxn_bin, tmp_path):
    # n ** k with k unknown is dynamic (an int or a float): fxn::Dyn holds a 64-bit int, so this
    # module has no copy over unbounded ints (WORKSPACE.md "Ints past 64 bits").
    path = write(tmp_path, "power.py", "def power(n, k):\n    return n ** k\n")
    r = fxn(fxn_bin, "push", str(path), "--inputs", "[3, 2]", "--fuzz", "50", cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "hit fxn's documented limits" in r.stdout
    assert "warning" in r.stderr and "OverflowError" in r.stderr
    fuzz = manifest(tmp_path, "power", "linux-x86_64")["fuzz"]
    assert fuzz["limits"] >= 1 and fuzz["differences"] == 0
    assert fuzz["agreed"] + fuzz["limits"] == fuzz["inputs"]


def test_a_result_beyond_64_bits_agrees_with_the_unbounded_copy(fxn_bin, tmp_path):
    path = write(tmp_path, "square.py", "def square(n):\n    return n * n\n")
    r = fxn(fxn_bin, "push", str(path), "--inputs", "[3]", "--fuzz", "50", cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    fuzz = manifest(tmp_path, "square", "linux-x86_64")["fuzz"]
    assert fuzz["agreed"] == fuzz["inputs"] == 50 and fuzz["limits"] == 0, fuzz


def test_fuzz_settings_come_from_the_config_file(fxn_bin, tmp_path):
    config = tmp_path / "config" / "fxn"
    config.mkdir(parents=True)
    (config / "config.json").write_text(json.dumps({"fuzz": 25, "fuzz_seed": 3}))
    path = write(tmp_path, "half.py", "def half(x):\n    return x / 2\n")
    r = fxn(fxn_bin, "push", str(path), "--inputs", "[1.0]", cwd=tmp_path,
            env={"XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert r.returncode == 0, r.stdout + r.stderr
    fuzz = manifest(tmp_path, "half", "linux-x86_64")["fuzz"]
    assert fuzz["inputs"] == 25 and fuzz["seed"] == 3


def test_the_cache_keys_cover_the_fuzz_settings(fxn_bin, tmp_path):
    path = write(tmp_path, "twice.py", "def twice(s):\n    return s + s\n")
    first = fxn(fxn_bin, "push", str(path), "--inputs", '["ab"]', "--json", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    fuzzed = fxn(fxn_bin, "push", str(path), "--inputs", '["ab"]', "--fuzz", "20", "--json", cwd=tmp_path)
    assert fuzzed.returncode == 0, fuzzed.stderr
    traced = [json.loads(line) for line in fuzzed.stdout.splitlines() if '"TRACED"' in line][0]
    assert not traced.get("cached"), "a push with --fuzz must not reuse the unfuzzed trace"
    assert manifest(tmp_path, "twice", "linux-x86_64")["fuzz"]["inputs"] == 20
