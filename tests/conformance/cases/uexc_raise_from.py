"""raise X(...) from err wraps a low-level error in a user exception; the caller reads its fields."""


class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(f"bad config key {key!r}: {reason}")
        self.key = key
        self.reason = reason


def parse_port(settings, key):
    try:
        port = int(settings[key])
    except KeyError as err:
        raise ConfigError(key, "missing") from err
    except ValueError as err:
        raise ConfigError(key, str(err)) from None
    if not 0 < port < 65536:
        raise ConfigError(key, "out of range")
    return port


def load(settings, keys):
    out = []
    for k in keys:
        try:
            out.append(str(parse_port(settings, k)))
        except ConfigError as e:
            out.append(f"{e.key}|{e.reason}")
    return out


def load_strict(settings, keys):
    return [parse_port(settings, k) for k in keys]


ENTRY = "load"
SAMPLES = [({"http": "80", "db": "x", "big": "70000"}, ["http", "db", "nope", "big"])]
CHECKS = [({}, [])]
