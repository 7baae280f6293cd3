"""Out of scope: dataclass field() options other than default and default_factory. With
compare=False CPython leaves the field out of == and ordering (It(1, "x") == It(1, "y") is
True); fxn compared every field."""
from dataclasses import dataclass, field


@dataclass
class It:
    pri: int
    name: str = field(compare=False)


def run(a, b):
    return It(1, a) == It(1, b)


ENTRY = "run"
SAMPLES = [("x", "x")]
EXPECT = "dataclass field name with compare=False"
EXPECT_LINE = 10
