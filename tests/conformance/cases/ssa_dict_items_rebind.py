"""The value of a dict's items loop rebound to its text inside the loop body."""


def render(scores):
    lines = []
    for name, v in sorted(scores.items()):
        v = f"{v:5.1f}"
        name = name.ljust(6)
        lines.append(name + v)
    name = len(lines)
    return name, lines


ENTRY = "render"
SAMPLES = [({"bob": 3.25, "al": 10.0},)]
CHECKS = [({},), ({"x": -0.05},)]
