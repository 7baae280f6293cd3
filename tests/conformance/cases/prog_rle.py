"""Run-length encoding and decoding of strs: 'aaab' <-> '3a1b', round-tripping the input."""


def encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)


def decode(code):
    out = ""
    num = ""
    for ch in code:
        if ch.isdigit():
            num += ch
        else:
            out += ch * int(num)
            num = ""
    return out


def roundtrip(s):
    e = encode(s)
    return e, decode(e) == s


ENTRY = "roundtrip"
SAMPLES = [("aaabccddddd",), ("abc",)]
CHECKS = [("",), ("zzzzzzzzzzzz",), ("ééé日日",)]
