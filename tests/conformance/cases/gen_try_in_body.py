"""try/except around yields inside a generator: the handler yields a marker and goes on."""


def safe_ratios(pairs):
    for a, b in pairs:
        try:
            yield a // b
        except ZeroDivisionError:
            yield -999


def ratios(pairs):
    return list(safe_ratios(pairs))


ENTRY = "ratios"
SAMPLES = [([(7, 2), (1, 0), (-9, 4)],), ([],)]
CHECKS = [([(0, 0)],), ([(5, 5), (6, 3)],)]
