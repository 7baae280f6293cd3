"""A price table formatted through __format__ (a spec with width and alignment for the amount,
or 'c' for cents), __str__ for plain printing, and str.format() using the same protocol."""


class Price:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "c":
            return f"{self.cents}c"
        text = f"{self.cents / 100:.2f}"
        return format(text, spec) if spec else text

    def __str__(self):
        return f"EUR {self.cents / 100:.2f}"


def table(names, cents):
    rows = []
    for n, c in zip(names, cents):
        p = Price(c)
        rows.append(f"{n:<8}|{p:>10}|{p:c}|{p}")
    total = Price(sum(cents))
    rows.append("{:<8}|{:>10}|{}".format("total", total, str(total)))
    return rows


ENTRY = "table"
SAMPLES = [(["tea", "cake"], [250, 1999]), ([], [])]
CHECKS = [(["x"], [-5])]
