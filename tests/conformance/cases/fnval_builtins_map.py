"""Builtins and str methods as values: map, filter and key= with len, abs, str.upper, int, str."""


def transform(words, numbers):
    upper = list(map(str.upper, words))
    lengths = list(map(len, words))
    absolute = list(map(abs, numbers))
    as_text = list(map(str, numbers))
    parsed = list(map(int, as_text))
    positive = list(filter(lambda n: n > 0, numbers))
    by_abs = sorted(numbers, key=abs)
    return upper, lengths, absolute, as_text, parsed, positive, by_abs


ENTRY = "transform"
SAMPLES = [(["a", "bc", "Def"], [3, -1, 0, -7]), ([], [])]
CHECKS = [(["x"], [5])]
