"""range() with 1, 2 and 3 args: empty ranges, negative steps, step 0 ValueError."""


def ranges(a, b, s):
    t1 = 0
    for i in range(b):
        t1 += i
    t2 = 0
    for i in range(a, b):
        t2 += i
    t3 = 0
    n3 = 0
    for i in range(a, b, s):
        t3 += i
        n3 += 1
    return t1, t2, t3, n3


ENTRY = "ranges"
SAMPLES = [(2, 10, 3), (-5, 5, 2)]
CHECKS = [(10, 2, -3), (10, 2, -1), (0, 0, 1), (5, -5, 1), (-5, -20, -4), (0, 7, 100),
          (7, 0, -100), (3, 30, 7), (0, 5, 0)]
