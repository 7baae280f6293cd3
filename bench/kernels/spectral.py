"""The spectral norm of the infinite matrix A with a(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1),
cut to n x n (the Computer Language Benchmarks Game's spectral-norm): ten rounds of the power
method on A^T A, then sqrt(u.v / v.v). Nested loops over float lists; int floor division."""

import math


def times_a(u: list[float], out: list[float]) -> None:
    """out = A u."""
    n = len(u)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += u[j] / ((i + j) * (i + j + 1) // 2 + i + 1)
        out[i] = s


def times_at(u: list[float], out: list[float]) -> None:
    """out = A^T u."""
    n = len(u)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += u[j] / ((i + j) * (i + j + 1) // 2 + j + 1)
        out[i] = s


def times_ata(u: list[float], out: list[float], tmp: list[float]) -> None:
    """out = A^T A u, through tmp."""
    times_a(u, tmp)
    times_at(tmp, out)


def spectral_norm(n: int) -> float:
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        times_ata(u, v, tmp)
        times_ata(v, u, tmp)
    uv = 0.0
    vv = 0.0
    for i in range(n):
        uv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(uv / vv)


ARGS = (400,)
SAMPLE = (30,)
ENTRY = spectral_norm
