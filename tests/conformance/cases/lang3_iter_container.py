"""Classes iterable through `return iter(self.items)` (a list, a dict's keys and items, a nested field) and through a generator method: for loops, list(), sum(), sorted(), max(), `in`, comprehensions, enumerate/zip, str.join, unpacking in a loop, an empty container, a subclass inheriting __iter__, and the RuntimeError of a dict changed while iterating."""


class Playlist:
    def __init__(self, name):
        self.name = name
        self.songs = []

    def add(self, song):
        self.songs.append(song)
        return self

    def __iter__(self):
        """Songs in the order they were added."""
        return iter(self.songs)

    def __len__(self):
        return len(self.songs)


class Favorites(Playlist):
    def add(self, song):
        if song not in self.songs:
            self.songs.append(song)
        return self


class Inventory:
    def __init__(self):
        self.stock = {}

    def put(self, item, n):
        self.stock[item] = self.stock.get(item, 0) + n

    def __iter__(self):
        return iter(self.stock)


class Ledger:
    def __init__(self, inventory):
        self.inventory = inventory

    def __iter__(self):
        return iter(self.inventory.stock.items())


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


def run(songs, counts):
    p = Playlist("mix")
    f = Favorites("fav")
    for s in songs:
        p.add(s)
        f.add(s)
    out = [str(list(p)), str(list(f)), str(len(p)), str(sorted(p)), str("song" + str(len(songs)) in p)]
    out.append(", ".join(f"{i}:{s}" for i, s in enumerate(f, 1)))
    out.append(str([a + "/" + b for a, b in zip(p, f)]))
    out.append(max(p) if len(p) else "")
    inv = Inventory()
    for s, n in zip(songs, counts):
        inv.put(s, n)
    out.append(str(sorted(inv)))
    out.append(str([f"{k}={v}" for k, v in Ledger(inv)]))
    out.append(str(sum(inv.stock[k] for k in inv)))
    out.append(str(sum(Countdown(len(counts)))))
    out.append(str([n * n for n in Countdown(3)]))
    try:
        for k in inv:
            inv.put(k + "!", 1)
        out.append("no error")
    except RuntimeError as e:
        out.append("RuntimeError: " + str(e))
    return out


ENTRY = "run"
SAMPLES = [(["b", "a", "c", "a"], [1, 2, 3, 4]), ([], [])]
CHECKS = [(["x"], [5]), (["song1", "z"], [0, 7])]
