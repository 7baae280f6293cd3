"""replace(old, new) and replace(old, new, count); replacing '' inserts between every char."""


def subst(s, old, new, n):
    return s.replace(old, new), s.replace(old, new, n)


ENTRY = "subst"
SAMPLES = [("a-b-c-d", "-", "+", 2), ("banana", "ana", "X", 1)]
CHECKS = [("abc", "", "_", -1), ("abc", "", "_", 2), ("", "", "x", 1), ("aaaa", "aa", "b", 0),
          ("héllo", "l", "ł", 1), ("abc", "z", "y", 5)]
