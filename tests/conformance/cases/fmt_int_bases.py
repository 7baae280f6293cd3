"""Integer presentation types x/X/b/o/d/c with '#' prefixes and '0' padding; negatives put '-' first."""


def bases(n):
    return [f"{n:x}", f"{n:X}", f"{n:#x}", f"{n:#X}", f"{n:b}", f"{n:#b}", f"{n:o}", f"{n:#o}",
            f"{n:08b}", f"{n:#010x}", f"{n:d}", f"{n:05}", f"{n:>#8o}"]


ENTRY = "bases"
SAMPLES = [(255,), (-42,)]
CHECKS = [(0,), (1,), (2**63 - 1,), (-(2**63),), (4096,)]
