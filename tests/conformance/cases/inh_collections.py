"""Container classes sharing a base: Stack and Queue override take(); the base keeps the items and the count."""


class Bag:
    def __init__(self):
        self.items = []
        self.taken = 0

    def put(self, x):
        self.items.append(x)

    def take(self):
        self.taken += 1
        return self.items.pop(len(self.items) // 2)


class Stack(Bag):
    def take(self):
        self.taken += 1
        return self.items.pop()


class Queue(Bag):
    def take(self):
        self.taken += 1
        return self.items.pop(0)


def run(values, takes):
    out = []
    for bag in [Bag(), Stack(), Queue()]:
        for v in values:
            bag.put(v)
        got = []
        for _ in range(takes):
            if bag.items:
                got.append(bag.take())
        out.append((got, bag.taken, bag.items))
    return out


ENTRY = "run"
SAMPLES = [([1, 2, 3, 4, 5], 3), ([], 2)]
CHECKS = [([9], 5)]
