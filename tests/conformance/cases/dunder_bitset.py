"""A BitSet over an int: |, &, ^, - and ~ (within a width), `in`, iteration in increasing order
(an iterator class), len(), ==, hash() and sets of BitSets."""


class BitIter:
    def __init__(self, bits):
        self.bits = bits
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        while self.bits >> self.pos:
            p = self.pos
            self.pos += 1
            if self.bits >> p & 1:
                return p
        raise StopIteration


class BitSet:
    WIDTH = 16

    def __init__(self, bits=0):
        self.bits = bits

    @staticmethod
    def of(items):
        b = 0
        for i in items:
            b |= 1 << i
        return BitSet(b)

    def __or__(self, other):
        return BitSet(self.bits | other.bits)

    def __and__(self, other):
        return BitSet(self.bits & other.bits)

    def __xor__(self, other):
        return BitSet(self.bits ^ other.bits)

    def __sub__(self, other):
        return BitSet(self.bits & ~other.bits)

    def __invert__(self):
        return BitSet(~self.bits & ((1 << BitSet.WIDTH) - 1))

    def __contains__(self, i):
        return self.bits >> i & 1 == 1

    def __iter__(self):
        return BitIter(self.bits)

    def __len__(self):
        n = 0
        for _ in self:
            n += 1
        return n

    def __eq__(self, other):
        return isinstance(other, BitSet) and self.bits == other.bits

    def __hash__(self):
        return self.bits

    def __repr__(self):
        return "{" + ", ".join(str(i) for i in self) + "}"


def bitsets(xs, ys):
    a, b = BitSet.of(xs), BitSet.of(ys)
    family = {a, b, a | b, b | a, a & b}
    return [repr(a | b), repr(a & b), repr(a ^ b), repr(a - b), repr(~a)], len(a), 3 in a, [i for i in b], \
        len(family), a == BitSet.of(xs), hash(a) == a.bits


ENTRY = "bitsets"
SAMPLES = [([1, 3, 5], [3, 4]), ([], [0, 15])]
CHECKS = [([2], [2])]
