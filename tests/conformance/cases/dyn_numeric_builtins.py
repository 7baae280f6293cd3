"""sum(), round() and format specs over dynamic values (ints, floats and strs mixed): sum of a list
of mixed numbers, + 's TypeError for a str item, round() with and without digits (an int stays an
int), f-string format specs on ints, floats and strs."""


def run(items, digits):
    values = []
    for x in items:
        values.append(x)
    try:
        total = sum(values)
    except TypeError as e:
        total = "TypeError: " + str(e)
    shown = []
    for v in values:
        try:
            shown.append(round(v))
            shown.append(round(v, digits))
        except TypeError as e:
            shown.append("TypeError: " + str(e))
        try:
            shown.append(f"{v:>8}|{v!r}")
        except (TypeError, ValueError) as e:
            shown.append(type(e).__name__ + ": " + str(e))
    return total, shown


ENTRY = "run"
SAMPLES = [([1, 2.5, -3], 1), ([1, "a", 2.25], 0)]
CHECKS = [([], 2), ([1.5, 2.5, 0.125], -1), ([True, 7, 1e300], 2), (["x"], 1)]
