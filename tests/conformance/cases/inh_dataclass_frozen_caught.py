"""Assigning to a frozen dataclass field raises an AttributeError subclass that handlers catch."""

from dataclasses import FrozenInstanceError, dataclass


@dataclass(frozen=True)
class Config:
    name: str
    retries: int = 3


def try_update(names, retries):
    out = []
    for n in names:
        c = Config(n) if retries < 0 else Config(n, retries)
        try:
            c.retries = 10
            out.append("changed")
        except FrozenInstanceError as e:
            out.append(f"frozen: {e}")
        try:
            c.name = "x"
        except AttributeError as e:
            out.append(f"attr: {e}")
        out.append(repr(c))
    return out


ENTRY = "try_update"
SAMPLES = [(["a", "b"], 5), (["z"], -1)]
CHECKS = [([], 0)]
