"""Raising an exception class or instance with no message shows only the type name."""


class EmptyInput(Exception):
    pass


def first(xs, strict):
    if not xs:
        if strict:
            raise EmptyInput
        raise ValueError()
    return xs[0]


ENTRY = "first"
SAMPLES = [([5, 6], True), ([1], False)]
CHECKS = [([], True), ([], False)]
