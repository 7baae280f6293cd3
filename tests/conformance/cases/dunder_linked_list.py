"""A linked list: iteration through an iterator class walking the nodes, len(), indexing with
IndexError, `in` falling back to iteration (no __contains__), == between lists and __repr__."""


class Node:
    def __init__(self, value, next_node):
        self.value = value
        self.next = next_node


class NodeIter:
    def __init__(self, head):
        self.node = head

    def __iter__(self):
        return self

    def __next__(self):
        if self.node is None:
            raise StopIteration
        v = self.node.value
        self.node = self.node.next
        return v


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1

    def __iter__(self):
        return NodeIter(self.head)

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("LinkedList index out of range")

    def __eq__(self, other):
        if not isinstance(other, LinkedList) or len(self) != len(other):
            return False
        for a in self:
            pass
        return [x for x in self] == [y for y in other]

    def __repr__(self):
        return "LinkedList(" + " -> ".join(str(v) for v in self) + ")"


def linked(values, probe):
    ll = LinkedList()
    for v in values:
        ll.push_front(v)
    other = LinkedList()
    for v in values:
        other.push_front(v)
    try:
        last = ll[-1]
        far = ll[len(values)]
    except IndexError as e:
        far = -1
        last = len(str(e))
    return repr(ll), len(ll), probe in ll, probe + 100 in ll, ll == other, ll == LinkedList(), last, far, \
        sum(x for x in ll)


ENTRY = "linked"
SAMPLES = [([1, 2, 3], 2), ([], 0)]
CHECKS = [([5, 5], 5)]
