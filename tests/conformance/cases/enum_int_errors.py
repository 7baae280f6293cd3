"""IntEnum members meeting operands int does not take: CPython's TypeErrors name the enum class
(int's methods return NotImplemented first), str's '%' goes first, a value that is no member is
CPython's ValueError, and division by a zero member."""
from enum import IntEnum


class Level(IntEnum):
    OFF = 0
    LOW = 1
    HIGH = 3


def errors(text, x):
    out = []
    for case in range(9):
        try:
            if case == 0:
                out.append(str(Level.LOW + text))
            elif case == 1:
                out.append(str(Level.HIGH < text))
            elif case == 2:
                out.append(str(Level.HIGH << x))
            elif case == 3:
                out.append(repr(Level(len(text))))
            elif case == 4:
                out.append(str(Level.HIGH // Level.OFF))
            elif case == 5:
                out.append(text + Level.LOW)
            elif case == 6:
                out.append(str(Level.LOW ** text))
            elif case == 7:
                out.append("ab" % Level.LOW)
            else:
                out.append(str([1] + Level.HIGH))
        except (TypeError, ValueError, ZeroDivisionError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    out.append(str(Level.HIGH == text))
    out.append(str(Level.HIGH != text))
    return out


ENTRY = "errors"
SAMPLES = [("ab", 1.5), ("abc", 2.5)]
CHECKS = [("", 0.0), ("x", -1.0), ("%s", 1.0)]
