"""Outside fxn's static types: str() of exceptions: no args gives '', several args give the tuple's repr, KeyError quotes its arg."""


def texts(n):
    out = []
    errors = [ValueError(), ValueError("one"), ValueError("a", n), KeyError("k"), KeyError(n),
              RuntimeError(f"n={n}"), IndexError(), ZeroDivisionError("custom")]
    for e in errors:
        try:
            raise e
        except Exception as caught:
            out.append(type(caught).__name__ + "|" + str(caught))
    return out


ENTRY = "texts"
SAMPLES = [(3,), (-1,)]
EXPECT = 'outside a raise statement'
EXPECT_LINE = 6
