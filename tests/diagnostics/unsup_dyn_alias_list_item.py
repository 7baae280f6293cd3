"""Out of scope: a record of mixed values (a dict of str to dynamic) put into a list of mixed
values, then changed through its own name (fxn would copy the dict into the list)."""


def run(name, n):
    rec = {"name": name, "n": n}
    rows = [1]
    rows.append(rec)
    rec["n"] = n + 1
    return rows


ENTRY = "run"
SAMPLES = [("a", 3)]
EXPECT = "a statically typed dict[str, dynamic] that has another name, made a dynamic value"
EXPECT_LINE = 8
