"""IntEnum members are ints (CPython 3.11): int's str, format, hash, truth, comparisons and
arithmetic on either side, Enum's repr, sorting, dict keys, members of two IntEnum classes
compared, and the member where an int is taken (int(), float(), an index, a slice, range, %d)."""
from enum import IntEnum


class Status(IntEnum):
    OK = 200
    MOVED = 301
    NOT_FOUND = 404


class Level(IntEnum):
    OFF = 0
    LOW = 1
    HIGH = 3


def run(code, k):
    s = Status(code) if code in (200, 301, 404) else Status.OK
    xs = [Status.NOT_FOUND, Status.OK, Status.MOVED]
    names = {Status.OK: "ok", Status.NOT_FOUND: "nf"}
    return (code >= Status.NOT_FOUND, Status.OK == 200, Status.OK == 200.0, s + k, k + s, s - k, k - s, k * s,
            s / 4, s // k if k else 0, s % 7, 7 % Level.HIGH, s ** 2, Level.HIGH ** -1, s << 1, s >> k % 3,
            s & 255, 5 | s, s ^ k, -s, +s, ~s, abs(-Level.HIGH), str(s), repr(s), f"{s:>6}|{s!r}|{s:x}",
            "%d %s %r %05.1f" % (s, s, s, s), bool(Level.OFF), bool(Level.LOW), repr(sorted(xs)), max(xs).name,
            min(xs) == Status.OK, s.name, s.value, Level.HIGH > Status.OK, Level.LOW + Level.HIGH,
            Status.OK < 300.5, isinstance(s, int), isinstance(s, Status), names.get(s, "?"),
            hash(s) == hash(s.value), str(list(Level)), len(Level), repr(Level["HIGH"]), s == Status.OK,
            s is Status.OK, int(s), float(Level.HIGH), [10, 20, 30, 40][Level.HIGH], "abcd"[Level.LOW:Level.HIGH],
            list(range(Level.HIGH)), "ab" * Level.HIGH, [0] * Level.LOW, round(Level.HIGH), divmod(s, 7),
            Level.HIGH in [1, 3], {1: "one"}.get(Level.LOW), chr(64 + Level.LOW), Level.LOW == True)


ENTRY = "run"
SAMPLES = [(404, 3), (200, 0)]
CHECKS = [(301, 1), (301, -2), (7, 5), (404, -9)]
