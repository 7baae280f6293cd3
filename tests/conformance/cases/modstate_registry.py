"""A registry dict filled by functions: names get ids in order of first registration, across calls."""

STATES = {}


def register(name):
    if name not in STATES:
        STATES[name] = len(STATES)
    return STATES[name]


def lookup(name):
    return STATES.get(name, -1)


def run(names):
    ids = [register(n) for n in names]
    return [ids, lookup("idle"), len(STATES), sorted(STATES)]


ENTRY = "run"
SAMPLES = [(["idle", "running", "idle"],), (["done", "running"],)]
CHECKS = [([],), (["idle", "x", "y", "x"],), (["z"],)]
