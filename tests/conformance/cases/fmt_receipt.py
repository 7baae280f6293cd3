"""A receipt built from f-strings: left-aligned names, right-aligned money with ',' and 2 decimals."""


def receipt(items, prices):
    lines = []
    total = 0.0
    for name, price in zip(items, prices):
        total += price
        lines.append(f"{name:<12.12}{price:>10,.2f}")
    lines.append("-" * 22)
    lines.append(f"{'TOTAL':<12}{total:>10,.2f}")
    return "\n".join(lines)


ENTRY = "receipt"
SAMPLES = [(["apple", "bread", "champagne bottle"], [0.5, 2.25, 1234.5])]
CHECKS = [([], []), (["x"], [-0.005]), (["café"], [1e9])]
