"""return from inside nested loops, and a fall-through return after them."""


def find_pair(n, target):
    for i in range(n):
        for j in range(i, n):
            if i * j == target:
                return i * 1000 + j
            if i * j > target:
                break
    return -1


ENTRY = "find_pair"
SAMPLES = [(10, 12), (5, 100)]
CHECKS = [(0, 0), (1, 0), (20, 361), (20, 17), (50, -1)]
