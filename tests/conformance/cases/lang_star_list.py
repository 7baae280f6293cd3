"""f(*xs) with a list whose length is known only at run time: defaults, keywords, items after the star, CPython's TypeErrors."""


def rgb(r, g, b):
    return "#%02x%02x%02x" % (r, g, b)


def span(start, stop=-1, step=1):
    if stop == -1:
        return list(range(start))
    return list(range(start, stop, step))


def label(prefix, name, sep="-", *, upper=False):
    text = prefix + sep + name
    return text.upper() if upper else text


def parse_commands(lines):
    out = []
    for line in lines:
        cmd, *rest = line.split()
        nums = [int(p) for p in rest] if cmd in ("rgb", "span") else []
        try:
            if cmd == "rgb":
                out.append(rgb(*nums))
            elif cmd == "span":
                out.append(str(span(*nums)))
            elif cmd == "label":
                big = len(rest) > 2
                out.append(label(*rest, upper=big))
            else:
                out.append(label("x", *rest))
        except TypeError as e:
            out.append("TypeError: " + str(e))
        except ValueError as e:
            out.append("ValueError: " + str(e))
    return out


ENTRY = "parse_commands"
SAMPLES = [(["rgb 255 128 0", "span 5", "span 2 10 3", "label a b", "label a b c", "other y"],)]
CHECKS = [(["rgb 1 2", "rgb 1 2 3 4", "span", "span 1 2 3 4 5", "label", "label a b c d", "other", "other a b c"],),
          (["span 3 0 0", "rgb 300 0 0", "other y z"],),
          ([],)]
