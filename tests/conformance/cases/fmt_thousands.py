"""Grouping options ',' and '_' for ints and floats; '_' groups hex digits by four."""


def grouped(n, x):
    return [f"{n:,}", f"{n:_}", f"{x:,.2f}", f"{x:_.1f}", f"{n:_x}", f"{n:_b}", f"{n:>12,}",
            f"{n:012,}", f"{x:,}"]


ENTRY = "grouped"
SAMPLES = [(1234567, 9876543.21), (-1000, -0.5)]
CHECKS = [(0, 0.0), (999, 999.999), (2**63 - 1, 1e21), (-(2**63), 1234.5), (12345, 1e16)]
