"""A function returning different subclasses joins them to their common base; variables and fields too."""


class Token:
    def __init__(self, text):
        self.text = text

    def kind(self):
        return "token"


class Number(Token):
    def kind(self):
        return "number"

    def value(self):
        return int(self.text)


class Word(Token):
    def kind(self):
        return "word"


class Holder:
    def __init__(self):
        self.last = Token("")
        self.count = 0

    def put(self, tok):
        self.last = tok
        self.count += 1


def make_token(text):
    if text.isdigit():
        return Number(text)
    if text.isalpha():
        return Word(text)
    return Token(text)


def scan(text):
    holder = Holder()
    kinds = []
    best = Token("-")
    for part in text.split():
        tok = make_token(part)
        holder.put(tok)
        kinds.append(tok.kind())
        if len(tok.text) > len(best.text):
            best = tok
    return kinds, holder.last.kind(), holder.count, best.text, best.kind()


ENTRY = "scan"
SAMPLES = [("let x = 42 ;",), ("",)]
CHECKS = [("123456 abc",), ("+",)]
