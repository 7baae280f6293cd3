"""An id allocator: a global next id and a dict from names to ids, with a reset function."""

next_id = 100
IDS = {}
FREED = []


def allocate(name):
    global next_id
    if name in IDS:
        return IDS[name]
    if FREED:
        new = FREED.pop()
    else:
        new = next_id
        next_id += 1
    IDS[name] = new
    return new


def release(name):
    if name not in IDS:
        raise KeyError(name)
    FREED.append(IDS.pop(name))


def run(ops):
    out = []
    for op in ops:
        if op.startswith("-"):
            release(op[1:])
            out.append(-1)
        else:
            out.append(allocate(op))
    return [out, next_id, sorted(IDS.items())]


ENTRY = "run"
SAMPLES = [(["a", "b", "-a", "c"],), (["a", "d"],)]
CHECKS = [([],), (["-zz"],), (["b", "-b", "-b"],), (["x", "y", "z"],)]
