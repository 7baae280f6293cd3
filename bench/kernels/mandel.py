"""How many points of a width x height grid over [-2, 1) x [-1, 1) stay in the Mandelbrot set for
max_iter iterations of z = z^2 + c (|z| > 2 escapes). Float arithmetic in a while loop with an
early break; int counters."""


def mandelbrot(width: int, height: int, max_iter: int) -> int:
    inside = 0
    for row in range(height):
        ci = 2.0 * row / height - 1.0
        for col in range(width):
            cr = 3.0 * col / width - 2.0
            zr = 0.0
            zi = 0.0
            n = 0
            while n < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                n += 1
            if n == max_iter:
                inside += 1
    return inside


ARGS = (400, 300, 200)
SAMPLE = (40, 30, 50)
ENTRY = mandelbrot
