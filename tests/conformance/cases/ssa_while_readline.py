"""A while loop over lines with try/except inside: `line` is the raw text, then rebound to the
number it holds; a bad line keeps counting."""


def checksum(text):
    lines = text.split("\n")
    pos, total, bad = 0, 0, 0
    while pos < len(lines):
        line = lines[pos]
        pos += 1
        try:
            line = int(line)
        except ValueError:
            bad += 1
            continue
        total = (total * 31 + line) % 1000003
    pos = f"{pos} lines"
    return pos, total, bad


ENTRY = "checksum"
SAMPLES = [("12\nx\n-5\n\n7",)]
CHECKS = [("",), ("99999999999",), ("a\nb",)]
