"""A user exception carrying its args out of the function: raised with several arguments and not caught, CPython's message is the repr of the args tuple."""


class ParseError(Exception):
    pass


def parse_pair(text):
    parts = text.split("=")
    if len(parts) != 2:
        raise ParseError("expected key=value", text, len(parts))
    key, value = parts
    if not key:
        raise ParseError("empty key")
    try:
        return key, int(value)
    except ValueError as e:
        raise ParseError(key, str(e)) from e


def run(lines):
    pairs = []
    for line in lines:
        pairs.append(parse_pair(line))
    return pairs


ENTRY = "run"
SAMPLES = [(["a=1", "b=2"],)]
CHECKS = [(["a=1", "x"],), (["=3"],), (["a=b"],), (["a=1=2"],), ([],)]
