"""Out of scope: __exit__ using the exception's class beyond a test against None (fxn passes the
exception itself, not its class)."""


class Log:
    def __init__(self):
        self.lines = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.lines.append(exc_type.__name__)
        return True


def guarded(n):
    log = Log()
    with log:
        if n < 0:
            raise ValueError("neg")
    return len(log.lines)


ENTRY = "guarded"
SAMPLES = [(1,)]
EXPECT = "use of __exit__'s parameter 'exc_type'"
EXPECT_LINE = 14
