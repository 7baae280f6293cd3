"""startswith/endswith with a str, with a tuple of strs, and with start offsets."""


def classify(name):
    kind = "other"
    if name.startswith(("test_", "check_")):
        kind = "test"
    elif name.endswith(".py"):
        kind = "module"
    elif name.endswith((".txt", ".md")):
        kind = "doc"
    return kind, name.startswith("_"), name.endswith(""), name.startswith("st", 2)


ENTRY = "classify"
SAMPLES = [("test_main",), ("setup.py",), ("README.md",)]
CHECKS = [("",), ("_private",), ("check_",), (".py",), ("notes.txt.bak",), ("test",)]
