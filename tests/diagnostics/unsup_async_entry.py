"""Out of scope: the entry is an async def (it returns a coroutine, not a value)."""


async def fetch_total(n):
    return n * 2


ENTRY = "fetch_total"
SAMPLES = [(21,)]
EXPECT = "async function 'fetch_total' as the entry"
EXPECT_LINE = 4
