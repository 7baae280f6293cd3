"""Roman numeral conversion both ways using a table of (value, symbol) tuples."""

TABLE = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"out of range: {n}")
    out = ""
    for value, sym in TABLE:
        while n >= value:
            out += sym
            n -= value
    return out


def from_roman(s):
    values = {sym: v for v, sym in TABLE if len(sym) == 1}
    total = 0
    for i, ch in enumerate(s):
        v = values[ch]
        if i + 1 < len(s) and values[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def run(n):
    r = to_roman(n)
    return r, from_roman(r)


ENTRY = "run"
SAMPLES = [(1994,), (3888,), (4,)]
CHECKS = [(0,), (4000,), (1,), (-5,), (944,)]
