"""A validating decorator: the wrapper raises ValueError before calling the function on bad input."""


def positive_only(fn):
    def wrapper(x):
        if x <= 0:
            raise ValueError(fn.__name__ + " needs a positive number, got " + str(x))
        return fn(x)
    return wrapper


@positive_only
def halve(x):
    return x / 2


@positive_only
def digits(x):
    return len(str(x))


def run(values):
    out = []
    for v in values:
        try:
            out.append(str(halve(v)) + "/" + str(digits(v)))
        except ValueError as exc:
            out.append(str(exc))
    return out


ENTRY = "run"
SAMPLES = [([4, -1, 12345],), ([],)]
CHECKS = [([0],)]
