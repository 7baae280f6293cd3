"""capitalize()/title()/swapcase() follow Unicode rules (title-cases after apostrophes and digits)."""


def recase(s):
    return s.capitalize(), s.title(), s.swapcase(), s.casefold()


ENTRY = "recase"
SAMPLES = [("hello world",), ("they're BILL's friends",)]
CHECKS = [("",), ("ßtraße",), ("3rd place",), ("éCOLE",), ("ǆungla",)]
