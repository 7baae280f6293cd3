"""Hostile Python modules against every way fxn traces one: `fxn push` (the embedded server and
worker, and a real fxn-server + fxn-worker), `fxn ir` and `fxn source`.

Tracing runs the user's module, so the module is an attacker. What these tests hold fxn to:

A. One sandbox for every trace: the module cannot write to the host, read it (/etc, /, the
   build tree), reach the network on loopback, fork or exec.
B. A clean environment: nothing of the environment of fxn (or of an fxn-worker) reaches the
   module, whether through os.environ or any /proc/*/environ.
C. The trace result is untrusted: a module that tampers with the tracer's own machinery to
   rename the entry ('../../victim', a NUL byte, 10000 characters, 'a/b') is rejected with
   "not a Python identifier", and nothing is written outside the -o directory.
D. Source bytes are checked before tracing: invalid UTF-8 or a NUL byte is a usage error (exit
   2) naming FILE:LINE.

Nothing here trusts the sandbox to report on itself: a probe's success shows on the host (a
marker file the test owns, a connection to a port the test listens on) or as a secret of the
host's (the root line of /etc/passwd, a digest of a build-tree file, a random token in the
environment) that must appear nowhere in what fxn prints or writes. Every probe source carries a
fresh nonce, so no trace or artifact cache can answer for it.
"""

import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

TIMEOUT = 120  # seconds for `fxn ir`, `fxn source`, `fxn run`
PUSH_TIMEOUT = 300  # a push may build the toolchain's runtime files on a cold cache
COMMANDS = ("ir", "source", "push")


# ---------------------------------------------------------------------------------------------
# Helpers


def fxn_env(**extra):
    """The test's environment for an embedded fxn: no FXN_SERVER, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if k not in ("FXN_SERVER", "FXN_TEST_SECRET")}
    env.update(extra)
    return env


def run(argv, cwd, env=None, timeout=TIMEOUT):
    return subprocess.run([str(a) for a in argv], capture_output=True, text=True, errors="replace", cwd=cwd,
                          env=env if env is not None else fxn_env(), timeout=timeout)


def trace_command(fxn_bin, command, src, out_dir, cwd, env=None, entry="f"):
    """Runs `fxn ir|source|push SRC --entry f --inputs [1]` (push: -o OUT_DIR)."""
    argv = [fxn_bin, command, src, "--entry", entry, "--inputs", "[1]"]
    if command == "push":
        argv += ["-o", out_dir]
    return run(argv, cwd=cwd, env=env, timeout=PUSH_TIMEOUT if command == "push" else TIMEOUT)


class Outputs:
    """Everything a command showed or wrote: its stdout and stderr, every file under the bundle
    directory, and what `fxn run` prints for each bundle."""

    def __init__(self, fxn_bin, result, out_dir=None, extra_texts=()):
        self.texts = [result.stdout, result.stderr, *extra_texts]
        self.blobs = []
        if out_dir is not None and Path(out_dir).is_dir():
            for p in sorted(Path(out_dir).rglob("*")):
                if p.is_file() and not p.is_symlink():
                    self.blobs.append((p, p.read_bytes()))
            for manifest in sorted(Path(out_dir).glob("*/*/manifest.json")):
                r = run([fxn_bin, "run", manifest.parent, "--inputs", "[1]"], cwd=out_dir)
                self.texts += [r.stdout, r.stderr]

    def find(self, secret):
        """Where any spelling of `secret` (as is, JSON-escaped) shows, or None."""
        for form in {secret, secret.replace("/", "\\/"), json.dumps(secret)[1:-1]}:
            for i, text in enumerate(self.texts):
                if form in text:
                    return f"output #{i}: ...{text[max(0, text.find(form) - 200):text.find(form) + 200]}..."
            for path, data in self.blobs:
                if form.encode() in data:
                    return f"file {path}"
        return None

    def __str__(self):
        return "\n---\n".join(t[-3000:] for t in self.texts)


def assert_no_secret(outputs, secrets, what):
    for secret in secrets:
        where = outputs.find(secret)
        assert where is None, f"{what} leaked {secret!r} to the host: {where}\n{outputs}"


def write_probe(tmp_path, name, body):
    """A probe module: `body` at top level (it sets LEAK), a nonce, and the entry f returning LEAK."""
    src = tmp_path / f"{name}.py"
    src.write_text(f"# probe {name}, nonce {uuid.uuid4().hex}\n{body.strip()}\n\n\ndef f(x):\n    return LEAK\n")
    return src


def sha256_of(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def build_tree_files(fxn_bin):
    """Files of the build tree a probe tries to read: the fxn binary and CMakeCache.txt."""
    files = [Path(fxn_bin)]
    for d in Path(fxn_bin).parents:
        if (d / "CMakeCache.txt").is_file():
            files.append(d / "CMakeCache.txt")
            break
    return files


def passwd_root_line():
    for line in Path("/etc/passwd").read_text(errors="replace").splitlines():
        if line.startswith("root:"):
            return line
    pytest.skip("this host's /etc/passwd has no root line")


def host_only_root_entries(fxn_bin, tmp_path):
    """Entries of the host's / that a sandbox showing only /usr (and its lib/bin links), /etc
    (ld.so.cache, alternatives), /proc, /dev and /tmp can never show."""
    sandbox_may_show = {"usr", "bin", "sbin", "lib", "lib32", "lib64", "libx32", "etc", "proc", "dev", "tmp"}
    candidates = {"root", "home", "var", "srv", "opt", "mnt", "media", "boot", "snap",
                  Path(fxn_bin).resolve().parts[1], Path(tmp_path).resolve().parts[1]}
    entries = set(os.listdir("/")) & candidates - sandbox_may_show
    if not entries:
        pytest.skip("this host's / has nothing a sandbox could not also show")
    return sorted(entries)


# ---------------------------------------------------------------------------------------------
# A. One sandbox for every trace

# Each probe's top-level code attempts one thing and sets LEAK to what it got (or 'denied: ...').
# Markers and success words are built at run time, so the source text (which fxn echoes into
# generated C++ comments) never holds a secret.
PROBES = {
    "write_host_file": """
try:
    with open(@MARKER@, "w") as fh:
        fh.write("written from inside the trace")
    LEAK = "WR" + "OTE"
except BaseException as e:
    LEAK = "denied: " + repr(e)
""",
    "read_etc_passwd": """
try:
    with open("/etc/passwd") as fh:
        LEAK = fh.read()
except BaseException as e:
    LEAK = "denied: " + repr(e)
""",
    "list_root": """
import os
try:
    LEAK = "".join("<" + n + ">" for n in sorted(os.listdir("/")))
except BaseException as e:
    LEAK = "denied: " + repr(e)
""",
    "read_build_tree": """
import hashlib
LEAK = ""
for path in @BUILD_FILES@:
    try:
        h = hashlib.sha256()
        with open(path, "rb") as fh:
            while True:
                block = fh.read(1 << 20)
                if not block:
                    break
                h.update(block)
        LEAK += path + "=" + h.hexdigest() + ";"
    except BaseException as e:
        LEAK += path + ": denied: " + repr(e) + ";"
""",
    "connect_loopback": """
import socket
LEAK = ""
try:
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    LEAK += "SOCK" + "ET-OPEN "  # the seccomp filter allows no socket at all
    s.settimeout(5)
    s.connect(("127.0.0.1", @PORT@))
    s.sendall(b"hello from inside the trace")
    s.close()
    LEAK += "CONN" + "ECTED"
except BaseException as e:
    LEAK += "denied: " + repr(e)
""",
    "fork": """
import os
try:
    pid = os.fork()
    if pid == 0:
        try:
            with open(@MARKER@, "w") as fh:
                fh.write("written by a forked child")
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    LEAK = "FORK" + "ED:" + str(pid)
except BaseException as e:
    LEAK = "denied: " + repr(e)
""",
    "ctypes_system": """
import ctypes
try:
    libc = ctypes.CDLL("libc.so.6")
    # 0 when a shell ran at all, even where the marker's folder is out of reach
    rc = libc.system(("touch " + @MARKER@ + " 2>/dev/null; exit 0").encode())
    LEAK = "SYS" + "TEM-RAN" if rc == 0 else "denied: system() returned " + str(rc)
except BaseException as e:
    LEAK = "denied: " + repr(e)
""",
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("probe", sorted(PROBES))
def test_the_module_runs_in_the_sandbox(fxn_bin, tmp_path, probe, command):
    """The user's module, traced by `fxn ir`, `fxn source` or an embedded `fxn push`, tries to
    break out: write a file on the host (a marker in the test's own tmp_path), read /etc/passwd,
    list /, read the build tree (the fxn binary, CMakeCache.txt), connect to a port the test
    listens on at 127.0.0.1, fork a child that writes a marker, or exec `touch MARKER` through
    ctypes' libc.system. Whether the command succeeds or fails, no marker may appear, no
    connection may arrive, and no secret of the host may show in stdout, stderr, the bundle or
    what `fxn run` prints for it."""
    work = tmp_path / "work"
    work.mkdir()
    marker = tmp_path / "host-marker"
    listener = None
    secrets = []
    body = PROBES[probe].replace("@MARKER@", repr(str(marker)))
    if probe == "connect_loopback":
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        body = body.replace("@PORT@", str(listener.getsockname()[1]))
    if probe == "read_etc_passwd":
        secrets = [passwd_root_line()]
    if probe == "list_root":
        secrets = [f"<{n}>" for n in host_only_root_entries(fxn_bin, tmp_path)]
    if probe in ("fork", "ctypes_system", "write_host_file", "connect_loopback"):
        secrets = {"fork": ["FORKED:"], "ctypes_system": ["SYSTEM-RAN"], "write_host_file": ["WROTE"],
                   "connect_loopback": ["SOCKET-OPEN", "CONNECTED"]}[probe]
    if probe == "read_build_tree":
        files = build_tree_files(fxn_bin)
        body = body.replace("@BUILD_FILES@", repr([str(p) for p in files]))
        secrets = [sha256_of(p) for p in files]
    src = write_probe(work, probe, body)
    try:
        r = trace_command(fxn_bin, command, src, work / "out", cwd=work)
        if probe == "read_build_tree":  # a rebuild may have replaced a file meanwhile
            secrets += [sha256_of(p) for p in build_tree_files(fxn_bin) if p.exists()]
        outputs = Outputs(fxn_bin, r, work / "out" if command == "push" else None)
        what = f"`fxn {command}` of probe {probe} (exit {r.returncode})"
        assert not marker.exists(), f"{what} wrote {marker} on the host\n{outputs}"
        if listener is not None:
            listener.settimeout(0.5)
            try:
                conn, peer = listener.accept()
            except (socket.timeout, TimeoutError):
                pass
            else:
                conn.close()
                pytest.fail(f"{what} connected to 127.0.0.1:{listener.getsockname()[1]} from {peer}\n{outputs}")
        assert_no_secret(outputs, secrets, what)
    finally:
        if listener is not None:
            listener.close()


# ---------------------------------------------------------------------------------------------
# B. A clean environment

ENV_PROBE = """
import os
FOUND = []
v = os.environ.get("FXN_TEST_SECRET")
if v is not None:
    FOUND.append("os.environ:" + v)
paths = ["/proc/self/environ", "/proc/1/environ"]
try:
    paths += ["/proc/" + p + "/environ" for p in sorted(os.listdir("/proc")) if p.isdigit()]
except BaseException as e:
    FOUND.append("no /proc listing: " + repr(e))
for p in paths:
    try:
        with open(p, "rb") as fh:
            data = fh.read()
    except BaseException:
        continue
    for item in data.split(b"\\0"):
        if item.startswith(b"FXN_TEST_SECRET="):
            FOUND.append(p + ":" + item[16:].decode("utf-8", "replace"))
LEAK = ";".join(FOUND)
"""


@pytest.mark.parametrize("command", ("push", "ir"))
def test_the_module_sees_none_of_fxns_environment(fxn_bin, tmp_path, command):
    """FXN_TEST_SECRET=<random token> is in the environment of `fxn push` (embedded) or `fxn ir`;
    the module looks for it in os.environ, /proc/self/environ, /proc/1/environ and every
    /proc/*/environ it can read, and returns what it found. The token must show nowhere: not in
    stdout, stderr, the bundle, nor what `fxn run` prints for it."""
    token = "fxnsecret" + uuid.uuid4().hex
    src = write_probe(tmp_path, "environ", ENV_PROBE)
    r = trace_command(fxn_bin, command, src, tmp_path / "out", cwd=tmp_path, env=fxn_env(FXN_TEST_SECRET=token))
    outputs = Outputs(fxn_bin, r, tmp_path / "out" if command == "push" else None)
    assert_no_secret(outputs, [token], f"`fxn {command}` of the environment probe (exit {r.returncode})")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Service:
    """A real fxn-server and one fxn-worker on loopback (as in test_service.py); the worker gets
    `worker_env`."""

    def __init__(self, fxn_bin, tmp_path, worker_env):
        bin_dir = Path(fxn_bin).parent
        self.fxn = fxn_bin
        self.tmp = tmp_path
        self.grpc = f"127.0.0.1:{free_port()}"
        self.http_port = free_port()
        self.procs = []
        log = open(tmp_path / "server.log", "a")
        self.logs = [log]
        self.procs.append(subprocess.Popen(
            [bin_dir / "fxn-server", "--listen", self.grpc, "--http", f"127.0.0.1:{self.http_port}",
             "--data-dir", str(tmp_path / "data")], stdout=log, stderr=subprocess.STDOUT, env=fxn_env(),
            start_new_session=True))
        deadline = time.time() + 20
        while True:
            try:
                self.http("/v1/targets")
                break
            except OSError:
                if time.time() > deadline or self.procs[0].poll() is not None:
                    self.stop()
                    raise AssertionError("fxn-server did not come up:\n" + (tmp_path / "server.log").read_text())
                time.sleep(0.05)
        wlog = open(tmp_path / "worker.log", "a")
        self.logs = [log, wlog]
        self.procs.append(subprocess.Popen(
            [bin_dir / "fxn-worker", "--server", self.grpc, "--trace-timeout", "30"], stdout=wlog,
            stderr=subprocess.STDOUT, env=worker_env, start_new_session=True))
        deadline = time.time() + 30  # until the worker serves the host target
        while not any(int(t.get("workers", 0)) > 0 for t in json.loads(self.http("/v1/targets"))["targets"]):
            if time.time() > deadline or self.procs[1].poll() is not None:
                self.stop()
                raise AssertionError("fxn-worker did not register:\n" + (tmp_path / "worker.log").read_text())
            time.sleep(0.1)

    def http(self, path):
        with urllib.request.urlopen(f"http://127.0.0.1:{self.http_port}{path}", timeout=30) as r:
            return r.read().decode(errors="replace")

    def push(self, src, out_dir):
        return run([self.fxn, "push", src, "--entry", "f", "--inputs", "[1]", "-o", out_dir], cwd=self.tmp,
                   env=fxn_env(FXN_SERVER=self.grpc), timeout=PUSH_TIMEOUT)

    def stop(self):
        for p in reversed(self.procs):
            if p.poll() is None:
                try:
                    os.killpg(p.pid, signal.SIGKILL)  # the worker's sandboxed tracers too
                except ProcessLookupError:
                    pass
                p.wait(timeout=30)
        for log in self.logs:
            log.close()


def test_a_workers_environment_does_not_reach_the_module(fxn_bin, tmp_path):
    """A real fxn-server and fxn-worker on loopback; FXN_TEST_SECRET=<random token> is in the
    WORKER's environment only. `fxn push` (FXN_SERVER set) of the environment probe: the token
    must show nowhere, not in what push prints, the bundle, `fxn run`'s output, nor the job as
    GET /v1/jobs/ID returns it."""
    token = "fxnsecret" + uuid.uuid4().hex
    service = Service(fxn_bin, tmp_path, fxn_env(FXN_TEST_SECRET=token))
    try:
        src = write_probe(tmp_path, "environ", ENV_PROBE)
        r = service.push(src, tmp_path / "out")
        jobs = []
        for line in r.stderr.splitlines():
            if line.startswith("fxn: job "):
                job_id = line.split()[2].rstrip(":")
                if job_id not in jobs:
                    jobs.append(job_id)
        assert jobs, f"no job id in what push printed (exit {r.returncode}):\n{r.stderr}"
        outputs = Outputs(fxn_bin, r, tmp_path / "out", extra_texts=[service.http(f"/v1/jobs/{j}") for j in jobs])
        assert_no_secret(outputs, [token], f"push through fxn-server/fxn-worker (exit {r.returncode})")
    finally:
        service.stop()


# ---------------------------------------------------------------------------------------------
# C. The trace result is untrusted

# The module rewrites the entry name of the TraceResult the tracer hands back, two ways: it
# wraps json.dumps (which fxn_tracer.run serialises the result with), and it wraps
# fxn_frontend.analyze (called by fxn_tracer.run after the entry is chosen) to edit run's
# `result` dict in place through the caller's frame.
TAMPER = """
import json as _json
import sys as _sys

_EVIL = @EVIL@


def _tamper(result):
    if isinstance(result, dict) and "tracerVersion" in result:
        result["entry"] = _EVIL
    return result


_real_dumps = _json.dumps
_json.dumps = lambda obj, *a, **k: _real_dumps(_tamper(obj), *a, **k)
_frontend = _sys.modules.get("fxn_frontend")
if _frontend is not None:
    _real_analyze = _frontend.analyze

    def _analyze(*a, **k):
        out = _real_analyze(*a, **k)
        frame = _sys._getframe(1)
        while frame is not None:
            _tamper(frame.f_locals.get("result"))
            frame = frame.f_back
        return out

    _frontend.analyze = _analyze


def f(x):
    return x + 1
"""

EVIL_NAMES = {
    "traversal": lambda tag: "../../victim" + tag,
    "nul_byte": lambda tag: "../../victim" + tag + "\x00tail",
    "10000_chars": lambda tag: ("victim" + tag + "x" * 10000)[:10000],
    "slash": lambda tag: "a/b" + tag,
}


def snapshot(root):
    """Every path under root with what it is (directory, link target, file digest)."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            rel = str(p.relative_to(root))
            if p.is_symlink():
                out[rel] = ("link", os.readlink(p))
            elif p.is_dir():
                out[rel] = ("dir",)
            else:
                try:
                    out[rel] = ("file", sha256_of(p))
                except OSError as e:
                    out[rel] = ("unreadable", str(e))
    return out


def likely_victim_dirs(tmp_path):
    dirs = [Path("/"), Path("/tmp"), Path(tempfile.gettempdir())]
    if os.environ.get("TMPDIR"):
        dirs.append(Path(os.environ["TMPDIR"]))
    dirs += list(Path(tmp_path).parents)[:3]
    seen, out = set(), []
    for d in dirs:
        if d.is_dir() and d.resolve() not in seen:
            seen.add(d.resolve())
            out.append(d)
    return out


def victims(tmp_path, tag):
    found = []
    for d in likely_victim_dirs(tmp_path):
        try:
            found += [d / n for n in os.listdir(d) if tag in n]
        except OSError:
            pass
    return found


def remove(paths):
    for p in paths:
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
        else:
            try:
                p.unlink()
            except OSError:
                pass


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("kind", sorted(EVIL_NAMES))
def test_a_tampered_entry_name_is_rejected(fxn_bin, tmp_path, kind, command):
    """The module monkeypatches the tracer (json.dumps, fxn_frontend.analyze) so that the
    TraceResult names its entry '../../victim<tag>' (today `fxn push` then writes /victim<tag>.cc
    and creates /victim<tag>/ on the host), the same with a NUL byte, a 10000-character name, or
    'a/b<tag>'. fxn must reject the result: exit non-zero with "not a Python identifier", and
    change nothing outside the -o directory: a snapshot of a marker tree around the working
    directory is unchanged but for -o, and no file named after the tag appears in /, /tmp or
    the three directories above tmp_path. Anything the attack creates today is removed."""
    tag = "_fxn_hostile_" + uuid.uuid4().hex[:12]
    evil = EVIL_NAMES[kind](tag)
    tree = tmp_path / "tree"
    work = tree / "a" / "b" / "work"
    work.mkdir(parents=True)
    (tree / "top.txt").write_text("top\n")
    (tree / "a" / "mid.txt").write_text("mid\n")
    (tree / "a" / "b" / "low.txt").write_text("low\n")
    src = work / "tamper.py"
    src.write_text(f"# nonce {uuid.uuid4().hex}\n" + TAMPER.replace("@EVIL@", repr(evil)))
    out_dir = work / "out"
    before = snapshot(tmp_path)
    try:
        r = trace_command(fxn_bin, command, src, out_dir, cwd=work)
        after = snapshot(tmp_path)
        out_rel = str(out_dir.relative_to(tmp_path))
        changed = sorted(p for p in set(before) | set(after)
                         if before.get(p) != after.get(p) and p != out_rel and not p.startswith(out_rel + os.sep))
        created = victims(tmp_path, tag)
        what = f"`fxn {command}` with the entry renamed to {evil[:60]!r}{'...' if len(evil) > 60 else ''} (exit {r.returncode})"
        assert not created, f"{what} created {created} on the host\n{r.stdout[-2000:]}\n{r.stderr[-2000:]}"
        assert not changed, f"{what} changed {changed} outside {out_dir}\n{r.stdout[-2000:]}\n{r.stderr[-2000:]}"
        assert r.returncode != 0, f"{what} succeeded\n{r.stdout[-2000:]}\n{r.stderr[-2000:]}"
        assert "not a Python identifier" in r.stdout + r.stderr, f"{what}:\n{r.stdout[-2000:]}\n{r.stderr[-2000:]}"
    finally:
        remove(victims(tmp_path, tag))


# ---------------------------------------------------------------------------------------------
# D. Bad source bytes

BAD_SOURCES = {
    "invalid_utf8": (b"def f(x):\n    return x  # \xff\n", "not valid UTF-8", 2),
    "nul_byte": (b"def f(x):\n    y = x\n    return y  # \x00\n", "NUL byte", 3),
}


@pytest.mark.parametrize("command", ("push", "ir"))
@pytest.mark.parametrize("kind", sorted(BAD_SOURCES))
def test_bad_source_bytes_are_a_usage_error(fxn_bin, tmp_path, kind, command):
    """A source file with invalid UTF-8 (a \\xff byte in a comment) or a NUL byte is refused
    before tracing: exit 2, and stderr says `FILE:LINE:COL: error: ...` with "not valid UTF-8"
    or "NUL byte" (today the bytes reach the tracer's protobuf request instead)."""
    data, message, line = BAD_SOURCES[kind]
    src = tmp_path / f"{kind}.py"
    src.write_bytes(data)
    r = trace_command(fxn_bin, command, src, tmp_path / "out", cwd=tmp_path)
    assert r.returncode == 2, f"exit {r.returncode}\n{r.stdout}\n{r.stderr}"
    assert "error:" in r.stderr and message in r.stderr, r.stderr
    assert f"{src}:{line}:" in r.stderr, r.stderr
