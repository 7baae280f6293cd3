"""A global counter rebound with `global count; count += 1`, and a total that grows."""

count = 0
total = 0.0


def tick(amount):
    global count, total
    count += 1
    total = total + amount
    return count


def run(amounts):
    for a in amounts:
        tick(a)
    return [count, total]


ENTRY = "run"
SAMPLES = [([1.5, 2.0],), ([0.25],)]
CHECKS = [([],), ([1e300, 1e300],), ([-3.5, 0.5, 1.0],)]
