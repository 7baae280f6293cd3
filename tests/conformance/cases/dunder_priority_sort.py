"""Tasks ordered by __lt__ alone: sorted(), list.sort(), reverse=True, min(), max() (which uses
the reflected __lt__ for >), and ties keep their order (sorting is stable)."""


class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority

    def __repr__(self):
        return f"Task({self.priority}, {self.name!r})"


def schedule(priorities, names):
    tasks = [Task(p, n) for p, n in zip(priorities, names)]
    by_priority = sorted(tasks)
    backwards = sorted(tasks, reverse=True)
    in_place = list(tasks)
    in_place.sort()
    first, last = min(tasks), max(tasks)
    errors = []
    try:
        tasks[0] <= tasks[0]
    except TypeError as e:
        errors.append(str(e))
    return repr(by_priority), repr(backwards), in_place == by_priority, repr(first), repr(last), \
        tasks[0] > tasks[-1], errors


ENTRY = "schedule"
SAMPLES = [([3, 1, 2, 1], ["c", "a", "b", "a2"]), ([5], ["only"])]
CHECKS = [([2, 2, 2], ["x", "y", "z"]), ([9, -1, 4, 0, 4], ["p", "q", "r", "s", "t"])]
