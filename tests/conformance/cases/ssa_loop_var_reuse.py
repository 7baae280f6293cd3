"""A loop variable reused with other types by later loops (int, then str, then a tuple's parts)."""


def report(n, words):
    squares = 0
    for i in range(n):
        squares += i * i
    longest = ""
    for i in words:
        if len(i) > len(longest):
            longest = i
    pairs = []
    for i, w in enumerate(words):
        pairs.append(f"{i}:{w}")
    return squares, longest, pairs


ENTRY = "report"
SAMPLES = [(4, ["a", "bbb", "cc"])]
CHECKS = [(0, []), (1, ["x"]), (10, ["same", "size"])]
