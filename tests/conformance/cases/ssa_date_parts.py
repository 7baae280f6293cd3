"""Parsing a date: the parts rebound from str to int, and a field rebound to its check."""


def parse_date(s):
    parts = s.split("-")
    if len(parts) != 3:
        raise ValueError("bad date: " + s)
    parts = [int(p) for p in parts]
    year, month, day = parts
    month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month - 1]
    day = str(day).rjust(2, "0")
    return f"{day} {month} {year}"


ENTRY = "parse_date"
SAMPLES = [("2024-03-05",)]
CHECKS = [("1999-12-31",), ("2024-13-01",), ("2024-1",), ("a-b-c",), ("2024-00-01",)]
