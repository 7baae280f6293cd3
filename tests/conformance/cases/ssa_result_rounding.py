"""A result rebound while being post-processed: float, rounded int, then its text."""


def price_label(cents, rate):
    result = cents * rate / 100
    result = round(result)
    result = f"{result} EUR" if result >= 0 else f"refund {-result} EUR"
    return result


ENTRY = "price_label"
SAMPLES = [(1999, 1.2), (-500, 1.0)]
CHECKS = [(0, 0.0), (250, 1.0), (150, 1.0), (1, 0.5)]
