"""A mapping-like Config: [] reads with KeyError for a missing key, []= validates values, del
removes, `in`, len() and iteration over the keys in insertion order."""


class KeyIter:
    def __init__(self, keys):
        self.keys = keys
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.keys):
            raise StopIteration
        self.i += 1
        return self.keys[self.i - 1]


class Config:
    def __init__(self):
        self.values = {}

    def __getitem__(self, key):
        if key not in self.values:
            raise KeyError(key)
        return self.values[key]

    def __setitem__(self, key, value):
        if value < 0:
            raise ValueError(f"{key} must be >= 0, got {value}")
        self.values[key] = value

    def __delitem__(self, key):
        del self.values[key]

    def __contains__(self, key):
        return key in self.values

    def __len__(self):
        return len(self.values)

    def __iter__(self):
        return KeyIter(list(self.values))


def configure(keys, values, missing):
    cfg = Config()
    errors = []
    for k, v in zip(keys, values):
        try:
            cfg[k] = v
        except ValueError as e:
            errors.append(str(e))
    try:
        cfg[missing]
    except KeyError as e:
        errors.append("missing " + str(e))
    if keys[0] in cfg:
        del cfg[keys[0]]
    cfg["retries"] = 3
    cfg["retries"] = cfg["retries"] + 1
    return [k for k in cfg], [cfg[k] for k in cfg], len(cfg), "retries" in cfg, errors


ENTRY = "configure"
SAMPLES = [(["timeout", "depth", "width"], [30, -1, 8], "height"), (["a"], [1], "a")]
CHECKS = [(["x", "y"], [-5, -6], "z")]
