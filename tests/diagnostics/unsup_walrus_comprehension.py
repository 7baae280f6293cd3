"""Out of scope: an assignment expression inside a comprehension (it binds in the enclosing function)."""


def doubled_over(xs):
    big = [y for x in xs if (y := x * 2) > 2]
    return big, y


ENTRY = "doubled_over"
SAMPLES = [([1, 2, 3],)]
EXPECT = "assignment expression (:=) inside a comprehension"
EXPECT_LINE = 5
