"""'e'/'E' and 'g'/'G' presentation: exponent has at least 2 digits; 'g' drops trailing zeros."""


def sci(x):
    return [f"{x:e}", f"{x:.2e}", f"{x:E}", f"{x:g}", f"{x:.3g}", f"{x:G}", f"{x:#g}", f"{x:.0e}",
            f"{x:10.2g}", f"{x}", f"{x:.12g}"]


ENTRY = "sci"
SAMPLES = [(12345.678,), (0.00012,)]
CHECKS = [(0.0,), (-0.0,), (1e16,), (1e-5,), (123456789.0,), (100000.0,), (1000000.0,),
          (1.5e300,), (-2.5e-300,), (0.1,), (9.9999999,)]
