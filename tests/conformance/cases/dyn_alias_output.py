"""A list changed in place and then handed out inside a record of mixed values by the entry's
return (the dynamic copy is made as the function returns, so nothing can change either side after
it), and lists that are dynamic from the start (mixed items), which alias as in Python: a change
through one name shows through the other."""


def collect(items):
    out = []
    for x in items:
        if x % 2 == 0:
            out.append(x)
    return out


def run(items, tag):
    evens = collect(items)
    evens.append(len(items))
    shared = []
    shared.append(tag)
    shared.append(1)
    holder = {"shared": shared, "n": 0}
    shared.append("late")
    holder["shared"].append(2.5)
    pair = [shared, shared]
    pair[0].append(None)
    if not evens:
        return {"evens": evens, "status": "empty", "holder": holder, "pair": pair}
    return {"evens": evens, "status": len(evens), "holder": holder, "pair": pair}


ENTRY = "run"
SAMPLES = [([1, 2, 3, 4], "t"), ([], "u")]
CHECKS = [([5, 7], "v"), ([0, -2, 9], "")]
