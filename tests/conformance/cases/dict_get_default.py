"""dict literals and get(): missing keys give None or the default, present keys their value."""


PRICES = {"apple": 3, "pear": 5, "fig": 0}


def lookup(names):
    found = []
    for n in names:
        found.append(PRICES.get(n))
    with_default = [PRICES.get(n, -1) for n in names]
    local = {"x": 1.5, "y": -2.0}
    return found, with_default, local.get("x"), local.get("z", 0.0), local.get("z")


ENTRY = "lookup"
SAMPLES = [(["apple", "kiwi", "fig"],)]
CHECKS = [([],), (["Apple", ""],)]
