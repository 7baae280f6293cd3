"""Closures capture variables, not values: the classic late binding of lambdas made in a loop."""


def late_binding(n):
    fs = []
    for i in range(n):
        fs.append(lambda: i)
    first = [f() for f in fs]
    i = 100
    second = [f() for f in fs]
    fixed = []
    for j in range(n):
        fixed.append(lambda j=j: j)
    return first, second, [f() for f in fixed]


ENTRY = "late_binding"
SAMPLES = [(3,), (1,)]
CHECKS = [(0,), (5,)]
