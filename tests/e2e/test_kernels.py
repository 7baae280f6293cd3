"""The benchmark kernels of bench/kernels compile, verify, and then agree with CPython on inputs
they were not traced with.

Each kernel is pushed with a small sample (so tracing stays quick) and run on a larger input;
the artifact's printed result must equal json.dumps of CPython's result on that input.
"""

import importlib.util
import json
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KERNELS = ROOT / "bench" / "kernels"

# kernel file -> (entry, traced sample, checked input)
CASES = {
    "fib": ("fib", [12], [24]),
    "nbody": ("nbody", [100], [5000]),
    "spectral": ("spectral_norm", [20], [100]),
    "mandel": ("mandelbrot", [20, 15, 30], [120, 90, 100]),
    "sieve": ("count_primes", [1000], [300000]),
    "words": ("top_word_count", ["The quick brown fox. The dog!", 2],
              ["Over the hill; under the Hill! the end. " * 40 + "x, y? z: " * 7, 9]),
    "logre": ("scan_log", ["10:00:02 ERROR [app.db] lost 42 after 3\nx\n", 2],
              ["10:00:05 ERROR [db.é] café 7 and 80\r\n10:00:06 ERROR [x] none\n12:00:00 INFO [a] 5\n"
               "1:00:00 ERROR [a] 9\n10:00:07 ERROR [net.io] retry 3, 4 and 55555\u2028tail 6\n" * 30, 3]),
}


def cpython(path, entry, args):
    spec = importlib.util.spec_from_file_location(f"kernel_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, entry)(*args)


@pytest.mark.parametrize("name", sorted(CASES))
def test_kernel_compiles_verifies_and_agrees(name, fxn_bin, tmp_path):
    path = KERNELS / f"{name}.py"
    assert path.is_file(), f"{path} is missing: the benchmark kernels live in bench/kernels"
    entry, sample, check = CASES[name]
    push = subprocess.run([fxn_bin, "push", str(path), "--entry", entry, "--inputs", json.dumps(sample),
                           "-o", str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert push.returncode == 0, f"push failed:\n{push.stdout}\n{push.stderr}"
    assert "verified on 1 sample" in push.stdout, push.stdout
    manifest = json.loads((tmp_path / entry / "linux-x86_64" / "manifest.json").read_text())
    assert manifest["verification"]["status"] == "verified"
    run = subprocess.run([fxn_bin, "run", str(tmp_path / entry / "linux-x86_64"), "--inputs", json.dumps(check)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == json.dumps(cpython(path, entry, check))
