"""A name rebound in a try's else block and in its handler, with the same type where they meet."""


def parse_ratio(s):
    try:
        num, den = s.split("/")
        ratio = int(num) / int(den)
    except ValueError:
        ratio = "invalid"
    except ZeroDivisionError:
        ratio = "infinite"
    else:
        ratio = f"{ratio:.2f}"
    return ratio


ENTRY = "parse_ratio"
SAMPLES = [("3/4",), ("1/0",), ("x",)]
CHECKS = [("1/2/3",), ("-7/2",), ("a/b",)]
