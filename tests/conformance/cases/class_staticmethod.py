"""@staticmethod helpers called through the class and through an instance."""


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @staticmethod
    def valid(c):
        return c >= -273.15

    def fahrenheit(self):
        return Temperature.c_to_f(self.celsius)


def convert(values):
    out = []
    for v in values:
        if Temperature.valid(v):
            t = Temperature(v)
            out.append(round(t.fahrenheit(), 2))
        else:
            out.append(None)
    return out, Temperature(0.0).c_to_f(100.0)


ENTRY = "convert"
SAMPLES = [([0.0, 100.0, -40.0, -300.0, 36.6],)]
CHECKS = [([],), ([-273.15],)]
