"""An object field that may be None (a parent link), walked until it is None."""


class Employee:
    def __init__(self, name, manager):
        self.name = name
        self.manager = manager


def chain(names):
    boss = None
    for name in names:
        boss = Employee(name, boss)
    path = []
    node = boss
    while node is not None:
        path.append(node.name)
        node = node.manager
    top = boss.name if boss is not None else None
    return path, top


ENTRY = "chain"
SAMPLES = [(["ceo", "vp", "dev"],), ([],)]
CHECKS = [(["solo"],)]
