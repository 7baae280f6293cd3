"""Re-raising a caught user exception (bare raise and raise e) after recording it; the outer handler sees the same fields."""


class RetryableError(Exception):
    def __init__(self, attempt):
        super().__init__(f"attempt {attempt} failed")
        self.attempt = attempt


def attempt(n, fail_until):
    if n < fail_until:
        raise RetryableError(n)
    return n * 10


def with_log(n, fail_until, log):
    try:
        return attempt(n, fail_until)
    except RetryableError as e:
        log.append(e.attempt)
        if e.attempt % 2 == 0:
            raise
        raise e


def run(fail_until, tries):
    log = []
    results = []
    for n in range(tries):
        try:
            results.append(with_log(n, fail_until, log))
        except RetryableError as e:
            results.append(-e.attempt)
    return results, log


ENTRY = "run"
SAMPLES = [(3, 5), (0, 2)]
CHECKS = [(10, 3), (1, 0)]
