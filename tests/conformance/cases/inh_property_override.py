"""A @property overridden in subclasses, read through base-typed values (dispatched like a method)."""


class Temperature:
    def __init__(self, value):
        self.value = value

    @property
    def celsius(self):
        return self.value

    @property
    def label(self):
        return f"{self.celsius:.1f}C"


class Fahrenheit(Temperature):
    @property
    def celsius(self):
        return (self.value - 32) * 5 / 9


class Kelvin(Temperature):
    @property
    def celsius(self):
        return self.value - 273.15


def readings(values, units):
    temps = []
    for v, u in zip(values, units):
        if u == "F":
            temps.append(Fahrenheit(v))
        elif u == "K":
            temps.append(Kelvin(v))
        else:
            temps.append(Temperature(v))
    hottest = max(temps, key=lambda t: t.celsius).label if temps else "-"
    return [t.label for t in temps], hottest


ENTRY = "readings"
SAMPLES = [([20.0, 212.0, 300.0], ["C", "F", "K"])]
CHECKS = [([], []), ([0.0], ["K"])]
