"""The examples end to end: examples/classifier.py (resize, crop, normalise, two dense layers,
softmax over NumPy arrays) compiles for every target with a runner here, verifies against
CPython + NumPy on its sample image, and answers like CPython on images of other sizes;
examples/orderbook.py (a class hierarchy with operator methods, a user exception, a generator)
does the same with its sample order streams and answers like CPython on other streams."""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "python"))  # fxn.image, as the example imports it
TARGETS = ["linux-x86_64", "linux-arm64", "linux-armv7", "linux-riscv64", "wasm32-wasi"]
ULPS = 64  # the bound verification allows for functions using NumPy's SIMD exp and BLAS


def load_example(name):
    """examples/NAME.py imported under a name of its own, as CPython runs it."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("fxn_example_" + name, ROOT / "examples" / (name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tensor_json(a):
    return {"tensor": {"dtype": a.dtype.name, "shape": list(a.shape), "data": a.ravel().tolist()}}


def close(a, b, ulps=ULPS):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return a.shape == b.shape and bool(np.all(np.abs(a - b) <= ulps * np.spacing(np.maximum(np.abs(a), np.abs(b)))))


@pytest.fixture(scope="module")
def pushed(fxn_bin, tmp_path_factory):
    out = tmp_path_factory.mktemp("classifier")
    proc = subprocess.run([fxn_bin, "push", "examples/classifier.py", "--inputs", '["@examples/classifier_input.npy"]',
                           "--targets", ",".join(TARGETS), "-o", str(out), "--json"],
                          cwd=ROOT, capture_output=True, text=True, timeout=900)
    return proc, out


def test_classifier_verifies_on_every_target(pushed):
    proc, out = pushed
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    for target in TARGETS:
        manifest = json.loads((out / "classify" / target / "manifest.json").read_text())
        assert manifest["verification"]["status"] == "verified", (target, manifest["verification"]["status"])


@pytest.mark.parametrize("target", TARGETS)
def test_classifier_matches_cpython_on_other_images(pushed, fxn_bin, target):
    proc, out = pushed
    assert proc.returncode == 0, proc.stderr[-3000:]
    classifier = load_example("classifier")
    rng = np.random.default_rng(7)
    for shape in [(30, 40, 3), (16, 16, 3), (101, 77, 3)]:
        img = rng.integers(0, 256, size=shape, dtype=np.uint8)
        expected = classifier.classify(img)
        run = subprocess.run([fxn_bin, "run", str(out / "classify" / target), "--inputs", json.dumps([tensor_json(img)])],
                             capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, run.stderr
        got = json.loads(run.stdout)["tensor"]
        assert got["dtype"] == "float64" and got["shape"] == [10]
        assert close(got["data"], expected), (shape, got["data"], expected.tolist())


def test_image_operators_match_their_numpy_reference(fxn_bin, tmp_path):
    """fxn.image's operators compiled alone: bit for bit what python/fxn/image.py computes."""
    source = tmp_path / "prep.py"
    source.write_text("from fxn import image\n\n"
                      "def prep(img, h, w):\n"
                      "    return image.center_crop(image.resize_bilinear(img, h + 3, w + 5), h, w)\n")
    from fxn import image
    rng = np.random.default_rng(3)
    sample = rng.integers(0, 256, size=(21, 34, 3), dtype=np.uint8)
    out = tmp_path / "out"
    proc = subprocess.run([fxn_bin, "push", str(source), "--inputs", json.dumps([tensor_json(sample), 9, 13]),
                           "-o", str(out)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    for shape, h, w in [((21, 34, 3), 9, 13), ((5, 7, 3), 20, 30), ((64, 48, 3), 1, 1), ((3, 3, 1), 8, 2)]:
        img = rng.integers(0, 256, size=shape, dtype=np.uint8)
        expected = image.center_crop(image.resize_bilinear(img, h + 3, w + 5), h, w)
        run = subprocess.run([fxn_bin, "run", str(out / "prep" / "linux-x86_64"), "--inputs",
                              json.dumps([tensor_json(img), h, w])], capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr
        assert json.loads(run.stdout) == tensor_json(expected), shape


ORDER_STREAMS = [
    ["buy 10 @ 101.5", "sell 4 @ 101", "sell 10 @ 102", "buy 3", "# comment", "buy 5 @ 100", "sell 8",
     "buy 2 @ 102.25"],
    ["sell 5 @ 99.5", "sell 5 @ 99.5", "buy 7 @ 100", "buy 1"],
]
OTHER_ORDER_STREAMS = [
    [],
    ["buy 3"],
    ["buy 10 @ 101.5", "sell x @ 101"],
    ["buy 1 @ 1", "hold 3"],
    ["sell 0 @ 5"],
    ["buy 2 @ 10", "buy 2 @ 10.5", "buy 2 @ 9.75", "sell 5 @ 9", "sell 9", "buy 4 @ 11", "sell 1 @ 11"],
]


@pytest.fixture(scope="module")
def orderbook(fxn_bin, tmp_path_factory):
    out = tmp_path_factory.mktemp("orderbook")
    command = [fxn_bin, "push", "examples/orderbook.py", "--entry", "run_book", "--targets", ",".join(TARGETS),
               "-o", str(out), "--json"]
    for stream in ORDER_STREAMS:
        command += ["--inputs", json.dumps([stream])]
    proc = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=900)
    return proc, out


def test_orderbook_verifies_on_every_target(orderbook):
    proc, out = orderbook
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    for target in TARGETS:
        manifest = json.loads((out / "run_book" / target / "manifest.json").read_text())
        assert manifest["verification"]["status"] == "verified", (target, manifest["verification"]["status"])


@pytest.mark.parametrize("target", TARGETS)
def test_orderbook_matches_cpython_on_other_streams(orderbook, fxn_bin, target):
    proc, out = orderbook
    assert proc.returncode == 0, proc.stderr[-3000:]
    example = load_example("orderbook")
    for stream in OTHER_ORDER_STREAMS:
        expected = json.loads(json.dumps(example.run_book(list(stream))))
        run = subprocess.run([fxn_bin, "run", str(out / "run_book" / target), "--inputs", json.dumps([stream])],
                             capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, (stream, run.stderr)
        assert json.loads(run.stdout) == expected, stream
