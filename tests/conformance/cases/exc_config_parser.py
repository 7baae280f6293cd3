"""A key=value config parser: partition, int(s, 0), raise ... from, try/except/finally with return, while/else."""

def parse_config(text: str) -> dict[str, int]:
    out = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        key, sep, value = line.partition("=")
        if not sep:
            raise SyntaxError(f"line {lineno}: expected key=value")
        key = key.strip()
        if key in out:
            raise KeyError(key)
        try:
            out[key] = int(value.strip(), 0)
        except ValueError as e:
            raise ValueError(f"line {lineno}: {e}") from e
    return out


def load(text: str) -> list:
    events = []
    try:
        cfg = parse_config(text)
        events.append("parsed")
    except (SyntaxError, KeyError) as e:
        events.append(f"{type(e).__name__}:{e}")
        return events, -1, []
    finally:
        events.append("done")
    total = 0
    for k, v in cfg.items():
        while v > 0:
            if v % 7 == 0:
                break
            total += 1
            v //= 2
        else:
            events.append(f"{k} drained")
            continue
        events.append(f"{k} hit 7")
    return events, total, sorted(cfg)


ENTRY = "load"
SAMPLES = [("a=1\nb = 0x10  # hex\n\nc=14",)]
CHECKS = [("x=5\nx=6",), ("oops",), ("a=zz",), ("q=0b101\nr=-3",), ("",), ("k=1_000  # c\n# only a comment",)]
