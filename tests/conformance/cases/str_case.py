"""lower()/upper() use full Unicode case mappings: 'ß'.upper() is 'SS', 'İ'.lower() has 2 chars."""


def cases(s):
    lo = s.lower()
    up = s.upper()
    return lo, up, len(lo), len(up), s.isupper(), s.islower(), lo == up.lower()


ENTRY = "cases"
SAMPLES = [("Hello World",), ("straße",)]
CHECKS = [("İstanbul",), ("",), ("123",), ("ÉCOLE",), ("ﬁne",), ("ΣΑΣ",), ("Ǆ",)]
