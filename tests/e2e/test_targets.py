"""One push, every target: per-target verdicts, runners (qemu-user, Node, wine), the JavaScript
loader, a big-endian target's ndarrays, and targets that cannot be built here failing alone with a
reason while the others succeed."""

import json
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "nbody.py"
# The nine targets this machine kind builds and verifies (scripts/setup.sh installs their tools).
RUNNABLE = ["linux-x86_64", "linux-arm64", "linux-armv7", "linux-riscv64", "linux-ppc64le", "linux-s390x",
            "linux-i686", "wasm32-wasi", "windows-x86_64"]
EXPECTED_1000 = json.dumps(-0.16908760523460614)  # CPython: nbody(1000)


def fxn(fxn_bin, *args, cwd=None):
    return subprocess.run([fxn_bin, *map(str, args)], capture_output=True, text=True, timeout=600, cwd=cwd)


def test_push_all_targets(fxn_bin, tmp_path):
    """`--targets all`: every target with tools here is built and verified where it runs (wine
    for windows-x86_64), and each bundle gives CPython's answer through `fxn run`. `all` leaves
    out the targets whose SDK no Linux machine has (macOS, iOS, Android), so the push succeeds."""
    r = fxn(fxn_bin, "push", EXAMPLE, "--inputs", "[1000]", "--targets", "all", "-o", tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "macos-arm64" not in r.stdout + r.stderr, r.stdout + r.stderr
    assert "not verified" not in r.stdout + r.stderr, r.stdout + r.stderr
    for target in RUNNABLE:
        manifest = json.loads((tmp_path / "nbody" / target / "manifest.json").read_text())
        assert manifest["target"] == target
        assert manifest["verification"]["status"] == "verified", (target, manifest["verification"])
        run = fxn(fxn_bin, "run", tmp_path / "nbody" / target, "--inputs", "[1000]")
        assert run.returncode == 0, (target, run.stderr)
        assert run.stdout.strip() == EXPECTED_1000, target
    win = tmp_path / "nbody" / "windows-x86_64"
    assert (win / "nbody.dll").read_bytes()[:2] == b"MZ"  # a PE image


def test_unavailable_targets_fail_alone(fxn_bin, tmp_path):
    r = fxn(fxn_bin, "push", EXAMPLE, "--inputs", "[10]", "--targets", "macos-arm64,linux-x86_64,android-arm64",
            "-o", tmp_path)
    assert r.returncode == 1
    assert "macos-arm64: not available here: needs Apple's macOS SDK" in r.stderr
    assert "android-arm64: not available here: needs the Android NDK" in r.stderr
    assert "compiled linux-x86_64" in r.stdout and "verified on 1 sample" in r.stdout
    assert (tmp_path / "nbody" / "linux-x86_64" / "libnbody.so").is_file()


def test_targets_lists_every_target_with_a_reason(fxn_bin):
    r = fxn(fxn_bin, "targets", "--json")
    assert r.returncode == 0
    targets = {t["name"]: t for t in json.loads(r.stdout)}
    assert set(targets) >= {"linux-x86_64", "linux-arm64", "linux-armv7", "linux-riscv64", "wasm32-wasi",
                            "windows-x86_64", "macos-arm64", "ios-arm64", "android-arm64"}
    for name in RUNNABLE:
        assert targets[name]["available"] and targets[name]["verifiable"], targets[name]
    assert sum(t["verifiable"] for t in targets.values()) == 9, targets
    text = fxn(fxn_bin, "targets").stdout
    assert "linux-s390x     available, verified under qemu-s390x" in text, text
    assert "windows-x86_64  available, verified under wine64" in text, text
    for name in ("macos-arm64", "ios-arm64", "android-arm64"):
        assert not targets[name]["available"]
        assert "SDK" in targets[name]["reason"] or "NDK" in targets[name]["reason"]


def test_javascript_loader_without_node_wasi(fxn_bin, tmp_path):
    """fxn_wasm.mjs's own WASI shim (what a browser uses) runs the artifact."""
    r = fxn(fxn_bin, "push", EXAMPLE, "--inputs", "[1000]", "--targets", "wasm32-wasi", "-o", tmp_path)
    assert r.returncode == 0, r.stderr
    bundle = tmp_path / "nbody" / "wasm32-wasi"
    script = bundle / "check.mjs"
    script.write_text(
        "import { readFileSync } from 'node:fs';\n"
        "import { FxnModule, FxnError } from './fxn_wasm.mjs';\n"
        "const fxn = await FxnModule.load(readFileSync(new URL('./nbody.wasm', import.meta.url)));\n"
        "console.log(JSON.stringify(fxn.call([1000])));\n"
        "try { fxn.call([1.5]); } catch (e) { console.log(e instanceof FxnError, e.type); }\n")
    out = subprocess.run(["node", str(script)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [EXPECTED_1000, "true TypeError"]


INTS_MODULE = """
def ints(n, xs, x):
    big = float(x) * 1e308 * 10
    return [n * 3, -n * 3, n, xs, {"k": n + 1}, x * 1.0, big, big * 0.0]
"""


def test_javascript_loader_ints_past_2_53(fxn_bin, tmp_path):
    """FxnModule.call keeps Python's ints exact: an int64 result past 2**53 comes back as a BigInt
    (JSON.parse would round it), a BigInt argument goes as a JSON int; one past 64 bits runs in the
    module's copy over unbounded ints and comes back exact (WORKSPACE.md "Ints past 64 bits"); NaN and infinities
    travel; a float that is integral comes back as a number (-3.0 as -3: JavaScript has one
    number type)."""
    (tmp_path / "ints.py").write_text(INTS_MODULE)
    r = fxn(fxn_bin, "push", tmp_path / "ints.py", "--entry", "ints", "--inputs", "[5, [1, 2], -3]",
            "--targets", "wasm32-wasi", "-o", tmp_path)
    assert r.returncode == 0, r.stderr
    bundle = tmp_path / "ints" / "wasm32-wasi"
    script = bundle / "check.mjs"
    script.write_text(
        "import { readFileSync } from 'node:fs';\n"
        "import { FxnModule, FxnError } from './fxn_wasm.mjs';\n"
        "const fxn = await FxnModule.load(readFileSync(new URL('./ints.wasm', import.meta.url)));\n"
        "const show = (v) => JSON.stringify(v, (k, x) => typeof x === 'bigint' ? `${x}n` : "
        "(typeof x === 'number' && !Number.isFinite(x) ? String(x) : x));\n"
        "console.log(show(fxn.call([3002399751580331n, [9007199254740993n, -1], -3])));\n"
        "console.log(show(fxn.call([5, [], 0])));\n"
        "console.log(fxn.callJson('[5, [], -3]'));\n"
        "for (const args of [[2n ** 64n, [], 1], [1, [-(2n ** 63n) - 1n], 1]]) {\n"
        "  try { console.log(show(fxn.call(args))); } catch (e) { console.log(e instanceof FxnError, e.type, e.pythonMessage); }\n"
        "}\n")
    out = subprocess.run(["node", str(script)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [
        # 3 * 3002399751580331 = 9007199254740993 = 2**53 + 1: JSON.parse gave ...992
        '["9007199254740993n","-9007199254740993n",3002399751580331,["9007199254740993n",-1],'
        '{"k":3002399751580332},-3,"-Infinity","NaN"]',
        '[15,-15,5,[],{"k":6},0,0,0]',
        '{"ok": [15, -15, 5, [], {"k": 6}, -3.0, -Infinity, NaN]}',
        '["55340232221128654848n","-55340232221128654848n","18446744073709551616n",[],'
        '{"k":"18446744073709551617n"},1,"Infinity","NaN"]',
        '[3,-3,1,["-9223372036854775809n"],{"k":2},1,"Infinity","NaN"]',
    ], out.stdout


BIG_ENDIAN_MODULE = """
import numpy as np

SCALE = np.array([1.5, -2.25, 1e-300, 3.0], dtype=np.float64)  # module constants: bytes in the IR
OFFSET = np.array([1, -2, 300, -40000], dtype=np.int32)


def mix(x, counts, small):
    scaled = x * SCALE
    shifted = counts + OFFSET
    return scaled, shifted, small * 2, float(scaled.sum()), int(shifted.sum()), x.astype(np.float32)
"""


def test_big_endian_ndarray_round_trip(fxn_bin, tmp_path):
    """linux-s390x is big-endian: ndarrays in and out (float64, int32, int16, float32), module
    constant arrays (little-endian bytes in the IR) and .npy arguments saved either way give
    CPython + NumPy's answer, as on x86-64."""
    import numpy as np
    module = tmp_path / "be.py"
    module.write_text(BIG_ENDIAN_MODULE)
    tensor = lambda a: {"tensor": {"dtype": str(a.dtype), "shape": list(a.shape), "data": a.ravel().tolist()}}
    sample = [np.array([0.1, -7.5, 5e-324, 1e308]), np.array([2**31 - 2, -5, 0, 7], dtype=np.int32),
              np.array([[1, -300], [16000, 2]], dtype=np.int16)]
    r = fxn(fxn_bin, "push", module, "--entry", "mix", "--inputs", json.dumps([tensor(a) for a in sample]),
            "--targets", "linux-s390x,linux-x86_64", "-o", tmp_path / "out")
    assert r.returncode == 0, r.stdout + r.stderr
    np.save(tmp_path / "x_big.npy", np.array([0.1, -7.5, 2.0**-1074, 1e308], dtype=">f8"))
    np.save(tmp_path / "c_little.npy", np.array([2**31 - 1, -5, 0, 7], dtype="<i4"))
    small = np.array([[-3, 2**14]], dtype=np.int16)
    args = json.dumps([f"@{tmp_path / 'x_big.npy'}", f"@{tmp_path / 'c_little.npy'}", tensor(small)])

    namespace = {}
    exec(compile(BIG_ENDIAN_MODULE, str(module), "exec"), namespace)
    with np.errstate(all="ignore"):
        want = namespace["mix"](np.load(tmp_path / "x_big.npy").astype(np.float64), np.load(tmp_path / "c_little.npy"), small)
    want = [tensor(v) if isinstance(v, np.ndarray) else v for v in want]
    for target in ("linux-s390x", "linux-x86_64"):
        run = fxn(fxn_bin, "run", tmp_path / "out" / "mix" / target, "--inputs", args)
        assert run.returncode == 0, (target, run.stderr)
        assert json.loads(run.stdout) == want, (target, run.stdout)
