"""Int >> floors (arithmetic shift); shifts >= 64 give 0 or -1; negative counts raise."""


def shr(a, b):
    return a >> b


ENTRY = "shr"
SAMPLES = [(100, 2), (-5, 1)]
CHECKS = [(-1, 100), (2**62, 64), (-(2**63), 63), (-(2**63), 64), (2**63 - 1, 62),
          (-7, 2**63 - 1), (1, 0), (7, -1)]
