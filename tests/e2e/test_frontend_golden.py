"""The front end's output, pinned: `fxn ir` and `fxn source` of every conformance case
(tests/conformance/cases and tests/conformance/numpy) must match, byte for byte, the SHA-256
digests in tests/golden/frontend.json. They were recorded from main before the front end was
split into modules, so a refactor that changes any output fails here.

A change that means to alter the output re-records, and says why in its commit:
    FXN_BIN=build/fxn python3.11 tests/e2e/test_frontend_golden.py --record
or records only the cases it adds or means to change, keeping every other digest:
    FXN_BIN=build/fxn python3.11 tests/e2e/test_frontend_golden.py --record tests/conformance/cases/x.py ...
Commands run from the repository root with relative paths, so the digests do not depend on
where the repository lives.
"""

import concurrent.futures
import hashlib
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from test_numpy_conformance import to_jsonable  # arguments as --inputs carries them (tensors too)

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden" / "frontend.json"
CASE_DIRS = [ROOT / "tests" / "conformance" / "cases", ROOT / "tests" / "conformance" / "numpy"]
CASES = sorted(p.relative_to(ROOT).as_posix() for d in CASE_DIRS for p in d.glob("*.py") if not p.name.startswith("_"))


def _case_command(relpath):
    """The fxn arguments (after the subcommand) that trace this case on its samples."""
    spec = importlib.util.spec_from_file_location("fxn_golden_" + Path(relpath).stem, ROOT / relpath)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    args = [relpath, "--entry", module.ENTRY]
    for sample in module.SAMPLES:
        args += ["--inputs", json.dumps(to_jsonable(list(sample)))]
    return args


def _digests(fxn_bin, relpath):
    """SHA-256 of each command's exit code, stdout and stderr, as one record."""
    args = _case_command(relpath)
    out = {}
    for command in ("ir", "source"):
        proc = subprocess.run([fxn_bin, command, *args], cwd=ROOT, capture_output=True, timeout=300)
        h = hashlib.sha256(b"%d\n" % proc.returncode + proc.stdout + b"\n--stderr--\n" + proc.stderr)
        out[command] = h.hexdigest()
    return out


def _golden():
    return json.loads(GOLDEN.read_text()) if GOLDEN.exists() else {}


@pytest.mark.parametrize("relpath", CASES)
def test_front_end_output_unchanged(relpath, fxn_bin):
    golden = _golden()
    assert relpath in golden, f"{relpath} has no recorded output: record it (see this file's docstring)"
    got = _digests(fxn_bin, relpath)
    for command in ("ir", "source"):
        assert got[command] == golden[relpath][command], (
            f"`fxn {command} {relpath}` changed: compare with the output of the commit that recorded "
            f"tests/golden/frontend.json, and re-record only if the change is meant")


def _record(fxn_bin, only=None):
    cases = only or CASES
    unknown = sorted(set(cases) - set(CASES))
    if unknown:
        sys.exit(f"not conformance cases (give paths relative to the repository root): {unknown}")
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = dict(zip(cases, pool.map(lambda c: _digests(fxn_bin, c), cases)))
    recorded = {**_golden(), **results} if only else results
    recorded = {case: recorded[case] for case in CASES if case in recorded}  # drops deleted cases
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    GOLDEN.write_text(json.dumps(recorded, indent=1, sort_keys=True) + "\n")
    print(f"recorded {len(results)} cases into {GOLDEN.relative_to(ROOT)} ({len(recorded)} in all)")


if __name__ == "__main__":
    if sys.argv[1:2] != ["--record"] or not os.environ.get("FXN_BIN"):
        sys.exit("usage: FXN_BIN=build/fxn python3.11 tests/e2e/test_frontend_golden.py --record [CASE.py ...]")
    _record(os.path.abspath(os.environ["FXN_BIN"]), sys.argv[2:])
