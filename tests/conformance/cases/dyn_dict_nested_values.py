"""A dict of lists argument aggregated per key into a dict of dicts whose values mix int and float
(n, max, mean): the inner dicts hold dynamic values; insertion order kept."""


def summarize(data):
    out = {}
    for key, vals in data.items():
        if not vals:
            continue
        out[key] = {"n": len(vals), "max": max(vals), "mean": sum(vals) / len(vals)}
    return out


ENTRY = "summarize"
SAMPLES = [({"b": [1, 2, 3], "a": [10], "c": []},)]
CHECKS = [({},), ({"x": [-5, 5]},), ({"z": [7], "y": [1, 1, 1, 2]},)]
