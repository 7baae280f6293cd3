"""A tokenizer that reports errors through exception args: raise ValueError(message, position), the caller reads e.args to build a report; int() failures inside token conversion keep CPython's args."""

OPERATORS = "+-*/()"


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == " ":
            i += 1
        elif ch in OPERATORS:
            tokens.append(ch)
            i += 1
        elif ch.isdigit():
            start = i
            while i < len(text) and (text[i].isalnum() or text[i] == "_"):
                i += 1
            tokens.append(int(text[start:i]))  # "12ab" raises ValueError from int()
        else:
            raise ValueError("unexpected character", ch, i)
    if not tokens:
        raise ValueError("empty input")
    return tokens


def report(lines):
    out = []
    for line in lines:
        try:
            out.append(tokenize(line))
        except ValueError as err:
            if len(err.args) == 3:
                what, ch, pos = err.args
                out.append(f"{what} {ch!r} at {pos}: " + line[:pos] + "^")
            elif len(err.args) == 1:
                out.append("error: " + err.args[0])
            else:
                out.append(repr(err.args))
    return out


ENTRY = "report"
SAMPLES = [(["1 + 2", "3 * x", "", "4 - 12ab"],), (["(7)", "  ?", "9_9"],)]
CHECKS = [([],), (["1 $ 2", "10/0", "   "],)]
