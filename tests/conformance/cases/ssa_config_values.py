"""`key=value` settings: the value rebound to an int where it is a number, kept as text elsewhere."""


def settings(text):
    numbers = {}
    names = {}
    for entry in text.split(";"):
        if "=" not in entry:
            continue
        key, value = entry.split("=", 1)
        key = key.strip()
        value = value.strip()
        if value.isdigit():
            value = int(value)
            numbers[key] = value * 10
        else:
            names[key] = value
    return sorted(numbers.items()), sorted(names.items())


ENTRY = "settings"
SAMPLES = [("a=1; b = two ;c=33;junk;d=",)]
CHECKS = [("",), ("x=1=2",), ("=5",)]
