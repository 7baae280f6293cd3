"""A text rebound to its words, the words to their upper case, then joined back."""


def shout(text):
    words = text.split()
    words = [w.upper() for w in words if w]
    words = "-".join(words)
    text = len(words)
    return words, text


ENTRY = "shout"
SAMPLES = [("hello big world",)]
CHECKS = [("",), ("  a  ",), ("x y z w",)]
