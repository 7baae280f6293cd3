"""Match objects: group() with several and named args, m[1], groups(default), spans, lastindex,
lastgroup, string/pos/endpos, truth tests and IndexError 'no such group'."""
import re

KV = re.compile(r"(?P<key>\w+)\s*=\s*(?P<value>\w*)(;)?")


def describe(text, group):
    m = KV.search(text, 0, len(text))
    if m is None:
        return None
    try:
        picked = str(m.group(group))
    except IndexError as e:
        picked = "IndexError: " + str(e)
    try:
        where = str(m.start(group))
    except IndexError as e:
        where = "IndexError: " + str(e)
    return [m.group(0, 1, "value"), m[1], m["key"], m.groups(), m.groups(""), m.span("value"),
            m.lastindex, m.lastgroup, m.string == text, m.pos, m.endpos, picked, where]


ENTRY = "describe"
SAMPLES = [("  width = 80; height=", 1), ("x=", 2)]
CHECKS = [("", 0), ("a = b", 3), ("a = b;", 3), ("k=v", -1), ("ключ = значение;", 2), ("a=b", 4)]
