"""heapq.merge of sorted lists: ties go to the earlier list (Lib/heapq.py's order), reverse=True
over descending runs, key= (called lazily as the merge advances), consumed by list() and a loop."""
import heapq
from heapq import merge


def merged_log(a, b, c, names):
    both = list(merge(a, b, c))
    down = list(heapq.merge(sorted(a, reverse=True), sorted(b, reverse=True), reverse=True))
    seen = []

    def size(w):
        seen.append(w)
        return len(w)

    by_len = []
    for w in merge(sorted(names, key=len), ["bb", "zz"], key=size):
        by_len.append(w + ":" + str(len(seen)))
    digest = 0
    for v in merge(a, b):
        digest = digest * 3 + v
    return both, down, by_len, digest, list(merge(a)), list(merge(c, c))


ENTRY = "merged_log"
SAMPLES = [([1, 3, 5, 5], [2, 3, 9], [], ["ccc", "a", "dd", "b"])]
CHECKS = [([], [], [], []), ([7], [7], [7], ["x"]), ([1, 2, 3], [4, 5, 6], [0, 10], ["aaaa", "bb", "cc", "d"])]
