"""Sorting with functools.cmp_to_key: the "largest number" concatenation order, a comparator
by length then reverse alphabetical, reverse=True keeping equal items in order, list.sort and
sorted; an inconsistent comparator gives CPython's own answer (the same comparisons are made),
on short lists and on long ones (timsort's merges, from 64 items on)."""
import functools
from functools import cmp_to_key


def by_len_then_rev(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


def concat_order(x, y):
    if x + y > y + x:
        return -1
    if x + y < y + x:
        return 1
    return 0


def largest_number(nums):
    parts = [str(n) for n in nums]
    parts.sort(key=cmp_to_key(concat_order))
    joined = "".join(parts)
    return "0" if joined.startswith("0") else joined


def arrange(words, nums):
    a = sorted(words, key=cmp_to_key(by_len_then_rev))
    b = sorted(words, key=functools.cmp_to_key(lambda x, y: len(x) - len(y)), reverse=True)
    c = list(nums)
    c.sort(key=cmp_to_key(lambda x, y: x % 3 - y % 3))
    odd = sorted(nums, key=cmp_to_key(lambda x, y: 1 if x > 2 else -1))
    return a, b, c, odd, largest_number(nums) if nums else ""


ENTRY = "arrange"
SAMPLES = [(["bb", "a", "ccc", "dd", "e", "ab"], [3, 30, 34, 5, 9, 0])]
CHECKS = [([], []), (["x"], [0, 0]), (["b", "a"], [10, 2]), (["aa", "b", "aa", "c", "bb"], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
          ([str(i % 7) for i in range(64)], list(range(64))),
          ([str(i * 7919 % 1000) for i in range(300)], [i * 31 % 97 for i in range(700)])]
