"""AssertionError can be caught like any other exception and its message read."""


def check_all(xs):
    failures = []
    for x in xs:
        try:
            assert x % 2 == 0, f"{x} is odd"
            assert x >= 0, "negative"
        except AssertionError as e:
            failures.append(str(e))
    return failures


ENTRY = "check_all"
SAMPLES = [([2, 3, -4, 5],)]
CHECKS = [([],), ([0],)]
