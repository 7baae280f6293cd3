"""find/rfind return -1 when absent; index/rindex raise ValueError: substring not found."""


def locate(s, sub, start):
    f = s.find(sub)
    rf = s.rfind(sub)
    fs = s.find(sub, start)
    i = s.index(sub)
    ri = s.rindex(sub)
    return f, rf, fs, i, ri


ENTRY = "locate"
SAMPLES = [("hello hello", "llo", 3), ("日本語の日本", "日本", 1)]
CHECKS = [("abc", "d", 0), ("abc", "", 2), ("abc", "", 10), ("aaa", "a", -1), ("abc", "c", 5)]
