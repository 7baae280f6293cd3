"""`except (KeyError, IndexError) as e` catches either type; other exceptions pass through."""


def lookup(rows, r, key):
    try:
        return rows[r][key]
    except (KeyError, IndexError) as e:
        return "missing: " + type(e).__name__ + " " + str(e)


ENTRY = "lookup"
SAMPLES = [([{"a": "x"}, {"b": "y"}], 1, "b"), ([{"a": "x"}], 3, "a")]
CHECKS = [([{"a": "x"}], 0, "zz"), ([], 0, ""), ([{}], -1, "k")]
