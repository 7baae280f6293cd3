"""`sub in s` / `not in` substring tests; the empty string is in every string."""


def has(s, subs):
    found = []
    for sub in subs:
        if sub in s:
            found.append(sub)
    missing = [sub for sub in subs if sub not in s]
    return found, missing


ENTRY = "has"
SAMPLES = [("hello world", ["lo w", "world", "xyz", ""]), ("日本語テキスト", ["本語", "語テ", "キス"])]
CHECKS = [("", ["", "a"]), ("aaa", ["aaaa", "aa", "A"]), ("a😀b", ["😀", "😀b", "b😀"])]
