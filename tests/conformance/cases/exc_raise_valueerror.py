"""Validation raising ValueError with formatted messages (incl. !r) that reach the caller uncaught."""


def parse_port(text):
    text = text.strip()
    if not text.isdigit():
        raise ValueError(f"port must be numeric: {text!r}")
    port = int(text)
    if not 0 < port < 65536:
        raise ValueError(f"port out of range: {port}")
    return port


ENTRY = "parse_port"
SAMPLES = [("8080",), (" 443 ",)]
CHECKS = [("0",), ("65536",), ("http",), ("",), ("-1",), ("٣",)]
