"""Outside fxn's static types: tuples compare lexicographically element by element; a shorter prefix tuple is smaller."""


def compare(xs, ys):
    a = tuple(xs)
    b = tuple(ys)
    return a < b, a <= b, a == b, a != b, a > b, max(a, b), (1, 2) < (1, 2, 0), (2,) > (1, 99)


ENTRY = "compare"
SAMPLES = [([1, 2, 3], [1, 2, 4]), ([5], [1, 9, 9])]
EXPECT = 'its length is not static'
EXPECT_LINE = 5
