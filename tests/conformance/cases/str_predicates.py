"""isdigit/isalpha/isspace/isalnum/isdecimal over ASCII and Unicode; all are False for ''."""


def kinds(items):
    out = []
    for s in items:
        out.append([s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(), s.isdecimal(), s.isnumeric()])
    return out


ENTRY = "kinds"
SAMPLES = [(["123", "abc", "  ", "a1"],), (["é", "日本", "²", "½"],)]
CHECKS = [([""],), (["١٢٣", "\t\n", "a b", "-1", "1.5"],), (["\u3000", "Ⅻ", "_"],)]
