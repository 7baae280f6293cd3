"""A user exception with an int argument, raised and not caught: 'BadCode: -20' as CPython prints it."""


class BadCode(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


def check_strict(codes):
    total = 0
    for c in codes:
        if c < 0:
            raise BadCode(c * 10)
        total += c
    return total


ENTRY = "check_strict"
SAMPLES = [([1, 2],), ([],)]
CHECKS = [([1, -2, 3],), ([-1],)]
