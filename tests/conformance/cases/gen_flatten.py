"""Flattening a list of lists with `yield from` each inner list, lazily."""


def flat(rows):
    for row in rows:
        yield from row


def flatten(rows):
    g = flat(rows)
    head = [next(g, None), next(g, None)]
    return head, list(g)


ENTRY = "flatten"
SAMPLES = [([[1, 2], [], [3], [4, 5, 6]],), ([],)]
CHECKS = [([[9]],), ([[], []],)]
