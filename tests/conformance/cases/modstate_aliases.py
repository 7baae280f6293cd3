"""Two module-level names for one list, and a dict holding it: a change through one shows in all."""

QUEUE = []
PENDING = QUEUE
BOARD = {"queue": QUEUE}


def push(x):
    QUEUE.append(x)


def run(xs):
    for x in xs:
        push(x)
    return [len(PENDING), BOARD["queue"][-2:]]


ENTRY = "run"
SAMPLES = [([1, 2],), ([3],)]
CHECKS = [([],), ([4, 5, 6],)]
