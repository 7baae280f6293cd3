"""Sliding-window maximum with a deque of indices (pop, popleft, d[0], d[-1])."""
from collections import deque


def sliding_max(nums, k):
    if k <= 0:
        raise ValueError("window must be positive")
    window = deque()
    out = []
    for i, x in enumerate(nums):
        while window and nums[window[-1]] <= x:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k - 1:
            out.append(nums[window[0]])
    return out


def moving_average(nums, k):
    recent = deque(maxlen=k)
    total = 0
    out = []
    for x in nums:
        if len(recent) == recent_size(recent, k):
            total -= recent[0]
        recent.append(x)
        total += x
        out.append(total / len(recent))
    return out


def recent_size(recent, k):
    return k


def windows(nums, k):
    try:
        return [sliding_max(nums, k), moving_average(nums, k)]
    except ValueError as e:
        return [[len(nums)], [float(len(str(e)))]]


ENTRY = "windows"
SAMPLES = [([1, 3, -1, -3, 5, 3, 6, 7], 3)]
CHECKS = [([], 2), ([4], 1), ([9, 8, 7, 6], 2), ([1, 2, 3], 5), ([1, 2], 0)]
