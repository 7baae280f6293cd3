"""Validating records with fullmatch (postcodes, phone numbers, ISO dates) and reporting the
first problem of each."""
import re

POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}")
PHONE = re.compile(r"\+?(\d{1,3})?[-. ]?\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})")
DATE = re.compile(r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])")


def problems(record):
    postcode, phone, date = record.split("|")
    if not POSTCODE.fullmatch(postcode.strip().upper()):
        return "bad postcode: " + postcode
    p = PHONE.fullmatch(phone.strip())
    if p is None:
        return "bad phone: " + phone
    d = DATE.fullmatch(date.strip())
    if d is None:
        return "bad date: " + date
    return "ok " + "-".join([g for g in p.groups() if g is not None]) + " " + d["y"] + "/" + d["m"]


def check_all(records):
    return [problems(r) for r in records]


ENTRY = "check_all"
SAMPLES = [(["SW1A 1AA|+44 (020) 555-1234|2024-02-29", "bad|123|2024-01-01"],)]
CHECKS = [([],), (["ec1a1bb| 555.123.4567 |1999-13-01"],), (["W1 0AX|(555) 123 4567|2000-12-31"],),
          (["SW1A 1AA|5551234567|2024-02-30 "],)]
