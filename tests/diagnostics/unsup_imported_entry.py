"""Out of scope: the entry is a function imported from another module."""
from math import gcd as common_divisor  # noqa: F401


ENTRY = "common_divisor"
SAMPLES = [(12, 18)]
EXPECT = "entry 'common_divisor' imported from another module"
EXPECT_LINE = 2
