"""assert with a message: the message is a str, which fxn does not compile yet."""


def positive(x):
    assert x > 0, "x must be positive"
    return x


ENTRY = "positive"
SAMPLES = [(3,)]
EXPECT = "assert with a message"
EXPECT_LINE = 5
