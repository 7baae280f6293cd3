"""str + str and str * int (zero or negative count gives ''), and += building in a loop."""


def build(a, b, n):
    joined = a + "-" + b
    rep = a * n
    rev = n * b
    acc = ""
    for i in range(n):
        acc += b + str(i)
    return joined, rep, rev, acc, len(rep)


ENTRY = "build"
SAMPLES = [("ab", "cd", 3), ("é", "日", 2)]
CHECKS = [("x", "y", 0), ("x", "y", -4), ("", "", 5), ("😀", "", 4)]
