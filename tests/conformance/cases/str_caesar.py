"""A Caesar cipher built from ord/chr, % on negative shifts and str +=."""


def caesar(text, shift):
    out = ""
    for ch in text:
        if "a" <= ch <= "z":
            out += chr((ord(ch) - ord("a") + shift) % 26 + ord("a"))
        elif "A" <= ch <= "Z":
            out += chr((ord(ch) - ord("A") + shift) % 26 + ord("A"))
        else:
            out += ch
    return out


ENTRY = "caesar"
SAMPLES = [("Hello, World!", 3), ("abcxyz", -3)]
CHECKS = [("", 5), ("Zz", 27), ("héllo", 13), ("ABC", -(2**40))]
