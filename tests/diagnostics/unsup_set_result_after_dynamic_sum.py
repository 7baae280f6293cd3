"""A module refused for its own reason keeps that reason's diagnostic when it also sums a list of
dynamic values: only a float sum() makes the front end try the module a second time (with the
float kernels that raise on an empty list), so the diagnostic is not a second try's."""


def run(xs):
    total = sum(xs)
    seen = {1, 2}
    return total, seen


ENTRY = "run"
SAMPLES = [([1, 2.5],)]
EXPECT = "returning tuple[dynamic, set[int]] from the entry function"
EXPECT_LINE = 6
