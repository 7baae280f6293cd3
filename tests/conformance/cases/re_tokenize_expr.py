"""A small expression tokenizer: alternation with named groups, lastgroup dispatch, errors on
unknown characters (a scanner as the re docs show it)."""
import re

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/()=]"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
TOKENS = re.compile("|".join("(?P<%s>%s)" % pair for pair in TOKEN_SPEC))


def tokenize(code):
    out = []
    for m in TOKENS.finditer(code):
        kind = m.lastgroup or "?"
        value = m.group()
        if kind == "NUMBER":
            out.append(("NUMBER", value))
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise ValueError(f"unexpected {value!r} at {m.start()}")
        else:
            out.append((kind, value))
    return out


ENTRY = "tokenize"
SAMPLES = [("x = 3.5 * (y + 12)",)]
CHECKS = [("",), ("a $ b",), ("  42  ",), ("π = 3",)]
