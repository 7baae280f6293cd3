"""__format__ gives an f-string's format spec its own meaning; without __format__, an empty spec
formats as str() and a non-empty one raises CPython's TypeError (object.__format__)."""


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.celsius * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        if spec.endswith("K"):
            return format(self.celsius + 273.15, spec[:-1] + "f") + "K"
        return format(self.celsius, spec) + "°C"

    def __str__(self):
        return f"{self.celsius}C"


class Label:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        return self.text.upper()


def report(c, width):
    t = Temperature(c)
    lab = Label("temp")
    parts = [f"{t}", f"{t:.1f}", f"{t:.2F}", f"{t:.0K}", format(t, ".3f"), str(t), f"{lab}", f"{lab:}",
             "{} is {:.1F}".format(lab, t), f"[{t:{width}.1f}]"]
    try:
        parts.append(f"{lab:>10}")
    except TypeError as e:
        parts.append(str(e))
    return parts


ENTRY = "report"
SAMPLES = [(21.5, 8), (-40.0, 3)]
CHECKS = [(0.0, 1), (100.25, 12)]
