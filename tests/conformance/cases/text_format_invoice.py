"""An invoice laid out with str.format: auto and manual numbering, names, {0.attr}, {0[1]}, !r/!s/!a, nested specs, format()."""
from dataclasses import dataclass

LINE = "{name:<{width}}|{qty:>4d}|{price:>{pw}.{prec}f}"
TITLE = "== {} =="


@dataclass
class Customer:
    name: str
    city: str


def invoice(names, qtys, prices, width, prec):
    pw = width - 2
    lines = [TITLE.format("Invoice"), "{0}-{1}-{0}".format("x", "y")]
    for name, qty, price in zip(names, qtys, prices):
        lines.append(LINE.format(name=name, qty=qty, price=price, width=width, pw=pw, prec=prec))
    c = Customer(names[0] if names else "nobody", "Zürich")
    lines.append("{0.name} from {0.city!a} ({0.city!r}, {0.city!s})".format(c))
    lines.append("{c.name:^{w}}".format(c=c, w=width))
    lines.append("first {0[0]}, last {0[2]}, key {1[k]}".format([1, 2, 3], {"k": "v"}))
    lines.append("{:{}{}}".format(3.14159, ">", width))
    lines.append("{:*^{w}.{p}e}".format(12345.678, w=width + 4, p=prec))
    lines.append("{!r:>{}}|{:,}|{:_x}|{:+.1%}".format("q", width, 10**6, 255, 0.125))
    lines.append(format(len(lines), "03d") + format(2.5, ">8.3f") + format("ab", "^6") + format(True, "d"))
    lines.append("{{literal}} {}".format(width))
    return lines


def errors(n):
    out = []
    for k in range(5):
        try:
            if k == 0:
                out.append("{} {}".format(n))
            elif k == 1:
                out.append("{0} {}".format(n, n))
            elif k == 2:
                out.append("{missing}".format(present=n))
            elif k == 3:
                out.append("{:d}".format(str(n)))
            else:
                out.append("{:s}".format(n))
        except IndexError as e:
            out.append("IndexError: " + str(e))
        except KeyError as e:
            out.append("KeyError: " + str(e))
        except ValueError as e:
            out.append("ValueError: " + str(e))
    return out


def run(names, qtys, prices, width, prec):
    return invoice(names, qtys, prices, width, prec), errors(width)


ENTRY = "run"
SAMPLES = [(["tea", "coffee beans"], [2, 1], [3.5, 12.25], 12, 2), (["ü"], [100], [0.1], 6, 0)]
CHECKS = [([], [], [], 0, 1), (["a"], [-3], [float("nan")], 3, 3), (["b"], [7], [-0.0], 20, 5),
          (["c"], [1], [1e300], 8, 1)]
