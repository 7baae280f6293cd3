"""Out of scope: obj.method(*xs) with a list (its length is known only at run time; module functions take it)."""


class Box:
    def resize(self, w, h):
        return w * h


def run(dims):
    return Box().resize(*dims)


ENTRY = "run"
SAMPLES = [([2, 3],)]
EXPECT = "*list in a call"
EXPECT_LINE = 10
