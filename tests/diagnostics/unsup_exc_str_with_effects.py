"""Out of scope: raising an exception whose __str__ does more than return its immutable fields.
CPython calls __str__ only when the message is read (here never: the log stays empty); fxn
computes the message at the raise, which would append "str"."""


class Logged(Exception):
    def __init__(self, log):
        super().__init__("logged")
        self.log = log

    def __str__(self):
        self.log.append("str")
        return "Logged!"


def run(n):
    log = []
    try:
        if n > 0:
            raise Logged(log)
    except Logged:
        pass
    return log


ENTRY = "run"
SAMPLES = [(3,)]
EXPECT = "whose Logged.__str__ CPython calls only when the message is read"
EXPECT_LINE = 20
