"""A Timer-like context manager over a fake clock: nested `with` statements (and two managers in
one `with`) enter and exit in order, an exception passes through __exit__ (returning None) to the
caller's handler, and the time spent is recorded either way."""


class Clock:
    def __init__(self):
        self.now = 0

    def tick(self, n):
        self.now += n


class Timer:
    def __init__(self, clock, name, log):
        self.clock = clock
        self.name = name
        self.log = log
        self.start = 0
        self.elapsed = -1

    def __enter__(self):
        self.start = self.clock.now
        self.log.append("start " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = self.clock.now - self.start
        self.log.append(f"stop {self.name} after {self.elapsed}" + (" (failed)" if exc_type is not None else ""))


def timed(steps, fail_at):
    clock = Clock()
    log = []
    with Timer(clock, "outer", log) as outer:
        for i, s in enumerate(steps):
            with Timer(clock, f"step{i}", log):
                clock.tick(s)
    with Timer(clock, "a", log) as a, Timer(clock, "b", log) as b:
        clock.tick(1)
    err = ""
    try:
        with Timer(clock, "risky", log) as risky:
            for i, s in enumerate(steps):
                clock.tick(s)
                if i == fail_at:
                    raise RuntimeError(f"step {i} failed")
    except RuntimeError as e:
        err = str(e)
    return outer.elapsed, a.elapsed, b.elapsed, risky.elapsed, err, log


ENTRY = "timed"
SAMPLES = [([3, 1, 4], 1), ([2], 5)]
CHECKS = [([], 0), ([1, 1, 1, 1], 0)]
