"""ZeroDivisionError messages differ by operation: int /, //, %, float /, //, %."""


def divide(a, b, op):
    try:
        if op == "/":
            return str(a / b)
        if op == "//":
            return str(a // b)
        if op == "%":
            return str(a % b)
        if op == "f/":
            return str(a / float(b))
        if op == "f//":
            return str(float(a) // b)
        if op == "f%":
            return str(float(a) % b)
        return str(divmod(a, b))
    except ArithmeticError as e:
        return type(e).__name__ + ": " + str(e)


ENTRY = "divide"
SAMPLES = [(7, 2, "/"), (7, 0, "/")]
CHECKS = [(7, 0, "//"), (7, 0, "%"), (7, 0, "f/"), (7, 0, "f//"), (7, 0, "f%"), (7, 0, "divmod"),
          (-7, 2, "//"), (-7, 2, "%"), (0, 0, "/")]
