"""min()/max() of one list argument; an empty list raises ValueError."""


def extremes(lst):
    return min(lst), max(lst)


ENTRY = "extremes"
SAMPLES = [([3, 1, 4, 1, 5],), ([-2],)]
CHECKS = [([],), ([7, 7],), ([-(2**63), 2**63 - 1],), ([0, -1, -2, -3],)]
