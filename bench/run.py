#!/usr/bin/env python3.11
"""fxn's benchmark: the kernels of bench/kernels under CPython, compiled by fxn, and
hand-written in C (bench/kernels.c), measured in one run on this machine.

    /usr/bin/python3.11 bench/run.py [--build build] [--write bench/RESULTS.md] [--no-cross] [--rounds 5]

Each kernel file names its ENTRY, its ARGS (the timed call) and a small SAMPLE; it is pushed with
the sample, then every side is timed in-process on ARGS (no start-up or parsing counted): the
artifact's generic entry with bench/time_call.c, the C reference with its own timer, CPython with
time.perf_counter around the call. Each side is best of 3 calls per round; the sides alternate
within a round (the order rotates) and there are --rounds rounds, so a noisy neighbour hits every
side alike: the table shows the median round and the range of the per-round ratios. Results
(fxn's and the C reference's) are checked against CPython's before any time is reported. Also
timed: `fxn push` with the embedded default (the very first push on an empty cache, cold pushes,
cache hits), the service, and the cross targets under their runners.
"""

import argparse
import datetime
import importlib.util
import json
import math
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
CLANG = "clang-19"

# The table's rows, in order: bench/kernels/NAME.py, except the classifier (built from
# examples/, below).
KERNELS = ["fib", "nbody", "spectral", "mandel", "sieve", "words", "logre", "softmax", "classifier", "matmul",
           "dijkstra"]
# The kernels bench/kernels.c has too (under the same names), timed against it; the others are
# timed against CPython (+ NumPy) only.
C_REFERENCE = ["fib", "nbody", "spectral", "mandel", "sieve"]
# The classifier benchmark: examples/classifier.py with a loop over classify() appended (fxn
# compiles one file).
CLASSIFIER_LOOP = """

def classify_many(img, n):
    total = 0.0
    for _ in range(n):
        total += float(classify(img).max())
    return total


ENTRY = classify_many
"""
# Its arguments come from here, not from the file: the tracer's sandbox cannot read the image.
CLASSIFIER_ARGS = lambda image: ((image, 2000), (image, 2))  # noqa: E731 (ARGS, SAMPLE)


NUMPY_NOTE = ("NumPy rows (softmax, classify_many, matmul_many): the CPython column is CPython + NumPy 1.24 "
              "(its SIMD loops, OpenBLAS); fxn's float results agree within 64 ulps. Float matmul in fxn calls "
              "the OpenBLAS the machine has (libopenblas.so.0, the library NumPy calls), so matmul_many compares "
              "fxn with OpenBLAS itself; without it the portable blocked kernel is about 3.6x slower (2.1x with "
              "AVX2) on 256 x 256.")


def kernel_path(name, tmp):
    if name != "classifier":
        return BENCH / "kernels" / f"{name}.py"
    path = tmp / "classifier_bench.py"
    source = (ROOT / "examples" / "classifier.py").read_text()
    path.write_text(source + CLASSIFIER_LOOP)
    return path


def kernel_args(name, module):
    """ARGS and SAMPLE of a kernel."""
    if name == "classifier":
        import numpy as np
        return CLASSIFIER_ARGS(np.load(ROOT / "examples" / "classifier_input.npy"))
    return module.ARGS, module.SAMPLE


# Kernels whose float results may differ from CPython+NumPy's in the last bits (NumPy's SIMD exp):
# compared within the ulp bound verification uses.
ULP_KERNELS = {"softmax": 64, "classifier": 64, "matmul": 64}


def to_json_value(v):
    """An argument as fxn's JSON value model: NumPy arrays as {"tensor": ...}."""
    if hasattr(v, "dtype") and hasattr(v, "shape"):
        return {"tensor": {"dtype": v.dtype.name, "shape": list(v.shape), "data": v.ravel().tolist()}}
    return v


def close_within(a_text, b_text, ulps):
    a, b = float(a_text), float(b_text)
    return a == b or abs(a - b) <= ulps * (math.nextafter(max(abs(a), abs(b)), math.inf) - max(abs(a), abs(b)))


def entry_name(module):
    """The name of a kernel file's entry (ENTRY: the function or its name)."""
    return module.ENTRY if isinstance(module.ENTRY, str) else module.ENTRY.__name__


def load(path):
    sys.path.insert(0, str(ROOT / "python"))  # fxn.image, for the classifier
    spec = importlib.util.spec_from_file_location(f"bench_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# The NumPy comparison runs with OpenBLAS's own choice of kernels and cache sizes on both sides:
# these two variables (set on some machines to pin a core type) are dropped together, for the
# timing commands of the NumPy kernels only.
OPENBLAS_PINS = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")
NUMPY_KERNELS = {"softmax", "classifier", "matmul"}


def timing_env(name):
    if name not in NUMPY_KERNELS:
        return None
    return {k: v for k, v in os.environ.items() if k not in OPENBLAS_PINS}


def cpython_seconds(path, entry, args, env=None):
    """Best of 3 in a fresh interpreter, and the result; args in fxn's JSON form (tensors become
    NumPy arrays again), passed through a file (a matrix is too long for a command line)."""
    args_file = Path(tempfile.mkstemp(suffix=".json")[1])
    args_file.write_text(json.dumps(args))
    code = (
        "import importlib.util, json, sys, time\n"
        f"sys.path.insert(0, {str(ROOT / 'python')!r})\n"
        f"spec = importlib.util.spec_from_file_location('k', {str(path)!r})\n"
        "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)\n"
        "def decode(v):\n"
        "    if isinstance(v, dict) and 'tensor' in v:\n"
        "        import numpy as np\n"
        "        t = v['tensor']\n"
        "        return np.array(t['data'], dtype=t['dtype']).reshape(t['shape'])\n"
        "    return v\n"
        f"f = m.{entry}; args = [decode(a) for a in json.loads(open({str(args_file)!r}).read())]\n"
        "best = 1e9\n"
        "for _ in range(3):\n"
        "    t = time.perf_counter(); r = f(*args); best = min(best, time.perf_counter() - t)\n"
        "r = r.item() if hasattr(r, 'item') else r\n"
        "print(best); print(json.dumps(r))\n"
    )
    try:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             env=env).stdout.split("\n")
    finally:
        args_file.unlink()
    return float(out[0]), out[1]


def c_seconds(out):
    """Seconds and result from the output of bench/kernels.c."""
    m = re.match(r"(\S+)\s+c-O2\s+([\d.]+)s result=(.*)", out)
    if not m:
        sys.exit(f"unexpected output of the C reference: {out!r}")
    return float(m.group(2)), m.group(3)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def service_numbers(fxn, tmp):
    """Cold push, warm (cache-hit) push and cache-hit throughput through fxn-server."""
    address, http = f"127.0.0.1:{free_port()}", free_port()
    env = dict(os.environ, FXN_SERVER=address)
    server = subprocess.Popen([str(fxn.parent / "fxn-server"), "--listen", address, "--http", f"127.0.0.1:{http}",
                               "--data-dir", str(tmp / "data")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    worker = subprocess.Popen([str(fxn.parent / "fxn-worker"), "--server", address],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        import urllib.request
        deadline = time.time() + 30
        while time.time() < deadline:  # until the worker has connected
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{http}/v1/targets", timeout=5) as resp:
                    if any(t.get("workers") for t in json.loads(resp.read())["targets"]):
                        break
            except OSError:
                pass
            time.sleep(0.1)
        nbody = ROOT / "examples" / "nbody.py"
        push = [str(fxn), "push", str(nbody), "--entry", "nbody", "--inputs", "[1000]", "-o", str(tmp / "svc")]
        forget_compiled_libraries()  # the worker's
        t = time.perf_counter()
        r = subprocess.run(push, capture_output=True, env=env)
        cold = time.perf_counter() - t
        if r.returncode != 0:
            sys.exit(f"service push failed: {r.stderr.decode()}")
        warm = []
        for _ in range(15):
            t = time.perf_counter()
            subprocess.run(push, capture_output=True, env=env, check=True)
            warm.append(time.perf_counter() - t)
        clients, per_client = 8, 10

        def client(k):
            for _ in range(per_client):
                subprocess.run(push[:-1] + [str(tmp / f"tp{k}")], capture_output=True, env=env, check=True)

        import concurrent.futures
        t = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(clients) as pool:
            list(pool.map(client, range(clients)))
        throughput = clients * per_client / (time.perf_counter() - t)
        return {"cold": cold, "warm": warm, "clients": clients,
                "throughput": throughput}
    finally:
        worker.kill()
        server.kill()


def forget_compiled_libraries(cache_root=None):
    """Empties fxn's library cache (CACHE/fxn/libraries; CACHE is $XDG_CACHE_HOME, else ~/.cache,
    unless cache_root is given), so a push with a new sample compiles again: a cold push is trace,
    compile and verify, not a copy of the same C++'s library."""
    cache_root = cache_root or os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    shutil.rmtree(Path(cache_root) / "fxn" / "libraries", ignore_errors=True)


def embedded_push_numbers(fxn, tmp, first_runs=3, cold_runs=5, hits=15):
    """Wall times of `fxn push` of fib with no server configured (the embedded default), as a
    user meets them: the very first push on an empty $XDG_CACHE_HOME (one per fresh cache),
    cold pushes (a new sample each: traced, compiled, verified), and cache hits (the same push
    again, bundle written)."""
    fib = BENCH / "kernels" / "fib.py"
    base = {k: v for k, v in os.environ.items() if k != "FXN_SERVER"}

    def push(cache, sample, out, cold=False):
        env = dict(base, XDG_CACHE_HOME=str(cache))
        if cold:
            forget_compiled_libraries(cache)
        t = time.perf_counter()
        r = subprocess.run([str(fxn), "push", str(fib), "--inputs", f"[{sample}]", "-o", str(out)],
                           capture_output=True, text=True, env=env)
        if r.returncode != 0:
            sys.exit(f"fxn push of fib failed:\n{r.stderr[-2000:]}")
        return time.perf_counter() - t, r.stderr

    first = [push(tmp / f"fresh-cache-{k}", 20, tmp / f"first{k}")[0] for k in range(first_runs)]
    cache = tmp / "fresh-cache-0"
    cold = [push(cache, 21 + k, tmp / f"cold{k}", cold=True)[0] for k in range(cold_runs)]
    hit = []
    for _ in range(hits):
        seconds, err = push(cache, 21, tmp / "hit")
        if "(cached)" not in err or "compiling" in err:
            sys.exit(f"a repeated push was not a cache hit:\n{err}")
        hit.append(seconds)
    return {"first": first, "cold": cold, "hit": hit}


def busy_note():
    """A warning line when the machine was busier than its cores (other processes' work)."""
    load, cores = os.getloadavg()[0], os.cpu_count() or 1
    if load <= cores:
        return []
    return [f"The machine was busy (load average {load:.1f} on {cores} cores, other processes): every absolute "
            "time here is inflated, the start-up figures most; the kernels' ratios come from alternating rounds "
            "and are the figures to compare. The per-target table is one run per side, not alternated.", ""]


def spread(values, scale=1.0, digits=2, unit=" s"):
    """'median (min-max, n)' of a list of measurements."""
    v = sorted(x * scale for x in values)
    return f"{statistics.median(v):.{digits}f}{unit} (range {v[0]:.{digits}f}-{v[-1]:.{digits}f}, {len(v)} runs)"


CROSS = {  # target -> (clang triple, runner prefix)
    "linux-arm64": ("aarch64-linux-gnu", ["qemu-aarch64", "-L", "/usr/aarch64-linux-gnu"]),
    "linux-armv7": ("arm-linux-gnueabihf", ["qemu-arm", "-L", "/usr/arm-linux-gnueabihf"]),
    "linux-riscv64": ("riscv64-linux-gnu", ["qemu-riscv64", "-L", "/usr/riscv64-linux-gnu"]),
    "wasm32-wasi": ("wasm32-wasi", ["node", "--no-warnings"]),
}
# kernel -> arguments of the per-target runs (smaller than ARGS: they run under emulation)
CROSS_ARGS = {"fib": [25], "nbody": [20000], "spectral": [100], "mandel": [100, 75, 100], "sieve": [500000]}
# Runs bench/kernels.c built for wasm32-wasi: node run_c.mjs kernels.wasm NAME ARG...
WASM_C_RUNNER = """
import { readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';
const [wasm, ...args] = process.argv.slice(2);
const wasi = new WASI({ version: 'preview1', args: ['kernels', ...args], env: {} });
const { instance } = await WebAssembly.instantiate(readFileSync(wasm), { wasi_snapshot_preview1: wasi.wasiImport });
wasi.start(instance);
"""

WASM_TIMER = """
import { readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';
import { FxnModule } from '%s';
const [lib, args, reps] = process.argv.slice(2);
const wasi = new WASI({ version: 'preview1', args: [], env: {} });
const fxn = await FxnModule.load(readFileSync(lib), wasi);
let best = 1e9, out = '';
for (let i = 0; i < Number(reps); i++) {
  const t = performance.now(); out = fxn.callJson(args); best = Math.min(best, (performance.now() - t) / 1000);
}
console.log(best.toFixed(6), out);
"""


def cross_numbers(fxn, tmp):
    """Per target: each kernel compiled by fxn and the C reference built for the same target,
    both run under the target's runner (qemu-user, Node) on the same machine, on CROSS_ARGS."""
    results = {}
    for target, (triple, runner) in CROSS.items():
        print(f"{target}: C reference and fxn kernels ...", file=sys.stderr)
        wasm = target == "wasm32-wasi"
        c_exe = tmp / f"c-{target}{'.wasm' if wasm else ''}"
        flags = ["--sysroot=/usr"] if wasm else ["-fuse-ld=lld"]
        subprocess.run([CLANG, f"--target={triple}", *flags, "-O2", "-ffp-contract=off", str(BENCH / "kernels.c"),
                        "-o", str(c_exe), "-lm"], check=True, capture_output=True)
        if wasm:
            (tmp / "run_c.mjs").write_text(WASM_C_RUNNER)
            c_runner = ["node", "--no-warnings", str(tmp / "run_c.mjs"), str(c_exe)]
        else:
            c_runner = [*runner, str(c_exe)]
        timer = tmp / f"time_call-{target}"
        if wasm:
            timer = tmp / "time_wasm.mjs"
        else:
            subprocess.run([CLANG, f"--target={triple}", "-fuse-ld=lld", "-O2", f"-I{ROOT / 'runtime/include/fxn'}",
                            str(ROOT / "bench/time_call.c"), "-o", str(timer), "-ldl"], check=True, capture_output=True)
        for name in C_REFERENCE:
            path = kernel_path(name, tmp)
            module = load(path)
            entry = entry_name(module)
            sample = [to_json_value(a) for a in module.SAMPLE]
            out_dir = tmp / f"x-{target}"
            subprocess.run([str(fxn), "push", str(path), "--entry", entry, "--inputs", json.dumps(sample),
                            "--targets", target, "-o", str(out_dir)], check=True, capture_output=True)
            bundle = out_dir / entry / target
            lib = next(p for p in bundle.iterdir() if p.suffix in (".so", ".wasm"))
            args = json.dumps(CROSS_ARGS[name])
            if wasm:
                timer.write_text(WASM_TIMER % (bundle / "fxn_wasm.mjs").as_uri())
                t = subprocess.run(["node", "--no-warnings", str(timer), str(lib), args, "3"], capture_output=True,
                                   text=True, check=True).stdout
            else:
                t = subprocess.run([*runner, str(timer), str(lib), args, "3"], capture_output=True, text=True, check=True).stdout
            c_out = subprocess.run([*c_runner, name, *map(str, CROSS_ARGS[name])], capture_output=True, text=True,
                                   check=True).stdout
            results[(target, name)] = (float(t.split()[0]), c_seconds(c_out)[0])
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=str(ROOT / "build"), help="build directory holding fxn")
    parser.add_argument("--write", help="also write the table to this markdown file")
    parser.add_argument("--no-cross", dest="cross", action="store_false",
                        help="skip the per-target runs under qemu-user and Node")
    parser.add_argument("--rounds", type=int, default=5,
                        help="rounds of each kernel, the sides alternating within a round (default 5)")
    parser.add_argument("--kernels", default=",".join(KERNELS), help="comma-separated subset of the kernels")
    opts = parser.parse_args()
    fxn = Path(opts.build) / "fxn"
    if not fxn.exists():
        sys.exit(f"{fxn} not found: build first (scripts/build.sh)")

    tmp = Path(tempfile.mkdtemp(prefix="fxn-bench-"))
    try:
        timer = tmp / "time_call"
        subprocess.run([CLANG, "-O2", f"-I{ROOT / 'runtime/include/fxn'}", str(ROOT / "bench/time_call.c"),
                        "-o", str(timer), "-ldl"], check=True)
        c_exe = tmp / "kernels_c"
        subprocess.run([CLANG, "-O2", "-ffp-contract=off", str(BENCH / "kernels.c"), "-o", str(c_exe), "-lm"],
                       check=True)
        rows = []
        for name in opts.kernels.split(","):
            path = kernel_path(name, tmp)
            module = load(path)
            entry = entry_name(module)
            raw_args, raw_sample = kernel_args(name, module)
            args = [to_json_value(a) for a in raw_args]
            sample = [to_json_value(a) for a in raw_sample]
            print(f"{name}: fxn push ...", file=sys.stderr)
            out = tmp / "out"
            pushed = subprocess.run([str(fxn), "push", str(path), "--entry", entry, "--inputs", json.dumps(sample),
                                     "-o", str(out)], capture_output=True, text=True)
            if pushed.returncode != 0:
                sys.exit(f"{name}: fxn push failed:\n{pushed.stderr[-2000:]}")
            lib = next((out / entry / "linux-x86_64").glob("lib*.so"))
            args_file = tmp / f"args-{name}.json"
            args_file.write_text(json.dumps(args))
            env = timing_env(name)

            def run_cpython():
                seconds, result = cpython_seconds(path, entry, args, env)
                return seconds, result

            def run_fxn():
                t = subprocess.run([str(timer), str(lib), f"@{args_file}", "3"], capture_output=True, text=True,
                                   check=True, env=env)
                seconds, result = t.stdout.split(" ", 1)
                return float(seconds), result

            def run_c():
                c_out = subprocess.run([str(c_exe), name, *map(str, raw_args)], capture_output=True, text=True,
                                       check=True).stdout
                return c_seconds(c_out)

            sides = {"cpython": run_cpython, "fxn": run_fxn}
            if name in C_REFERENCE:
                sides["c"] = run_c
            times = {side: [] for side in sides}
            results = {}
            order = list(sides)
            for r in range(opts.rounds):
                print(f"{name}: round {r + 1} of {opts.rounds} ({', '.join(order)}) ...", file=sys.stderr)
                for side in order:
                    seconds, results[side] = sides[side]()
                    times[side].append(seconds)
                order = order[1:] + order[:1]  # each side goes first in turn
            py_result, fxn_result = results["cpython"], results["fxn"]
            same = fxn_result.strip() == py_result.strip() or (
                name in ULP_KERNELS and close_within(fxn_result, py_result, ULP_KERNELS[name]))
            if not same:
                sys.exit(f"{name}: fxn gave {fxn_result.strip()} but CPython gave {py_result.strip()}")
            if "c" in results and float(results["c"]) != float(py_result):
                sys.exit(f"{name}: the C reference gave {results['c']} but CPython gave {py_result.strip()}")
            shown = [f"<{a['tensor']['dtype']} array of {a['tensor']['shape']}>" if isinstance(a, dict) and "tensor" in a
                     else a if not isinstance(a, str) or len(a) < 24 else f"<str of {len(a)} chars>" for a in args]
            rows.append((f"{entry}({', '.join(map(str, shown))})", times))

        print("timing fxn push of fib (embedded default) ...", file=sys.stderr)
        startup = embedded_push_numbers(fxn, tmp)
        print("timing the service ...", file=sys.stderr)
        service = service_numbers(fxn, tmp)
        print("preparing every target's toolchain ...", file=sys.stderr)
        # The figure is a cold push with the toolchains warm: their support files (built once
        # per toolchain digest) are made by an untimed push first.
        subprocess.run([str(fxn), "push", str(ROOT / "examples" / "nbody.py"), "--entry", "nbody", "--inputs", "[7]",
                        "--targets", "all", "-o", str(tmp / "warm-all")], capture_output=True)
        print("timing a cold push of nbody for every target ...", file=sys.stderr)
        # A sample no earlier run used, so nothing comes from the caches (the toolchains are ready).
        fresh_sample = json.dumps([1000 + int(time.time() * 1000) % 1000000])
        forget_compiled_libraries()
        t = time.perf_counter()
        subprocess.run([str(fxn), "push", str(ROOT / "examples" / "nbody.py"), "--entry", "nbody", "--inputs", fresh_sample,
                        "--targets", "all", "-o", str(tmp / "all")], capture_output=True)
        all_targets = time.perf_counter() - t
        listed = subprocess.run([str(fxn), "targets", "--json"], capture_output=True, text=True).stdout
        available_targets = sum(t["available"] for t in json.loads(listed or "[]"))
        cross = cross_numbers(fxn, tmp) if opts.cross else {}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.machine())
    lines = [
        f"Measured {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC on {os.cpu_count()} cores ({cpu}), "
        f"{platform.system()} {platform.release()}; load average at the end {os.getloadavg()[0]:.1f}.",
        "",
        *busy_note(),
        f"Kernels: seconds per call, each side in-process (best of 3 calls per round), {opts.rounds} rounds with the "
        "sides alternating; the median round, and for the ratios the range over the rounds.",
        "",
        "| kernel | CPython 3.11 | fxn | C (clang -O2) | fxn vs CPython | fxn vs C |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for label, times in rows:
        med = {side: statistics.median(v) for side, v in times.items()}
        speedups = sorted(p / f for p, f in zip(times["cpython"], times["fxn"]))
        vs_py = f"{statistics.median(speedups):.1f}x faster ({speedups[0]:.1f}-{speedups[-1]:.1f})"
        c_cell, vs_c = "—", "—"
        if "c" in times:
            ratios = sorted(f / c for f, c in zip(times["fxn"], times["c"]))
            c_cell = f"{med['c']:.4f}"
            vs_c = f"{statistics.median(ratios):.2f}x ({ratios[0]:.2f}-{ratios[-1]:.2f})"
        lines.append(f"| {label} | {med['cpython']:.4f} | {med['fxn']:.4f} | {c_cell} | {vs_py} | {vs_c} |")
    lines += [
        "",
        NUMPY_NOTE + " Both sides of these rows run without OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE.",
        "",
        "`fxn push` of fib with the embedded default (no server configured), wall time end to end:",
        "",
        f"- the very first push on an empty `$XDG_CACHE_HOME`: {spread(startup['first'])}",
        f"- cold push (new sample: trace, compile, verify): {spread(startup['cold'])}",
        f"- cache hit (the same push again, bundle written): {spread(startup['hit'], 1000, 0, ' ms')}",
    ]
    lines += [
        "",
        "Through a real fxn-server and one fxn-worker on loopback (`FXN_SERVER` set):",
        "",
        f"- cold push of nbody to a verified linux-x86_64 artifact: {service['cold']:.2f} s",
        f"- warm push (cache hit) end to end from the CLI, bundle written: {spread(service['warm'], 1000, 0, ' ms')}",
        f"- throughput of cache-hit pushes from {service['clients']} concurrent CLI processes: "
        f"{service['throughput']:.0f} pushes/s",
    ]
    lines += ["", f"Cold push of nbody for every available target (`--targets all`: {available_targets} targets, one "
              f"trace, compiles and verifications in parallel on 2 cores): {all_targets:.1f} s."]
    if cross:
        lines += ["", "Per target, under its runner (qemu-user emulation, Node): fxn against the C reference built "
                  "for the same target, smaller arguments; seconds, best of 3.", "",
                  "| target | " + " | ".join(C_REFERENCE) + " |", "| --- |" + " --- |" * len(C_REFERENCE)]
        for target in CROSS:
            cells = [f"{cross[(target, k)][0]:.4f} / {cross[(target, k)][1]:.4f} ({cross[(target, k)][0] / cross[(target, k)][1]:.2f}x)"
                     for k in C_REFERENCE]
            lines.append(f"| {target} | " + " | ".join(cells) + " |")
        lines += ["", "Each cell: fxn seconds / C seconds (fxn vs C)."]
    table = "\n".join(lines)
    print(table)
    if opts.write:
        # Sections other scripts write (bench/tls_cost.py's, between its markers) stay as they were.
        target = Path(opts.write)
        old = target.read_text() if target.exists() else ""
        kept = re.findall(r"\n<!-- [a-z-]+:begin .*?<!-- [a-z-]+:end -->\n", old, flags=re.S)
        target.write_text("# Benchmark results\n\nProduced by `/usr/bin/python3.11 bench/run.py --write "
                          "bench/RESULTS.md`.\n\n" + table + "\n" + "".join(kept))


if __name__ == "__main__":
    main()
