"""count(sub) counts non-overlapping occurrences; count('') is len(s) + 1."""


def counts(s, sub):
    return s.count(sub), s.count(sub, 1), s.count(sub, 0, 4), s.count("")


ENTRY = "counts"
SAMPLES = [("banana", "an"), ("aaaaa", "aa")]
CHECKS = [("", ""), ("", "a"), ("abc", ""), ("日日日", "日"), ("mississippi", "ss")]
