"""One push, every target: per-target verdicts, runners, the JavaScript loader, and targets
that cannot be built here failing alone with a reason while the others succeed."""

import json
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "nbody.py"
RUNNABLE = ["linux-x86_64", "linux-arm64", "linux-armv7", "linux-riscv64", "wasm32-wasi"]
EXPECTED_1000 = json.dumps(-0.16908760523460614)  # CPython: nbody(1000)


def fxn(fxn_bin, *args, cwd=None):
    return subprocess.run([fxn_bin, *map(str, args)], capture_output=True, text=True, timeout=600, cwd=cwd)


def test_push_all_targets(fxn_bin, tmp_path):
    r = fxn(fxn_bin, "push", EXAMPLE, "--inputs", "[1000]", "--targets", "all", "-o", tmp_path)
    has_wine = shutil.which("wine64") is not None
    assert (r.returncode == 0) == has_wine, r.stdout + r.stderr
    for target in RUNNABLE:
        manifest = json.loads((tmp_path / "nbody" / target / "manifest.json").read_text())
        assert manifest["target"] == target
        assert manifest["verification"]["status"] == "verified", (target, manifest["verification"])
        run = fxn(fxn_bin, "run", tmp_path / "nbody" / target, "--inputs", "[1000]")
        assert run.returncode == 0, (target, run.stderr)
        assert run.stdout.strip() == EXPECTED_1000, target
    win = tmp_path / "nbody" / "windows-x86_64"
    assert (win / "nbody.dll").read_bytes()[:2] == b"MZ"  # a PE image
    status = json.loads((win / "manifest.json").read_text())["verification"]["status"]
    assert status == ("verified" if has_wine else "compiled, not verified")
    if not has_wine:
        assert "windows-x86_64: compiled, not verified: wine64 is not installed" in r.stderr


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
