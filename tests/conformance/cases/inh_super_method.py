"""super().method(...) extends the base's behaviour; three levels of overriding."""


class Logger:
    def __init__(self, prefix):
        self.prefix = prefix
        self.lines = []

    def format(self, msg):
        return f"{self.prefix}: {msg}"

    def log(self, msg):
        self.lines.append(self.format(msg))


class TimestampLogger(Logger):
    def __init__(self, prefix, start):
        super().__init__(prefix)
        self.clock = start

    def format(self, msg):
        self.clock += 1
        return f"[{self.clock}] " + super().format(msg)


class LevelLogger(TimestampLogger):
    def __init__(self, prefix, start, level):
        super().__init__(prefix, start)
        self.level = level

    def format(self, msg):
        return super().format(msg.upper() if self.level == "loud" else msg)


def run(messages, level):
    loggers = [Logger("plain"), TimestampLogger("ts", 100), LevelLogger("lvl", 0, level)]
    for m in messages:
        for lg in loggers:
            lg.log(m)
    return [lg.lines for lg in loggers]


ENTRY = "run"
SAMPLES = [(["start", "stop"], "loud"), (["x"], "quiet")]
CHECKS = [([], "loud")]
