"""Towers of Hanoi: recursion that appends [from, to] pairs to a shared list of lists."""


def move(n, a, b, c, moves):
    if n == 0:
        return
    move(n - 1, a, c, b, moves)
    moves.append([a, c])
    move(n - 1, b, a, c, moves)


def hanoi(n):
    moves = [[0, 0]]
    move(n, 1, 2, 3, moves)
    moves[0] = [n, len(moves) - 1]
    return moves


ENTRY = "hanoi"
SAMPLES = [(3,), (1,)]
CHECKS = [(0,), (6,), (-1,)]
