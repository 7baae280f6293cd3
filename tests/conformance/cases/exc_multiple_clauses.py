"""The first matching except clause wins; clauses are tried top to bottom."""


def classify(values, i, d):
    try:
        return 100 // values[i] + len(str(d[str(values[i])]))
    except ZeroDivisionError:
        return -1
    except IndexError:
        return -2
    except KeyError:
        return -3
    except Exception:
        return -4


ENTRY = "classify"
SAMPLES = [([4, 0, 5], 0, {"4": 10}), ([4, 0, 5], 1, {})]
CHECKS = [([4, 0, 5], 9, {}), ([4, 0, 5], 2, {"4": 1}), ([], 0, {})]
