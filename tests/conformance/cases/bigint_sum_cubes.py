"""Sum of i**3 for i in range(n): passes int64 at n = 77937 and 2**64 at n = 92683."""


def sum_cubes(n):
    total = 0
    for i in range(n):
        total += i ** 3
    return total


ENTRY = "sum_cubes"
SAMPLES = [(100000,), (100,)]
CHECKS = [(200000,), (77936,), (77937,), (92682,), (92683,), (0,), (1,), (-3,)]
