"""A `with` statement over a user class defining __enter__/__exit__: the log shows the order of
enter, body and exit, and an exception raised in the body reaches __exit__ and propagates."""


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
    with t as same:
        same.log.append("again")
    try:
        with Tracker() as inner:
            inner.log.append("start")
            if n < 0:
                raise ValueError(f"negative: {n}")
            inner.log.append("done")
    except ValueError as e:
        t.log.append(str(e))
    return t.log, inner.log, len(t.log)


ENTRY = "tracked"
SAMPLES = [(7,), (-3,)]
CHECKS = [(0,)]
