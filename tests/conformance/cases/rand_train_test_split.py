"""A reproducible train/test split: random.seed, then sample indices and shuffle rows."""
import random


def split(rows, test_fraction, seed):
    random.seed(seed)
    n = len(rows)
    n_test = int(n * test_fraction)
    test_idx = sorted(random.sample(range(n), n_test))
    chosen = set(test_idx)
    train = [rows[i] for i in range(n) if i not in chosen]
    test = [rows[i] for i in test_idx]
    random.shuffle(train)
    return train, test


def folds(rows, k, seed):
    random.seed(seed)
    order = list(range(len(rows)))
    random.shuffle(order)
    return [[rows[order[i]] for i in range(f, len(order), k)] for f in range(k)]


def run(rows, test_fraction, seed):
    train, test = split(rows, test_fraction, seed)
    return train, test, folds(rows, 3, seed + 1)


ENTRY = "run"
SAMPLES = [(list(range(20)), 0.25, 11), ([5, 3, 9], 0.5, 0)]
CHECKS = [(list(range(200)), 0.1, 3), ([], 0.5, 1), (list(range(10)), 1.5, 2), ([1, 2, 3, 4], 0.0, -4)]
