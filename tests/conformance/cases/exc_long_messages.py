"""Exception messages of any length and with NUL characters, uncaught (they cross the C ABI and
the JSON harness) and caught (str(e) inside compiled code): a KeyError of a long key, a
ValueError built from user text, a message holding "\\x00"."""


def lookup(table, key, repeat):
    text = key * repeat
    if key == "raise":
        raise ValueError("bad input: " + "x" * repeat)
    if key == "nul":
        raise ValueError("before\x00after " + str(repeat))
    try:
        return table[text]
    except KeyError as e:
        message = str(e)
        if repeat % 2 == 0:
            raise KeyError(text + "!")
        return len(message), message[:20], message[-20:]


ENTRY = "lookup"
SAMPLES = [({"ab": 1}, "ab", 1), ({"ab": 1}, "ab", 501)]
CHECKS = [({"ab": 1}, "ab", 1200), ({"ab": 1}, "raise", 2000), ({"ab": 1}, "nul", 3), ({}, "é\x00", 700)]
