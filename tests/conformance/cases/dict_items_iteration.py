"""Iterating keys(), values() and items() together with sum/min/max and sorted(d, key=...)."""


def analyse(scores):
    total = sum(scores.values())
    names = [k for k in scores.keys()]
    best = sorted(scores, key=lambda k: scores[k], reverse=True)
    passed = {k: v for k, v in scores.items() if v >= 50}
    lines = []
    for name, score in scores.items():
        lines.append(f"{name}={score}")
    return total, names, best, passed, ";".join(lines), min(scores.values(), default=-1)


ENTRY = "analyse"
SAMPLES = [({"ann": 70, "bob": 40, "cy": 70},)]
CHECKS = [({},), ({"solo": 50},)]
