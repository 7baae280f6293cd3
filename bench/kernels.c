/* The kernels of bench/kernels/ (fib.py, nbody.py, ...) written by hand in C: the speed a
 * compiled Python function aims at. Each one does the same float operations in the same order as
 * its Python file, so its result is CPython's (bench/run.py checks that before it reports a time).
 *
 * Build: clang-19 -O2 -ffp-contract=off kernels.c -o kernels -lm
 *   (-ffp-contract=off: no fused multiply-adds, which would change nbody's last digits)
 * usage: kernels NAME ARG... [--repeat N]
 *   runs one kernel N times (default 3) and prints "NAME c-O2 SECONDS result=RESULT", the best
 *   time; the arguments come from the command line, so nothing is folded at compile time. */
#define _POSIX_C_SOURCE 199309L /* clock_gettime */
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* fib.py */
static int64_t fib(int64_t n) {
  if (n <= 1) return n;
  return fib(n - 1) + fib(n - 2);
}

/* nbody.py: a body is {x, y, z, vx, vy, vz, mass} in AU, years and solar masses. */
enum { X, Y, Z, VX, VY, VZ, MASS, FIELDS };
enum { BODIES = 5 };
static const double kPi = 3.141592653589793; /* math.pi */
static const double kDaysPerYear = 365.24;
static const double kDt = 0.01;

static void body(double* b, double x, double y, double z, double vx, double vy, double vz, double mass) {
  const double solar_mass = 4.0 * kPi * kPi;
  b[X] = x;
  b[Y] = y;
  b[Z] = z;
  b[VX] = vx * kDaysPerYear;
  b[VY] = vy * kDaysPerYear;
  b[VZ] = vz * kDaysPerYear;
  b[MASS] = mass * solar_mass;
}

static double nbody(int64_t steps) {
  const double solar_mass = 4.0 * kPi * kPi;
  double b[BODIES][FIELDS];
  body(b[0], 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0);
  body(b[1], 4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
       1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05, 9.54791938424326609e-04);
  body(b[2], 8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
       -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05, 2.85885980666130812e-04);
  body(b[3], 1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
       2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05, 4.36624404335156298e-05);
  body(b[4], 1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
       2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05, 5.15138902046611451e-05);

  /* offset_momentum */
  double px = 0.0, py = 0.0, pz = 0.0;
  for (int i = 0; i < BODIES; i++) {
    px += b[i][VX] * b[i][MASS];
    py += b[i][VY] * b[i][MASS];
    pz += b[i][VZ] * b[i][MASS];
  }
  b[0][VX] = -px / solar_mass;
  b[0][VY] = -py / solar_mass;
  b[0][VZ] = -pz / solar_mass;

  /* advance */
  for (int64_t step = 0; step < steps; step++) {
    for (int i = 0; i < BODIES; i++) {
      double* a = b[i];
      for (int j = i + 1; j < BODIES; j++) {
        double* c = b[j];
        double dx = a[X] - c[X], dy = a[Y] - c[Y], dz = a[Z] - c[Z];
        double dist2 = dx * dx + dy * dy + dz * dz;
        double mag = kDt / (dist2 * sqrt(dist2));
        double a_mag = a[MASS] * mag, c_mag = c[MASS] * mag;
        a[VX] -= dx * c_mag;
        a[VY] -= dy * c_mag;
        a[VZ] -= dz * c_mag;
        c[VX] += dx * a_mag;
        c[VY] += dy * a_mag;
        c[VZ] += dz * a_mag;
      }
    }
    for (int i = 0; i < BODIES; i++) {
      b[i][X] += kDt * b[i][VX];
      b[i][Y] += kDt * b[i][VY];
      b[i][Z] += kDt * b[i][VZ];
    }
  }

  /* energy */
  double e = 0.0;
  for (int i = 0; i < BODIES; i++) {
    const double* a = b[i];
    e += 0.5 * a[MASS] * (a[VX] * a[VX] + a[VY] * a[VY] + a[VZ] * a[VZ]);
    for (int j = i + 1; j < BODIES; j++) {
      const double* c = b[j];
      double dx = a[X] - c[X], dy = a[Y] - c[Y], dz = a[Z] - c[Z];
      e -= a[MASS] * c[MASS] / sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

/* spectral.py: a(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1). */
static void times_a(int64_t n, const double* u, double* out) {
  for (int64_t i = 0; i < n; i++) {
    double s = 0.0;
    for (int64_t j = 0; j < n; j++) s += u[j] / (double)((i + j) * (i + j + 1) / 2 + i + 1);
    out[i] = s;
  }
}

static void times_at(int64_t n, const double* u, double* out) {
  for (int64_t i = 0; i < n; i++) {
    double s = 0.0;
    for (int64_t j = 0; j < n; j++) s += u[j] / (double)((i + j) * (i + j + 1) / 2 + j + 1);
    out[i] = s;
  }
}

static double spectral(int64_t n) {
  if (n <= 0) return NAN; /* CPython: ZeroDivisionError (0.0 / 0.0) */
  double* u = malloc(3 * n * sizeof(double));
  double *v = u + n, *tmp = v + n;
  for (int64_t i = 0; i < n; i++) {
    u[i] = 1.0;
    v[i] = 0.0;
  }
  for (int round = 0; round < 10; round++) {
    times_a(n, u, tmp);
    times_at(n, tmp, v);
    times_a(n, v, tmp);
    times_at(n, tmp, u);
  }
  double uv = 0.0, vv = 0.0;
  for (int64_t i = 0; i < n; i++) {
    uv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  free(u);
  return sqrt(uv / vv);
}

/* mandel.py */
static int64_t mandelbrot(int64_t width, int64_t height, int64_t max_iter) {
  int64_t inside = 0;
  for (int64_t row = 0; row < height; row++) {
    double ci = 2.0 * (double)row / (double)height - 1.0;
    for (int64_t col = 0; col < width; col++) {
      double cr = 3.0 * (double)col / (double)width - 2.0;
      double zr = 0.0, zi = 0.0;
      int64_t n = 0;
      while (n < max_iter) {
        double zr2 = zr * zr, zi2 = zi * zi;
        if (zr2 + zi2 > 4.0) break;
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        n++;
      }
      if (n == max_iter) inside++;
    }
  }
  return inside;
}

/* sieve.py */
static int64_t count_primes(int64_t n) {
  if (n < 2) return 0;
  unsigned char* composite = calloc((size_t)n + 1, 1);
  int64_t count = 0;
  for (int64_t i = 2; i <= n; i++) {
    if (composite[i]) continue;
    count++;
    if (i * i <= n)
      for (int64_t multiple = i * i; multiple <= n; multiple += i) composite[multiple] = 1;
  }
  free(composite);
  return count;
}

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* The kernels by name: an int result or a float result, from up to three int arguments. */
typedef struct {
  const char* name;
  int arity;
  int64_t (*int_kernel)(const int64_t* args);
  double (*float_kernel)(const int64_t* args);
} Kernel;

static int64_t run_fib(const int64_t* a) { return fib(a[0]); }
static double run_nbody(const int64_t* a) { return nbody(a[0]); }
static double run_spectral(const int64_t* a) { return spectral(a[0]); }
static int64_t run_mandel(const int64_t* a) { return mandelbrot(a[0], a[1], a[2]); }
static int64_t run_sieve(const int64_t* a) { return count_primes(a[0]); }

static const Kernel kKernels[] = {
    {"fib", 1, run_fib, NULL},         {"nbody", 1, NULL, run_nbody}, {"spectral", 1, NULL, run_spectral},
    {"mandel", 3, run_mandel, NULL},   {"sieve", 1, run_sieve, NULL},
};

static int usage(const char* self) {
  fprintf(stderr, "usage: %s NAME ARG... [--repeat N]\nkernels:", self);
  for (size_t k = 0; k < sizeof kKernels / sizeof kKernels[0]; k++)
    fprintf(stderr, " %s (%d argument%s)", kKernels[k].name, kKernels[k].arity, kKernels[k].arity == 1 ? "" : "s");
  fprintf(stderr, "\n");
  return 2;
}

int main(int argc, char** argv) {
  int repeat = 3;
  if (argc >= 4 && strcmp(argv[argc - 2], "--repeat") == 0) {
    repeat = atoi(argv[argc - 1]);
    argc -= 2;
  }
  if (argc < 2 || repeat < 1) return usage(argv[0]);
  const Kernel* kernel = NULL;
  for (size_t k = 0; k < sizeof kKernels / sizeof kKernels[0]; k++)
    if (strcmp(argv[1], kKernels[k].name) == 0) kernel = &kKernels[k];
  if (!kernel || argc - 2 != kernel->arity) return usage(argv[0]);
  int64_t args[3];
  for (int i = 0; i < kernel->arity; i++) {
    char* end;
    args[i] = strtoll(argv[2 + i], &end, 10);
    if (*end != '\0') return usage(argv[0]);
  }

  double best = INFINITY;
  int64_t int_result = 0;
  double float_result = 0.0;
  for (int r = 0; r < repeat; r++) {
    double t = now();
    if (kernel->int_kernel)
      int_result = kernel->int_kernel(args);
    else
      float_result = kernel->float_kernel(args);
    t = now() - t;
    if (t < best) best = t;
  }
  if (kernel->int_kernel)
    printf("%s c-O2 %.6fs result=%" PRId64 "\n", kernel->name, best, int_result);
  else
    printf("%s c-O2 %.6fs result=%.17g\n", kernel->name, best, float_result);
  return 0;
}
