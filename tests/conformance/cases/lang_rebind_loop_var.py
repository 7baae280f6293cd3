"""A name used as a range() loop variable in one place and holding a str elsewhere, where the versions meet (the name after a loop that may not run): the loop still counts, the name holds whichever value CPython's does."""


def last_token(text, n):
    _ = text.split(",")[0]
    for _ in range(n):
        pass
    i = "none"
    for i in reversed(range(n)):
        if i % 3 == 0:
            break
    return str(_) + "|" + str(i)


def tally(words, rounds):
    w = "start"
    total = 0
    for w in range(rounds):
        total += w
    if words:
        w = words[-1]
    return w, total


def run(text, n):
    return last_token(text, n), tally(text.split(), n)


ENTRY = "run"
SAMPLES = [("a,b c", 4), ("x", 0)]
CHECKS = [("", 7), ("one two", -1), ("q,r", 1)]
