"""Calls by keyword in any order, mixing positional and keyword arguments."""


def rect(x, y, width, height, fill="none", stroke="black"):
    return f'<rect x="{x}" y="{y}" w="{width}" h="{height}" fill="{fill}" stroke="{stroke}"/>'


def run(x, y):
    return [
        rect(x, y, 10, 20),
        rect(height=1, width=2, y=y, x=x),
        rect(x, y, height=5, width=6, stroke="red"),
        rect(x, y, 1, 1, "blue"),
    ]


ENTRY = "run"
SAMPLES = [(0, 0), (3, -4)]
CHECKS = [(10**6, 1)]
