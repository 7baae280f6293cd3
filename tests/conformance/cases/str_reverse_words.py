"""Reverse word order with split/reversed/join and capitalize each word."""


def reverse_words(sentence):
    words = sentence.split()
    out = []
    for w in reversed(words):
        out.append(w[0].upper() + w[1:].lower())
    return " ".join(out)


ENTRY = "reverse_words"
SAMPLES = [("the quick brown fox",), ("  hello   WORLD ",)]
CHECKS = [("",), ("ß",), ("éclair café",), ("a",)]
