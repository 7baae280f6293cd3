"""Game units: hp lives in the base class, damage and armor are class constants overridden per unit type."""


class Unit:
    damage = 1
    armor = 0

    def __init__(self, name, hp):
        self.name = name
        self.hp = hp

    def alive(self):
        return self.hp > 0

    def hit(self, other):
        dealt = max(0, self.damage - other.armor)
        other.hp -= dealt
        return dealt


class Knight(Unit):
    damage = 5
    armor = 3


class Archer(Unit):
    damage = 4

    def hit(self, other):
        return super().hit(other) + super().hit(other)


class Golem(Unit):
    armor = 6

    def alive(self):
        return self.hp > -5


def battle(hp, rounds):
    units = [Knight("k", hp), Archer("a", hp), Golem("g", hp * 2), Unit("u", hp)]
    log = []
    for r in range(rounds):
        attacker = units[r % len(units)]
        target = units[(r + 1) % len(units)]
        if attacker.alive():
            log.append(f"{attacker.name}>{target.name}:{attacker.hit(target)}")
    return log, [(u.name, u.hp, u.alive()) for u in units]


ENTRY = "battle"
SAMPLES = [(10, 8), (3, 2)]
CHECKS = [(1, 12), (5, 0)]
