"""f(**mapping) with keys known at compile time: a dict display, dict(k=v), a local dict built once and only read, a module-level dict of defaults; mixed with positional arguments, keywords and the callee's **kwargs."""

DEFAULTS = {"port": 8080, "scheme": "https"}
RETRY = {"attempts": 3, "backoff": 0.5}


def connect(host, port=80, scheme="http", **options):
    url = scheme + "://" + host + ":" + str(port)
    extras = ",".join(k + "=" + str(v) for k, v in options.items())
    return url + ("?" + extras if extras else "")


def retry_plan(attempts, backoff, cap=10.0):
    delays = []
    wait = backoff
    for _ in range(attempts):
        delays.append(min(wait, cap))
        wait *= 2
    return delays


def area(w, h, *, scale=1):
    return w * h * scale


def record(name, **fields):
    return name + str(sorted(fields.items()))


def run(host, n):
    out = []
    out.append(connect(host, **DEFAULTS))
    out.append(connect(**{"host": host, "port": n}))
    out.append(connect(host, **dict(scheme="ftp", timeout=n)))
    settings = {"port": n + 1, "retries": n * 2}
    out.append(connect(host, **settings))
    out.append(connect(host, scheme="ws", **settings))
    out.append(str(retry_plan(**RETRY)))
    out.append(str(retry_plan(n, **{"backoff": 0.25, "cap": 1.0})))
    dims = {"w": n, "h": 3}
    out.append(str(area(**dims)) + "/" + str(area(scale=n, **dims)))
    out.append(record("row", **{"b": 2, "a": n}))
    calls = []

    def logged(label):
        calls.append(label)
        return len(calls)

    out.append(record("order", **{"z": logged("z"), "a": logged("a")}, m=logged("m")))
    out.append(str(calls))
    return out


ENTRY = "run"
SAMPLES = [("example.org", 3), ("localhost", 0)]
CHECKS = [("", -2), ("h\u00e9", 40)]
