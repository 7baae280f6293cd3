"""f(**d) where d's keys are known only at run time: an argument, a dict built in a loop, a dict
changed after it is built; each parameter left takes d[name], else its default (None too), and
f's **kwargs takes the other keys in d's order."""


def connect(host, port=80, *, timeout=30, tag=None):
    return "%s:%d t=%d tag=%s" % (host, port, timeout, tag)


def area(width, height):
    return width * height


def collect(first, **rest):
    return [first, sorted(rest.items()), list(rest)]


def run(options, keys, n):
    first = connect("h", **options)
    built = {}
    for i, key in enumerate(keys):
        built[key] = i + n
    sizes = {"width": n}
    if n > 1:
        sizes["height"] = n + 1
    else:
        sizes["height"] = 2
    return first, connect("x", **built), area(**sizes), collect(n, **built), collect(n, **options)


ENTRY = "run"
SAMPLES = [({"port": 1, "tag": 9}, ["timeout", "port"], 3), ({}, [], 1)]
CHECKS = [({"timeout": 5, "port": 2}, ["port", "tag"], 0), ({"tag": 1, "port": 2}, ["timeout"], 7),
          ({"zz": 4}, [], 2), ({"first": 1}, ["tag"], 2)]
