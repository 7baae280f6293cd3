"""int ** int where the exponent's sign is not known at compile time: an int for a non-negative
exponent, a float for a negative one (pow(2, -1) is 0.5), ZeroDivisionError for 0 ** -1; a
constant non-negative exponent stays a plain int."""


def powers(base, exps):
    out = []
    for e in exps:
        try:
            out.append(base ** e)
        except ZeroDivisionError as err:
            out.append("ZeroDivisionError: " + str(err))
    return out, base ** 2, pow(base, 3)


def scaled(x, k):
    # 10 ** -k is a float: the result is a float for k > 0 and an int for k == 0 and x int.
    return x * 10 ** -k


def run(base, exps, k):
    return powers(base, exps), scaled(base, k), [scaled(base, j) for j in range(-1, 3)]


ENTRY = "run"
SAMPLES = [(2, [0, 1, -1, 3, -2], 1), (3, [2], 0)]
CHECKS = [(0, [1, 0, -1], 2), (-2, [-3, 5, 62], 3), (10, [-1, -10], 0), (1, [], -2)]
