"""__repr__ and __str__ where CPython uses them: str() and f-strings call __str__, repr(), !r and
every container (lists, tuples, dicts, nested lists) call __repr__."""


class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __repr__(self):
        return f"Card({self.rank!r}, {self.suit!r})"

    def __str__(self):
        return f"{self.rank} of {self.suit}"


class Hand:
    def __init__(self, cards):
        self.cards = cards

    def __repr__(self):
        return f"Hand({self.cards!r})"


def show(ranks, suit):
    cards = [Card(r, suit) for r in ranks]
    hand = Hand(cards)
    by_rank = {c.rank: c for c in cards}
    pairs = [(i, c) for i, c in enumerate(cards)]
    return [str(cards), repr(hand), str(by_rank), str(pairs), str(cards[0]), repr(cards[0]),
            f"{cards[0]} / {cards[0]!r} / {cards[0]!s}", str([cards, [hand]]), "; ".join(str(c) for c in cards)]


ENTRY = "show"
SAMPLES = [(["A", "10", "Q"], "hearts"), (["2"], "spades")]
CHECKS = [(["K", "K"], "it's")]
