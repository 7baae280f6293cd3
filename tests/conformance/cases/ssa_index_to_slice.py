"""`i = s.find(...)` then `i = s[:i]`: a position rebound to the text before it."""


def head(s, sep):
    i = s.find(sep)
    if i < 0:
        return s
    i = s[:i]
    i = i.rstrip()
    return i


ENTRY = "head"
SAMPLES = [("key : value", ":"), ("plain", ":")]
CHECKS = [("", ""), (":x", ":"), ("a  ,b", ",")]
