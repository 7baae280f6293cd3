"""Boolean logic on bool arguments with and/or/not combined."""


def logic(p, q, r):
    return (p and not q) or (q and r), not (p or r), p and q and r, p or q or r, not not p


ENTRY = "logic"
SAMPLES = [(True, False, True), (False, True, True)]
CHECKS = [(False, False, False), (True, True, True), (True, True, False), (False, True, False),
          (True, False, False), (False, False, True)]
