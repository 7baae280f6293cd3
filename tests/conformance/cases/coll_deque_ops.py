"""deque operations: maxlen, appendleft, extend/extendleft, rotate, indexing, count/index/remove,
insert, reverse, copy, ==, repr, and CPython's exceptions (empty pops, index out of range,
mutation during iteration, maxlen)."""
from collections import deque


def deque_ops(xs, k, n):
    out = []
    d = deque(xs, k)
    out.append(repr(d) + " " + str(d.maxlen) + " " + str(deque(xs).maxlen))
    d.appendleft(-1)
    d.extend([7, 8])
    d.extendleft([10, 11])
    out.append(repr(d))
    d.rotate(n)
    out.append(repr(d))
    d.rotate()
    out.append(str(d))
    e = deque(xs)
    out.append(repr(e))
    out.append(str(len(e)) + " " + str(bool(e)) + " " + str(3 in e) + " " + str(e.count(2)))
    if e:
        out.append(str(e[0]) + " " + str(e[-1]))
        e[0] = 42
        out.append(repr(e))
    f = e.copy()
    f.append(5)
    out.append(str(e == f) + " " + str(e == e.copy()) + " " + str(e != f) + " " + str(f == list(f)))
    f.reverse()
    out.append(repr(f) + " " + repr(list(reversed_list(f))))
    try:
        out.append(str(f.index(5)))
        f.remove(5)
        f.remove(5)
    except ValueError as err:
        out.append("ValueError: " + str(err))
    try:
        out.append(str(e[n]))
    except IndexError as err:
        out.append("IndexError: " + str(err))
    try:
        while True:
            e.pop()
    except IndexError as err:
        out.append("IndexError: " + str(err) + " " + repr(e))
    try:
        e.popleft()
    except IndexError as err:
        out.append("IndexError: " + str(err))
    g = deque(xs)
    try:
        for x in g:
            if x == n:
                g.append(x)
        out.append("no mutation")
    except RuntimeError as err:
        out.append("RuntimeError: " + str(err))
    try:
        bad = deque(xs, -n)
        out.append(repr(bad))
    except ValueError as err:
        out.append("ValueError: " + str(err))
    h = deque([1, 2, 3], maxlen=3)
    try:
        h.insert(1, 9)
    except IndexError as err:
        out.append("IndexError: " + str(err))
    h.popleft()
    h.insert(1, 9)
    del h[0]
    out.append(repr(h) + " " + str(sum(h)) + " " + str(sorted(h)) + " " + str(max(h)))
    return out


def reversed_list(d):
    return [x for x in d][::-1]


ENTRY = "deque_ops"
SAMPLES = [([1, 2, 3, 4], 3, 2)]
CHECKS = [([], 2, 0), ([5], 0, 1), ([1, 2, 2, 3, 2], 10, -3), ([9, 8, 7], 1, 7), ([1, 2], 5, 2)]
