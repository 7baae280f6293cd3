"""String literals: escapes, raw strings, triple quotes, implicit concatenation, \\N and \\u escapes."""


def literals(n):
    a = "tab\there"
    b = r"raw\n\t"
    c = """multi
line"""
    d = "implicit " "concat"
    e = "\u00e9\N{SNOWMAN}\x41\101\U0001F600"
    f = 'it\'s "quoted"'
    return [a, b, c, d, e, f, len(a) + n, len(b), len(c), len(e)]


ENTRY = "literals"
SAMPLES = [(0,), (5,)]
CHECKS = [(-3,)]
