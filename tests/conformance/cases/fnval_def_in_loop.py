"""Local functions defined in a loop: late binding of the loop variable, and default arguments fixing it."""


def run(n):
    late = []
    early = []
    for i in range(n):
        def show():
            return i * 10

        def keep(k=i):
            return k * 10

        late.append(show)
        early.append(keep)
    return [f() for f in late], [f() for f in early]


ENTRY = "run"
SAMPLES = [(3,), (1,)]
CHECKS = [(0,)]
