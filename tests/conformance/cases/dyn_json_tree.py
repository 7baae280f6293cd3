"""A recursive walk over parsed JSON (nested dicts and lists of mixed values): count the leaves
by type, sum the numbers, collect the paths of the strings, and render the tree back."""


def walk(node, path, stats, strings):
    if isinstance(node, dict):
        for key in node:
            walk(node[key], path + "." + key, stats, strings)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            walk(item, path + "[" + str(i) + "]", stats, strings)
    else:
        kind = type(node).__name__
        stats[kind] = stats.get(kind, 0) + 1
        if isinstance(node, str):
            strings.append(path + "=" + node)
        elif isinstance(node, (int, float)) and not isinstance(node, bool):
            stats["sum"] = stats.get("sum", 0) + node


def render(node):
    if isinstance(node, dict):
        return "{" + ", ".join(k + ": " + render(node[k]) for k in sorted(node)) + "}"
    if isinstance(node, list):
        return "[" + " ".join(render(x) for x in node) + "]"
    return repr(node)


def analyze(doc):
    stats = {}
    strings = []
    walk(doc, "$", stats, strings)
    return stats, strings, render(doc), doc == doc, len(str(doc))


ENTRY = "analyze"
SAMPLES = [({"name": "x", "size": 3, "tags": ["a", "b"], "meta": {"ok": True, "ratio": 0.5, "none": None}},),
           ({"items": [1, [2, "three", [4.5]], {"k": "v"}], "n": -7},)]
CHECKS = [({},), ({"a": []},), ({"deep": {"deeper": {"deepest": ["x", 1, 2.0, False, None]}}},),
          ({"big": 9007199254740993, "neg": -0.0},)]
