"""ord()/chr() on code points beyond ASCII; chr of an out-of-range int raises ValueError."""


def codes(s, shift):
    out = []
    for ch in s:
        out.append(ord(ch))
    shifted = "".join(chr(ord(ch) + shift) for ch in s)
    return out, shifted


ENTRY = "codes"
SAMPLES = [("abc", 1), ("é日😀", 0)]
CHECKS = [("", 5), ("a", -98), ("a", -97), ("\U0010ffff", 1), ("z", 1114014)]
