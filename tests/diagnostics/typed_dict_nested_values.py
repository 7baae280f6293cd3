"""Outside fxn's static types: a dict of lists argument: aggregate per key, build a dict of dicts, iterate in insertion order."""


def summarize(data):
    out = {}
    for key, vals in data.items():
        if not vals:
            continue
        out[key] = {"n": len(vals), "max": max(vals), "mean": sum(vals) / len(vals)}
    return out


ENTRY = "summarize"
SAMPLES = [({"b": [1, 2, 3], "a": [10], "c": []},)]
EXPECT = 'dict mixing'
EXPECT_LINE = 9
