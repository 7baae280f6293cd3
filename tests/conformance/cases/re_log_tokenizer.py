"""A log-line tokenizer: a module-level verbose pattern with named groups, finditer, groupdict."""
import re

LINE = re.compile(r"""
    (?P<date>\d{4}-\d\d-\d\d) \s+
    (?P<time>\d\d:\d\d:\d\d) \s+
    (?P<level>[A-Z]+) \s+
    \[(?P<module>[\w.]+)\] \s*
    (?P<message>.*)
""", re.VERBOSE)
TOKEN = re.compile(r"\d+(?:\.\d+)?|\w+|[^\w\s]")


def parse_line(line):
    m = LINE.match(line)
    if m is None:
        return None
    fields = m.groupdict("")
    return [fields["level"], fields["module"], m.group("message") or "", str(m.lastgroup), str(m.lastindex)]


def tokens(text):
    return [t for t in TOKEN.findall(text)]


def summarize(log):
    counts = {}
    errors = []
    for line in log.splitlines():
        parsed = parse_line(line)
        if parsed is None:
            counts["?"] = counts.get("?", 0) + 1
            continue
        level = parsed[0]
        counts[level] = counts.get(level, 0) + 1
        if level == "ERROR":
            errors.append(tokens(parsed[2]))
    return [sorted(counts.items()), errors]


ENTRY = "summarize"
SAMPLES = [("2024-01-02 10:00:01 INFO [app.main] started in 1.5s\n"
            "2024-01-02 10:00:02 ERROR [app.db] lost connection (code=42)\n"
            "garbage line\n"
            "2024-01-02 10:00:03 WARN [net] retry #3 ok\n",)]
CHECKS = [("",), ("2024-01-02 10:00:02 ERROR [x] \n",),
          ("2024-01-02 10:00:02 ERROR [app.ü] naïve café: ₤5 — done\n2024-13-99 99:99:99 X [y]\n",)]
