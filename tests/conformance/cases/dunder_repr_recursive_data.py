"""__repr__ reaching other instances' __repr__ through containers: a Tree prints its children
(a list of Trees), a dict of Trees prints each value, and str() of a tree uses a __str__ that
walks it."""


class Tree:
    def __init__(self, label):
        self.label = label
        self.children = []

    def add(self, child):
        self.children.append(child)
        return child

    def __repr__(self):
        if not self.children:
            return f"Tree({self.label!r})"
        return f"Tree({self.label!r}, {self.children!r})"

    def __str__(self):
        return self.label + ("(" + ", ".join(str(c) for c in self.children) + ")" if self.children else "")

    def __len__(self):
        return 1 + sum(len(c) for c in self.children)


def trees(labels):
    root = Tree("root")
    index = {}
    for i, lab in enumerate(labels):
        parent = root if i % 2 == 0 or not root.children else root.children[-1]
        index[lab] = parent.add(Tree(lab))
    return repr(root), str(root), str(index), len(root), str([root.children]), f"{root!r:.20}"


ENTRY = "trees"
SAMPLES = [(["a", "b", "c", "d"],), ([],)]
CHECKS = [(["x", "y"],)]
