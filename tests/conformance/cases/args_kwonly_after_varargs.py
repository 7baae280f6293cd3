"""Keyword-only parameters after *args: total(*nums, start=0, scale=1)."""


def total(*nums, start=0, scale=1):
    s = start
    for n in nums:
        s += n * scale
    return s


def run(a, b):
    return [total(a, b), total(a, b, start=100), total(scale=3), total(a, scale=-1, start=a), total(b, b, b, b)]


ENTRY = "run"
SAMPLES = [(1, 2), (-5, 7)]
CHECKS = [(0, 0), (2**40, 2**40), (2**62, 2**62)]
