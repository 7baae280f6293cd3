"""A tokenizer raising a user exception with line and column fields; errors are formatted like a compiler's."""


class SyntaxProblem(Exception):
    def __init__(self, line, col, what):
        super().__init__(f"{line}:{col}: {what}")
        self.line = line
        self.col = col


class UnclosedString(SyntaxProblem):
    def __init__(self, line, col):
        super().__init__(line, col, "unterminated string")


def tokenize(src):
    tokens = []
    for ln, text in enumerate(src.split("\n"), 1):
        i = 0
        while i < len(text):
            ch = text[i]
            if ch == '"':
                end = text.find('"', i + 1)
                if end < 0:
                    raise UnclosedString(ln, i + 1)
                tokens.append(text[i:end + 1])
                i = end + 1
            elif ch.isalnum():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                tokens.append(text[i:j])
                i = j
            elif ch == " ":
                i += 1
            else:
                raise SyntaxProblem(ln, i + 1, f"unexpected {ch!r}")
    return tokens


def check(sources):
    out = []
    for s in sources:
        try:
            out.append(" ".join(tokenize(s)))
        except UnclosedString as e:
            out.append(f"unclosed at {e.line}:{e.col}")
        except SyntaxProblem as e:
            out.append(f"error {e} (col {e.col})")
    return out


ENTRY = "check"
SAMPLES = [(['a b "c d"', 'x\ny "z', "p ? q"],)]
CHECKS = [([],), (["", '""'],)]
