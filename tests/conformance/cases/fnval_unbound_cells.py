"""Closures reading a variable before the enclosing function assigns it: CPython's NameError
(free variable) or UnboundLocalError (the owner's own read), and no error where the read is skipped."""


def lazy_total(prices, discounted):
    def total():
        return sum(prices) - rebate       # rebate may not be assigned yet

    def describe(with_rebate):
        if with_rebate:
            return "rebate " + str(rebate)
        return "no rebate"

    first = describe(False)               # never reads rebate: fine before it is assigned
    if discounted:
        rebate = len(prices)
    return first, total(), describe(True)


def callbacks(n):
    handlers = []
    for i in range(n):
        handlers.append(lambda: scale * i)
    if n > 1:
        scale = 10
    return [h() for h in handlers]


def counter(start):
    def bump():
        nonlocal count
        count += 1
        return count

    if start >= 0:
        count = start
    bump()
    return count


def own_read(flag):
    if flag:
        seen = [1]
    probe = lambda: len(seen)
    if flag > 1:
        return probe()
    return len(seen) + 10


def attempt(out, name, thunk):
    try:
        out.append(name + ": " + str(thunk()))
    except NameError as e:             # UnboundLocalError is a NameError: the type tells them apart
        out.append(name + ": " + type(e).__name__ + ": " + str(e))


def run(prices, discounted, n, start, flag):
    out = []
    attempt(out, "lazy_total", lambda: lazy_total(prices, discounted))
    attempt(out, "callbacks", lambda: callbacks(n))
    attempt(out, "counter", lambda: counter(start))
    attempt(out, "own_read", lambda: own_read(flag))
    return out


ENTRY = "run"
SAMPLES = [([5, 7], True, 3, 2, 1), ([1], False, 1, -1, 0)]
CHECKS = [([], True, 0, 0, 2), ([3], False, 2, 5, 0), ([2, 2], True, 1, -3, 3)]
