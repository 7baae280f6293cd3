"""A user exception created with a non-str argument: str(e) is str(arg), repr(e) shows it."""


class BadCode(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


def check(codes):
    out = []
    for c in codes:
        try:
            if c < 0:
                raise BadCode(c)
            out.append("ok")
        except BadCode as e:
            out.append(f"{e}|{e!r}|{e.code * 2}")
    return out


ENTRY = "check"
SAMPLES = [([1, -2, 3, -40],)]
CHECKS = [([],)]
