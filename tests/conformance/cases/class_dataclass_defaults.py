"""@dataclass fields with defaults, keyword construction, mutation and repr after mutation."""

from dataclasses import dataclass


@dataclass
class Config:
    host: str
    port: int = 8080
    debug: bool = False
    ratio: float = 0.5


def configure(host, port):
    a = Config(host)
    b = Config(host, port)
    c = Config(host, debug=True, ratio=2.0)
    c.port = port + 1
    return [repr(a), str(b), str(c), a == Config(host, 8080), b.port == c.port]


ENTRY = "configure"
SAMPLES = [("localhost", 80), ("example.com", 8080)]
CHECKS = [("", -1)]
