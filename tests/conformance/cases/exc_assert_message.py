"""assert cond, message raises AssertionError with that message; without one the message is empty."""


def mean(xs):
    assert len(xs) > 0, f"need at least one value, got {len(xs)}"
    total = sum(xs)
    assert total >= 0
    return total / len(xs)


ENTRY = "mean"
SAMPLES = [([1, 2, 3],), ([0],)]
CHECKS = [([],), ([-5, 1],), ([7, 7],)]
