"""A JSON-like record {"name": ..., "size": ..., "tags": [...]} walked as a parser would: values of
several types under one dict, missing keys, type checks with isinstance, nested lists."""


def check(record):
    errors = []
    name = record.get("name")
    if not isinstance(name, str) or not name:
        errors.append("name must be a non-empty str")
    size = record.get("size", 0)
    if isinstance(size, bool) or not isinstance(size, (int, float)):
        errors.append("size must be a number, got " + type(size).__name__)
    elif size < 0:
        errors.append("size must be >= 0")
    tags = record.get("tags", [])
    if not isinstance(tags, list):
        errors.append("tags must be a list")
    else:
        for i, t in enumerate(tags):
            if not isinstance(t, str):
                errors.append("tag " + str(i) + " is " + repr(t))
    return errors


def summary(record):
    errors = check(record)
    if errors:
        return {"ok": False, "errors": errors}
    label = record["name"] + ":" + str(record["size"])
    return {"ok": True, "label": label, "tags": ",".join(sorted(record["tags"])), "n": len(record)}


ENTRY = "summary"
SAMPLES = [({"name": "x", "size": 3, "tags": ["b", "a"]},), ({"name": "", "size": "big", "tags": [1, "a"]},)]
CHECKS = [({"name": "disk", "size": 2.5, "tags": []},), ({"size": -1},), ({"name": "n", "size": True, "tags": "a"},),
          ({"name": None, "tags": None},), ({},)]
