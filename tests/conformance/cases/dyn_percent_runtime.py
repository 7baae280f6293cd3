"""'%' formatting with a format string known only at run time (a parameter, a dynamic str): parsed
and converted at run time with CPython's results and errors (keys, flags, '*', '%%', bad
conversions, argument counts, mappings)."""


def run(prefix):
    cases = [
        ("%5%", ()), ("%5%", (1,)), ("%(a)%", {"a": 1}), ("%*%", (3,)), ("%*%", (3, 4)), ("%s %%", [1, 2]),
        ("%d", [1]), ("%(a)s %s", {"a": 1}), ("%s %(a)s", ({"a": 1},)), ("%s", ()), ("%s", {"a": 1}),
        ("%(0)s", [5]), ("%c", "ab"), ("%c", 1.5), ("%5.1s|%-4r|%a", ("abc", 1, "é")), ("%s", (1, 2)),
        ("%d %d", 1), ("%z", 1), ("%z", ()), ("%(a", {}), ("%", 1), ("abc", 5), ("abc", ()), ("abc", []),
        ("abc", {}), ("%s", None), ("%.3f|%e|%g", (1, 2.5, True)), ("%x %o %X", (255, 8, True)), ("%x", 2.0),
        ("%d", "1"), ("%s", ("a",)), ("%r", "a'b"), ("%(a)s", {"a": [1, "x"]}), ("%*d", ("a", 1)),
        ("%.*f", (2, 3.14159)), ("%-*d|", (-5, 3)), ("%ld", 5), ("%i %u", (3.7, -2.2)), ("%c", 65),
        ("%c", 1114112), ("%(a)s %(b)s", {"a": 1}), ("%(a)s", 5), ("%(a)s", "xy"), ("%(a)s", (1,)),
        ("%s %s", [1]), ("%(a)d", {"a": "x"}), ("%(a)*d", {"a": 1}),
        ("%-05d|%+ d|% d|%#x|%#o|%05.1f|%+.2e", (3, 4, 5, 255, 8, 2.25, 1234.5)), ("%.0s|%.10r", ("abc", "ab")),
        ("%3c|%-3c|", ("x", 66)), ("%s", True), ("%d", True), ("%f", "x"), ("%s", 1e16), ("%r", 0.1),
        ("%(a)s", {}), ("%%%s", (1,)), ("%5s%%", ("ab",)), ("%.2s", None), ("%010.3f", -3.14159), ("%+5d", -3),
        ("%#X", 255), ("%e", float("inf")), ("%d", float("nan")), ("%d", float("inf")), ("%x", -255),
        ("%.3d", -5), ("%#.3o", 8), ("%c", -1), ("é%sß%q", ("x",)), ("%(ä)s|%(b(c))s", {"ä": 1, "b(c)": 2}),
        ("%s|%r|%a", ([1, "é"], {"k": None}, ("ü",))), ("%d", []), ("%f", None), ("%o", "x"),
    ]
    out = []
    for f, a in cases:
        try:
            out.append((prefix + f) % a)
        except (TypeError, ValueError, KeyError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    dyn = prefix + "%s-%d" if len(prefix) < 3 else 7
    for a in [(1, 2), ("x", 3), 5]:
        try:
            out.append(dyn % a)
        except (TypeError, ValueError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    template = prefix + "[%-6s|%7.2f|%(k)s]"  # a str, its text known only at run time
    try:
        out.append(template % ("ab", 2.5))
    except (TypeError, ValueError, KeyError) as e:
        out.append(type(e).__name__ + ": " + str(e))
    row = prefix + "%s=%d"
    out.append(row % ("n", len(prefix)))
    return out


ENTRY = "run"
SAMPLES = [("",)]
CHECKS = [("> ",), ("long",)]
