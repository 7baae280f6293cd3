"""A singly linked list of Node objects with next=None at the end, built and walked in a loop."""


class Node:
    def __init__(self, value, next_node):
        self.value = value
        self.next = next_node


def build(xs):
    head = None
    for x in reversed(xs):
        head = Node(x, head)
    return head


def reverse_list(xs):
    node = build(xs)
    prev = None
    while node is not None:
        nxt = node.next
        node.next = prev
        prev = node
        node = nxt
    out = []
    while prev is not None:
        out.append(prev.value)
        prev = prev.next
    return out


ENTRY = "reverse_list"
SAMPLES = [([1, 2, 3, 4],), ([7],)]
CHECKS = [([],)]
