"""A user exception whose __init__ never calls super().__init__: str(e) comes from the constructor's arguments."""


class BadRow(ValueError):
    def __init__(self, row, reason):
        self.row = row
        self.reason = reason


class Empty(ValueError):
    pass


def parse(rows):
    out = []
    for i, row in enumerate(rows):
        try:
            if not row:
                raise Empty()
            if not row.isdigit():
                raise BadRow(i, "not a number")
            out.append(str(int(row)))
        except BadRow as e:
            out.append(f"{e.row}: {e.reason} / {e}")
        except ValueError as e:
            out.append(f"empty: '{e}'")
    return out


ENTRY = "parse"
SAMPLES = [(["1", "x", "", "42"],)]
CHECKS = [([],), (["-1"],)]
