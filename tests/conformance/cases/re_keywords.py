"""Case-insensitive keyword search: IGNORECASE, MULTILINE, DOTALL, ASCII, inline flags, Unicode case."""
import re

KEYWORDS = re.compile(r"\b(?:error|fail(?:ed|ure)?|straße)\b", re.IGNORECASE)


def hits(text):
    return [m.group().lower() for m in KEYWORDS.finditer(text)]


def line_starts(text):
    return re.findall(r"^\w+", text, re.M)


def block(text):
    m = re.search(r"BEGIN(.*?)END", text, re.DOTALL | re.I)
    return m.group(1) if m else None


def scan(text):
    return [hits(text), line_starts(text), block(text), re.findall(r"(?i)k", text),
            re.findall(r"\w+", text, re.ASCII), re.findall(r"(?a)\d", text), re.findall(r"\d", text),
            bool(re.fullmatch(r"(?i)[a-zäöü ]+", text))]


ENTRY = "scan"
SAMPLES = [("Error: job failed\nFAILURE begin x\nend STRASSE straße\n",)]
CHECKS = [("",), ("Kelvin \u212a and k ٣ 3",), ("ÄÖÜ äöü",), ("begin\n\nEND",)]
