"""Out of scope: a **kwargs parameter collecting keyword arguments into a dict."""


def tag(name, **attrs):
    parts = [name]
    for k in attrs:
        parts.append(k + "=" + str(attrs[k]))
    return " ".join(parts)


def render(n):
    return tag("div", width=n, height=n * 2)


ENTRY = "render"
SAMPLES = [(10,)]
EXPECT = "**kwargs parameter"
EXPECT_LINE = 4
