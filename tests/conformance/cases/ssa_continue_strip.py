"""`item = item.strip()` then `item = int(item)` inside a loop with continue; `item` is a new
version in each loop and is never read across them."""


def total_numbers(items):
    total = 0
    bad = []
    for item in items:
        item = item.strip()
        if not item.lstrip("-").isdigit():
            bad.append(item)
            continue
        item = int(item)
        total += item
    for item in range(len(bad)):
        bad[item] = f"<{bad[item]}>"
    return total, bad


ENTRY = "total_numbers"
SAMPLES = [([" 1", "2 ", "x", "-3", ""],)]
CHECKS = [([],), (["7"],), (["a", "b"],)]
