"""Sign options in format specs: '+' always, ' ' a space for positives, '-' default; -0.0 keeps its sign."""


def signs(n, x):
    return [f"{n:+d}", f"{n: d}", f"{n:-d}", f"{x:+.2f}", f"{x: .1f}", f"{x:+}", f"{n:+05d}",
            f"{x:+08.2f}"]


ENTRY = "signs"
SAMPLES = [(5, 2.5), (-5, -2.5)]
CHECKS = [(0, 0.0), (0, -0.0), (123, 1e20), (-1, -1e-9)]
