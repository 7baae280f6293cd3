"""A user exception with a class constant and a method deciding retries; the uncaught case surfaces its message."""


class TransientError(Exception):
    max_retries = 3

    def __init__(self, op, attempt):
        super().__init__(f"{op} failed on attempt {attempt}")
        self.op = op
        self.attempt = attempt

    def can_retry(self):
        return self.attempt < self.max_retries


def flaky(op, attempt, succeed_at):
    if attempt < succeed_at:
        raise TransientError(op, attempt)
    return f"{op} ok after {attempt}"


def call_with_retry(op, succeed_at):
    attempt = 0
    while True:
        try:
            return flaky(op, attempt, succeed_at)
        except TransientError as e:
            if not e.can_retry():
                raise
            attempt += 1


def run(ops, succeed_at):
    return [call_with_retry(op, succeed_at) for op in ops]


ENTRY = "run"
SAMPLES = [(["read", "write"], 2), ([], 0)]
CHECKS = [(["x"], 3), (["y"], 4)]
