"""round(x, None) is round(x): an int for a float (half to even) and the int itself for an int,
OverflowError and ValueError as round(x) for inf and nan."""


def rounded(xs, n):
    out = [round(n, None)]
    for x in xs:
        try:
            out.append(round(x, None))
        except (OverflowError, ValueError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


ENTRY = "rounded"
SAMPLES = [([0.5, 1.5, -2.5], 7)]
CHECKS = [([], 0), ([2.675, -0.5, 1e15], -3), ([float("inf"), float("nan")], 1)]
