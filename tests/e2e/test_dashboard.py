"""The web dashboard in a real headless browser (Debian's chromium + chromium-driver, driven by
python3-selenium) against live fxn-servers on loopback: the job list shows a push made during
the test, the job page its events, diagnostics, IR and generated source; hostile text (a
diagnostic or a string literal holding markup) is shown as text and never runs; a server with
tokens asks for one, and shows only that token's tenant's jobs. The same browser loads a
wasm32-wasi bundle through its fxn_wasm.mjs in a page served from loopback and checks the answer
against CPython's.

One browser for the module (starting chromium is the slow part); every wait is bounded. A
machine without chromium, chromedriver or selenium FAILS here, loudly: scripts/setup.sh installs
them."""

import functools
import http.server
import json
import os
import shutil
import ssl
import subprocess
import threading
import urllib.error
import urllib.request

import pytest

from test_service import Service, job_id_of, write
from test_teams import TeamService, token

WAIT = 60  # seconds: the longest any page condition is waited for (a cold worker compiles first)

# A function whose source, IR and generated C++ carry markup: a string literal and a docstring.
HOSTILE_SOURCE = '''def shout(n):
    """<script>window.pwned = 1</script>"""
    tag = "<img src=x onerror=window.pwned=2>"
    return tag * n
'''
# A module whose import fails: the diagnostic quotes the exception's message.
FAILING_SOURCE = '''def f(x):
    return x + 1

raise ValueError("<script>window.pwned = 3</script><b>not bold</b>")
'''
WASM_SOURCE = '''def stats(xs, label):
    total = 0.0
    for x in xs:
        total += x * x
    words = label.split()
    return {"sum_sq": total, "mean": total / len(xs), "words": [w.upper() for w in words],
            "n": len(xs) * 3 // 2}
'''
WASM_ARGS = [[1.5, 2.25, -3.0, 0.1], "hello wasm world"]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """A headless chromium (one for the module); the test fails when it cannot start."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service as DriverService
    except ImportError as e:
        pytest.fail(f"python3-selenium is missing ({e}): run scripts/setup.sh", pytrace=False)
    chromium = shutil.which("chromium")
    driver_path = shutil.which("chromedriver")
    if not chromium or not driver_path:
        pytest.fail(f"chromium ({chromium}) or chromedriver ({driver_path}) is missing: run scripts/setup.sh "
                    "(Debian's chromium and chromium-driver)", pytrace=False)
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-extensions", "--disable-background-networking", "--window-size=1400,1000",
                f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(arg)
    if os.geteuid() == 0:
        options.add_argument("--no-sandbox")  # chromium's sandbox refuses to run as root
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        driver = webdriver.Chrome(service=DriverService(driver_path), options=options)
    except Exception as e:  # noqa: BLE001 - any failure to start is this test's failure, said plainly
        pytest.fail(f"headless chromium did not start: {e}", pytrace=False)
    driver.set_page_load_timeout(WAIT)
    driver.set_script_timeout(WAIT)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def service(fxn_bin, tmp_path_factory):
    """A server without tokens and one worker serving every target found."""
    s = Service(fxn_bin, tmp_path_factory.mktemp("dashboard"))
    s.start_server()
    s.start_worker(trace_timeout=30)
    yield s
    s.stop()


def wait_until(driver, condition, what):
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait
    try:
        return WebDriverWait(driver, WAIT, poll_frequency=0.1).until(lambda d: condition(d))
    except TimeoutException:
        logs = ""
        try:
            logs = "\n".join(str(entry) for entry in driver.get_log("browser"))
        except Exception:  # noqa: BLE001 - the logs are a courtesy
            pass
        main = driver.execute_script("return document.body ? document.body.innerText : ''")
        raise AssertionError(f"timed out after {WAIT} s waiting for {what}; the page shows:\n{main}\nbrowser log:\n{logs}")


def text_of(driver, css):
    """The text of the first element `css` selects, or None; the page re-renders as jobs progress,
    so an element that went stale between finding and reading is looked up again."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    for _ in range(20):
        try:
            found = driver.find_elements(By.CSS_SELECTOR, css)
            return found[0].text if found else None
        except StaleElementReferenceException:
            continue
    raise AssertionError(f"{css} kept going stale")


def click(driver, css):
    """Clicks the first element `css` selects, looked up again if a re-render made it stale."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    for _ in range(20):
        try:
            driver.find_element(By.CSS_SELECTOR, css).click()
            return
        except StaleElementReferenceException:
            continue
    raise AssertionError(f"{css} kept going stale")


def no_markup_ran(driver):
    """Hostile text stayed text: nothing it held was parsed into elements or executed."""
    assert driver.execute_script("return window.pwned === undefined"), "user text was executed"
    assert driver.execute_script("return document.querySelectorAll('#main script, #main img, #main b').length") == 0


def open_job(driver, base, job_id):
    driver.get(f"{base}/#/jobs/{job_id}")
    wait_until(driver, lambda d: text_of(d, "#job h2") and job_id in text_of(d, "#job h2"), f"job {job_id}'s page")


def push(s, tmp_path, name, source, *args):
    f = write(tmp_path, name, source)
    return s.push(f, *args, "-o", tmp_path / "out")


def test_job_list_and_job_page_show_a_push_its_events_ir_and_source(browser, service, tmp_path):
    base = f"http://127.0.0.1:{service.http_port}"
    r = push(service, tmp_path, "hostile.py", HOSTILE_SOURCE, "--entry", "shout", "--inputs", "[2]")
    assert r.returncode == 0, r.stderr
    job_id = job_id_of(r)

    browser.get(base + "/")
    row = f'#jobs tr[data-job-id="{job_id}"]'
    wait_until(browser, lambda d: text_of(d, row) is not None, "the pushed job in the list")
    assert "shout" in text_of(browser, row) and "hostile.py" in text_of(browser, row)
    wait_until(browser, lambda d: "verified" in (text_of(d, row + " td.targets") or ""), "the job's target verified")
    assert "linux-x86_64" in text_of(browser, row + " td.targets")
    assert text_of(browser, "#queue-depth") is not None and "hit rate" in text_of(browser, "#caches")
    assert "linux-x86_64" in text_of(browser, '#targets tr[data-target="linux-x86_64"]')
    wait_until(browser, lambda d: text_of(d, "#workers tbody tr") is not None, "the worker in the list")
    assert "linux-x86_64" in text_of(browser, "#workers tbody tr")

    click(browser, f"{row} a")
    wait_until(browser, lambda d: text_of(d, "#job-events") is not None, "the job page's timeline")
    events = text_of(browser, "#job-events").lower()
    for stage in ("queued", "traced", "compiling", "verified", "done"):
        assert stage in events, events
    wait_until(browser, lambda d: text_of(d, "#job-source") is not None, "the generated source")
    source = text_of(browser, "#job-source")
    assert "fxn_shout" in source and "<img src=x onerror=window.pwned=2>" in source
    wait_until(browser, lambda d: text_of(d, "#job-ir") is not None, "the IR")
    assert "shout" in text_of(browser, "#job-ir") and "<img src=x onerror=window.pwned=2>" in text_of(browser, "#job-ir")
    no_markup_ran(browser)


def test_a_hostile_diagnostic_is_shown_as_text(browser, service, tmp_path):
    base = f"http://127.0.0.1:{service.http_port}"
    r = push(service, tmp_path, "failing.py", FAILING_SOURCE, "--entry", "f", "--inputs", "[1]")
    assert r.returncode != 0
    job_id = job_id_of(r)
    open_job(browser, base, job_id)
    wait_until(browser, lambda d: text_of(d, "#job-diagnostics") is not None, "the diagnostics")
    diagnostic = text_of(browser, "#job-diagnostics")
    assert "failing.py:4:1: error:" in diagnostic
    assert "<script>window.pwned = 3</script><b>not bold</b>" in diagnostic
    assert "failed" in text_of(browser, "#job-events").lower()
    wait_until(browser, lambda d: text_of(d, "#job-ir-missing") is not None, "the note that there is no IR")
    no_markup_ran(browser)
    browser.get(base + "/")
    row = f'#jobs tr[data-job-id="{job_id}"]'
    wait_until(browser, lambda d: text_of(d, row) is not None, "the failed job in the list")
    assert "<script>" in text_of(browser, row)
    no_markup_ran(browser)


def test_the_page_asks_for_a_token_and_shows_only_its_tenants_jobs(browser, fxn_bin, tmp_path):
    team = TeamService(fxn_bin, tmp_path)
    team.client_token = token(team, "create", "--tenant", "acme", "--role", "client")[0]["token"]
    beta_token = token(team, "create", "--tenant", "beta", "--role", "client")[0]["token"]
    team.worker_token = token(team, "create", "--role", "worker")[0]["token"]
    team.start_server()
    try:
        team.start_worker("--token", team.worker_token, "--targets", "linux-x86_64")
        f = write(tmp_path, "mine.py", "def mine(x):\n    return x * 2\n")
        ours = team.push_as(team.client_token, f, "--inputs", "[1]", "-o", tmp_path / "out")
        assert ours.returncode == 0, ours.stderr
        g = write(tmp_path, "theirs.py", "def theirs(x):\n    return x * 3\n")
        theirs = team.push_as(beta_token, g, "--inputs", "[1]", "-o", tmp_path / "out2")
        assert theirs.returncode == 0, theirs.stderr
        ours_id, theirs_id = job_id_of(ours), job_id_of(theirs)

        # The API never answers job data without a valid token, nor another tenant's jobs.
        for path in ("/v1/jobs", f"/v1/jobs/{ours_id}", f"/v1/jobs/{ours_id}/ir", f"/v1/jobs/{ours_id}/source",
                     "/v1/workers", "/v1/stats"):
            assert team.http_as(None, "GET", path)[0] == 401, path
            assert team.http_as("fxn_" + "0" * 16 + "_" + "0" * 32, "GET", path)[0] == 401, path
        status, listed = team.http_as(team.client_token, "GET", "/v1/jobs")
        assert status == 200 and [j["job_id"] for j in listed["jobs"]] == [ours_id]
        for path in (f"/v1/jobs/{theirs_id}", f"/v1/jobs/{theirs_id}/ir", f"/v1/jobs/{theirs_id}/source"):
            status, answer = team.http_as(team.client_token, "GET", path)
            assert status == 404 and "no job" in answer["error"], (path, status, answer)
        # The page itself holds no job data: it is served without a token.
        status, headers, page = team.raw("/")
        assert status == 200 and b"/dashboard/app.js" in page
        assert "script-src 'self'" in headers["Content-Security-Policy"]

        base = f"http://127.0.0.1:{team.http_port}"
        browser.get(base + "/")
        wait_until(browser, lambda d: d.find_element("id", "token-form").is_displayed(), "the token prompt")
        assert text_of(browser, "#jobs") is None
        browser.find_element("id", "token-input").send_keys("fxn_" + "0" * 16 + "_" + "0" * 32)
        click(browser, "#token-submit")
        wait_until(browser, lambda d: d.find_element("id", "token-error").is_displayed(), "the refusal of a wrong token")
        browser.find_element("id", "token-input").send_keys(team.client_token)
        click(browser, "#token-submit")
        wait_until(browser, lambda d: text_of(d, f'#jobs tr[data-job-id="{ours_id}"]') is not None, "acme's job")
        assert text_of(browser, f'#jobs tr[data-job-id="{theirs_id}"]') is None
        assert "theirs" not in browser.find_element("id", "main").text
        assert browser.execute_script("return sessionStorage.getItem('fxn-token')") == team.client_token
        # Another tenant's job page: the server answers it like an unknown job.
        browser.get(f"{base}/#/jobs/{theirs_id}")
        wait_until(browser, lambda d: text_of(d, "#error") is not None, "the refusal of another tenant's job")
        assert "no job" in text_of(browser, "#error")
        click(browser, "#sign-out")
        wait_until(browser, lambda d: d.find_element("id", "token-form").is_displayed(), "the prompt after forgetting the token")
    finally:
        team.stop()


def test_the_dashboard_is_served_over_https_with_tls(fxn_bin, tmp_path):
    from certs import make_ca, make_cert
    from test_tls import TlsService
    d = tmp_path / "pki"
    ca = make_ca(d, "ca")
    pki = {"ca": ca, "server": make_cert(d, "server", ca, ips=["127.0.0.1"], dns=["localhost"])}
    s = TlsService(fxn_bin, tmp_path, pki)
    s.client_token = token(s, "create", "--tenant", "acme", "--role", "client")[0]["token"]
    s.start_server()
    try:
        context = ssl.create_default_context(cafile=str(ca[0]))
        with urllib.request.urlopen(f"https://127.0.0.1:{s.http_port}/", timeout=30, context=context) as r:
            assert r.status == 200 and b"/dashboard/app.js" in r.read()
            assert "frame-ancestors 'none'" in r.headers["Content-Security-Policy"]
        with urllib.request.urlopen(f"https://127.0.0.1:{s.http_port}/dashboard/app.js", timeout=30, context=context) as r:
            assert r.headers["Content-Type"].startswith("text/javascript")
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"https://127.0.0.1:{s.http_port}/v1/jobs", timeout=30, context=context)
        assert refused.value.code == 401
    finally:
        s.stop()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".mjs": "text/javascript",
                      ".wasm": "application/wasm"}

    def log_message(self, *args):
        pass


def test_a_wasm_bundle_runs_in_the_browser_as_in_cpython(browser, service, tmp_path):
    r = push(service, tmp_path, "wstats.py", WASM_SOURCE, "--entry", "stats", "--inputs", json.dumps(WASM_ARGS),
             "--targets", "wasm32-wasi")
    assert r.returncode == 0, r.stderr
    bundle = tmp_path / "out" / "stats" / "wasm32-wasi"
    assert (bundle / "fxn_wasm.mjs").is_file() and (bundle / "stats.wasm").is_file(), sorted(os.listdir(bundle))
    (bundle / "page.html").write_text(
        "<!doctype html><meta charset=utf-8><title>wasm</title><pre id=out>running</pre>\n"
        "<script type=module>\n"
        "import { FxnModule, FxnError } from './fxn_wasm.mjs';\n"
        "const out = document.getElementById('out');\n"
        "try {\n"
        "  const bytes = await (await fetch('./stats.wasm')).arrayBuffer();\n"
        "  const fxn = await FxnModule.load(bytes);\n"
        # callJson: the exact JSON text Python wrote (JSON.stringify would turn -3.0 into the int -3).
        f"  const ok = fxn.callJson({json.dumps(json.dumps(WASM_ARGS))});\n"
        "  const raised = fxn.callJson('[[], \"x\"]');\n"
        "  let thrown = null;\n"
        "  try { fxn.call([[], 'x']); } catch (e) { thrown = e instanceof FxnError ? e.type : String(e); }\n"
        "  out.textContent = JSON.stringify({ok: JSON.parse(ok), raised: JSON.parse(raised), thrown});\n"
        "} catch (e) { out.textContent = 'error: ' + e; }\n"
        "</script>\n")
    handler = functools.partial(QuietHandler, directory=str(bundle))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        browser.get(f"http://127.0.0.1:{httpd.server_address[1]}/page.html")
        wait_until(browser, lambda d: text_of(d, "#out") not in (None, "running"), "the wasm call's answer")
        answer = text_of(browser, "#out")
        assert not answer.startswith("error"), answer
        got = json.loads(answer)
    finally:
        httpd.shutdown()
        httpd.server_close()

    namespace = {}
    exec(compile(WASM_SOURCE, "wstats.py", "exec"), namespace)
    assert got["ok"] == {"ok": namespace["stats"](*WASM_ARGS)}
    with pytest.raises(ZeroDivisionError) as raised:
        namespace["stats"]([], "x")
    assert got["raised"] == {"error": {"type": "ZeroDivisionError", "message": str(raised.value)}}
    assert got["thrown"] == "ZeroDivisionError"  # call() raises FxnError with CPython's type
