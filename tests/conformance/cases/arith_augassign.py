"""Every augmented assignment operator on an int and on a float."""


def aug(a, b):
    x = a
    x += b
    x *= 3
    x -= a
    x //= 2
    x %= 1000
    x **= 2
    x <<= 3
    x >>= 1
    x &= 65535
    x |= 1
    x ^= b
    y = a * 1.0
    y /= 4.0
    y += 0.5
    y -= b
    y *= 1.5
    y //= 0.75
    y %= 10.0
    y **= 0.5
    return x, y


ENTRY = "aug"
SAMPLES = [(17, 5), (123456, -99)]
CHECKS = [(0, 0), (-1, 1), (-1000, 7), (10**12, -(10**9))]
