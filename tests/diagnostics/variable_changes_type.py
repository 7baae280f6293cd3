"""A variable that holds an int and later a float."""


def drift(n):
    s = 0
    for i in range(n):
        s = s + 0.5
    return s


ENTRY = "drift"
SAMPLES = [(3,)]
EXPECT = "variable 's' holds int elsewhere but is assigned float here"
EXPECT_LINE = 7
