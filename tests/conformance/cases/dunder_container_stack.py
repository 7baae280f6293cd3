"""A Stack container: len(), truth from __len__, `in` through __contains__, negative indexing and
deletion through __getitem__/__delitem__, iteration from the top through an iterator class, and
IndexError from an empty stack."""


class StackIter:
    def __init__(self, items):
        self.items = items
        self.i = len(items)

    def __iter__(self):
        return self

    def __next__(self):
        if self.i == 0:
            raise StopIteration
        self.i -= 1
        return self.items[self.i]


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError("pop from an empty Stack")
        return self.items.pop()

    def __len__(self):
        return len(self.items)

    def __contains__(self, x):
        return x in self.items

    def __getitem__(self, i):
        if not -len(self.items) <= i < len(self.items):
            raise IndexError(f"Stack index {i} out of range")
        return self.items[-1 - i] if i >= 0 else self.items[-1 - (len(self.items) + i)]

    def __delitem__(self, i):
        del self.items[-1 - i]

    def __iter__(self):
        return StackIter(self.items)


def stack_ops(values, probe):
    s = Stack()
    for v in values:
        s.push(v)
    top_down = [x for x in s]
    info = [len(s), int(bool(s)), int(probe in s), int(probe not in s)]
    err = ""
    try:
        info.append(s[0])
        info.append(s[-1])
        del s[0]
        info.append(s[0])
        info.append(s[len(values)])
    except IndexError as e:
        err = str(e)
    popped = []
    try:
        while True:
            popped.append(s.pop())
    except IndexError as e:
        err += " / " + str(e)
    return top_down, info, err, popped, bool(s)


ENTRY = "stack_ops"
SAMPLES = [([1, 2, 3], 2), ([], 0)]
CHECKS = [([7], 7), ([4, 4, 5, 6], 9)]
