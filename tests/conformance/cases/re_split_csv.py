"""Splitting CSV-ish text: separators with spaces, capturing groups, maxsplit, empty matches."""
import re


def fields(line):
    return re.split(r"\s*[,;]\s*", line.strip())


def split_keep(line):
    return re.split(r"([,;])", line)


def split_groups(line):
    return re.split(r"(-)|(\+)", line)


def table(text):
    rows = [fields(line) for line in text.splitlines() if line.strip()]
    return [rows, split_keep(text.splitlines()[0] if text else ""), split_groups("a-b+c"),
            re.split(r"\s+", text, maxsplit=1), re.split(r"x*", "axbc"), re.split(r"\b", "hi there"),
            re.split(r",", text, maxsplit=-1)]


ENTRY = "table"
SAMPLES = [("name, age ;city\nAda,36;London\n\n  Linus ;  54,Helsinki  \n",)]
CHECKS = [("",), ("single",), ("a,,b;;c",), ("é , ü;ß\n",)]
