"""Fixed-point formatting rounds the exact binary value half-to-even: 2.675 -> '2.67', 0.125 -> '0.12'."""


def fixed(x):
    return [f"{x:.0f}", f"{x:.1f}", f"{x:.2f}", f"{x:.3f}", f"{x:f}", f"{x:10.4f}", f"{x:.10f}"]


ENTRY = "fixed"
SAMPLES = [(2.675,), (0.125,), (3.14159,)]
CHECKS = [(0.5,), (1.5,), (2.5,), (-0.5,), (1e16,), (1e-7,), (123456.789,), (0.045,), (-0.0,), (1e22,),
          (1.0000000005,)]
