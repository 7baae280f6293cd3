"""The Sun and the four giant planets under Newtonian gravity (the Computer Language Benchmarks
Game's n-body): `steps` symplectic Euler steps of 0.01 years, then the system's total energy.
Floats in lists of lists, math.sqrt; the C reference does the same operations in the same
order, so both print CPython's digits."""

import math

SOLAR_MASS = 4.0 * math.pi * math.pi
DAYS_PER_YEAR = 365.24
DT = 0.01
# Fields of a body.
X, Y, Z, VX, VY, VZ, MASS = 0, 1, 2, 3, 4, 5, 6


def body(x: float, y: float, z: float, vx: float, vy: float, vz: float, mass: float) -> list[float]:
    """A body in years and solar masses, from AU, AU per day and solar masses."""
    return [x, y, z, vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR, mass * SOLAR_MASS]


def solar_system() -> list[list[float]]:
    return [
        body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
        body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
             1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
             9.54791938424326609e-04),  # Jupiter
        body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
             -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
             2.85885980666130812e-04),  # Saturn
        body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
             2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
             4.36624404335156298e-05),  # Uranus
        body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
             2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
             5.15138902046611451e-05),  # Neptune
    ]


def offset_momentum(bodies: list[list[float]]) -> None:
    """Gives the Sun the velocity that makes the total momentum zero."""
    px = 0.0
    py = 0.0
    pz = 0.0
    for b in bodies:
        px += b[VX] * b[MASS]
        py += b[VY] * b[MASS]
        pz += b[VZ] * b[MASS]
    sun = bodies[0]
    sun[VX] = -px / SOLAR_MASS
    sun[VY] = -py / SOLAR_MASS
    sun[VZ] = -pz / SOLAR_MASS


def advance(bodies: list[list[float]], steps: int) -> None:
    n = len(bodies)
    for _ in range(steps):
        for i in range(n):
            a = bodies[i]
            for j in range(i + 1, n):
                b = bodies[j]
                dx = a[X] - b[X]
                dy = a[Y] - b[Y]
                dz = a[Z] - b[Z]
                dist2 = dx * dx + dy * dy + dz * dz
                mag = DT / (dist2 * math.sqrt(dist2))
                a_mag = a[MASS] * mag
                b_mag = b[MASS] * mag
                a[VX] -= dx * b_mag
                a[VY] -= dy * b_mag
                a[VZ] -= dz * b_mag
                b[VX] += dx * a_mag
                b[VY] += dy * a_mag
                b[VZ] += dz * a_mag
        for b in bodies:
            b[X] += DT * b[VX]
            b[Y] += DT * b[VY]
            b[Z] += DT * b[VZ]


def energy(bodies: list[list[float]]) -> float:
    """Kinetic minus potential energy."""
    n = len(bodies)
    e = 0.0
    for i in range(n):
        a = bodies[i]
        e += 0.5 * a[MASS] * (a[VX] * a[VX] + a[VY] * a[VY] + a[VZ] * a[VZ])
        for j in range(i + 1, n):
            b = bodies[j]
            dx = a[X] - b[X]
            dy = a[Y] - b[Y]
            dz = a[Z] - b[Z]
            e -= a[MASS] * b[MASS] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def nbody(steps: int) -> float:
    bodies = solar_system()
    offset_momentum(bodies)
    advance(bodies, steps)
    return energy(bodies)


ARGS = (200000,)
SAMPLE = (1000,)
ENTRY = nbody
