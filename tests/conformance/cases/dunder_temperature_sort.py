"""Temperatures ordered by total_ordering from __lt__ and compared with == across units: sorting,
de-duplicating in a dict by __hash__, `in`, max() and NotImplemented against a float (== False,
< TypeError)."""

from functools import total_ordering


@total_ordering
class Temp:
    def __init__(self, value, unit):
        self.value = value
        self.unit = unit

    def kelvin(self):
        if self.unit == "C":
            return self.value + 273.15
        if self.unit == "F":
            return (self.value - 32) * 5 / 9 + 273.15
        return self.value

    def __eq__(self, other):
        if not isinstance(other, Temp):
            return NotImplemented
        return round(self.kelvin(), 6) == round(other.kelvin(), 6)

    def __lt__(self, other):
        if not isinstance(other, Temp):
            return NotImplemented
        return self.kelvin() < other.kelvin()

    def __hash__(self):
        return hash(round(self.kelvin() * 1000))

    def __repr__(self):
        return f"{self.value:g}{self.unit}"


def temps(values, units):
    ts = [Temp(v, u) for v, u in zip(values, units)]
    distinct = {}
    for t in ts:
        distinct.setdefault(t, repr(t))
    err = ""
    try:
        ts[0] < 300.0
    except TypeError as e:
        err = str(e)
    return repr(sorted(ts)), repr(max(ts)), list(distinct.values()), Temp(0.0, "C") in ts, ts[0] == 300.0, \
        ts[0] >= ts[-1], err


ENTRY = "temps"
SAMPLES = [([0.0, 32.0, 273.15, 100.0, 212.0], ["C", "F", "K", "C", "F"]), ([-40.0], ["C"])]
CHECKS = [([-40.0, -40.0], ["C", "F"])]
