"""A while loop with else: the search index rebound afterwards to what was found."""


def find_first_negative(values):
    i = 0
    while i < len(values):
        if values[i] < 0:
            break
        i += 1
    else:
        return "none"
    i = f"at {i}: {values[i]}"
    return i


ENTRY = "find_first_negative"
SAMPLES = [([3, 1, -4, 1],), ([1, 2],)]
CHECKS = [([],), ([-1],), ([0, 0, -0],)]
