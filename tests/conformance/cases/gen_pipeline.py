"""A pipeline of generators feeding each other: read -> strip -> drop comments -> parse ints."""


def lines(text):
    for line in text.split("\n"):
        yield line


def stripped(src):
    for line in src:
        yield line.strip()


def no_comments(src):
    for line in src:
        if line and not line.startswith("#"):
            yield line


def numbers(src):
    for line in src:
        yield int(line)


def total(text):
    return sum(numbers(no_comments(stripped(lines(text)))))


ENTRY = "total"
SAMPLES = [("1\n 2 \n# three\n\n4",), ("",)]
CHECKS = [("# only\n",), ("5\nx\n6",), ("  -3\n3",)]
