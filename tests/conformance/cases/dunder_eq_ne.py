"""== and != with __eq__ alone (object's __ne__ inverts it), an explicit __ne__, instances of
classes without __eq__ (identity), comparisons with other types (NotImplemented both ways, then
identity: False), and == inside list comparisons, `in` and list.index."""


class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)

    def __repr__(self):
        return f"Version({self.major}, {self.minor})"


class Loose:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ne__(self, other):
        return abs(self.v - other.v) > 1


class Node:
    def __init__(self, v):
        self.v = v


def equality(a, b, c):
    x, y = Version(a, b), Version(a, c)
    n = Node(a)
    versions = [Version(1, 0), x, y]
    return [x == y, x != y, x == Version(a, b), x != Version(a, b), x == a, a == x, x != "1.0",
            Loose(a) == Loose(b), Loose(a) != Loose(b), n == n, n == Node(a), n != Node(a),
            versions == [Version(1, 0), Version(a, b), Version(a, c)], Version(a, c) in versions,
            versions.index(Version(a, b)), versions.count(Version(1, 0))]


ENTRY = "equality"
SAMPLES = [(1, 0, 0), (2, 5, 7)]
CHECKS = [(3, 1, 2)]
