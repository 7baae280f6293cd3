"""Two versions of a name meet after an if/else with different types (an int or the str): the
variable is dynamic after the join."""


def pick(flag, s):
    if flag:
        value = int(s)
    else:
        value = s
    return value


ENTRY = "pick"
SAMPLES = [(True, "3")]
CHECKS = [(False, "3"), (True, "-12"), (True, "x"), (False, "")]
