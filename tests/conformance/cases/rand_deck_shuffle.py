"""Shuffling and dealing a deck of cards with a seeded generator passed between functions."""
import random
from random import Random

SUITS = ["S", "H", "D", "C"]
RANKS = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"]


def new_deck():
    return [rank + suit for suit in SUITS for rank in RANKS]


def deal(rng, deck, players, cards_each):
    rng.shuffle(deck)
    hands = [[] for _ in range(players)]
    for i in range(cards_each):
        for p in range(players):
            if not deck:
                raise IndexError("deck ran out")
            hands[p].append(deck.pop())
    return hands


def game(seed, players, cards_each):
    rng = Random(seed)
    deck = new_deck()
    hands = deal(rng, deck, players, cards_each)
    cut = rng.choice(deck) if deck else "none"
    top = rng.sample(deck, min(3, len(deck)))
    return hands, cut, top, len(deck)


ENTRY = "game"
SAMPLES = [(2024, 4, 5), (7, 2, 3)]
CHECKS = [(1, 1, 0), (99, 13, 4), (5, 6, 9), (0, 3, 17)]
