"""The service end to end: a real fxn-server and real fxn-workers on loopback, driven through
the fxn CLI (FXN_SERVER), gRPC and the HTTP/JSON front. Faults are real too: workers killed
with SIGKILL, the server restarted, blobs corrupted on disk, hostile code in the sandbox."""

import concurrent.futures
import json
import os
import re
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "nbody.py"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Service:
    def __init__(self, fxn_bin, tmp_path):
        self.bin_dir = Path(fxn_bin).parent
        self.fxn = fxn_bin
        self.data = tmp_path / "data"
        self.grpc = f"127.0.0.1:{free_port()}"
        self.http_port = free_port()
        self.tmp = tmp_path
        self.server = None
        self.workers = []

    def start_server(self):
        log = open(self.tmp / "server.log", "a")
        self.server = subprocess.Popen(
            [self.bin_dir / "fxn-server", "--listen", self.grpc, "--http", f"127.0.0.1:{self.http_port}",
             "--data-dir", str(self.data), "--lease-ms", "2000"], stdout=log, stderr=subprocess.STDOUT)
        deadline = time.time() + 20
        while time.time() < deadline:
            try:
                self.http("GET", "/v1/targets")
                return
            except OSError:
                time.sleep(0.05)
        raise AssertionError("fxn-server did not come up:\n" + (self.tmp / "server.log").read_text())

    def start_worker(self, *extra, trace_timeout=5):
        log = open(self.tmp / f"worker{len(self.workers)}.log", "a")
        w = subprocess.Popen([self.bin_dir / "fxn-worker", "--server", self.grpc, "--trace-timeout", str(trace_timeout), *extra],
                             stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        self.workers.append(w)
        return w

    def http(self, method, path, body=None):
        req = urllib.request.Request(f"http://127.0.0.1:{self.http_port}{path}", method=method,
                                     data=None if body is None else body.encode())
        with urllib.request.urlopen(req, timeout=120) as r:
            return json.loads(r.read())

    def push(self, *args, cwd=None, timeout=180):
        env = dict(os.environ, FXN_SERVER=self.grpc)
        return subprocess.run([self.fxn, "push", *map(str, args)], capture_output=True, text=True, cwd=cwd or self.tmp,
                              timeout=timeout, env=env)

    def job(self, job_id):
        return self.http("GET", f"/v1/jobs/{job_id}")

    def wait_for_job(self, job_id, timeout=120):
        deadline = time.time() + timeout
        while True:
            status = self.job(job_id)
            if status["stage"] in ("DONE", "FAILED") or time.time() > deadline:
                return status
            time.sleep(0.1)

    def stop(self):
        for p in self.workers + ([self.server] if self.server else []):
            if p.poll() is None:
                p.kill()
                p.wait()


@pytest.fixture
def service(fxn_bin, tmp_path):
    s = Service(fxn_bin, tmp_path)
    s.start_server()
    s.start_worker()
    yield s
    s.stop()


def job_id_of(push_result):
    for line in push_result.stderr.splitlines():
        if line.startswith("fxn: job "):
            return line.split()[2].rstrip(":")
    raise AssertionError(f"no job id in: {push_result.stderr}")


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_push_through_the_server_and_a_cache_hit(service, tmp_path):
    first = service.push(EXAMPLE, "--entry", "nbody", "--inputs", "[100]")
    assert first.returncode == 0, first.stderr
    assert "verified on 1 sample" in first.stdout
    second = service.push(EXAMPLE, "--entry", "nbody", "--inputs", "[100]", "-o", tmp_path / "again")
    assert second.returncode == 0, second.stderr
    job = service.job(job_id_of(second))
    stages = [e["stage"] for e in job["events"]]
    assert stages == ["QUEUED", "TRACED", "VERIFIED", "DONE"], stages  # no task was leased
    assert all(e.get("cached") for e in job["events"] if e["stage"] in ("TRACED", "VERIFIED"))
    assert int(job["events"][-1]["unix_ms"]) - int(job["events"][0]["unix_ms"]) < 100  # server-side
    a = (tmp_path / "fxn-out" / "nbody" / "linux-x86_64" / "libnbody.so").read_bytes()
    b = (tmp_path / "again" / "nbody" / "linux-x86_64" / "libnbody.so").read_bytes()
    assert a == b
    assert job["targets"][0]["artifact_digest"] == service.job(job_id_of(first))["targets"][0]["artifact_digest"]


def test_status_pull_and_http_front(service, tmp_path):
    r = service.push(EXAMPLE, "--inputs", "[50]")
    assert r.returncode == 0, r.stderr
    job_id = job_id_of(r)
    env = dict(os.environ, FXN_SERVER=service.grpc)
    st = subprocess.run([service.fxn, "status", job_id, "--json"], capture_output=True, text=True, env=env)
    assert st.returncode == 0 and json.loads(st.stdout)["ok"] is True
    pull = subprocess.run([service.fxn, "pull", job_id, "-o", str(tmp_path / "pulled")], capture_output=True, text=True, env=env)
    assert pull.returncode == 0, pull.stderr
    assert (tmp_path / "pulled" / "nbody" / "linux-x86_64" / "manifest.json").is_file()

    body = json.dumps({"source": EXAMPLE.read_text(), "filename": "nbody.py", "entry": "nbody",
                       "samples_json": ["[20]"], "targets": ["linux-x86_64"]})
    accepted = service.http("POST", "/v1/push", body)  # answered at once: the caller polls
    assert accepted["job_id"] and accepted["stage"] in ("QUEUED", "TRACING", "TRACED", "COMPILING", "DONE")
    status = service.wait_for_job(accepted["job_id"])
    assert status["stage"] == "DONE" and status["ok"] is True
    assert status["targets"][0]["stage"] == "VERIFIED"
    targets = service.http("GET", "/v1/targets")
    assert {"name": "linux-x86_64", "available": True, "workers": 1} == {
        k: v for k, v in next(t for t in targets["targets"] if t["name"] == "linux-x86_64").items() if k != "reason"}


def http_error(service, method, path, body):
    with pytest.raises(urllib.error.HTTPError) as e:
        service.http(method, path, body)
    return e.value.code, json.loads(e.value.read())


def test_malformed_requests_get_clear_errors(service, tmp_path):
    assert http_error(service, "POST", "/v1/push", "{not json")[0] == 400
    code, err = http_error(service, "POST", "/v1/push", json.dumps({"source": "def f(x):\n return x\n",
                                                                    "filename": "f.py", "samples_json": ["[1]"],
                                                                    "targets": ["linux-sparc"]}))
    assert code == 400 and "unknown target 'linux-sparc'" in err["error"]
    code, err = http_error(service, "POST", "/v1/push", json.dumps({"source": "x", "filename": "f.py", "samples_json": ["[1"]}))
    assert code == 400 and "not valid JSON" in err["error"]
    assert http_error(service, "GET", "/v1/jobs/00000000deadbeef", None)[0] == 404
    # A source with a NUL byte, and one that is not a Python identifier as entry: refused with
    # the place named.
    code, err = http_error(service, "POST", "/v1/push", json.dumps({"source": "x = 1\ny = '\0'\n", "filename": "f.py",
                                                                    "samples_json": ["[1]"]}))
    assert code == 400 and err["error"] == "f.py:2:6: error: the source contains a NUL byte; remove it"
    code, err = http_error(service, "POST", "/v1/push", json.dumps({"source": "def f(x):\n return x\n", "filename": "f.py",
                                                                    "entry": "../f", "samples_json": ["[1]"]}))
    assert code == 400 and "is not a Python identifier" in err["error"]
    # Invalid UTF-8 in the body: a clear JSON error, never an empty 500.
    req = urllib.request.Request(f"http://127.0.0.1:{service.http_port}/v1/push", method="POST",
                                 data=b'{"source": "def f(x):\n return x # \xff\n", "filename": "f.py", "samples_json": ["[1]"]}')
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(req, timeout=30)
    assert e.value.code == 400 and "not a PushRequest" in json.loads(e.value.read())["error"]

    big = write(tmp_path, "big.py", "def f(x):\n    return x\n" + "#" * (100 << 20) + "\n")
    r = service.push(big, "--inputs", "[1]")
    assert r.returncode == 2 and "the limit for one source file is 8388608 bytes (8 MiB)" in r.stderr
    bad = write(tmp_path, "bad.py", "def f(x):\n    return x +\n")
    r = service.push(bad, "--inputs", "[1]")
    assert r.returncode == 1 and f"{bad}:2:" in r.stderr and "invalid Python" in r.stderr
    r = service.push(bad, "--inputs", "[1]", "--targets", "linux-sparc")
    assert r.returncode == 2 and "unknown target" in r.stderr
    # The service is still healthy.
    assert service.push(EXAMPLE, "--inputs", "[7]").returncode == 0


HOSTILE = {
    "read_data_dir": ("DATA = open({data!r} + '/index.sqlite', 'rb').read()\n", "FileNotFoundError"),
    "read_outside": ("DATA = open('/root/.bashrc').read() + open('/etc/hostname').read()\n", "FileNotFoundError"),
    "network": ("import socket\nsocket.create_connection(('127.0.0.1', {port}))\n", "PermissionError"),
    "fork_bomb": ("import os\nwhile True:\n    os.fork()\n", "PermissionError"),
    "allocate_16g": ("DATA = bytearray(16 * 2**30)\n", "MemoryError"),
    "endless_loop": ("while True:\n    pass\n", "took longer than 5 s"),
    "write_10g": ("with open('/tmp/big', 'wb') as f:\n    for _ in range(10 * 1024):\n        f.write(b'x' * 2**20)\n",
                  "tracer died"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_code_fails_its_job_and_the_service_keeps_serving(service, tmp_path, name):
    prelude, expect = HOSTILE[name]
    code = prelude.format(data=str(service.data), port=service.http_port)
    path = write(tmp_path, f"{name}.py", code + "\ndef f(x):\n    return x + 1\n")
    r = service.push(path, "--entry", "f", "--inputs", "[1]")
    assert r.returncode == 1, r.stdout + r.stderr
    assert expect in r.stderr, r.stderr
    ok = service.push(EXAMPLE, "--inputs", "[3]", "-o", tmp_path / "after")
    assert ok.returncode == 0, ok.stderr
    assert service.server.poll() is None and all(w.poll() is None for w in service.workers)


def test_a_worker_killed_mid_task_loses_nothing(fxn_bin, tmp_path):
    s = Service(fxn_bin, tmp_path)
    s.start_server()
    # The trace runs for seconds (so the worker dies mid-task); on a loaded machine, more than
    # the 5 s the other tests allow.
    victim = s.start_worker(trace_timeout=60)
    try:
        slow = write(tmp_path, "slow.py", "def slow(n):\n    t = 0\n    for i in range(n):\n        t += i % 7\n    return t\n")
        env = dict(os.environ, FXN_SERVER=s.grpc)
        push = subprocess.Popen([s.fxn, "push", str(slow), "--inputs", "[30000000]"], cwd=tmp_path, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        # Wait until the victim holds the trace task, then kill it (and its sandboxed tracer).
        deadline = time.time() + 60
        while time.time() < deadline and "leased to" not in (tmp_path / "server.log").read_text():
            time.sleep(0.05)
        assert "leased to" in (tmp_path / "server.log").read_text()
        os.killpg(victim.pid, signal.SIGKILL)
        s.start_worker(trace_timeout=60)
        out, err = push.communicate(timeout=180)
        assert push.returncode == 0, err
        assert "lost the lease" in (tmp_path / "server.log").read_text()
        assert "verified on 1 sample" in out
    finally:
        s.stop()


def test_server_restart_keeps_finished_jobs_and_runs_queued_ones(fxn_bin, tmp_path):
    s = Service(fxn_bin, tmp_path)
    s.start_server()
    s.start_worker()
    try:
        done = s.push(EXAMPLE, "--inputs", "[11]")
        assert done.returncode == 0, done.stderr
        done_id = job_id_of(done)
        for w in s.workers:
            w.kill()
            w.wait()
        s.workers.clear()
        # Queue a job with no worker around, then restart the server under it.
        queued = write(tmp_path, "queued.py", "def triple(x):\n    return 3 * x\n")
        env = dict(os.environ, FXN_SERVER=s.grpc)
        waiting = subprocess.Popen([s.fxn, "push", str(queued), "--inputs", "[5]"], cwd=tmp_path, env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        def queued_jobs():
            return re.findall(r"job ([0-9a-f]+): queued", (tmp_path / "server.log").read_text())
        deadline = time.time() + 30
        while time.time() < deadline and len(queued_jobs()) < 2:
            time.sleep(0.05)
        queued_id = queued_jobs()[-1]
        assert queued_id != done_id
        s.server.send_signal(signal.SIGKILL)
        s.server.wait()
        time.sleep(1)  # the connected client notices and starts re-attaching
        assert waiting.poll() is None  # it waits for the server instead of giving up
        s.start_server()
        assert s.job(done_id)["ok"] is True  # finished jobs survive
        pull = subprocess.run([s.fxn, "pull", done_id, "-o", str(tmp_path / "pulled")], capture_output=True, text=True, env=env)
        assert pull.returncode == 0, pull.stderr
        assert s.job(queued_id)["stage"] in ("QUEUED", "TRACING")
        s.start_worker()
        out, err = waiting.communicate(timeout=120)
        # The client that was connected when the server went down finishes its job.
        assert waiting.returncode == 0, err
        assert "lost the server" in err and f"re-attached to job {queued_id}" in err
        assert "verified on 1 sample" in out
        assert (tmp_path / "fxn-out" / "triple" / "linux-x86_64" / "libtriple.so").is_file()
        assert s.job(queued_id)["stage"] == "DONE" and s.job(queued_id)["ok"] is True
    finally:
        s.stop()


def test_a_corrupt_blob_is_detected_and_rebuilt(service, tmp_path):
    first = service.push(EXAMPLE, "--inputs", "[13]")
    assert first.returncode == 0, first.stderr
    digest = service.job(job_id_of(first))["targets"][0]["artifact_digest"]
    blob = service.data / "blobs" / digest[:2] / digest
    blob.write_bytes(b"not the artifact")
    again = service.push(EXAMPLE, "--inputs", "[13]", "-o", tmp_path / "rebuilt")
    assert again.returncode == 0, again.stderr
    job = service.job(job_id_of(again))
    stages = [e["stage"] for e in job["events"]]
    assert "COMPILING" in stages, stages  # rebuilt by a worker, not served from the bad blob
    assert job["targets"][0]["artifact_digest"] == digest  # the same bytes again
    assert (tmp_path / "rebuilt" / "nbody" / "linux-x86_64" / "libnbody.so").is_file()


def test_fifty_concurrent_pushes_all_complete(service, tmp_path):
    service.start_worker("--slots", "2")
    sources = []
    for k in range(10):
        sources.append(write(tmp_path, f"poly{k}.py", f"def poly(x):\n    return x * x + {k} * x - {k}\n"))

    def one(i):
        src = sources[i % len(sources)]
        return service.push(src, "--inputs", f"[{i % 3}]", "-o", tmp_path / f"out{i}", timeout=300)

    with concurrent.futures.ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(one, range(50)))
    failures = [r.stderr for r in results if r.returncode != 0]
    assert not failures, failures[:3]
    assert all((tmp_path / f"out{i}" / "poly" / "linux-x86_64" / "libpoly.so").is_file() for i in range(50))


def test_oversized_samples_are_refused_naming_the_limit(service, tmp_path):
    """A 50 MB sample once produced a 366 MB bundle no worker could upload, three compiles and
    1.3 GB the server kept: now it is refused before anything runs, with the limit named."""
    import numpy as np
    src = write(tmp_path, "echo.py", "def echo(s):\n    return len(s)\n")
    np.save(tmp_path / "big.npy", np.zeros(50 << 17))  # 50 MB of float64
    r = service.push(src, "--inputs", f'["@{tmp_path / "big.npy"}"]')
    assert r.returncode == 2 and "the limit is 16777216 bytes (16 MiB) per push" in r.stderr, r.stderr[-500:]
    big = json.dumps(["x" * (20 << 20)])
    code, err = http_error(service, "POST", "/v1/push", json.dumps({"source": src.read_text(), "filename": "echo.py",
                                                                    "samples_json": [big]}))
    assert code == 400 and "the limit is 16777216 bytes (16 MiB) per push" in err["error"]
    code, err = http_error(service, "POST", "/v1/push", json.dumps({"source": src.read_text(), "filename": "echo.py",
                                                                    "samples_json": [json.dumps(["x" * (60 << 20)])]}))
    assert code == 413 and "the limit" in err["error"]
    # Many samples, each small: bounded in count too.
    r = service.push(src, *[a for i in range(65) for a in ("--inputs", f'["{i}"]')])
    assert r.returncode == 2 and "the limit is 64 per push" in r.stderr
    assert service.push(src, "--inputs", '["ok"]').returncode == 0


def test_slow_http_pushes_do_not_stall_other_requests(fxn_bin, tmp_path):
    """Twelve pushes whose traces take seconds once held all eight HTTP threads, stalling GET
    /v1/targets for 9.6 s: a push now answers with its job id at once and the caller polls."""
    # Each trace sleeps 4 s: the workers get 30 s per trace, as a loaded CI machine needs.
    service = Service(fxn_bin, tmp_path)
    service.start_server()
    service.start_worker(trace_timeout=30)
    try:
        _slow_http_pushes(service)
    finally:
        service.stop()


def _slow_http_pushes(service):
    source = "import time\ntime.sleep(4)\n\ndef slow(x):\n    return x + 1\n"
    ids = []
    for i in range(12):
        started = time.monotonic()
        accepted = service.http("POST", "/v1/push", json.dumps({"source": source, "filename": f"slow{i}.py",
                                                                 "samples_json": [f"[{i}]"]}))
        assert time.monotonic() - started < 5, "a push held the HTTP thread"
        ids.append(accepted["job_id"])
    started = time.monotonic()
    service.http("GET", "/v1/targets")
    assert time.monotonic() - started < 5
    assert any(service.job(i)["stage"] != "DONE" for i in ids)  # the pushes were still running
    service.start_worker("--slots", "2", trace_timeout=30)
    for i, job_id in enumerate(ids):
        status = service.wait_for_job(job_id, timeout=240)
        assert status["stage"] == "DONE" and status["ok"] is True, status


def test_pull_refuses_names_from_a_tampered_server(fxn_bin, tmp_path):
    """A compromised server answers `fxn pull` with an entry of '../../x' and a target of '../y':
    the client refuses before creating or removing any directory."""
    s = Service(fxn_bin, tmp_path)
    s.start_server()
    s.start_worker()
    env = dict(os.environ, FXN_SERVER=s.grpc)
    try:
        src = write(tmp_path, "double.py", "def double(x):\n    return 2 * x\n")
        r = s.push(src, "--inputs", "[4]")
        assert r.returncode == 0, r.stderr
        job_id = job_id_of(r)
        marker = tmp_path / "victim"
        marker.mkdir()
        (marker / "keep.txt").write_text("precious")
        s.server.kill()
        s.server.wait()
        import sqlite3
        for entry, target in (("../victim", "linux-x86_64"), ("double", "../../victim"), ("a/b", "linux-x86_64")):
            db = sqlite3.connect(s.data / "index.sqlite")
            db.execute("UPDATE jobs SET entry = ? WHERE id = ?", (entry, job_id))
            db.execute("UPDATE job_targets SET target = ? WHERE job_id = ?", (target, job_id))
            db.commit()
            db.close()
            s.start_server()
            out = tmp_path / "out" / "sub"
            pull = subprocess.run([s.fxn, "pull", job_id, "-o", str(out)], capture_output=True, text=True, env=env, timeout=60)
            assert pull.returncode == 1 and "the server's answer was refused" in pull.stderr, pull.stderr
            assert (marker / "keep.txt").read_text() == "precious" and sorted(p.name for p in marker.iterdir()) == ["keep.txt"]
            assert not (tmp_path / "out").exists()
            s.server.kill()
            s.server.wait()
    finally:
        s.stop()
