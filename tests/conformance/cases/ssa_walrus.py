"""Assignment expressions (:=) in conditions, loops and short-circuits: the name is a local
version like any other, and a read where the walrus may not have run raises as in CPython."""


def describe(xs):
    if (n := len(xs)) > 3:
        return f"long list of {n}"
    return "short list of " + str(n)


def read_records(lines):
    out = []
    i = 0
    while (line := lines[i].strip() if i < len(lines) else "") != "":
        if (sep := line.find("=")) > 0 and (key := line[:sep]):
            out.append((key, line[sep + 1:]))
        i += 1
    return out, i


def first_big(xs, limit):
    if xs and (first := xs[0]) > limit:
        return "first is big: " + str(first)
    return "last seen: " + str(first)      # UnboundLocalError when xs is empty


def chained(a, b):
    total = (x := a * 2) + (y := b - x) + x * y
    return total, x, y


def run(xs, lines, limit):
    out = [describe(xs), str(read_records(lines)), str(chained(len(xs), limit))]
    try:
        out.append(first_big(xs, limit))
    except UnboundLocalError as e:
        out.append("UnboundLocalError: " + str(e))
    return out


ENTRY = "run"
SAMPLES = [([1, 2, 3, 4], ["a=1", " b=2 ", "=3", "c=", "", "d=4"], 2), ([], [], 0)]
CHECKS = [([5], ["x"], 1), ([9, 1], ["k=v"], 10), ([], ["only=1"], -1)]
