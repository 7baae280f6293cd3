"""reversed() of a deque: a for loop (CPython's reverse iterator checks the deque's state before each item: appending raises 'deque mutated during iteration', d[i] = v does not), and reversed(d) read at once by list(), sorted(), sum()."""
from collections import deque


def recent_events(events, keep):
    window = deque(maxlen=keep)
    for e in events:
        window.append(e)
    newest = []
    for e in reversed(window):
        newest.append(e)
    return newest, list(reversed(window)), sum(reversed(deque([len(e) for e in events])))


def undo_stack(ops):
    stack = deque()
    for op in ops:
        if op == "undo" and stack:
            stack.pop()
        elif op != "undo":
            stack.append(op)
    replay = []
    for i, op in enumerate(reversed(stack)):
        replay.append(str(i) + ":" + op)
        if i == 0 and len(stack) > 1:
            stack[0] = "first"
    return replay


def grow_while_reading(xs):
    d = deque(xs)
    seen = []
    try:
        for x in reversed(d):
            seen.append(x)
            if x % 2 == 0:
                d.appendleft(x)
    except RuntimeError as e:
        seen.append(-1)
        return str(e), seen, list(d)
    return "done", seen, list(d)


def run(events, keep, ops, xs):
    return recent_events(events, keep), undo_stack(ops), grow_while_reading(xs)


ENTRY = "run"
SAMPLES = [(["open", "read", "write", "close"], 3, ["a", "b", "undo", "c", "d"], [1, 3, 4, 5]),
           ([], 2, [], [])]
CHECKS = [(["x"], 1, ["undo", "undo", "z"], [2]), (["p", "q"], 5, ["a", "b", "c"], [1, 3, 5])]
