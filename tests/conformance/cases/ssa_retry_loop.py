"""A retry loop: `value` is an int or None where the try and its handler meet, `attempt` is
rebound to a str after the loop (for/else with break)."""


def first_number(texts):
    value = None
    for attempt in range(len(texts)):
        try:
            value = int(texts[attempt])
            break
        except ValueError:
            value = None
    else:
        return "no number"
    attempt = f"attempt {attempt + 1}"
    return f"{attempt}: {value}"


ENTRY = "first_number"
SAMPLES = [(["x", "y", "42"],), (["a"],)]
CHECKS = [([],), (["7"],), (["1.5", " 8 "],)]
