"""remove()/index() on a list of str: the ValueError message of index() shows the value's repr."""


def drop(names, name):
    i = names.index(name)
    names.remove(name)
    return i, names


ENTRY = "drop"
SAMPLES = [(["ann", "bob", "ann"], "ann")]
CHECKS = [(["ann"], "bob"), ([], "it's"), (["x"], "")]
