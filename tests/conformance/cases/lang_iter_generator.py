"""__iter__ written as a generator (yield, yield from, recursion through child nodes): for loops, comprehensions, list()/sum()/sorted()/max(), `in` through __iter__, iter() and next() with and without a default, StopIteration."""


class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


class Tree:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key):
        self.size += 1
        if self.root is None:
            self.root = Node(key)
            return
        node = self.root
        while True:
            if key < node.key:
                if node.left is None:
                    node.left = Node(key)
                    return
                node = node.left
            else:
                if node.right is None:
                    node.right = Node(key)
                    return
                node = node.right

    def walk(self, node):
        if node is not None:
            yield from self.walk(node.left)
            yield node.key
            yield from self.walk(node.right)

    def __iter__(self):
        yield from self.walk(self.root)

    def __len__(self):
        return self.size


class Grid:
    def __init__(self, w, h):
        self.rows = [[x + y * w for x in range(w)] for y in range(h)]

    def __iter__(self):
        for row in self.rows:
            for cell in row:
                if cell % 3 != 0:
                    yield cell


def run(keys, w, h):
    t = Tree()
    for k in keys:
        t.insert(k)
    ordered = [k for k in t]
    g = Grid(w, h)
    it = iter(t)
    first = next(it, None)
    second = next(it, None)
    cells = iter(g)
    try:
        head = next(cells)
    except StopIteration:
        head = -1
    return (ordered, len(t), sum(t), max(t, default=-1), 5 in t, first, second,
            list(g), sorted(g, reverse=True)[:3], head, 4 in g, [c * c for c in g if c > 5])


ENTRY = "run"
SAMPLES = [([5, 3, 8, 1, 4, 9, 7], 3, 4), ([], 0, 0)]
CHECKS = [([2, 2, 1], 1, 1), ([10, 9, 8, 7, 6, 5], 5, 2), ([5], 2, 3)]
