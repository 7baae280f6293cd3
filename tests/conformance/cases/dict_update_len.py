"""update() overwrites existing keys in place and appends new ones; len and `in` see the result."""


def merge(base, extra):
    merged = dict(base)
    merged.update(extra)
    merged.update({"total": len(base) + len(extra)})
    return merged, len(merged), "total" in base, "total" in merged, list(merged)


ENTRY = "merge"
SAMPLES = [({"a": 1, "b": 2}, {"b": 20, "c": 30})]
CHECKS = [({}, {}), ({"total": 5}, {"x": 1}), ({"k": 1}, {"k": 1})]
