"""End-to-end NumPy conformance: compiled functions over ndarrays must behave like CPython + NumPy.

tests/conformance/numpy/*.py (format: tests/conformance/numpy_pending/README.md): each file is
pushed with `fxn push` on its SAMPLES, then the artifact runs on every sample and check and must
give CPython + NumPy's outcome. Arguments and results travel as JSON, an ndarray as
{"tensor": {"dtype": ..., "shape": [...], "data": [flat C-order items]}}, a NumPy scalar as the
plain JSON number/bool (its .item()), a tuple as a list.

Values are compared as JSON text, except in cases whose docstring says "transcendental" or
"[ulp: summation order]": there the answer is parsed and every float (float tensor items in
their own dtype's ulps: float32 ulps for float32) may differ by at most ULP_TOLERANCE ulps.
Exceptions compare as the last stderr line "Type: message", as in test_conformance.py.

Needs FXN_BIN; honours FXN_TEST_TARGETS (default linux-x86_64) as test_conformance.py does.
Run: FXN_BIN=build/fxn python3.11 -m pytest -q -n 2 tests/e2e/test_numpy_conformance.py
"""

import json
import math
import os
import struct
from pathlib import Path

import numpy as np
import pytest

from test_conformance import (  # the same runner and comparison as the scalar conformance test
    TARGETS, Expected, describe, has_big_int, load_module, mismatch, outcome_of_answer,
    push_command, run_fxn, targets_for)

ROOT = Path(__file__).resolve().parents[2]
# FXN_NUMPY_CASES=DIR runs the cases of another folder (e.g. tests/conformance/numpy_pending, to
# see which pending cases pass now).
NUMPY_DIR = Path(os.environ.get("FXN_NUMPY_CASES") or ROOT / "tests" / "conformance" / "numpy").resolve()
CASE_FILES = sorted(p for p in NUMPY_DIR.glob("*.py") if not p.name.startswith("_"))
# FXN_TEST_EVERY=N keeps one case in N, chosen by a hash of its name (as test_conformance.py).
_EVERY = int(os.environ.get("FXN_TEST_EVERY", "1"))
if _EVERY > 1:
    import zlib
    CASE_FILES = [p for p in CASE_FILES if zlib.crc32(p.stem.encode()) % _EVERY == 0]
ULP_TOLERANCE = 64
ULP_MARKERS = ("transcendental", "[ulp: summation order")


# ---------------------------------------------------------------------------------------------
# JSON <-> Python + NumPy


def to_jsonable(value):
    """value with ndarrays as tensor objects, NumPy scalars as Python scalars, tuples as lists."""
    if isinstance(value, np.ndarray):
        return {"tensor": {"dtype": str(value.dtype), "shape": list(value.shape),
                           "data": value.ravel(order="C").tolist()}}
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    return value


def from_jsonable(value):
    """The inverse for arguments: tensor objects become fresh ndarrays (what the artifact gets)."""
    if isinstance(value, dict):
        t = value.get("tensor")
        if len(value) == 1 and isinstance(t, dict):
            return np.array(t["data"], dtype=np.dtype(t["dtype"])).reshape(t["shape"])
        return {k: from_jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [from_jsonable(v) for v in value]
    return value


def inputs_json(args):
    return json.dumps(to_jsonable(list(args)))


def cpython_outcome(fn, args_json):
    """(Expected, raw value or None): CPython + NumPy on exactly the arguments the artifact gets."""
    args = from_jsonable(json.loads(args_json))
    try:
        value = fn(*args)
    except RecursionError:
        return Expected("recursion", "RecursionError"), None
    except Exception as e:  # noqa: BLE001 - every Python exception is an expected outcome
        # rstrip: the artifact's last stderr line is compared without trailing blanks (last_line),
        # and NumPy's broadcast message ends in one ("... shapes (3,4) (5,) ").
        text = f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
        return Expected("raise", text.rstrip()), None
    if has_big_int(value):  # a Python int past int64 (NumPy's own uint64 values are fine)
        return Expected("overflow", "OverflowError:"), None
    return Expected("value", json.dumps(to_jsonable(value))), value


# ---------------------------------------------------------------------------------------------
# Comparison within ulps


def _ordered(x, dtype):
    """x's bits as an integer that counts ulps monotonically (-0.0 and 0.0 both 0)."""
    if dtype == np.float32:
        (i,) = struct.unpack("<i", struct.pack("<f", np.float32(x)))
        return i if i >= 0 else -(i & 0x7FFFFFFF)
    (i,) = struct.unpack("<q", struct.pack("<d", float(x)))
    return i if i >= 0 else -(i & 0x7FFFFFFFFFFFFFFF)


def _float_close(want, got, dtype):
    if isinstance(got, bool) or not isinstance(got, (int, float)):
        return False
    want, got = float(want), float(got)
    if math.isnan(want) or math.isnan(got):
        return math.isnan(want) and math.isnan(got)
    if math.isinf(want) or math.isinf(got):
        return want == got
    return abs(_ordered(want, dtype) - _ordered(got, dtype)) <= ULP_TOLERANCE


def _same_json(want, got):
    """Exact equality of parsed JSON that keeps bool apart from int and int from float."""
    return json.dumps(want) == json.dumps(got)


def close_diff(want, got, where="result"):
    """None when got (parsed fxn output) matches CPython's raw value want within ULP_TOLERANCE."""
    if isinstance(want, np.ndarray):
        t = got.get("tensor") if isinstance(got, dict) else None
        if not isinstance(t, dict):
            return f"{where}: expected a tensor, got {got!r}"
        if t.get("dtype") != str(want.dtype) or t.get("shape") != list(want.shape):
            return (f"{where}: tensor {t.get('dtype')}{t.get('shape')} != CPython's "
                    f"{want.dtype}{list(want.shape)}")
        data, items = t.get("data"), want.ravel(order="C").tolist()
        if not isinstance(data, list) or len(data) != len(items):
            return f"{where}: tensor data {data!r} does not hold {len(items)} items"
        inexact = want.dtype.kind == "f"
        for i, (w, g) in enumerate(zip(items, data)):
            ok = _float_close(w, g, want.dtype) if inexact else _same_json(w, g)
            if not ok:
                return f"{where}: item {i}: {g!r} != CPython's {w!r}"
        return None
    if isinstance(want, (np.floating, float)):
        dtype = want.dtype if isinstance(want, np.floating) else np.dtype(np.float64)
        if not _float_close(want, got, dtype):
            return f"{where}: {got!r} != CPython's {float(want)!r} (beyond {ULP_TOLERANCE} ulps)"
        return None
    if isinstance(want, (list, tuple)):
        if not isinstance(got, list) or len(got) != len(want):
            return f"{where}: {got!r} is not a list of {len(want)} items"
        for i, (w, g) in enumerate(zip(want, got)):
            why = close_diff(w, g, f"{where}[{i}]")
            if why:
                return why
        return None
    if isinstance(want, dict):
        if not isinstance(got, dict) or sorted(got) != sorted(want):
            return f"{where}: {got!r} has not the keys of {want!r}"
        for k in want:
            why = close_diff(want[k], got[k], f"{where}[{k!r}]")
            if why:
                return why
        return None
    w = to_jsonable(want)
    return None if _same_json(w, got) else f"{where}: {got!r} != CPython's {w!r}"


def mismatch_within_ulps(expected, raw, proc):
    """mismatch(), with values parsed and floats compared within ULP_TOLERANCE ulps."""
    if expected.kind != "value" or proc.returncode != 0:
        return mismatch(expected, proc)
    try:
        got = json.loads(proc.stdout.strip())
    except ValueError:
        return f"stdout {proc.stdout.strip()!r} is not JSON"
    why = close_diff(raw, got)
    return f"{why} (stdout {proc.stdout.strip()!r}, CPython {expected.text!r})" if why else None


# ---------------------------------------------------------------------------------------------
# Tests


@pytest.mark.parametrize("path", CASE_FILES, ids=[p.stem for p in CASE_FILES])
def test_numpy_conformance(path, fxn_bin, tmp_path):
    module = load_module(path)
    entry = module.ENTRY
    fn = getattr(module, entry)
    within_ulps = any(m in (module.__doc__ or "") for m in ULP_MARKERS)
    samples = [inputs_json(a) for a in module.SAMPLES]
    expected, raw = {}, {}
    for s in samples:
        expected[s], raw[s] = cpython_outcome(fn, s)
        assert expected[s].kind == "value", f"{path.name}: sample {s} fails in CPython: {expected[s]}"
    for c in (inputs_json(a) for a in module.CHECKS):
        if c not in expected:
            expected[c], raw[c] = cpython_outcome(fn, c)

    targets = targets_for(path.stem)  # FXN_TEST_TARGETS_PER_CASE, as test_conformance.py
    push = run_fxn(fxn_bin, push_command(path, entry, samples, tmp_path) + ["--targets", ",".join(targets)],
                   tmp_path)
    if push.returncode != 0:
        pytest.fail(f"fxn push {path.name} (targets {','.join(targets)}) failed: {describe(push)}", pytrace=False)

    failures = []
    for target in targets:
        artifact = tmp_path / entry / target
        if not artifact.is_dir():
            found = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
            pytest.fail(f"fxn push left no {artifact}; it wrote: {found}", pytrace=False)
        if len(TARGETS) == 1:  # the CLI as a user runs it, one call per input
            procs = [run_fxn(fxn_bin, ["run", str(artifact), "--inputs", a], tmp_path) for a in expected]
        else:  # every input in one run of the target's harness
            args = ["run", str(artifact), "--json"]
            for a in expected:
                args += ["--inputs", a]
            batch = run_fxn(fxn_bin, args, tmp_path)
            if batch.returncode != 0 or len(batch.stdout.splitlines()) != len(expected):
                pytest.fail(f"{target}: fxn run --json failed: {describe(batch)}", pytrace=False)
            procs = [outcome_of_answer(line) for line in batch.stdout.splitlines()]
        for (args_json, want), proc in zip(expected.items(), procs):
            why = (mismatch_within_ulps(want, raw[args_json], proc) if within_ulps
                   else mismatch(want, proc))
            if why:
                failures.append(f"[{target}] {entry}(*{args_json[:500]}): {why}\n  CPython: {want}\n"
                                f"  fxn: {describe(proc)}")
    if failures:
        pytest.fail(f"{path.name}: {len(failures)} of {len(expected)} inputs differ from CPython + NumPy\n\n"
                    + "\n\n".join(failures), pytrace=False)
