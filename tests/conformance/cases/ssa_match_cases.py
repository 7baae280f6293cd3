"""Names bound by match cases hold different types in different cases."""


def run(cmd):
    parts = cmd.split()
    match parts:
        case ["add", x, y]:
            x = int(x) + int(y)
            return str(x)
        case ["neg", x]:
            x = -int(x)
            return str(x)
        case ["len", *rest]:
            x = len(rest)
            return f"n={x}"
        case [x]:
            return x.upper()
        case _:
            return "?"


ENTRY = "run"
SAMPLES = [("add 2 3",), ("neg 5",), ("len a b c",)]
CHECKS = [("hello",), ("",), ("add 1",), ("neg x",), ("len",), ("add 1 2 3",)]
