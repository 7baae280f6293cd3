"""`except ... as e` then str(e) gives the message CPython built for builtin errors."""


def describe(s, i, key):
    msgs = []
    try:
        int(s)
    except ValueError as e:
        msgs.append(str(e))
    try:
        [1, 2, 3][i]
    except IndexError as e:
        msgs.append(str(e))
    try:
        {"a": 1}[key]
    except KeyError as e:
        msgs.append(str(e))
    try:
        10 // i
    except ZeroDivisionError as e:
        msgs.append(str(e))
    return msgs


ENTRY = "describe"
SAMPLES = [("abc", 7, "b"), ("12", 0, "a")]
CHECKS = [("", 1, ""), ("3.5", -4, "it's")]
