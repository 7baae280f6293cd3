"""Cards with ==, hash and ordering by (rank, suit); a Deck with len(), indexing, `in`, iteration
and sorting, dealing hands into sets, and the deck's repr."""

import functools

RANKS = "23456789TJQKA"


@functools.total_ordering
class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def key(self):
        return (RANKS.index(self.rank), self.suit)

    def __eq__(self, other):
        return isinstance(other, Card) and self.key() == other.key()

    def __lt__(self, other):
        return self.key() < other.key()

    def __hash__(self):
        return hash(self.key()[0]) * 4 + "cdhs".index(self.suit)

    def __repr__(self):
        return self.rank + self.suit


class DeckIter:
    def __init__(self, cards):
        self.cards = cards
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.cards):
            raise StopIteration
        self.i += 1
        return self.cards[self.i - 1]


class Deck:
    def __init__(self, codes):
        self.cards = [Card(c[0], c[1]) for c in codes]

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]

    def __contains__(self, card):
        return card in self.cards

    def __iter__(self):
        return DeckIter(self.cards)

    def __repr__(self):
        return f"Deck({self.cards!r})"


def deal(codes, players):
    deck = Deck(codes)
    hands = [set() for _ in range(players)]
    for i, card in enumerate(deck):
        hands[i % players].add(card)
    best = [max(h) if h else None for h in hands]
    return repr(deck), len(deck), repr(deck[0]), Card("A", "s") in deck, repr(sorted(deck)), \
        [repr(sorted(h)) for h in hands], repr(best), [len(h) for h in hands]


ENTRY = "deal"
SAMPLES = [(["Ah", "2c", "Td", "As", "Ah", "9s"], 2), (["3d"], 3)]
CHECKS = [(["Kc", "Kd", "Kh", "Ks"], 1)]
