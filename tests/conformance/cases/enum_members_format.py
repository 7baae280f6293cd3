"""Enum members in f-strings with format specs, format(), comparisons with ints and each other
(ordering is CPython's TypeError), sets of members, sorting by a key."""
from enum import Enum


class Suit(Enum):
    CLUBS = 1
    DIAMONDS = 2
    HEARTS = 3
    SPADES = 4

    @property
    def red(self):
        return self in (Suit.DIAMONDS, Suit.HEARTS)


def table(n):
    s = Suit(n)
    out = [f"[{s:>14}]", f"{s}", format(s, "<16") + "|", f"{s!r}", str(s == n), str(s != Suit.CLUBS)]
    try:
        out.append(str(s < Suit.SPADES))
    except TypeError as e:
        out.append("TypeError: " + str(e))
    reds = {m for m in Suit if m.red}
    out.append(str(len(reds)))
    out.append(str(s in reds))
    out.append(str(sorted([s, Suit.CLUBS, Suit.SPADES], key=lambda m: -m.value)))
    out.append(str(max(Suit, key=lambda m: (m.red, m.value))))
    return out


ENTRY = "table"
SAMPLES = [(1,), (3,)]
CHECKS = [(2,), (4,), (5,), (0,)]
