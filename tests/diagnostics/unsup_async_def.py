"""Out of scope: an async def helper at module level, driven by hand from the entry."""


async def double(n):
    return n * 2


def run(n):
    coro = double(n)
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    return -1


ENTRY = "run"
SAMPLES = [(21,)]
EXPECT = "async"
EXPECT_LINE = 4
