"""`except ... as e` in two handlers, then `e` rebound to another type after them."""


def safe_ops(a, b, key):
    table = {"x": 1, "y": 2}
    messages = []
    try:
        messages.append(str(a // b))
    except ZeroDivisionError as e:
        messages.append("div: " + str(e))
    try:
        messages.append(str(table[key]))
    except KeyError as e:
        messages.append("key: " + str(e))
    e = len(messages)
    return e, messages


ENTRY = "safe_ops"
SAMPLES = [(7, 2, "x"), (1, 0, "z")]
CHECKS = [(0, 0, "y"), (-7, 2, "")]
