"""isinstance across a hierarchy and with tuples of classes; issubclass between classes."""


class Animal:
    def __init__(self, name):
        self.name = name


class Dog(Animal):
    pass


class Puppy(Dog):
    pass


class Cat(Animal):
    pass


class Rock:
    pass


def classify(kinds):
    zoo = []
    for k in kinds:
        if k == "dog":
            zoo.append(Dog(k))
        elif k == "puppy":
            zoo.append(Puppy(k))
        elif k == "cat":
            zoo.append(Cat(k))
        else:
            zoo.append(Animal(k))
    out = []
    for a in zoo:
        out.append([isinstance(a, Dog), isinstance(a, Puppy), isinstance(a, (Cat, Puppy)), isinstance(a, Animal),
                    isinstance(a, Rock)])
    rel = [issubclass(Puppy, Animal), issubclass(Cat, Dog), issubclass(Dog, (Cat, Animal))]
    return out, rel


ENTRY = "classify"
SAMPLES = [(["dog", "puppy", "cat", "eel"],)]
CHECKS = [([],)]
