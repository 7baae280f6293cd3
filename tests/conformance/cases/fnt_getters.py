"""operator.itemgetter/attrgetter/methodcaller as key= and with map, sorting records by
several fields, attrgetter with a dotted name, reduce over itemgetter results."""
import operator
from functools import reduce
from operator import attrgetter, itemgetter


class City:
    def __init__(self, name, pop):
        self.name = name
        self.pop = pop


class Office:
    def __init__(self, city, staff):
        self.city = city
        self.staff = staff


def arrange(names, pops, staff):
    rows = list(zip(names, pops))
    by_pop = sorted(rows, key=itemgetter(1))
    by_both = sorted(rows, key=itemgetter(1, 0), reverse=True)
    get_name = itemgetter(0)
    firsts = [get_name(r) for r in rows]
    offices = [Office(City(n, p), s) for n, p, s in zip(names, pops, staff)]
    largest = max(offices, key=attrgetter("city.pop")).city.name if offices else "-"
    by_staff = [o.city.name for o in sorted(offices, key=operator.attrgetter("staff"))]
    upper = operator.methodcaller("upper")
    shouted = list(map(upper, names))
    padded = [operator.methodcaller("rjust", 5, ".")(n) for n in names]
    second = itemgetter(1)
    pop_total = reduce(operator.add, list(map(second, rows)), 0)
    return by_pop, by_both, firsts, largest, by_staff, shouted, padded, pop_total


ENTRY = "arrange"
SAMPLES = [(["oslo", "rome", "lima", "bern"], [700, 2800, 700, 130], [40, 12, 40, 7])]
CHECKS = [([], [], []), (["x"], [1], [1])]
