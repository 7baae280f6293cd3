"""A context manager that returns a different object from __enter__ (a Section whose entries are
collected by the Report), with suppression decided by __exit__ from a field, nested sections,
and `with` inside a function called in a loop."""


class Report:
    def __init__(self):
        self.lines = []
        self.depth = 0

    def section(self, title, tolerant):
        return Section(self, title, tolerant)


class Section:
    def __init__(self, report, title, tolerant):
        self.report = report
        self.title = title
        self.tolerant = tolerant
        self.count = 0

    def __enter__(self):
        self.report.lines.append("  " * self.report.depth + "[" + self.title + "]")
        self.report.depth += 1
        return self

    def add(self, text):
        self.count += 1
        self.report.lines.append("  " * self.report.depth + text)

    def __exit__(self, exc_type, exc, tb):
        self.report.depth -= 1
        if exc_type is not None:
            self.report.lines.append("  " * self.report.depth + f"! {self.title}: {exc}")
            return self.tolerant
        self.report.lines.append("  " * self.report.depth + f"({self.count} entries)")
        return False


def fill(report, title, values):
    with report.section(title, True) as s:
        for v in values:
            if v < 0:
                raise ValueError(f"negative value {v}")
            s.add(str(v))


def build(groups):
    r = Report()
    with r.section("all", False) as top:
        for i, g in enumerate(groups):
            fill(r, f"group {i}", g)
            top.add(f"done {i}")
    failed = ""
    try:
        with r.section("strict", False) as strict:
            strict.add("first")
            raise KeyError("boom")
    except KeyError as e:
        failed = str(e)
    return r.lines, r.depth, failed


ENTRY = "build"
SAMPLES = [([[1, 2], [3, -1, 4], []],), ([],)]
CHECKS = [([[-5]],)]
