"""A later version of a name, first bound inside a loop, is read before any iteration bound it:
UnboundLocalError names the variable as Python does (`prev`, not the version)."""


def deltas(values):
    if not values:
        prev = "empty"
        return [prev]
    out = []
    for k in range(len(values)):
        if k > 0 or len(values) > 3:
            out.append(str(values[k] - prev))
        prev = values[k]
    return out


ENTRY = "deltas"
SAMPLES = [([5, 7, 4],)]
CHECKS = [([],), ([1],), ([1, 2, 3, 4],)]
