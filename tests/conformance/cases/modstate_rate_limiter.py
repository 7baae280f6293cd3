"""A rate limiter keeping per-user request counts and a global clock at module level."""

clock = 0
REQUESTS = {}
MAX_PER_WINDOW = 3


def allow(user):
    global clock
    clock += 1
    count = REQUESTS.get(user, 0)
    if count >= MAX_PER_WINDOW:
        return False
    REQUESTS[user] = count + 1
    return True


def run(users):
    return [[allow(u) for u in users], clock, sorted(REQUESTS.items())]


ENTRY = "run"
SAMPLES = [(["ann", "bob", "ann"],), (["ann", "ann"],)]
CHECKS = [([],), (["cy", "cy", "cy", "cy"],), (["bob"],)]
