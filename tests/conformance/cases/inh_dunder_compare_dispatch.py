"""Comparisons of instances of a hierarchy whose subclass defines its own __eq__/__lt__, through
values of the base class (a list of cards holding jokers): each side dispatches on its run-time
class, the right operand's reflected method goes first when its class is a subclass of the
left's (CPython's rule), sorting and `in`/count use them too, and classes without methods
compare by identity or raise with their own names."""


class Card:
    def __init__(self, rank):
        self.rank = rank

    def __eq__(self, other):
        return isinstance(other, Card) and self.rank == other.rank

    def __lt__(self, other):
        return self.rank < other.rank

    def __repr__(self):
        return "Card(%d)" % self.rank


class Joker(Card):
    def __eq__(self, other):
        return isinstance(other, Joker)

    def __lt__(self, other):
        return False

    def __repr__(self):
        return "Joker"


class Plain:
    pass


class Plainer(Plain):
    pass


def f(k):
    hand = [Card(k), Joker(0), Card(k - 3), Card(k + 1), Joker(1)]
    out = [repr(sorted(hand)), hand[0] == hand[1], hand[1] == hand[4], hand[0] < hand[1], hand[1] < hand[0],
           hand[0] != Card(k), Card(k) in hand, hand.index(Joker(5)), max(hand[0], hand[2])]
    p = Plain() if k > 0 else Plainer()
    q = Plainer()
    try:
        lt = str(p < q)
    except TypeError as e:
        lt = str(e)
    return repr(out), p == q, p != p, lt


ENTRY = "f"
SAMPLES = [(5,), (0,)]
CHECKS = [(-2,), (9,)]
