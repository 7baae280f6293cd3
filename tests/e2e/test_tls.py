"""TLS on every connection of a team's server, on real processes over loopback.

Each test makes its own certificates with `openssl` (tests/e2e/certs.py): a CA and a server
certificate for IP 127.0.0.1, a second CA nobody trusts, an expired certificate, and a worker CA
with a worker's client certificate (`--worker-ca`, mutual TLS). The server gets tokens too, as
it must beyond loopback. Happy paths for `fxn push`/status/pull, HTTPS (urllib with the CA) and
gRPC workers; refusals: a plain-text client against a TLS server (and the reverse), a wrong CA,
an expired certificate, a worker without a client certificate where one is required."""

import json
import os
import ssl
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from certs import make_ca, make_cert
from test_service import job_id_of, write
from test_teams import TeamService, token, wait_for_log

SOURCE = "def add_one(x):\n    return x + 1\n"


@pytest.fixture
def pki(tmp_path):
    d = tmp_path / "pki"
    ca = make_ca(d, "ca")
    worker_ca = make_ca(d, "worker-ca")
    other_ca = make_ca(d, "other-ca")
    return {
        "ca": ca,
        "server": make_cert(d, "server", ca, ips=["127.0.0.1"], dns=["localhost"]),
        "worker": make_cert(d, "worker", worker_ca, usage="clientAuth"),
        "worker_ca": worker_ca,
        "other_ca": other_ca,
        "other_worker": make_cert(d, "other-worker", other_ca, usage="clientAuth"),
        "expired": make_cert(d, "expired", ca, ips=["127.0.0.1"], expired=True),
        "wrong_name": make_cert(d, "wrong-name", ca, ips=["10.9.9.9"]),
    }


class TlsService(TeamService):
    """A TeamService whose server serves gRPC and HTTPS with `cert`; clients trust `ca`."""

    def __init__(self, fxn_bin, tmp_path, pki, *server_flags, cert="server"):
        super().__init__(fxn_bin, tmp_path)
        self.pki = pki
        self.cert = pki[cert]
        self.server_flags = list(server_flags)

    def start_server(self):
        log = open(self.tmp / "server.log", "a")
        self.server = subprocess.Popen(
            [self.bin_dir / "fxn-server", "--listen", self.grpc, "--http", f"127.0.0.1:{self.http_port}",
             "--data-dir", str(self.data), "--lease-ms", "2000", "--tls-cert", self.cert[0], "--tls-key", self.cert[1],
             *self.server_flags], stdout=log, stderr=subprocess.STDOUT)
        deadline = time.time() + 20
        while time.time() < deadline:
            try:
                self.http("GET", "/v1/targets")
                return
            except OSError:
                if self.server.poll() is not None:
                    break
                time.sleep(0.05)
        raise AssertionError("fxn-server did not come up:\n" + (self.tmp / "server.log").read_text())

    def https_as(self, tok, method, path, body=None, ca="ca"):
        context = ssl.create_default_context(cafile=str(self.pki[ca][0]))
        req = urllib.request.Request(f"https://127.0.0.1:{self.http_port}{path}", method=method,
                                     data=None if body is None else body.encode())
        if tok is not None:
            req.add_header("Authorization", "Bearer " + tok)
        try:
            with urllib.request.urlopen(req, timeout=60, context=context) as r:
                return r.status, json.loads(r.read())
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read())

    def http(self, method, path, body=None):
        status, answer = self.https_as(self.client_token, method, path, body)
        if status != 200:
            raise OSError(answer)
        return answer

    def cli_as(self, tok, command, *args, ca="ca"):
        """`fxn COMMAND ARGS` against this server with token `tok` and CA `ca` (None: plain text)."""
        env = dict(os.environ, FXN_SERVER=self.grpc, FXN_RECONNECT_SECONDS="0")
        for name in ("FXN_TOKEN", "FXN_TLS_CA"):
            env.pop(name, None)
        if tok is not None:
            env["FXN_TOKEN"] = tok
        if ca is not None:
            env["FXN_TLS_CA"] = str(self.pki[ca][0])
        return subprocess.run([self.fxn, command, *map(str, args)], capture_output=True, text=True, cwd=self.tmp,
                              timeout=180, env=env)

    def start_tls_worker(self, *extra, ca="ca", tok=None):
        return self.start_worker("--token", tok or self.worker_token, "--tls-ca", self.pki[ca][0], *extra)


def tls_service(fxn_bin, tmp_path, pki, *flags, cert="server"):
    s = TlsService(fxn_bin, tmp_path, pki, *flags, cert=cert)
    s.client_token = token(s, "create", "--tenant", "acme", "--role", "client")[0]["token"]
    s.worker_token = token(s, "create", "--role", "worker")[0]["token"]
    return s


@pytest.fixture
def secure(fxn_bin, tmp_path, pki):
    s = tls_service(fxn_bin, tmp_path, pki)
    s.start_server()
    yield s
    s.stop()


def test_cli_http_and_workers_over_tls(secure, tmp_path):
    secure.start_tls_worker()
    f = write(tmp_path, "f.py", SOURCE)
    pushed = secure.cli_as(secure.client_token, "push", f, "--entry", "add_one", "--inputs", "[41]", "-o", tmp_path / "out")
    assert pushed.returncode == 0, pushed.stderr
    assert "verified" in pushed.stdout
    job_id = job_id_of(pushed)
    status = secure.cli_as(secure.client_token, "status", job_id, "--json")
    assert status.returncode == 0 and json.loads(status.stdout)["ok"] is True
    pulled = secure.cli_as(secure.client_token, "pull", job_id, "-o", tmp_path / "pulled")
    assert pulled.returncode == 0, pulled.stderr
    ran = subprocess.run([secure.fxn, "run", tmp_path / "pulled" / "add_one" / "linux-x86_64", "--inputs", "[41]"],
                         capture_output=True, text=True, timeout=60)
    assert ran.returncode == 0 and ran.stdout.strip() == "42"

    body = json.dumps({"source": "def twice(x):\n    return 2 * x\n", "filename": "t.py", "entry": "twice",
                       "samples_json": ["[4]"], "targets": ["linux-x86_64"]})
    code, accepted = secure.https_as(secure.client_token, "POST", "/v1/push", body)
    assert code == 202, accepted
    deadline = time.time() + 120
    while time.time() < deadline:
        code, job = secure.https_as(secure.client_token, "GET", f"/v1/jobs/{accepted['job_id']}")
        if job["stage"] in ("DONE", "FAILED"):
            break
        time.sleep(0.1)
    assert job["stage"] == "DONE" and job["ok"] is True, job
    code, targets = secure.https_as(secure.client_token, "GET", "/v1/targets")
    assert next(t for t in targets["targets"] if t["name"] == "linux-x86_64")["workers"] == 1
    assert "TLS" in (tmp_path / "server.log").read_text()


def test_plain_text_clients_are_told_the_server_speaks_tls(secure, tmp_path):
    f = write(tmp_path, "f.py", SOURCE)
    plain = secure.cli_as(secure.client_token, "push", f, "--entry", "add_one", "--inputs", "[1]", ca=None)
    assert plain.returncode == 1
    assert "serves TLS" in plain.stderr and "--tls-ca" in plain.stderr, plain.stderr
    # Plain HTTP to the HTTPS port: the connection is dropped, nothing is answered in clear.
    with pytest.raises((urllib.error.URLError, ConnectionError, OSError)):
        urllib.request.urlopen(f"http://127.0.0.1:{secure.http_port}/v1/targets", timeout=10).read()
    # A worker in plain text leases nothing and says why.
    secure.start_worker("--token", secure.worker_token)
    assert wait_for_log(tmp_path / "worker0.log", "serves TLS")
    code, _ = secure.https_as(secure.client_token, "GET", "/v1/targets")
    assert code == 200  # still serving


def test_a_wrong_ca_or_name_is_refused_with_the_reason(secure, tmp_path):
    f = write(tmp_path, "f.py", SOURCE)
    wrong = secure.cli_as(secure.client_token, "push", f, "--entry", "add_one", "--inputs", "[1]", ca="other_ca")
    assert wrong.returncode == 1
    assert "does not verify against" in wrong.stderr and "unable to get local issuer certificate" in wrong.stderr, wrong.stderr
    with pytest.raises(urllib.error.URLError, match="CERTIFICATE_VERIFY_FAILED"):
        secure.https_as(secure.client_token, "GET", "/v1/targets", ca="other_ca")
    secure.start_tls_worker(ca="other_ca")
    assert wait_for_log(tmp_path / "worker0.log", "does not verify against")


def test_a_certificate_for_another_address_is_refused(fxn_bin, tmp_path, pki):
    s = tls_service(fxn_bin, tmp_path, pki, cert="wrong_name")
    log = open(tmp_path / "server.log", "a")
    s.server = subprocess.Popen([s.bin_dir / "fxn-server", "--listen", s.grpc, "--data-dir", str(s.data),
                                 "--tls-cert", pki["wrong_name"][0], "--tls-key", pki["wrong_name"][1]],
                                stdout=log, stderr=subprocess.STDOUT)
    try:
        assert wait_for_log(tmp_path / "server.log", "listening on")
        f = write(tmp_path, "f.py", SOURCE)
        out = s.cli_as(s.client_token, "push", f, "--entry", "add_one", "--inputs", "[1]")
        assert out.returncode == 1 and "does not name 127.0.0.1" in out.stderr, out.stderr
    finally:
        s.stop()


def test_tls_client_against_a_plain_text_server(fxn_bin, tmp_path, pki):
    s = TeamService(fxn_bin, tmp_path)
    s.client_token = token(s, "create", "--tenant", "acme", "--role", "client")[0]["token"]
    s.start_server()
    try:
        f = write(tmp_path, "f.py", SOURCE)
        env = dict(os.environ, FXN_SERVER=s.grpc, FXN_TOKEN=s.client_token, FXN_TLS_CA=str(pki["ca"][0]))
        out = subprocess.run([s.fxn, "push", f, "--entry", "add_one", "--inputs", "[1]"], capture_output=True, text=True,
                             cwd=tmp_path, timeout=120, env=env)
        assert out.returncode == 1 and "did not complete a TLS handshake" in out.stderr, out.stderr
        assert "plain text" in out.stderr
    finally:
        s.stop()


def test_an_expired_or_mismatched_certificate_stops_the_server_at_start(fxn_bin, tmp_path, pki):
    server = Path(fxn_bin).parent / "fxn-server"

    def start(*flags):
        return subprocess.run([server, "--listen", "127.0.0.1:0", "--data-dir", str(tmp_path / "data"), *map(str, flags)],
                              capture_output=True, text=True, timeout=30)

    expired = start("--tls-cert", pki["expired"][0], "--tls-key", pki["expired"][1])
    assert expired.returncode == 1 and "expired on Jan  2 00:00:00 2020" in expired.stdout + expired.stderr
    mismatched = start("--tls-cert", pki["server"][0], "--tls-key", pki["worker"][1])
    assert mismatched.returncode == 1 and "is not the key of the certificate" in mismatched.stdout + mismatched.stderr
    half = start("--tls-cert", pki["server"][0])
    assert half.returncode == 1 and "--tls-key" in half.stdout + half.stderr
    no_tls = start("--worker-ca", pki["worker_ca"][0])
    assert no_tls.returncode == 1 and "--worker-ca needs TLS" in no_tls.stdout + no_tls.stderr


def test_beyond_loopback_tokens_alone_are_not_enough(fxn_bin, tmp_path):
    """The server refuses before it binds: no traffic leaves loopback."""
    server = Path(fxn_bin).parent / "fxn-server"
    data = tmp_path / "data"
    subprocess.run([server, "token", "create", "--data-dir", data, "--tenant", "acme"], capture_output=True, timeout=30,
                   check=True)
    out = subprocess.run([server, "--listen", "0.0.0.0:0", "--data-dir", str(data)], capture_output=True, text=True,
                         timeout=30)
    text = out.stdout + out.stderr
    assert out.returncode == 1 and "without TLS" in text and "--tls-cert" in text and "--insecure" in text
    assert "without tokens" not in text


def test_workers_need_a_certificate_from_the_worker_ca(fxn_bin, tmp_path, pki):
    s = tls_service(fxn_bin, tmp_path, pki, "--worker-ca", pki["worker_ca"][0])
    s.start_server()
    try:
        s.start_tls_worker()  # token, CA, but no client certificate
        assert wait_for_log(tmp_path / "worker0.log", "client certificate")
        s.start_tls_worker("--tls-cert", pki["other_worker"][0], "--tls-key", pki["other_worker"][1])  # another CA's
        assert wait_for_log(tmp_path / "worker1.log", "cannot reach")
        code, targets = s.https_as(s.client_token, "GET", "/v1/targets")
        assert all(t.get("workers", 0) == 0 for t in targets["targets"])  # neither registered
        s.start_tls_worker("--tls-cert", pki["worker"][0], "--tls-key", pki["worker"][1])
        f = write(tmp_path, "f.py", SOURCE)
        pushed = s.cli_as(s.client_token, "push", f, "--entry", "add_one", "--inputs", "[1]")  # clients need no certificate
        assert pushed.returncode == 0, pushed.stderr
        log = (tmp_path / "server.log").read_text()
        assert "no verified worker certificate" in log
        assert "workers need certificates" in log
    finally:
        s.stop()


def test_a_flood_of_failed_handshakes_does_not_stop_the_server(secure, tmp_path):
    """Plain text, garbage and half-open connections on both TLS ports; the server keeps serving."""
    import socket
    for i in range(60):
        port = int(secure.grpc.rsplit(":", 1)[1]) if i % 2 else secure.http_port
        with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
            s.sendall([b"GET / HTTP/1.1\r\n\r\n", b"\x16\x03\x01\x00\x05hello", b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"][i % 3])
            if i % 5 == 0:
                continue  # left half-open; closed by the with-block at once
            try:
                s.recv(64)
            except OSError:
                pass
    code, targets = secure.https_as(secure.client_token, "GET", "/v1/targets")
    assert code == 200 and targets["targets"]
    secure.start_tls_worker()
    f = write(tmp_path, "f.py", SOURCE)
    pushed = secure.cli_as(secure.client_token, "push", f, "--entry", "add_one", "--inputs", "[2]")
    assert pushed.returncode == 0, pushed.stderr
