"""A recursive tree whose leaves are built with an empty list literal (`Tree(0, [])`): the `[]`
of every call takes the children's type the constructor found, in each specialization."""


class Tree:
    def __init__(self, value, kids):
        self.value = value
        self.kids = kids

    def total(self):
        return self.value + sum(k.total() for k in self.kids)

    def depth(self):
        return 1 + max((k.depth() for k in self.kids), default=0)


def build(n):
    if n <= 0:
        return Tree(0, [])
    return Tree(n, [build(n - 1), build(n - 2), Tree(-n, [])])


def shape(n):
    t = build(n)
    return [t.total(), t.depth(), len(t.kids), [k.value for k in t.kids]]


ENTRY = "shape"
SAMPLES = [(3,)]
CHECKS = [(0,), (1,), (6,), (-2,)]
