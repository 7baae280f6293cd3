"""A hand-written fold taking the combining function: sums, products, maxima and string joins."""


def fold(f, items, initial):
    acc = initial
    for item in items:
        acc = f(acc, item)
    return acc


def longer(a, b):
    return b if len(b) > len(a) else a


def run(numbers, words):
    total = fold(lambda a, b: a + b, numbers, 0)
    product = fold(lambda a, b: a * b, numbers, 1)
    biggest = fold(max, numbers, numbers[0]) if numbers else None
    longest = fold(longer, words, "")
    joined = fold(lambda a, b: a + "," + b if a else b, words, "")
    return total, product, biggest, longest, joined


ENTRY = "run"
SAMPLES = [([3, 1, 4, 1, 5], ["ab", "abc", "x"]), ([], [])]
CHECKS = [([2 ** 40, 2 ** 30], ["same", "four"])]
