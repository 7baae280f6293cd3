"""A limit order book: orders arrive as text commands, are parsed by a generator into a small
class hierarchy, and are matched by price and time priority. Written as people write Python:
classes with inheritance, super() and operator methods, a user exception with fields,
generators, a table of handler functions, names that rebind.

    fxn push examples/orderbook.py --entry run_book --inputs '[["buy 10 @ 101.5", "sell 4 @ 101"]]'
"""

from dataclasses import dataclass


class OrderRejected(Exception):
    def __init__(self, line, reason):
        super().__init__(f"line {line}: {reason}")
        self.line = line
        self.reason = reason


class Order:
    def __init__(self, seq, side, qty):
        self.seq = seq
        self.side = side
        self.qty = qty

    def limit(self):
        raise NotImplementedError

    def crosses(self, price):
        return True

    def __lt__(self, other):
        # Better price first, then earlier arrival.
        if self.limit() != other.limit():
            if self.side == "buy":
                return self.limit() > other.limit()
            return self.limit() < other.limit()
        return self.seq < other.seq

    def __repr__(self):
        return f"{type(self).__name__}(#{self.seq} {self.side} {self.qty})"


class LimitOrder(Order):
    def __init__(self, seq, side, qty, price):
        super().__init__(seq, side, qty)
        self.price = price

    def limit(self):
        return self.price

    def crosses(self, price):
        return price <= self.price if self.side == "buy" else price >= self.price


class MarketOrder(Order):
    def limit(self):
        return float("inf") if self.side == "buy" else 0.0


@dataclass(frozen=True)
class Trade:
    buyer: int
    seller: int
    qty: int
    price: float

    def __str__(self):
        return f"{self.qty} @ {self.price:.2f} (#{self.buyer} <- #{self.seller})"


def parse(lines):
    """Yields one order per command: "buy 10 @ 101.5" (limit) or "sell 3" (market)."""
    seq = 0
    for number, line in enumerate(lines, 1):
        words = line.split()
        if not words or words[0].startswith("#"):
            continue
        if words[0] not in ("buy", "sell") or len(words) not in (2, 4):
            raise OrderRejected(number, f"cannot read {line!r}")
        side = words[0]
        qty = words[1]
        if not qty.isdigit() or int(qty) == 0:
            raise OrderRejected(number, f"bad quantity {qty!r}")
        qty = int(qty)
        seq += 1
        if len(words) == 4:
            yield LimitOrder(seq, side, qty, float(words[3]))
        else:
            yield MarketOrder(seq, side, qty)


class Book:
    def __init__(self):
        self.bids = []
        self.asks = []
        self.trades = []

    def resting(self, side):
        return self.bids if side == "buy" else self.asks

    def submit(self, order):
        opposite = self.resting("sell" if order.side == "buy" else "buy")
        while order.qty > 0 and opposite and order.crosses(opposite[0].limit()):
            best = opposite[0]
            qty = min(order.qty, best.qty)
            buyer, seller = (order, best) if order.side == "buy" else (best, order)
            self.trades.append(Trade(buyer.seq, seller.seq, qty, best.limit()))
            order.qty -= qty
            best.qty -= qty
            if best.qty == 0:
                opposite.pop(0)
        if order.qty > 0 and isinstance(order, LimitOrder):
            side = self.resting(order.side)
            side.append(order)
            side.sort()

    def depth(self):
        levels = {}
        for order in self.bids + self.asks:
            key = f"{order.side} {order.limit():.2f}"
            levels[key] = levels.get(key, 0) + order.qty
        return levels


def run_book(lines):
    """The trades as text, the volume, the resting depth per price level and the best orders;
    a rejected command ends the run with its message in place of the depth."""
    book = Book()
    try:
        for order in parse(lines):
            book.submit(order)
    except OrderRejected as e:
        return [str(t) for t in book.trades], e.line, {"error: " + str(e): 0}, []
    trades = [str(t) for t in book.trades]
    volume = sum(t.qty for t in book.trades)
    return trades, volume, book.depth(), [repr(o) for o in book.bids[:1] + book.asks[:1]]
