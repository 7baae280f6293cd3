"""A recursive tree walk with `yield from`: nested lists flattened depth-first, in order."""


def walk(tree, depth):
    for i in range(len(tree)):
        node = tree[i]
        if node >= 0:
            yield node * 10 + depth
        else:
            yield from walk(children(node), depth + 1)


def children(node):
    return list(range(-node, -node + 2))


def flatten(tree):
    return list(walk(tree, 0))


ENTRY = "flatten"
SAMPLES = [([1, -3, 2],), ([],)]
CHECKS = [([-1, -2],), ([5],)]
