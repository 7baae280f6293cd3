"""Tokenizing a log with re: a module-level pattern with named groups matched per line, the
levels counted and the numbers of the error lines summed (finditer, lastgroup-free group())."""
import re

LINE = re.compile(r"(?P<time>\d\d:\d\d:\d\d) (?P<level>[A-Z]+) \[(?P<module>[\w.]+)\] (?P<message>.*)")
NUMBER = re.compile(r"\d+")


def scan_log(text: str, repeat: int) -> int:
    total = 0
    errors = 0
    for _ in range(repeat):
        for line in text.splitlines():
            m = LINE.match(line)
            if m is None:
                continue
            if m.group("level") == "ERROR":
                errors += 1
                for n in NUMBER.finditer(m.group("message") or ""):
                    total += int(n.group())
    return total * 1000 + errors


ARGS = ("10:00:01 INFO [app.main] started in 15 ms\n10:00:02 ERROR [app.db] lost connection 42 after 3 tries\n"
        "garbage\n10:00:03 WARN [net] retry 3\n" * 50, 200)
SAMPLE = ("10:00:02 ERROR [app.db] lost 42 after 3\nx\n", 2)
ENTRY = scan_log
