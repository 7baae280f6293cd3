"""Sorting with key functions chosen from dicts by name: str methods, builtins, module functions, lambdas."""


def vowels(w):
    return sum(1 for c in w.lower() if c in "aeiou")


def sort_words(words, order):
    text_keys = {"alpha": str.lower, "last": lambda w: w[-1:], "reversed": lambda w: w[::-1]}
    number_keys = {"length": len, "vowels": vowels}
    if order in text_keys:
        text_key = text_keys[order]
        return sorted(words, key=text_key), min(words, key=text_key) if words else None
    number_key = number_keys[order]
    return sorted(words, key=number_key, reverse=True), max(words, key=number_key) if words else None


ENTRY = "sort_words"
SAMPLES = [(["pear", "Fig", "apple", "kiwi"], "length"), (["b", "A", "c"], "alpha"), (["ab", "ca", "bc"], "last")]
CHECKS = [([], "alpha"), (["x"], "nope"), ([], "length"), (["banana", "kiwi", "Oak"], "vowels"),
          (["abc", "cba", "bca"], "reversed")]
