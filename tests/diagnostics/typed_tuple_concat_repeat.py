"""Outside fxn's static types: tuple concatenation with + and repetition with *; the one-element tuple needs a comma."""


def combine(a, b, n):
    t = (a,) + (b, a)
    u = t * n
    v = ()
    for i in range(3):
        v = v + (i * a,)
    return t, u, v, len(u), t + () == t


ENTRY = "combine"
SAMPLES = [(1, 2, 2), (0, -1, 0)]
EXPECT = 'operator *'
EXPECT_LINE = 6
