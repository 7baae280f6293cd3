"""fxn's own 64-bit limit (here an int past 64 bits compared with a float) reaches no handler and no finally block: the call fails loudly where a handler would have made a wrong value."""


def above(n):
    r = 1
    for _ in range(n):
        r *= 3
    done = False
    try:
        big = r > 1e19
        done = True
    except:  # noqa: E722 - the point: not even a bare except sees fxn's limit
        return None
    finally:
        if not done:
            return False
    return big


ENTRY = "above"
SAMPLES = [(5,), (30,)]
CHECKS = [(0,), (39,), (40,), (70,), (100,)]
LIMITS = [((40,), "OverflowError: integer overflow: the argument does not fit in fxn's 64-bit int, which this operation still takes"),
          ((70,), "OverflowError: integer overflow: the argument does not fit in fxn's 64-bit int, which this operation still takes"),
          ((100,), "OverflowError: integer overflow: the argument does not fit in fxn's 64-bit int, which this operation still takes")]
