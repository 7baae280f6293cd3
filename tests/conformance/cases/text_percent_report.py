"""A sales report formatted with printf-style '%': flags, width, precision, '*', tuples, a dict and CPython's errors."""

HEADER = "%-10s|%8s|%6s"
ROW = "%-10s|%8.2f|%+6d"


def report(names, prices, qtys, width):
    lines = [HEADER % ("item", "price", "qty")]
    for name, price, qty in zip(names, prices, qtys):
        lines.append(ROW % (name, price, qty))
    total = sum((p * q for p, q in zip(prices, qtys)), 0.0)
    lines.append("total: %*.*f (%s)" % (width, 1, total, "EUR"))
    lines.append("%(name)s has %(n)s items" % {"name": "cart", "n": str(len(names))})
    return lines


def number_forms(n, x):
    return [
        "%d %i %u" % (n, n, n), "%5d|%-5d|%05d" % (n, n, n), "%x %X %o" % (n, n, n),
        "%#x %#X %#o" % (n, n, n), "%+d % d" % (n, n), "%.3d|%8.4x|%-+7.2d" % (n, n, n),
        "%e|%E|%.2e" % (x, x, x), "%f|%F|%.0f|%#.0f" % (x, x, x, x), "%g|%G|%#g|%.3g" % (x, x, x, x),
        "%010.3f|%-10.2e|%+.1f" % (x, x, x), "%d%%" % n, "%s %r" % (x, x), "%d" % x if abs(x) < 1e18 else "",
        "%*d|%-*d|%.*f" % (6, n, -6, n, -2, x), "%5s|%-5s|%.2s" % ("ab", "ab", "abc"), "%c%c" % (65, "z"),
        "%r %a" % ("é\n", "é\n"), "%s" % [n, n], "%s and %s" % (True, None), "%d" % True, "%.1f" % n,
        "%ld" % n, "%(a)s-%(a)s" % {"a": n},
    ]


def errors(n, s):
    out = []
    for k in range(9):
        try:
            if k == 0:
                out.append("%s %s" % (s,))
            elif k == 1:
                out.append("%s" % (s, s))
            elif k == 2:
                out.append("value" % n)
            elif k == 3:
                out.append("%d" % s)
            elif k == 4:
                out.append("%x" % float(n))
            elif k == 5:
                out.append("%c" % s)
            elif k == 6:
                out.append("%c" % n)
            elif k == 7:
                out.append("%d %y" % (n, n))
            else:
                out.append("%(missing)s" % {"present": s})
        except TypeError as e:
            out.append("TypeError: " + str(e))
        except ValueError as e:
            out.append("ValueError: " + str(e))
        except OverflowError as e:
            out.append("OverflowError: " + str(e))
        except KeyError as e:
            out.append("KeyError: " + str(e))
    return out


def run(names, prices, qtys, width, n, x, s):
    return report(names, prices, qtys, width), number_forms(n, x), errors(n, s)


ENTRY = "run"
SAMPLES = [(['apple', 'pear'], [0.5, 1.25], [12, 3], 10, 255, 3.14159, "x"),
           (['melon'], [3.999], [1], 4, -42, -0.000123456, "ab")]
CHECKS = [([], [], [], 0, 0, 0.0, ""), (['a'], [1e+20], [-5], -12, 2**40, 1e20, "long text"),
          (['nan'], [float('nan')], [0], 3, 1114111, float("inf"), "é"), (['x'], [-0.0], [7], 2, 1114112, float("-inf"), "z"),
          (['y'], [1.5], [1], 1, -9223372036854775808, float("nan"), "q"), (['z'], [2.5], [2], 8, 7, 123456789.987654321, "!")]
