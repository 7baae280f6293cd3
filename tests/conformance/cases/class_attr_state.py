"""Class attributes that functions change: `Account.count += 1` in __init__, a registry list
appended through the class, read through instances (the run-time class's value, a subclass's
own attribute shadowing), through the class and in a classmethod via cls. They live as long as
the loaded library, as CPython's class attributes live as long as the module. Sorting by an
inherited __lt__ mixes the subclasses."""


class Account:
    rate = 0.01
    count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1

    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("bad amount %d" % amt)
        self.balance += amt
        return self

    @property
    def interest(self):
        return self.balance * self.rate

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance})"

    def __lt__(self, other):
        return self.balance < other.balance


class Savings(Account):
    rate = 0.05

    def deposit(self, amt):
        super().deposit(amt)
        self.balance += 1
        return self


class Checking(Account):
    def __init__(self, owner, balance=0, limit=100):
        super().__init__(owner, balance)
        self.limit = limit


def accounts(n):
    accts = [Account("a", n), Savings("b", 2 * n), Checking("c", 3, limit=n)]
    out = []
    for a in accts:
        try:
            a.deposit(n - 1)
        except ValueError as e:
            out.append(str(e))
        out.append(repr(a))
        out.append(round(a.interest, 4))
    out.append(repr(sorted(accts)))
    out.append(repr(max(accts)))
    out.append(Account.count)
    return out


class Shape:
    registry = []
    made = 0
    label = "shape"

    def __init__(self, n):
        self.n = n
        Shape.registry.append(n)
        Shape.made += 1

    @classmethod
    def total(cls):
        return cls.made

    def describe(self):
        return "%s:%d" % (self.label, self.made)


class Circle(Shape):
    label = "circle"


class Dot(Circle):
    made = 100


def shapes(n):
    shapes = [Shape(n), Circle(n + 1), Dot(n + 2)]
    out = [s.describe() for s in shapes]
    out.append(str(Shape.registry[-3:]))
    out.append(str(Shape.total()))
    out.append(str(Circle.made))
    out.append(str(Dot.made))
    Shape.label = "S"
    out.append(shapes[0].describe())
    out.append(shapes[1].describe())
    return out


def run(n):
    return accounts(n), shapes(n)


ENTRY = "run"
SAMPLES = [(3,)]
CHECKS = [(0,), (1,), (-5,), (40,)]
