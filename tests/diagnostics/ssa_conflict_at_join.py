"""Two versions of a name meet after an if/else and disagree on the type."""


def pick(flag, s):
    if flag:
        value = int(s)
    else:
        value = s
    return value


ENTRY = "pick"
SAMPLES = [(True, "3")]
EXPECT = "variable 'value' holds int elsewhere but is assigned str here"
EXPECT_LINE = 8
