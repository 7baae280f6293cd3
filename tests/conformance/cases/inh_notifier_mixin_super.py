"""Notifiers: a base with a template method, subclasses adding fields and chaining super() at two levels."""


class Notifier:
    def __init__(self, target):
        self.target = target
        self.sent = []

    def format(self, msg):
        return msg

    def send(self, msg):
        text = self.format(msg)
        self.sent.append(f"{self.target} <- {text}")
        return len(text)


class EmailNotifier(Notifier):
    def __init__(self, target, subject):
        super().__init__(target)
        self.subject = subject

    def format(self, msg):
        return f"[{self.subject}] {msg}"


class UrgentEmail(EmailNotifier):
    def format(self, msg):
        return super().format(msg.upper() + "!")


class SmsNotifier(Notifier):
    limit = 10

    def format(self, msg):
        return msg[:self.limit]


def broadcast(msgs):
    ns = [Notifier("log"), EmailNotifier("ann@x", "info"), UrgentEmail("ops@x", "alert"), SmsNotifier("555")]
    sizes = []
    for m in msgs:
        sizes.append([n.send(m) for n in ns])
    return sizes, [n.sent for n in ns]


ENTRY = "broadcast"
SAMPLES = [(["disk full", "all good now, really"],)]
CHECKS = [([],)]
