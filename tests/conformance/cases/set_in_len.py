"""`in`/`not in` on sets of str and of ints; len after duplicate adds; bool of an empty set."""


VOWELS = {"a", "e", "i", "o", "u"}


def scan(text, nums):
    vowel_count = sum(1 for ch in text if ch in VOWELS)
    consonants = {ch for ch in text if ch.isalpha() and ch not in VOWELS}
    ns = set(nums)
    return vowel_count, len(consonants), 3 in ns, 4 not in ns, len(ns), bool(ns), bool(set())


ENTRY = "scan"
SAMPLES = [("education", [1, 3, 3, 5]), ("rhythm", [])]
CHECKS = [("", [4]), ("AEIOU", [3, 4])]
