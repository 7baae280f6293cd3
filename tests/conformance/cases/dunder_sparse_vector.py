"""A sparse vector over a dict: missing indices read as 0, assigning 0 deletes, + and * (dot
product with another vector, scaling by a number), len() counts non-zeros, iteration yields
sorted indices, == compares contents."""


class IndexIter:
    def __init__(self, indices):
        self.indices = indices
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos == len(self.indices):
            raise StopIteration
        self.pos += 1
        return self.indices[self.pos - 1]


class Sparse:
    def __init__(self):
        self.items = {}

    def __getitem__(self, i):
        return self.items.get(i, 0)

    def __setitem__(self, i, v):
        if v == 0:
            if i in self.items:
                del self.items[i]
        else:
            self.items[i] = v

    def __add__(self, other):
        out = Sparse()
        for i in self:
            out[i] = self[i]
        for i in other:
            out[i] = out[i] + other[i]
        return out

    def __mul__(self, other):
        if isinstance(other, int):
            out = Sparse()
            for i in self:
                out[i] = self[i] * other
            return out
        if not isinstance(other, Sparse):
            return NotImplemented
        return sum(self[i] * other[i] for i in self)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return IndexIter(sorted(self.items))

    def __eq__(self, other):
        return isinstance(other, Sparse) and self.items == other.items

    def __repr__(self):
        return "Sparse(" + ", ".join(f"{i}: {self[i]}" for i in self) + ")"


def sparse(pairs_a, pairs_b):
    a, b = Sparse(), Sparse()
    for i, v in pairs_a:
        a[i] = v
    for i, v in pairs_b:
        b[i] = v
    s = a + b
    return repr(a), repr(s), a * b, repr(a * 0), repr(b * 3), len(s), [i for i in s], a + b == b + a, a[999]


ENTRY = "sparse"
SAMPLES = [([[1, 2], [5, -1], [9, 4]], [[5, 1], [2, 7]]), ([], [[0, 0]])]
CHECKS = [([[3, 3]], [[3, -3]])]
