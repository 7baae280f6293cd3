"""List slicing: negative bounds, steps, reversed steps and out-of-range bounds are clamped."""


def slices(xs, a, b):
    return [xs[a:b], xs[a:], xs[:b], xs[::2], xs[1::2], xs[::-1], xs[b:a:-1], xs[-100:100],
            xs[a:b:-2]]


ENTRY = "slices"
SAMPLES = [([0, 1, 2, 3, 4, 5, 6], 2, 5), ([10, 20, 30], -2, -1)]
CHECKS = [([], 0, 3), ([1], 5, -5), ([1, 2, 3, 4], -1, 0), ([1, 2, 3, 4], 3, -3),
          ([1, 2], -(2**63), 2**63 - 1)]
