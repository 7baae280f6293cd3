"""f(**d) with keys known only at run time into a method and into a function whose **kwargs is
forwarded on (g(**kwargs) then binds by keys known only at run time too)."""


class Box:
    def __init__(self, scale):
        self.scale = scale

    def size(self, width=1, height=1, *, depth=1):
        return self.scale * width * height * depth


def inner(a, b=2, **rest):
    return a * 10 + b + len(rest)


def outer(a, **kwargs):
    return inner(a, **kwargs)


def run(keys, n):
    d = {}
    for key in keys:
        d[key] = n
    box = Box(3)
    try:
        got = box.size(**d)
    except TypeError as e:
        got = -1
        message = str(e)
    else:
        message = ""
    return got, message, outer(n, **d)


ENTRY = "run"
SAMPLES = [(["width", "depth"], 2), ([], 5), (["b", "z"], 4)]
CHECKS = [(["height", "q"], 3), (["depth", "width", "height"], 1)]
