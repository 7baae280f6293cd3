"""f-string width/alignment/fill for str and int: <, >, ^ (extra pad on the right), custom fill."""


def cells(s, n):
    return [f"[{s:<8}]", f"[{s:>8}]", f"[{s:^8}]", f"[{s:*^9}]", f"[{s:.<6}]", f"[{n:<6}]",
            f"[{n:6}]", f"[{s:6}]", f"[{n:^7}]", f"[{n:~>5}]", f"[{s:2}]"]


ENTRY = "cells"
SAMPLES = [("abc", 42), ("héllo", -7)]
CHECKS = [("", 0), ("toolongtext", 1234567890), ("日本", 5)]
