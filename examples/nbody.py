import math

def nbody(steps: int) -> float:
    # bodies: x, y, z, vx, vy, vz, mass (sun, jupiter, saturn, uranus, neptune)
    pi = math.pi
    solar = 4.0 * pi * pi
    dpy = 365.24
    b = [
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, solar],
        [4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
         1.66007664274403694e-03 * dpy, 7.69901118419740425e-03 * dpy, -6.90460016972063023e-05 * dpy,
         9.54791938424326609e-04 * solar],
        [8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
         -2.76742510726862411e-03 * dpy, 4.99852801234917238e-03 * dpy, 2.30417297573763929e-05 * dpy,
         2.85885980666130812e-04 * solar],
        [1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
         2.96460137564761618e-03 * dpy, 2.37847173959480950e-03 * dpy, -2.96589568540237556e-05 * dpy,
         4.36624404335156298e-05 * solar],
        [1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
         2.68067772490389322e-03 * dpy, 1.62824170038242295e-03 * dpy, -9.51592254519715870e-05 * dpy,
         5.15138902046611451e-05 * solar],
    ]
    n = len(b)
    px = 0.0
    py = 0.0
    pz = 0.0
    for i in range(n):
        px += b[i][3] * b[i][6]
        py += b[i][4] * b[i][6]
        pz += b[i][5] * b[i][6]
    b[0][3] = -px / solar
    b[0][4] = -py / solar
    b[0][5] = -pz / solar
    dt = 0.01
    for _ in range(steps):
        for i in range(n):
            bi = b[i]
            for j in range(i + 1, n):
                bj = b[j]
                dx = bi[0] - bj[0]
                dy = bi[1] - bj[1]
                dz = bi[2] - bj[2]
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * math.sqrt(d2))
                bim = bi[6] * mag
                bjm = bj[6] * mag
                bi[3] -= dx * bjm
                bi[4] -= dy * bjm
                bi[5] -= dz * bjm
                bj[3] += dx * bim
                bj[4] += dy * bim
                bj[5] += dz * bim
        for i in range(n):
            bi = b[i]
            bi[0] += dt * bi[3]
            bi[1] += dt * bi[4]
            bi[2] += dt * bi[5]
    e = 0.0
    for i in range(n):
        bi = b[i]
        e += 0.5 * bi[6] * (bi[3] * bi[3] + bi[4] * bi[4] + bi[5] * bi[5])
        for j in range(i + 1, n):
            bj = b[j]
            dx = bi[0] - bj[0]
            dy = bi[1] - bj[1]
            dz = bi[2] - bj[2]
            e -= bi[6] * bj[6] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e

ARGS = (1000,)
ENTRY = nbody
