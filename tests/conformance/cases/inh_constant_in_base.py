"""A base method computes with class constants that subclasses override (self.RATE resolves per run-time class)."""


class Tax:
    RATE = 0.2
    EXEMPT = 0

    def due(self, income):
        taxable = max(0, income - self.EXEMPT)
        return round(taxable * self.RATE, 2)


class ReducedTax(Tax):
    RATE = 0.1


class FamilyTax(Tax):
    EXEMPT = 10000


class FlatFee(Tax):
    def due(self, income):
        return 100.0


def compute(incomes):
    schemes = [Tax(), ReducedTax(), FamilyTax(), FlatFee()]
    return [[s.due(i) for s in schemes] for i in incomes], [s.RATE for s in schemes]


ENTRY = "compute"
SAMPLES = [([50000, 5000],)]
CHECKS = [([],), ([0],)]
