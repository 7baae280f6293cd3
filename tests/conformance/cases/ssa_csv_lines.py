"""A CSV parsing loop that rebinds `line` (str) and `parts` (list of str, then of int), and uses `_`
both as a loop counter and as a throwaway field."""


def parse(text, skip):
    for _ in range(skip):
        text = text[text.index("\n") + 1:]
    rows = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(",")
        _, name = parts[0], parts[1]
        parts = [int(p) for p in parts[2:]]
        rows.append((name, sum(parts)))
    return rows


ENTRY = "parse"
SAMPLES = [("header\n1,ann,3,4\n 2,bob,5 \n\n# note\n3,cy\n", 1)]
CHECKS = [("1,a,1\n", 0), ("x\ny\n1,a,b\n", 2), ("only", 1), ("", 0), ("h\n1,a,9,9,9", 1)]
