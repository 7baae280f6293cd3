"""A working list rebound through a pipeline: the numbers, the pairs, the strings, one line."""


def pipeline(nums):
    data = [n for n in nums if n >= 0]
    data = sorted(data)
    data = list(zip(data, data[1:]))
    data = [f"{a}<{b}" for a, b in data if a < b]
    data = " ".join(data)
    return data


ENTRY = "pipeline"
SAMPLES = [([5, -1, 3, 3, 9],)]
CHECKS = [([],), ([1],), ([2, 1],)]
