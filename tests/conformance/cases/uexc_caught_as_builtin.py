"""User exceptions with fields caught by a built-in base class handler: type name and str(e) as CPython gives them."""


class ParseError(ValueError):
    def __init__(self, text, pos):
        super().__init__(f"unexpected {text[pos]!r} at {pos}")
        self.pos = pos


class EmptyInput(ParseError):
    def __init__(self):
        super().__init__(" ", 0)


def parse_digits(text):
    if not text:
        raise EmptyInput()
    total = 0
    for i, ch in enumerate(text):
        if not ch.isdigit():
            raise ParseError(text, i)
        total = total * 10 + int(ch)
    return total


def run(texts):
    out = []
    for t in texts:
        try:
            out.append(str(parse_digits(t)))
        except ValueError as e:
            out.append(f"{type(e).__name__}: {e}")
    return out


ENTRY = "run"
SAMPLES = [(["12", "1x3", "", "007"],)]
CHECKS = [([],), (["-"],)]
