"""Run-length encoding as a generator over a string (like itertools.groupby, by hand)."""


def runs(s):
    if not s:
        return
    current = s[0]
    count = 0
    for ch in s:
        if ch == current:
            count += 1
        else:
            yield current, count
            current = ch
            count = 1
    yield current, count


def encode(s):
    return "".join(f"{n}{c}" for c, n in runs(s))


ENTRY = "encode"
SAMPLES = [("aaabccdddd",), ("",)]
CHECKS = [("a",), ("abab",), ("zzzzzzzzzzzz",)]
