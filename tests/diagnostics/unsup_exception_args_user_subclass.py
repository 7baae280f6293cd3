"""Out of scope: e.args where the handler may also catch a user exception class (its args live in its own instance)."""


class ParseError(ValueError):
    pass


def parse(text):
    try:
        if text == "":
            raise ParseError("empty", 0)
        return int(text)
    except ValueError as e:
        return len(e.args)


ENTRY = "parse"
SAMPLES = [("x",)]
EXPECT = "'.args' of an exception that may be an instance of the user exception class ParseError"
EXPECT_LINE = 14
