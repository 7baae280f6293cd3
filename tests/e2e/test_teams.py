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
    """A Service whose HTTP calls and pushes carry a token (and whose server takes extra flags)."""

    server_args = ()

    def start_server(self):
        log = open(self.tmp / "server.log", "a")
        self.server = subprocess.Popen(
            [self.bin_dir / "fxn-server", "--listen", self.grpc, "--http", f"127.0.0.1:{self.http_port}",
             "--data-dir", str(self.data), "--lease-ms", "2000", *self.server_args], stdout=log, stderr=subprocess.STDOUT)
        deadline = time.time() + 20
        while time.time() < deadline:
            try:
                self.http("GET", "/v1/targets")
                return
            except OSError:
                time.sleep(0.05)
        raise AssertionError("fxn-server did not come up:\n" + (self.tmp / "server.log").read_text())

    def raw(self, path, headers=None):
        """(status, headers, body bytes) of a GET, any status."""
        req = urllib.request.Request(f"http://127.0.0.1:{self.http_port}{path}", headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                return r.status, dict(r.headers), r.read()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read()

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


# ---- tenants, provenance, quotas, metrics (issue 17 parts 1, 3, 4, 5) ----

def run_cli(service, tok, *args):
    env = dict(os.environ, FXN_SERVER=service.grpc)
    env.pop("FXN_TOKEN", None)
    env["FXN_TOKEN"] = tok
    return subprocess.run([service.fxn, *map(str, args)], capture_output=True, text=True, cwd=service.tmp, timeout=180,
                          env=env)


def wait_done(service, tok, job_id, timeout=120):
    deadline = time.time() + timeout
    while True:
        status, job = service.http_as(tok, "GET", f"/v1/jobs/{job_id}")
        assert status == 200, job
        if job["stage"] in ("DONE", "FAILED") or time.time() > deadline:
            return job
        time.sleep(0.1)


def http_push(service, tok, source, entry, inputs):
    body = json.dumps({"source": source, "filename": "f.py", "entry": entry, "samples_json": [json.dumps(inputs)]})
    req = urllib.request.Request(f"http://127.0.0.1:{service.http_port}/v1/push", method="POST", data=body.encode())
    req.add_header("Authorization", "Bearer " + tok)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, dict(r.headers), json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), json.loads(e.read())


def test_another_tenants_job_and_artifact_are_not_found(team, tmp_path):
    beta = token(team, "create", "--tenant", "beta", "--role", "client")[0]["token"]
    team.start_worker("--token", team.worker_token)
    f = write(tmp_path, "f.py", SOURCE)
    ok = team.push_as(team.client_token, f, "--entry", "add_one", "--inputs", "[1]")
    assert ok.returncode == 0, ok.stderr
    job_id = job_id_of(ok)
    never = "0" * 32
    # HTTP: the same answer as for an id that never existed, apart from the id itself.
    mine_status, mine = team.http_as(team.client_token, "GET", f"/v1/jobs/{job_id}")
    assert mine_status == 200 and mine["stage"] == "DONE"
    theirs_status, theirs = team.http_as(beta, "GET", f"/v1/jobs/{job_id}")
    unknown_status, unknown = team.http_as(beta, "GET", f"/v1/jobs/{never}")
    assert theirs_status == unknown_status == 404
    assert theirs["error"].replace(job_id, "ID") == unknown["error"].replace(never, "ID")
    digest = mine["targets"][0]["artifact_digest"]
    assert team.raw(f"/v1/artifacts/{digest}", {"Authorization": "Bearer " + team.client_token})[0] == 200
    status, _, body = team.raw(f"/v1/artifacts/{digest}", {"Authorization": "Bearer " + beta})
    status2, _, body2 = team.raw(f"/v1/artifacts/{'1' * 64}", {"Authorization": "Bearer " + beta})
    assert status == status2 == 404
    assert json.loads(body)["error"].replace(digest, "D") == json.loads(body2)["error"].replace("1" * 64, "D")
    # gRPC through the CLI: status and pull answer as for an unknown job.
    for command in (["status", job_id], ["pull", job_id, "-o", tmp_path / "stolen"]):
        out = run_cli(team, beta, *command)
        assert out.returncode == 1 and f"no job '{job_id}'" in out.stderr, out.stderr
        assert not (tmp_path / "stolen").exists()
    assert run_cli(team, team.client_token, "status", job_id).returncode == 0
    # Per-tenant cache: beta pushing the same function gets no hit from acme's artifact.
    again = team.push_as(beta, f, "--entry", "add_one", "--inputs", "[1]")
    assert again.returncode == 0, again.stderr
    status, job = team.http_as(beta, "GET", f"/v1/jobs/{job_id_of(again)}")
    assert not job["targets"][0].get("cached", False)


def test_provenance_and_purge_make_the_next_push_recompile(team, tmp_path):
    worker = token(team, "list")
    worker_id = next(t["id"] for t in worker if t["role"] == "worker")
    team.start_worker("--token", team.worker_token)
    f = write(tmp_path, "f.py", SOURCE)
    first = team.push_as(team.client_token, f, "--entry", "add_one", "--inputs", "[1]")
    assert first.returncode == 0, first.stderr
    _, job = team.http_as(team.client_token, "GET", f"/v1/jobs/{job_id_of(first)}")
    assert job["targets"][0]["built_by"] == worker_id
    shown = run_cli(team, team.client_token, "status", job_id_of(first))
    assert f"[built by worker token {worker_id}]" in shown.stdout, shown.stdout
    cached = team.push_as(team.client_token, f, "--entry", "add_one", "--inputs", "[1]")
    _, job = team.http_as(team.client_token, "GET", f"/v1/jobs/{job_id_of(cached)}")
    assert job["targets"][0].get("cached") and job["targets"][0]["built_by"] == worker_id
    digest = job["targets"][0]["artifact_digest"]
    out = subprocess.run([team.bin_dir / "fxn-server", "purge", "--data-dir", str(team.data), "--worker", worker_id, "--json"],
                         capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["artifacts"] == 1 and report["traces"] == 1 and report["blobs_removed"] >= 2
    # The purged bundle is gone for every job that named it ...
    assert team.raw(f"/v1/artifacts/{digest}", {"Authorization": "Bearer " + team.client_token})[0] == 404
    # ... and the next push traces and compiles again.
    rebuilt = team.push_as(team.client_token, f, "--entry", "add_one", "--inputs", "[1]")
    assert rebuilt.returncode == 0, rebuilt.stderr
    _, job = team.http_as(team.client_token, "GET", f"/v1/jobs/{job_id_of(rebuilt)}")
    assert not job["targets"][0].get("cached") and job["stage"] == "DONE"
    traced = [e for e in job["events"] if e["stage"] == "TRACED"]
    assert traced and not traced[0].get("cached")


@pytest.fixture
def quota_team(fxn_bin, tmp_path):
    s = TeamService(fxn_bin, tmp_path)
    quotas = tmp_path / "quotas.json"
    quotas.write_text(json.dumps({"default": {"concurrent_jobs": 2, "jobs_per_minute": 4},
                                  "tenants": {"small": {"source_bytes": 64}}}))
    s.server_args = ("--quota-config", str(quotas))
    s.client_token = token(s, "create", "--tenant", "acme", "--role", "client")[0]["token"]
    s.worker_token = token(s, "create", "--role", "worker")[0]["token"]
    s.start_server()
    yield s
    s.stop()


def test_over_quota_answers_429_with_retry_after_and_queued_jobs_complete(quota_team, tmp_path):
    team = quota_team
    accepted = []
    for i in range(2):  # no worker yet: both stay in progress
        status, _, job = http_push(team, team.client_token, f"def f(x):\n    return x + {i}\n", "f", [1])
        assert status == 202, job
        accepted.append(job["job_id"])
    status, headers, answer = http_push(team, team.client_token, "def f(x):\n    return x + 9\n", "f", [1])
    assert status == 429 and int(headers["Retry-After"]) >= 1 and "quota" in answer["error"]
    # gRPC: RESOURCE_EXHAUSTED, said by the CLI.
    f = write(tmp_path, "f.py", SOURCE)
    refused = team.push_as(team.client_token, f, "--entry", "add_one", "--inputs", "[1]")
    assert refused.returncode != 0 and "quota" in refused.stderr, refused.stderr
    # Another tenant is not held back by acme's quota; "small" has a source quota of its own.
    small = token(team, "create", "--tenant", "small", "--role", "client")[0]["token"]
    status, _, answer = http_push(team, small, "def f(x):\n    return x + 100000000000000000000000000000000000000000\n", "f", [1])
    assert status == 429 and "source" in answer["error"]
    status, _, job = http_push(team, small, "def f(x):\n    return x\n", "f", [1])
    assert status == 202
    # Nothing queued was lost: with a worker, every accepted job completes.
    team.start_worker("--token", team.worker_token)
    for job_id in accepted:
        assert wait_done(team, team.client_token, job_id)["ok"]
    assert wait_done(team, small, job["job_id"])["ok"]
    # The rate quota: 4 starts a minute, two used above.
    for i in range(2):
        status, _, job = http_push(team, team.client_token, f"def f(x):\n    return x * {i + 2}\n", "f", [1])
        assert status == 202, job
        wait_done(team, team.client_token, job["job_id"])
    status, headers, answer = http_push(team, team.client_token, "def f(x):\n    return -x\n", "f", [1])
    assert status == 429 and 1 <= int(headers["Retry-After"]) <= 60 and "last minute" in answer["error"]
    metrics = team.raw("/metrics")[2].decode()
    assert 'fxn_quota_refusals_total{tenant="acme",quota="concurrent_jobs"} 2' in metrics
    assert 'fxn_quota_refusals_total{tenant="acme",quota="jobs_per_minute"} 1' in metrics


def test_a_flooding_tenant_does_not_starve_another(team, tmp_path):
    beta = token(team, "create", "--tenant", "beta", "--role", "client")[0]["token"]
    flood = []
    for i in range(6):
        status, _, job = http_push(team, team.client_token, f"def f(x):\n    return x + {i}\n", "f", [1])
        assert status == 202
        flood.append(job["job_id"])
    status, _, job = http_push(team, beta, "def g(x):\n    return x - 1\n", "g", [1])
    assert status == 202
    team.start_worker("--token", team.worker_token)  # one worker: tasks are handed out one at a time
    done_beta = wait_done(team, beta, job["job_id"])
    assert done_beta["ok"]
    finished_at = max(e["unix_ms"] for e in done_beta["events"])
    later = 0
    for job_id in flood:
        acme_job = wait_done(team, team.client_token, job_id)
        assert acme_job["ok"]
        later += max(e["unix_ms"] for e in acme_job["events"]) > finished_at
    assert later >= 3  # beta's job did not wait behind all six


def test_metrics_and_health_need_no_token_and_metrics_move_with_a_push(team, tmp_path):
    status, _, body = team.raw("/healthz")
    assert status == 200 and body == b"ok\n"
    status, headers, before = team.raw("/metrics")
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    before = before.decode()
    for name in ("fxn_jobs_submitted_total", "fxn_queue_depth", "fxn_workers", "fxn_stage_seconds", "fxn_cache_requests_total",
                 "fxn_quota_refusals_total", "fxn_jobs"):
        assert f"# TYPE {name} " in before
    assert 'fxn_jobs_submitted_total{tenant="acme"}' not in before
    team.start_worker("--token", team.worker_token)
    f = write(tmp_path, "f.py", SOURCE)
    assert team.push_as(team.client_token, f, "--entry", "add_one", "--inputs", "[1]").returncode == 0
    after = team.raw("/metrics")[2].decode()
    assert 'fxn_jobs_submitted_total{tenant="acme"} 1' in after
    assert 'fxn_jobs_finished_total{tenant="acme",state="done"} 1' in after
    assert 'fxn_cache_requests_total{cache="trace",result="miss"} 1' in after
    assert 'fxn_stage_seconds_count{stage="compile"} 1' in after
    assert 'fxn_workers{target="linux-x86_64"} 1' in after
    # The audit log names tenant, role, method and job, never a secret.
    log = (tmp_path / "server.log").read_text()
    audit = [l for l in log.splitlines() if "audit:" in l]
    assert any("tenant=acme role=client" in l and "method=Push" in l and "job=" in l and "job=-" not in l for l in audit)
    assert any("role=worker" in l and "method=Lease" in l for l in audit)
    for secret in (team.client_token, team.worker_token):
        assert secret.split("_")[2] not in log


def test_oversized_and_malformed_credentials_leave_the_server_serving(team):
    for bad in ("Bearer " + "a" * (64 << 10), "Bearer fxn_", "Basic dXNlcjpwYXNz", "Bearer " + "fxn_" + "g" * 16 + "_" + "0" * 64):
        status, _, _ = team.raw("/v1/targets", {"Authorization": bad})
        assert status in (400, 401, 431), status
    for i in range(100):
        assert team.raw(f"/v1/jobs/{i:032x}", {"Authorization": "Bearer fxn_%016x_%s" % (i, "f" * 64)})[0] == 401
    status, _ = team.http_as(team.client_token, "GET", "/v1/targets")
    assert status == 200
    assert team.raw("/healthz")[0] == 200
