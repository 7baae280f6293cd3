"""Exceptions inside a loop: catch, record and continue with the next item; else clause on success."""


def parse_pairs(items):
    good = {}
    bad = []
    for item in items:
        try:
            key, value = item.split("=")
            number = float(value)
        except ValueError as e:
            bad.append(item + " -> " + str(e))
        else:
            good[key.strip()] = number
    return good, bad


ENTRY = "parse_pairs"
SAMPLES = [(["a=1", "b=x", "c", "d=2.5", "e=1=2"],)]
CHECKS = [([],), ([" k = 3 "],)]
