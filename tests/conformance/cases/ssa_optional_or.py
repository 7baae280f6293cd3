"""A `T | None` version (set only when found) rebound with `or` to a plain int, then to a str."""


def first_even(values):
    found = None
    for v in values:
        if v % 2 == 0:
            found = v
            break
    found = found or -1
    found = f"first even: {found}"
    return found


ENTRY = "first_even"
SAMPLES = [([1, 3, 4, 6],), ([1],)]
CHECKS = [([],), ([0, 2],), ([-2],)]
