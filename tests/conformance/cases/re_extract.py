"""Extracting emails and dates with search/findall/finditer; groups that did not participate."""
import re

EMAIL = r"([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)"


def emails(text):
    return [(user.lower(), host) for user, host in re.findall(EMAIL, text)]


def first_date(text):
    m = re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:T(\d\d):(\d\d))?", text)
    if not m:
        return None
    year, month, day, hour, minute = m.groups()
    parts = [int(year), int(month), int(day)]
    if hour is not None:
        parts.append(int(hour) * 60 + int(minute))
    return [parts, m.groups("-"), m.span(), m.start(4), m.end(2)]


def extract(text):
    return [emails(text), first_date(text),
            [m.group(0) for m in re.finditer(r"\b\d+\b", text)],
            [m.span(1) for m in re.finditer(r"(x)?y", text)]]


ENTRY = "extract"
SAMPLES = [("mail Joe.Smith@Example.com or ann+news@mail.co.uk on 2024-3-7T09:30 y xy",)]
CHECKS = [("",), ("no at sign, date 1999-12-31 only 42 times",), ("bad@host and 2020-1-1",),
          ("Ünïcode: josé@café.org 2024-02-29T23:59 ٣٤ 12",)]
