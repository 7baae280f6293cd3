"""fxn_stdlib_random.seed_calls: which random.seed(...) calls a module makes, inside functions or at import."""
import ast
import random

import fxn_stdlib_random


def scan(source, names):
    return fxn_stdlib_random.seed_calls(ast.parse(source), names.get)


def test_seed_inside_functions_and_at_module_level():
    source = "import random\nrandom.seed(1)\ndef f():\n    random.seed(2)\n    g = lambda: seed(3)\n"
    inside, top = scan(source, {"random": random, "seed": random.seed})
    assert [c.lineno for c in inside] == [4, 5]
    assert [c.lineno for c in top] == [2]


def test_other_seed_methods_are_not_the_module_generator():
    source = "import random\ndef f(rng):\n    rng.seed(2)\n    other.seed(1)\n"
    inside, top = scan(source, {"random": random, "other": object()})
    assert inside == [] and top == []
