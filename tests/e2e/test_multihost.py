"""Many machines: the server, three workers, the clients and two rogue workers each in a network
namespace of their own, joined by a bridge, with TLS and tokens on every hop.

The namespaces, the bridge (in a namespace of its own, like a switch: nothing is added to the
machine's own network) and the addresses (10.213.7.0/24, which exist only inside them) are this
test's own: it creates them and deletes them in `finally`, whatever happened. Traffic goes only to
those addresses. Two tenants push 100 times in all (a few distinct tiny functions each, so most
pushes are cache hits and the run stays short); one worker's namespace is killed while it holds a
task; a rogue worker with no token and one with a client token (both with a valid certificate and
the CA: the insider case) are refused and are never leased a task. Every push must succeed and
every artifact verify (its manifest, and running it). Needs root for `ip netns`; skipped, saying
so, only where `ip netns add` is not permitted."""

import concurrent.futures
import json
import os
import re
import signal
import subprocess
import time
from pathlib import Path

import pytest

from certs import make_ca, make_cert

SUBNET = "10.213.7"
SERVER_IP = f"{SUBNET}.1"
GRPC = f"{SERVER_IP}:7070"
HTTP_PORT = 7071
PUSHES_PER_TENANT = 50
FUNCTIONS_PER_TENANT = 3
DEADLINE_S = 240  # the whole run; it takes well under a minute on an idle 2-core machine


def ip(*args, check=True):
    out = subprocess.run(["ip", *map(str, args)], capture_output=True, text=True, timeout=30)
    if check and out.returncode != 0:
        raise AssertionError(f"ip {' '.join(map(str, args))}: {out.stderr.strip()}")
    return out


class Network:
    """Namespaces on one bridge; `hosts` maps a short name to (namespace, address)."""

    def __init__(self, prefix):
        self.prefix = prefix
        self.hub = f"{prefix}-hub"
        self.hosts = {}
        self.namespaces = []

    def create_hub(self):
        ip("netns", "add", self.hub)
        self.namespaces.append(self.hub)
        ip("-n", self.hub, "link", "add", "br0", "type", "bridge")
        ip("-n", self.hub, "link", "set", "br0", "up")

    def add_host(self, name, last_octet):
        ns = f"{self.prefix}-{name}"
        ip("netns", "add", ns)
        self.namespaces.append(ns)
        port = f"v-{name}"
        ip("-n", self.hub, "link", "add", port, "type", "veth", "peer", "name", "eth0", "netns", ns)
        ip("-n", self.hub, "link", "set", port, "master", "br0")
        ip("-n", self.hub, "link", "set", port, "up")
        ip("-n", ns, "addr", "add", f"{SUBNET}.{last_octet}/24", "dev", "eth0")
        ip("-n", ns, "link", "set", "eth0", "up")
        ip("-n", ns, "link", "set", "lo", "up")
        self.hosts[name] = (ns, f"{SUBNET}.{last_octet}")
        return ns

    def kill_processes(self, ns):
        pids = ip("netns", "pids", ns, check=False).stdout.split()
        for pid in pids:
            try:
                os.kill(int(pid), signal.SIGKILL)
            except ProcessLookupError:
                pass

    def remove_host(self, name):
        """The machine goes away: its processes die, its cable is pulled, its namespace deleted."""
        ns, _ = self.hosts.pop(name)
        self.kill_processes(ns)
        ip("-n", self.hub, "link", "del", f"v-{name}", check=False)
        ip("netns", "del", ns, check=False)
        self.namespaces.remove(ns)

    def destroy(self):
        for ns in self.namespaces:
            self.kill_processes(ns)
        for ns in reversed(self.namespaces):
            ip("netns", "del", ns, check=False)
        self.namespaces = []


def run_in(ns, argv, **kwargs):
    return ["ip", "netns", "exec", ns, *map(str, argv)]


def leases(server_log):
    """The worker ids the server leased tasks to ("... leased to TOKEN_ID/WORKER_ID")."""
    return set(re.findall(r" leased to (?:\S+/)?(\S+)$", server_log, re.M))


def wait_for(predicate, timeout, what):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def token(bin_dir, data, *args):
    out = subprocess.run([bin_dir / "fxn-server", "token", "create", "--data-dir", data, "--json", *args],
                         capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)["token"]


@pytest.fixture
def network():
    net = Network(f"fxmh{os.getpid() % 100000}")
    probe = subprocess.run(["ip", "netns", "add", net.hub], capture_output=True, text=True, timeout=30)
    if probe.returncode != 0:
        pytest.skip(f"cannot create network namespaces here (`ip netns add` says: {probe.stderr.strip()}); "
                    "this test needs root, as in CI")
    ip("netns", "del", net.hub)
    try:
        net.create_hub()
        yield net
    finally:
        net.destroy()


def test_a_server_three_workers_and_two_tenants_on_separate_hosts(fxn_bin, tmp_path, network):
    started = time.time()
    bin_dir = Path(fxn_bin).parent
    pki = tmp_path / "pki"
    ca = make_ca(pki, "ca")
    worker_ca = make_ca(pki, "worker-ca")
    server_cert = make_cert(pki, "server", ca, ips=[SERVER_IP])
    worker_cert = make_cert(pki, "worker", worker_ca, usage="clientAuth")

    data = tmp_path / "data"
    tenant_tokens = {t: token(bin_dir, data, "--tenant", t, "--role", "client") for t in ("acme", "globex")}
    worker_token = token(bin_dir, data, "--role", "worker")

    network.add_host("srv", 1)
    for i in (1, 2, 3):
        network.add_host(f"w{i}", 10 + i)
    network.add_host("cli", 20)
    network.add_host("rogue", 30)

    logs = tmp_path / "logs"
    logs.mkdir()
    procs = []

    def spawn(host, name, argv, env=None):
        ns, _ = network.hosts[host]
        log = open(logs / f"{name}.log", "w")
        p = subprocess.Popen(run_in(ns, argv), stdout=log, stderr=subprocess.STDOUT, env=env or os.environ.copy())
        procs.append(p)
        return p

    try:
        spawn("srv", "server", [bin_dir / "fxn-server", "--listen", GRPC, "--http", f"{SERVER_IP}:{HTTP_PORT}",
                                "--data-dir", data, "--lease-ms", "2000", "--tls-cert", server_cert[0],
                                "--tls-key", server_cert[1], "--worker-ca", worker_ca[0]])
        server_log = logs / "server.log"
        wait_for(lambda: "listening on" in server_log.read_text(), 30, "the server to listen")
        assert "TLS, workers need certificates" in server_log.read_text()

        worker_env = dict(os.environ, FXN_WORKER_TOKEN=worker_token, FXN_TLS_CA=str(ca[0]),
                          FXN_WORKER_TLS_CERT=str(worker_cert[0]), FXN_WORKER_TLS_KEY=str(worker_cert[1]))

        def spawn_worker(i):
            spawn(f"w{i}", f"w{i}", [bin_dir / "fxn-worker", "--server", GRPC, "--targets", "linux-x86_64", "--id", f"w{i}",
                                     "--trace-timeout", "30"], env=worker_env)

        # w3 starts alone, so that it is sure to hold a task when its host dies; w1 and w2 join
        # once it does and finish everything, w3's task included once its lease runs out.
        spawn_worker(3)
        # Insiders with the CA and a worker certificate but no worker token: no token, a client's.
        rogue_env = {k: v for k, v in worker_env.items() if k not in ("FXN_WORKER_TOKEN", "FXN_TOKEN")}
        spawn("rogue", "rogue-anonymous", [bin_dir / "fxn-worker", "--server", GRPC, "--targets", "linux-x86_64",
                                           "--id", "rogue-anonymous"], env=rogue_env)
        spawn("rogue", "rogue-client", [bin_dir / "fxn-worker", "--server", GRPC, "--targets", "linux-x86_64",
                                        "--id", "rogue-client", "--token", tenant_tokens["acme"]], env=rogue_env)

        sources = tmp_path / "src"
        sources.mkdir()
        functions = []  # (tenant, entry, k)
        for tenant in tenant_tokens:
            for k in range(1, FUNCTIONS_PER_TENANT + 1):
                entry = f"{tenant}_{k}"
                (sources / f"{entry}.py").write_text(f"def {entry}(x):\n    return x * {k} + {len(tenant)}\n")
                functions.append((tenant, entry, k))

        cli_ns, _ = network.hosts["cli"]

        def push(tenant, index):
            entry = f"{tenant}_{index % FUNCTIONS_PER_TENANT + 1}"
            env = dict(os.environ, FXN_SERVER=GRPC, FXN_TOKEN=tenant_tokens[tenant], FXN_TLS_CA=str(ca[0]))
            out_dir = tmp_path / "out" / tenant / str(index)
            remaining = max(10, DEADLINE_S - (time.time() - started))
            r = subprocess.run(run_in(cli_ns, [fxn_bin, "push", sources / f"{entry}.py", "--entry", entry, "--inputs", "[3]",
                                               "-o", out_dir]), capture_output=True, text=True, env=env,
                               timeout=remaining)
            return tenant, entry, out_dir, r

        with concurrent.futures.ThreadPoolExecutor(max_workers=6) as pool:
            futures = [pool.submit(push, tenant, i) for i in range(PUSHES_PER_TENANT) for tenant in tenant_tokens]
            # One worker's host dies while it holds a task.
            wait_for(lambda: "w3" in leases(server_log.read_text()), 120, "w3 to lease a task")
            spawn_worker(1)
            spawn_worker(2)
            pending_at_kill = sum(not f.done() for f in futures)
            network.remove_host("w3")
            results = [f.result() for f in futures]

        assert pending_at_kill > 0  # the kill came mid-run
        failures = [(t, e, r.returncode, r.stderr[-2000:]) for t, e, _, r in results if r.returncode != 0]
        assert not failures, failures[:3]
        assert len(results) == 2 * PUSHES_PER_TENANT

        for tenant, entry, out_dir, r in results:
            manifest = json.loads((out_dir / entry / "linux-x86_64" / "manifest.json").read_text())
            assert manifest["verification"]["status"] == "verified", (entry, manifest["verification"])
            assert manifest["entry"] == entry
        ran = 0
        for tenant, entry, k in functions:  # each distinct artifact, on an input it was not traced with
            bundle = next(o for t, e, o, _ in results if e == entry) / entry / "linux-x86_64"
            out = subprocess.run([fxn_bin, "run", bundle, "--inputs", "[7]"], capture_output=True, text=True, timeout=60)
            assert out.returncode == 0 and out.stdout.strip() == str(7 * k + len(tenant)), (entry, out.stdout, out.stderr)
            ran += 1
        assert ran == len(functions)

        log = server_log.read_text()
        assert leases(log) and not any(worker.startswith("rogue") for worker in leases(log))
        assert re.search(r"worker \S*w3 lost the lease on task", log)  # and another worker finished it
        assert log.count("refused Lease") >= 2
        for name in ("rogue-anonymous", "rogue-client"):
            text = (logs / f"{name}.log").read_text()
            assert "refuses this worker" in text, text[-2000:]
            assert "def acme_" not in text and "def globex_" not in text
        for secret in list(tenant_tokens.values()) + [worker_token]:
            assert secret not in log
        assert time.time() - started < DEADLINE_S
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
            p.wait(timeout=30)
