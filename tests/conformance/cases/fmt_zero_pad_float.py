"""'0' padding and '=' alignment put the sign before the zeros; width counts the sign and point."""


def padded(x):
    return [f"{x:08.3f}", f"{x:=+10.2f}", f"{x:010}", f"{x:*=10.1f}", f"{x:07.0f}", f"{x:+09.2e}"]


ENTRY = "padded"
SAMPLES = [(3.14159,), (-2.5,)]
CHECKS = [(0.0,), (-0.0,), (12345678.9,), (1e-10,)]
