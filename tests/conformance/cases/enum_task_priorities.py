"""A task board with `enum.Enum` written through the module (class Priority(enum.Enum)): members
from codes with map(), grouping in a dict keyed by member, ordering by value, isinstance."""
import enum


class Priority(enum.Enum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    URGENT = 4

    def bump(self):
        members = list(Priority)
        i = members.index(self)
        return members[min(i + 1, len(members) - 1)]


def board(tasks, codes):
    priorities = list(map(Priority, codes))
    groups = {p: [] for p in Priority}
    for task, p in zip(tasks, priorities):
        if task.startswith("!"):
            p = p.bump()
        groups[p].append(task)
    order = sorted(zip(tasks, priorities), key=lambda tp: (-tp[1].value, tp[0]))
    return ([f"{p.name}: {', '.join(ts)}" for p, ts in groups.items() if ts],
            [t for t, _ in order],
            all(isinstance(p, Priority) for p in priorities))


ENTRY = "board"
SAMPLES = [(["write", "!fix", "test", "ship"], [2, 3, 1, 4]), ([], [])]
CHECKS = [(["a", "b"], [1, 5]), (["!x"], [4]), (["q", "r", "s"], [3, 3, 0])]
