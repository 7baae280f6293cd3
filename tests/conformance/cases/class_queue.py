"""A FIFO queue class built from two lists; dequeue order matches enqueue order."""


class Queue:
    def __init__(self):
        self.inbox = []
        self.outbox = []

    def enqueue(self, x):
        self.inbox.append(x)

    def dequeue(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        return self.outbox.pop()

    def size(self):
        return len(self.inbox) + len(self.outbox)


def simulate(ops):
    q = Queue()
    out = []
    for op in ops:
        if op >= 0:
            q.enqueue(op)
        else:
            out.append(q.dequeue())
    return out, q.size()


ENTRY = "simulate"
SAMPLES = [([1, 2, -1, 3, -1, -1],), ([5, 6],)]
CHECKS = [([],), ([-1],), ([1, -1, -1],)]
