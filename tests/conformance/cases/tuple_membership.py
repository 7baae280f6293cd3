"""len, `in`, count and index on tuples; index of a missing value raises ValueError."""


WEEKEND = ("sat", "sun")


def info(day, n):
    t = (n, n + 1, n, 0)
    return len(t), day in WEEKEND, n in t, t.count(n), t.index(0), WEEKEND.index(day)


ENTRY = "info"
SAMPLES = [("sat", 5), ("sun", 0)]
CHECKS = [("mon", 1), ("SUN", 2)]
