"""int(str, base): prefixes like 0x are allowed for the matching base; bad digits raise ValueError."""


def parse_base(s, base):
    return int(s, base)


ENTRY = "parse_base"
SAMPLES = [("0x10", 16), ("ff", 16), ("101", 2)]
CHECKS = [("0b1", 16), ("0b1", 2), ("0o17", 8), ("z", 36), ("Z", 36), ("12", 2), ("-0x1F", 16),
          ("0x", 16), ("10", 0), ("0x1f", 0), ("010", 0), ("7", 37), ("1", 1), ("g", 16),
          (" 1_0 ", 16)]
