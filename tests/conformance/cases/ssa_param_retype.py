"""Parameters rebound to other types: an int to its zero-padded text, a list to its length."""


def label(n, items):
    n = str(n)
    n = n.zfill(5)
    items = len(items)
    items = f"x{items}"
    return n + items


ENTRY = "label"
SAMPLES = [(42, [1, 2, 3])]
CHECKS = [(-1, []), (123456, [0])]
