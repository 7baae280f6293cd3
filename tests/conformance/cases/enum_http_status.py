"""HTTP status handling with an int-valued Enum: lookup by code (ValueError for unknown codes), a
classmethod, members as dict keys and set items, sorting by value, f-strings and repr."""
from enum import Enum, unique


@unique
class Status(Enum):
    OK = 200
    CREATED = 201
    MOVED = 301
    NOT_FOUND = 404
    SERVER_ERROR = 500

    @property
    def is_error(self):
        return self.value >= 400

    @classmethod
    def from_code(cls, code):
        try:
            return cls(code)
        except ValueError:
            return cls.SERVER_ERROR

    def describe(self):
        return f"{self.value} {self.name.replace('_', ' ').title()}"


def summarize(codes):
    counts = {}
    errors = set()
    for code in codes:
        status = Status.from_code(code)
        counts[status] = counts.get(status, 0) + 1
        if status.is_error:
            errors.add(status)
    ordered = sorted(counts, key=lambda s: s.value)
    lines = [f"{s}: {counts[s]}" for s in ordered]
    strict = []
    for code in codes:
        try:
            strict.append(repr(Status(code)))
        except ValueError as e:
            strict.append(str(e))
    return lines, len(errors), Status.NOT_FOUND in errors, [s.describe() for s in ordered], strict


ENTRY = "summarize"
SAMPLES = [([200, 404, 200, 500, 418],), ([],)]
CHECKS = [([301, 301, 201],), ([999, -1, 0],), ([404, 404, 500, 200],)]
