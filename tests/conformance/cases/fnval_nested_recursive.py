"""A nested function that calls itself (a factorial, a memoised fib over the enclosing dict), and
any()/all() over generators whose items are None (log.append(x)): None is false."""


def run(n, xs):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)

    memo = {}

    def fib(k):
        if k in memo:
            return memo[k]
        r = k if k < 2 else fib(k - 1) + fib(k - 2)
        memo[k] = r
        return r

    log = []
    found = any(log.append(x) for x in xs)
    every = all(log.append(-x) for x in xs)
    return [fact(n % 20), fib(abs(n) % 80), len(memo), found, every, log]


ENTRY = "run"
SAMPLES = [(5, [1, 2])]
CHECKS = [(0, []), (30, [3]), (-7, [1, 2, 3]), (19, [0])]
