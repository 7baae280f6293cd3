"""random.choices with weights, cum_weights and k, and its errors (CPython's bisect over cumulative weights)."""
import random


def pick(seed, items, weights, k, mode):
    rng = random.Random(seed)
    try:
        if mode == "plain":
            return rng.choices(items, k=k)
        if mode == "weights":
            return rng.choices(items, weights, k=k)
        if mode == "float":
            return rng.choices(items, weights=[w + 0.5 for w in weights], k=k)
        if mode == "cum":
            return rng.choices(items, cum_weights=weights, k=k)
        return [rng.choice(items)]
    except (ValueError, IndexError) as e:
        return [type(e).__name__ + ": " + str(e)]


ENTRY = "pick"
SAMPLES = [(1, ["a", "b", "c"], [1, 2, 7], 5, "weights"), (2, ["x", "y"], [3, 4], 3, "cum")]
CHECKS = [(3, ["a", "b", "c"], [1, 2, 7], 4, "plain"), (4, ["a", "b", "c"], [1, 2, 7], 4, "float"),
          (5, ["a", "b"], [1, 2, 3], 2, "weights"), (6, ["a", "b"], [0, 0], 2, "weights"),
          (7, [], [], 2, "weights"), (8, [], [], 2, "plain"), (9, [], [], 0, "plain"), (10, [], [], 1, "choice"),
          (11, ["q"], [5], -1, "plain"), (12, ["a", "b"], [-1, -2], 1, "cum"), (13, ["a", "b", "c"], [1, 0, 3], 6, "cum")]
