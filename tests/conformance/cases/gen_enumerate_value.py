"""enumerate() of a generator passed straight to list()/dict()/sorted(): read at once."""


def scores(text):
    for word in text.split():
        yield len(word)


def index(text):
    a = list(enumerate(scores(text), 1))
    b = dict(enumerate(scores(text)))
    c = sorted(enumerate(scores(text)), key=lambda p: (-p[1], p[0]))
    return a, sorted(b.items()), c


ENTRY = "index"
SAMPLES = [("to be or not",), ("",)]
CHECKS = [("hello",), ("a bb a bb",)]
