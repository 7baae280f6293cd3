"""Counters and accumulators through nonlocal: each counter has its own state after its maker returned."""


def make_counter(start):
    count = start

    def step(by):
        nonlocal count
        count += by
        return count

    return step


def tally(words):
    seen = 0
    longest = ""

    def note(w):
        nonlocal seen, longest
        seen += 1
        if len(w) > len(longest):
            longest = w

    for w in words:
        note(w)
    return seen, longest


def run(words, start):
    a = make_counter(start)
    b = make_counter(100)
    out = [a(1), a(1), b(5), a(10), b(-5)]
    return out, tally(words)


ENTRY = "run"
SAMPLES = [(["a", "abc", "ab"], 0), ([], -3)]
CHECKS = [(["xyz", "q", "hello", "world"], 7)]
