"""Module-level constants (int, float, str, tuple, bool) read as globals inside functions."""

MAX_ITEMS = 3
TAX_RATE = 0.2
CURRENCY = "EUR"
SIZES = ("S", "M", "L")
STRICT = True


def price_tag(amounts):
    shown = amounts[:MAX_ITEMS]
    total = sum(shown) * (1 + TAX_RATE)
    size = SIZES[len(shown) % len(SIZES)]
    if STRICT and total < 0:
        return "invalid"
    return f"{total:.2f} {CURRENCY} [{size}] {len(SIZES)}"


ENTRY = "price_tag"
SAMPLES = [([10.0, 20.0, 30.0, 40.0],), ([1.5],)]
CHECKS = [([],), ([-1.0],)]
