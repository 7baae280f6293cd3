"""A function returning an int on one path and None or a str on another; callers test what came
back with isinstance and `is None`."""


def parse_port(text):
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        port = int(text)
        if port < 65536:
            return port
        return "out of range: " + text
    return "not a number: " + text


def ports(texts):
    good = []
    bad = []
    for t in texts:
        p = parse_port(t)
        if p is None:
            continue
        if isinstance(p, int):
            good.append(p)
        else:
            bad.append(p)
    return good, bad, parse_port(texts[0]) if texts else "none"


ENTRY = "ports"
SAMPLES = [(["80", " 443 ", "", "x1", "70000"],)]
CHECKS = [([],), (["  "],), (["22"],), (["abc", "8080"],), (["65535", "65536"],)]
