"""An uncaught user exception with fields surfaces as 'Type: message' from its super().__init__ argument."""


class LimitExceeded(Exception):
    def __init__(self, limit, value):
        super().__init__(f"value {value} exceeds limit {limit}")
        self.limit = limit
        self.value = value


def check_all(limit, values):
    total = 0
    for v in values:
        if v > limit:
            raise LimitExceeded(limit, v)
        total += v
    return total


ENTRY = "check_all"
SAMPLES = [(10, [1, 2, 3]), (5, [])]
CHECKS = [(10, [5, 11, 20]), (0, [0, 1])]
