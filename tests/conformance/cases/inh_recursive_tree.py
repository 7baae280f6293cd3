"""A file-system tree: Dir and File share Entry; size() recurses through dispatch over the children."""


class Entry:
    def __init__(self, name):
        self.name = name

    def size(self):
        return 0

    def count(self):
        return 1


class File(Entry):
    def __init__(self, name, nbytes):
        super().__init__(name)
        self.nbytes = nbytes

    def size(self):
        return self.nbytes


class Dir(Entry):
    def __init__(self, name):
        super().__init__(name)
        self.children = []

    def add(self, entry):
        self.children.append(entry)
        return entry

    def size(self):
        return sum(c.size() for c in self.children)

    def count(self):
        return 1 + sum(c.count() for c in self.children)


def build(paths):
    root = Dir("/")
    dirs = {"": root}
    for p in paths:
        path, _, nbytes = p.partition(":")
        parts = path.split("/")
        parent = root
        prefix = ""
        for d in parts[:-1]:
            prefix += "/" + d
            if prefix not in dirs:
                dirs[prefix] = parent.add(Dir(d))
            parent = dirs[prefix]
        parent.add(File(parts[-1], int(nbytes)))
    return root.size(), root.count(), sorted((k, v.size()) for k, v in dirs.items())


ENTRY = "build"
SAMPLES = [(["a/b/x:10", "a/y:5", "z:1", "a/b/w:7"],)]
CHECKS = [([],)]
