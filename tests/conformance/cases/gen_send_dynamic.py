"""Values of two types sent to one generator (an int, then a str): the yield gives a dynamic value,
here appended to a list; the generator is passed to another function that sends, through an
alias, and its return value is the StopIteration text."""


def collector():
    items = []
    while True:
        x = yield len(items)
        items.append(x)
        if len(items) > 3:
            return str(items)


def feed(g, xs):
    out = []
    for x in xs:
        out.append(g.send(x))
    return out


def run(n, s):
    g = collector()
    h = g
    first = next(h)
    try:
        a = feed(g, [n, n + 1])
        b = g.send(s)
        c = next(g)
    except StopIteration as e:
        return [first, "stop", str(e)]
    return [first, a, b, c]


ENTRY = "run"
SAMPLES = [(1, "x")]
CHECKS = [(5, "")]
