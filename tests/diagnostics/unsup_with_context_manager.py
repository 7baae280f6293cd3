"""Out of scope: a `with` statement over a user class defining __enter__/__exit__."""


class Tracker:
    def __init__(self):
        self.log = []

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append("exit")
        return False


def tracked(n):
    t = Tracker()
    with t:
        t.log.append(str(n))
    return len(t.log)


ENTRY = "tracked"
SAMPLES = [(7,)]
EXPECT = "with statement"
EXPECT_LINE = 19
