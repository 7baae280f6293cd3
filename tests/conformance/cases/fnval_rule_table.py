"""Validation rules as (name, predicate) pairs in a list; the failing rules' names are reported."""


def has_digit(s):
    return any(c.isdigit() for c in s)


def check_password(pw, min_len):
    rules = [
        ("length", lambda s: len(s) >= min_len),
        ("digit", has_digit),
        ("upper", lambda s: s.lower() != s),
        ("no spaces", lambda s: " " not in s),
    ]
    failed = []
    for name, ok in rules:
        if not ok(pw):
            failed.append(name)
    return failed


ENTRY = "check_password"
SAMPLES = [("Secret99", 8), ("abc", 4)]
CHECKS = [("", 0), ("A B 1 c", 3)]
