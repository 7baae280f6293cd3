"""**options collected into a dict and read with .get, `in`, len and sorted keys."""


def connect(host, port=80, **options):
    timeout = options.get("timeout", 30)
    retries = options.get("retries", 0)
    secure = "tls" in options
    return f"{host}:{port} t={timeout} r={retries} tls={secure} n={len(options)} keys={sorted(options)}"


def run(host, t):
    return [connect(host), connect(host, 443, tls=1), connect(host, timeout=t, retries=3), connect(host, port=8080)]


ENTRY = "run"
SAMPLES = [("example.org", 5), ("localhost", 0)]
CHECKS = [("", -1)]
