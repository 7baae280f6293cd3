"""break and continue in for and while loops (including while True)."""


def scan(n, k):
    total = 0
    for i in range(n):
        if i % k == 0:
            continue
        if i * i > 500:
            break
        total += i
    j = 0
    while True:
        j += 1
        if j % 3 == 0:
            continue
        if j > n:
            break
        total += j * 100
    return total


ENTRY = "scan"
SAMPLES = [(10, 3), (50, 2)]
CHECKS = [(0, 1), (1, 1), (100, 7), (0, 0), (5, 0), (30, -4)]
