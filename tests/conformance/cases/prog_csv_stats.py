"""Parse CSV-like lines into records, skip malformed rows, compute per-column stats with f-strings."""


def stats(lines):
    header = lines[0].split(",")
    rows = []
    skipped = 0
    for line in lines[1:]:
        cells = line.split(",")
        if len(cells) != len(header):
            skipped += 1
            continue
        try:
            rows.append([float(c) for c in cells])
        except ValueError:
            skipped += 1
    report = []
    for j, name in enumerate(header):
        col = [r[j] for r in rows]
        if col:
            report.append(f"{name.strip()}: min={min(col):g} max={max(col):g} "
                          f"mean={sum(col) / len(col):.3f}")
    return report, skipped


ENTRY = "stats"
SAMPLES = [(["a, b", "1,2", "3,x", "5,6", "7"],)]
CHECKS = [(["x"],), (["h", "1e3", "-2.5"],), ([],)]
