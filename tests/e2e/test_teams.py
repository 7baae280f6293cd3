"""A server for teams: tokens with roles, on real processes over loopback.

Each test starts its own fxn-server (and workers) on free loopback ports with a data directory
of its own; tokens are made with `fxn-server token create`, as an administrator would."""

import json
import os
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from test_service import Service, job_id_of, write

SOURCE = "def add_one(x):\n    return x + 1\n"


def token(service, *args):
    out = subprocess.run([service.bin_dir / "fxn-server", "token", *args, "--data-dir", str(service.data), "--json"],
                         capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    return [json.loads(line) for line in out.stdout.splitlines()]


class TeamService(Service):
    """A Service whose HTTP calls and pushes carry a token."""

    def http_as(self, tok, method, path, body=None):
        req = urllib.request.Request(f"http://127.0.0.1:{self.http_port}{path}", method=method,
                                     data=None if body is None else body.encode())
        if tok is not None:
            req.add_header("Authorization", "Bearer " + tok)
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                return r.status, json.loads(r.read())
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read())

    def http(self, method, path, body=None):  # the readiness probe of start_server
        status, answer = self.http_as(self.client_token, method, path, body)
        if status != 200:
            raise OSError(answer)
        return answer

    def push_as(self, tok, *args):
        env = dict(os.environ, FXN_SERVER=self.grpc)
        env.pop("FXN_TOKEN", None)
        if tok is not None:
            env["FXN_TOKEN"] = tok
        return subprocess.run([self.fxn, "push", *map(str, args)], capture_output=True, text=True, cwd=self.tmp,
                              timeout=180, env=env)


@pytest.fixture
def team(fxn_bin, tmp_path):
    s = TeamService(fxn_bin, tmp_path)
    s.client_token = token(s, "create", "--tenant", "acme", "--role", "client")[0]["token"]
    s.worker_token = token(s, "create", "--role", "worker")[0]["token"]
    s.start_server()
    yield s
    s.stop()


def wait_for_log(path, text, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if path.exists() and text in path.read_text():
            return True
        time.sleep(0.2)
    return False


def test_tokens_are_shown_once_and_listed_without_secrets(team):
    made = token(team, "create", "--tenant", "beta", "--role", "admin")[0]
    listed = token(team, "list")
    assert {t["tenant"] for t in listed} == {"acme", "workers", "beta"}
    text = json.dumps(listed)
    for secret in (team.client_token, team.worker_token, made["token"]):
        assert secret.split("_")[2] not in text
        assert secret.split("_")[2] not in (team.data / "index.sqlite").read_bytes().decode("latin-1")
    bad = subprocess.run([team.bin_dir / "fxn-server", "token", "create", "--data-dir", str(team.data), "--tenant", "Bad/Name"],
                         capture_output=True, text=True, timeout=30)
    assert bad.returncode == 2 and "--tenant" in bad.stderr


def test_pushes_need_a_client_token(team, tmp_path):
    team.start_worker("--token", team.worker_token)
    f = write(tmp_path, "f.py", SOURCE)
    missing = team.push_as(None, f, "--entry", "add_one", "--inputs", "[1]")
    assert missing.returncode == 1 and "requires a token" in missing.stderr and "fxn-server token create" in missing.stderr
    wrong_role = team.push_as(team.worker_token, f, "--entry", "add_one", "--inputs", "[1]")
    assert wrong_role.returncode == 1 and "may not do what needs a client token" in wrong_role.stderr
    malformed = team.push_as("fxn_" + "z" * 500, f, "--entry", "add_one", "--inputs", "[1]")
    assert malformed.returncode == 1 and "malformed" in malformed.stderr
    ok = team.push_as(team.client_token, f, "--entry", "add_one", "--inputs", "[1]")
    assert ok.returncode == 0, ok.stderr
    assert "verified" in ok.stdout + ok.stderr


def test_http_answers_401_and_403(team):
    status, answer = team.http_as(None, "GET", "/v1/targets")
    assert status == 401 and "requires a token" in answer["error"]
    status, answer = team.http_as(team.worker_token, "POST", "/v1/push", "{}")
    assert status == 403
    status, answer = team.http_as(team.client_token, "GET", "/v1/targets")
    assert status == 200 and answer["targets"]


def test_rogue_workers_lease_nothing(team, tmp_path):
    """A worker without a token, or with a client's, is refused and never sees a source."""
    anonymous = team.start_worker()
    with_client_token = team.start_worker("--token", team.client_token)
    f = write(tmp_path, "f.py", SOURCE)
    env = dict(os.environ, FXN_SERVER=team.grpc, FXN_TOKEN=team.client_token)
    push = subprocess.Popen([team.fxn, "push", f, "--entry", "add_one", "--inputs", "[1]"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=tmp_path, env=env)
    assert wait_for_log(tmp_path / "worker1.log", "refuses this worker")
    assert wait_for_log(tmp_path / "worker0.log", "refuses this worker")
    status, targets = team.http_as(team.client_token, "GET", "/v1/targets")
    assert all(t.get("workers", 0) == 0 for t in targets["targets"])  # neither registered
    team.start_worker("--token", team.worker_token)  # the real one takes the job
    out, err = push.communicate(timeout=180)
    assert push.returncode == 0, err
    for p in (anonymous, with_client_token):
        assert p.poll() is None  # still knocking, still refused
    log = (tmp_path / "server.log").read_text()
    assert "refused Lease" in log
    assert team.client_token not in log and team.worker_token not in log


def test_revocation_takes_effect_on_the_next_call(team, tmp_path):
    made = token(team, "create", "--tenant", "acme", "--role", "client")[0]
    status, _ = team.http_as(made["token"], "GET", "/v1/targets")
    assert status == 200
    token(team, "revoke", made["id"])
    status, answer = team.http_as(made["token"], "GET", "/v1/targets")
    assert status == 401 and "not valid" in answer["error"]
    again = subprocess.run([team.bin_dir / "fxn-server", "token", "revoke", made["id"], "--data-dir", str(team.data)],
                           capture_output=True, text=True, timeout=30)
    assert again.returncode == 1 and "no active token" in again.stderr


def test_an_open_server_refuses_to_listen_beyond_loopback(fxn_bin, tmp_path):
    server = Path(fxn_bin).parent / "fxn-server"
    out = subprocess.run([server, "--listen", "0.0.0.0:0", "--data-dir", str(tmp_path / "data")], capture_output=True,
                         text=True, timeout=30)
    assert out.returncode == 1 and "--insecure" in out.stderr + out.stdout


def test_a_flood_of_bad_tokens_does_not_stop_the_server(team):
    for i in range(200):
        status, _ = team.http_as("fxn_%016x_%s" % (i, "0" * 64), "GET", "/v1/targets")
        assert status == 401
    status, _ = team.http_as(team.client_token, "GET", "/v1/targets")
    assert status == 200
