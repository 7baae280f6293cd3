"""A user exception class constructed with keyword arguments: __init__ binds them as any call
does, and super().__init__(msg) sets str(e) and e.args."""


class AppError(Exception):
    def __init__(self, code, msg="failed", retry=False):
        super().__init__(msg)
        self.code = code
        self.retry = retry


def run(n):
    out = []
    for k in range(3):
        try:
            if k == 0:
                raise AppError(n, msg="bad %d" % n)
            if k == 1:
                raise AppError(code=n + 1, retry=True)
            raise AppError(n, "plain", retry=n > 2)
        except AppError as e:
            out.append([str(e), e.code, e.retry])
    return out


ENTRY = "run"
SAMPLES = [(3,)]
CHECKS = [(0,), (-2,)]
