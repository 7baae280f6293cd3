"""str.join over generator expressions that filter and map characters."""


def clean(s):
    letters = "".join(c for c in s if c.isalpha())
    initials = "".join(w[0].upper() for w in s.split() if w)
    spaced = " ".join(str(ord(c) - ord("a")) for c in s.lower() if "a" <= c <= "z")
    return letters, initials, spaced


ENTRY = "clean"
SAMPLES = [("Hello, World 42!",), ("portable network graphics",)]
CHECKS = [("",), ("123 456",), ("é à",)]
