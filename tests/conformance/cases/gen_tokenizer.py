"""A tokenizer yielding (kind, text) tokens of an arithmetic expression, consumed lazily."""


def tokens(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c == " ":
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            yield ("num", src[i:j])
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            yield ("name", src[i:j])
            i = j
        elif c in "+-*/()":
            yield ("op", c)
            i += 1
        else:
            raise SyntaxError(f"unexpected character {c!r} at {i}")


def describe(src):
    out = []
    for kind, text in tokens(src):
        out.append(kind + ":" + text)
    return " ".join(out)


ENTRY = "describe"
SAMPLES = [("x1 + 42*(y - 7)",), ("",)]
CHECKS = [("a_b/3",), ("12 $ 4",), ("  ",), ("foo(bar)",)]
