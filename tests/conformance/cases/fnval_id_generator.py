"""A counter closure handing out ids, passed to a helper that labels records."""


def make_ids(prefix, start):
    n = start

    def next_id():
        nonlocal n
        n += 1
        return prefix + str(n)

    return next_id


def label(names, new_id):
    return {name: new_id() for name in names}


def run(names):
    ids = make_ids("u", 0)
    first = label(names, ids)
    second = label(names[:1], ids)
    other = label(names, make_ids("x", 100))
    return first, second, other


ENTRY = "run"
SAMPLES = [(["ann", "bob"],), ([],)]
CHECKS = [(["z"],)]
