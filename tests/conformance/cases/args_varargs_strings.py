"""*args of strings: a path join, a longest word and a CSV row, each over any number of parts."""


def longest(*words):
    best = ""
    for w in words:
        if len(w) > len(best):
            best = w
    return best


def csv_row(*cells, delimiter=","):
    quoted = []
    for c in cells:
        quoted.append('"' + c.replace('"', '""') + '"' if delimiter in c or '"' in c else c)
    return delimiter.join(quoted)


def run(a, b, c):
    return [longest(a, b, c), longest(a), longest(), csv_row(a, b, c), csv_row(a, c, delimiter=";"), csv_row()]


ENTRY = "run"
SAMPLES = [("apple", "kiwi", "banana"), ("a,b", 'say "hi"', "")]
CHECKS = [("", "", ""), ("x;y", "z", "w")]
