"""An exception raised deep in a call chain is caught by the caller several frames up."""


def level3(x):
    if x % 3 == 0:
        raise ValueError(f"multiple of three: {x}")
    return x


def level2(x):
    return level3(x) * 2


def level1(xs):
    results = []
    for x in xs:
        try:
            results.append(level2(x))
        except ValueError as e:
            results.append(-1)
            results.append(len(str(e)))
    return results


ENTRY = "level1"
SAMPLES = [([1, 3, 4, 6],)]
CHECKS = [([],), ([0],), ([-3, -2],)]
