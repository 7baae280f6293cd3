"""Out of scope: a re.sub replacement template that is a run-time value (templates are parsed
when the module is traced)."""
import re


def redact(text, mask):
    return re.sub(r"\d", mask, text)


ENTRY = "redact"
SAMPLES = [("pin 1234", "*")]
EXPECT = "neither a constant str nor a function"
EXPECT_LINE = 7
