"""Versions that meet after an if/elif/else chain share a type; a later rebinding is separate."""


def grade(score):
    if score >= 90:
        letter = "A"
    elif score >= 75:
        letter = "B"
    elif score >= 50:
        letter = "C"
    else:
        letter = "F"
    passed = letter != "F"
    letter = ord(letter) - ord("A")
    return letter, passed


ENTRY = "grade"
SAMPLES = [(95,), (80,), (10,)]
CHECKS = [(50,), (-1,), (100,)]
