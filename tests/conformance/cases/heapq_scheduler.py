"""A scheduler of (priority, seq, task) tuples on a heap: the counter breaks ties, so tasks (no
__lt__) are never compared; heapreplace, heappushpop and an empty pop's IndexError."""
import heapq
from heapq import heappop, heappush


class Job:
    def __init__(self, name, runs):
        self.name = name
        self.runs = runs


class Scheduler:
    def __init__(self):
        self.queue = []
        self.seq = 0

    def submit(self, priority, job):
        heappush(self.queue, (priority, self.seq, job))
        self.seq += 1

    def next_job(self):
        priority, _, job = heappop(self.queue)
        return priority, job


def schedule(priorities, names):
    s = Scheduler()
    for p, n in zip(priorities, names):
        s.submit(p, Job(n, 0))
    log = []
    while s.queue:
        p, job = s.next_job()
        job.runs += 1
        log.append(f"{p}:{job.name}")
        if job.runs < 2 and p < 3:
            s.submit(p + 2, job)
    try:
        s.next_job()
    except IndexError as e:
        log.append("empty: " + str(e))
    h = [(p, i) for i, p in enumerate(priorities)]
    heapq.heapify(h)
    swapped = []
    if h:
        swapped.append(heapq.heapreplace(h, (1, -1)))
        swapped.append(heapq.heappushpop(h, (0, -2)))
        swapped.append(heapq.heappushpop(h, (99, -3)))
    try:
        heapq.heapreplace([], (0, 0))
    except IndexError as e:
        log.append("replace: " + str(e))
    return log, swapped, h


ENTRY = "schedule"
SAMPLES = [([2, 1, 2, 0, 5], ["build", "lint", "test", "fetch", "deploy"]), ([], [])]
CHECKS = [([1, 1, 1], ["a", "b", "c"]), ([4], ["solo"])]
