"""A nested def reads locals of the enclosing function (closure) and is called inside it."""


def process(xs, threshold):
    scale = 10

    def adjust(v):
        if v > threshold:
            return v * scale
        return v - threshold

    def total():
        return sum(adjust(v) for v in xs)

    return [adjust(v) for v in xs], total()


ENTRY = "process"
SAMPLES = [([1, 5, 10], 4), ([], 0)]
CHECKS = [([-3, 3], -1)]
