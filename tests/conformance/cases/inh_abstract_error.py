"""Calling an abstract method on an instance of the base raises CPython's NotImplementedError message."""


class Exporter:
    def __init__(self, name):
        self.name = name

    def export(self, rows):
        raise NotImplementedError(f"{type(self).__name__} must implement export()")

    def run(self, rows):
        return self.name + ":" + self.export(rows)


class CsvExporter(Exporter):
    def export(self, rows):
        return "\n".join(",".join(r) for r in rows)


class TsvExporter(Exporter):
    def export(self, rows):
        return "\n".join("\t".join(r) for r in rows)


def export_with(fmt, rows):
    if fmt == "csv":
        e = CsvExporter("c")
    elif fmt == "tsv":
        e = TsvExporter("t")
    else:
        e = Exporter("raw")
    return e.run(rows)


ENTRY = "export_with"
SAMPLES = [("csv", [["a", "b"], ["1", "2"]]), ("tsv", [["x"]])]
CHECKS = [("raw", [["a"]]), ("csv", [])]
