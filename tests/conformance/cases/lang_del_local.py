"""del of local variables: later reads raise UnboundLocalError, a name rebinds after del, del a, b; del of items and slices."""


def drain(queue, limit):
    seen = []
    for i in range(len(queue)):
        item = queue[i]
        if item < 0:
            del item
        else:
            seen.append(item)
        if i >= limit:
            break
    try:
        seen.append(item)
    except UnboundLocalError as e:
        seen.append(-1000)
        message = str(e)
    else:
        message = ""
    return seen, message


def rebind(n):
    total = n * 2
    del total
    total = "reset"
    a, b = n, n + 1
    del a, b
    try:
        return total + str(a)
    except UnboundLocalError as e:
        return total + ":" + str(e)


def twice(n):
    x = n
    del x
    del x
    return n


def cleanup(d, xs, key):
    del d[key]
    del xs[1:3]
    del xs[-1]
    tmp = sorted(d)
    out = (tmp, xs)
    del tmp
    return out


def process(queue, limit, d, xs, key):
    try:
        second = str(twice(limit))
    except UnboundLocalError as e:
        second = str(e)
    return drain(queue, limit), rebind(limit), second, cleanup(d, xs, key)


ENTRY = "process"
SAMPLES = [([3, -1, 4], 5, {"a": 1, "b": 2}, [1, 2, 3, 4, 5], "a")]
CHECKS = [([3, 5, -4], 5, {"a": 1, "b": 2}, [1, 2, 3, 4, 5], "b"),
          ([], 0, {"a": 1}, [1, 2, 3, 4], "a"),
          ([-1, 2], 0, {"a": 1}, [1, 2, 3, 4], "zz"),
          ([1], 0, {"a": 1}, [1], "a")]
