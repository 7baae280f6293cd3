"""str() and repr() of a user exception created with two arguments and no super().__init__ call; raised from a variable."""


class Problem(Exception):
    def __init__(self, code, where):
        self.code = code
        self.where = where


def describe(n):
    out = []
    errors = [Problem(n, "disk"), Problem(-n, "net")]
    for err in errors:
        try:
            raise err
        except Problem as e:
            out.append([str(e), repr(e), e.code, e.where])
    return out


ENTRY = "describe"
SAMPLES = [(3,), (0,)]
CHECKS = [(-7,)]
