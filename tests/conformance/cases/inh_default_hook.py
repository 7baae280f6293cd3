"""A template method in the base calls hooks some subclasses override and others inherit."""


class Report:
    title = "report"

    def header(self):
        return self.title.upper()

    def row(self, k, v):
        return f"{k}: {v}"

    def footer(self, n):
        return f"{n} rows"

    def build(self, data):
        lines = [self.header()]
        for k in sorted(data):
            lines.append(self.row(k, data[k]))
        lines.append(self.footer(len(data)))
        return "\n".join(lines)


class CsvReport(Report):
    title = "csv"

    def row(self, k, v):
        return f"{k},{v}"


class QuietReport(Report):
    def header(self):
        return "-"

    def footer(self, n):
        return ""


def run(data):
    return [r.build(data) for r in [Report(), CsvReport(), QuietReport()]]


ENTRY = "run"
SAMPLES = [({"b": 2, "a": 1},)]
CHECKS = [({},)]
