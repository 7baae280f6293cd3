"""chain and chain.from_iterable: flattening nested lists, joining sources of several kinds."""

import itertools
from itertools import chain


def flatten(rows):
    return list(chain.from_iterable(rows)), list(chain(*rows)), sum(itertools.chain.from_iterable(rows))


def joined(head, rows, tail):
    return list(chain(head, (x * 10 for x in tail), range(2))), [x for x in chain([head[0]] if head else [], tail)]


def letters(words):
    return sorted(set(chain.from_iterable(words))), list(chain("ab", "", "c")), list(chain())


def main(rows, words):
    head = rows[0] if rows else []
    tail = rows[-1] if rows else []
    return flatten(rows), joined(head, rows, tail), letters(words)


ENTRY = "main"
SAMPLES = [([[1, 2], [], [3, 4, 5]], ["hello", "world"]), ([], [])]
CHECKS = [([[7]], ["a"]), ([[], []], ["", "xyz"])]
