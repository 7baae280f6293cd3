"""try/except around yields inside a generator: the handler yields a marker and goes on."""


def safe_ratios(nums, dens):
    for a, b in zip(nums, dens):
        try:
            yield a // b
        except ZeroDivisionError:
            yield -999


def ratios(nums, dens):
    return list(safe_ratios(nums, dens))


ENTRY = "ratios"
SAMPLES = [([7, 1, -9], [2, 0, 4]), ([], [])]
CHECKS = [([0], [0]), ([5, 6], [5, 3])]
