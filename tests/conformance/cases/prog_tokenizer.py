"""A tokenizer for arithmetic: numbers, identifiers, operators and parens, with a ValueError on bad chars."""


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(("NUM", src[i:j]))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("ID", src[i:j]))
            i = j
        elif ch in "+-*/()":
            tokens.append(("OP", ch))
            i += 1
        else:
            raise ValueError(f"unexpected character {ch!r} at {i}")
    return tokens


ENTRY = "tokenize"
SAMPLES = [("x1 + 3",), ("(a + 12.5) * b_2 / 4",)]
CHECKS = [("",), ("   ",), ("sum(x)-1",), ("a $ b",), ("π*r",)]
