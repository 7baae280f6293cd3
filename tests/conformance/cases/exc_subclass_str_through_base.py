"""str(), repr() and f-strings of a user exception caught as its base class, when a subclass
defines __str__ or __repr__: each dispatches on the exception's run-time class; a class without
them prints its args as BaseException does."""


class AppError(Exception):
    def kind(self):
        return "app"


class NotFound(AppError):
    def __str__(self):
        return "not found"


class Bad(AppError):
    def __repr__(self):
        return "Bad!"


class Coded(AppError):
    def __init__(self, code):
        super().__init__("coded")
        self.code = code


class Missing(Coded):
    def __str__(self):
        return "missing " + str(self.code)


def run(n):
    out = []
    for k in range(5):
        try:
            if k == 0:
                raise NotFound(n)
            if k == 1:
                raise Bad(n, "x")
            if k == 2:
                raise Coded(n)
            if k == 3:
                raise Missing(n * 2)
            raise AppError(n)
        except AppError as e:
            out.append(str(e))
            out.append(repr(e))
            out.append(f"<{e}>" + e.kind())
    return out


ENTRY = "run"
SAMPLES = [(3,)]
CHECKS = [(0,), (-5,)]
