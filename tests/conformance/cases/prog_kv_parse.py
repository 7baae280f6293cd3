"""Parse 'key=value;...' config strings into a dict, with typed values and errors for bad entries."""


def parse_config(text):
    result = {}
    for part in text.split(";"):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            raise ValueError(f"missing '=' in {part!r}")
        key, _, value = part.partition("=")
        key = key.strip()
        value = value.strip()
        if key in result:
            raise KeyError(key)
        result[key] = value
    sizes = {k: len(v) for k, v in result.items()}
    return result, sizes


ENTRY = "parse_config"
SAMPLES = [("host=localhost; port = 8080;debug=;",), ("a=1=2",)]
CHECKS = [("",), (";;",), ("novalue",), ("x=1;x=2",), ("k= spaced value ;",)]
