"""dict.get returning None for missing keys; `is None` / `is not None` branches and `or` defaults."""


def resolve(config, keys):
    out = []
    for k in keys:
        v = config.get(k)
        if v is None:
            out.append("default")
        elif v == "":
            out.append("blank")
        else:
            out.append(v)
    port = config.get("port")
    return out, port is not None, config.get("name") or "anon"


ENTRY = "resolve"
SAMPLES = [({"host": "h", "name": "", "port": "80"}, ["host", "mode", "name"])]
CHECKS = [({}, []), ({"name": "bob"}, ["name"])]
