"""CPython's TypeError for every operation a class does not define: binary and unary operators,
abs(), ordering, len(), indexing, item assignment and deletion, calls, iteration, `in`, iter(),
next() and `with`."""


class Empty:
    def __init__(self, v):
        self.v = v


def attempt(kind, e):
    if kind == 0:
        e + 1
    elif kind == 1:
        2 * e
    elif kind == 2:
        -e
    elif kind == 3:
        abs(e)
    elif kind == 4:
        e < e
    elif kind == 5:
        len(e)
    elif kind == 6:
        e[0]
    elif kind == 7:
        e[0] = 1
    elif kind == 8:
        del e[0]
    elif kind == 9:
        e(1)
    elif kind == 10:
        for x in e:
            pass
    elif kind == 11:
        3 in e
    elif kind == 12:
        iter(e)
    elif kind == 13:
        next(e)
    elif kind == 14:
        with e:
            pass
    elif kind == 15:
        e >= 1
    elif kind == 16:
        ~e
    return "no error"


def errors(n):
    e = Empty(n)
    out = []
    for kind in range(17):
        try:
            out.append(attempt(kind, e))
        except TypeError as err:
            out.append(str(err))
    return out, e == e, e != Empty(n), bool(e)


ENTRY = "errors"
SAMPLES = [(1,)]
CHECKS = [(-7,)]
