"""Formatting inf/nan/-0.0 with specs: 'inf', 'nan', '-0.00'; the 'z' option turns -0.0 into 0.0."""


def specials(x):
    big = x * 1e308 * 10
    return [f"{big:.2f}", f"{-big:>8}", f"{big - big:.1f}", f"{big:E}", f"{-x * 0.0:.2f}",
            f"{-x * 0.0:z.2f}", f"{-0.001 * x:z.1f}", f"{big:08.1f}", f"{big - big:+}"]


ENTRY = "specials"
SAMPLES = [(1.0,), (2.0,)]
CHECKS = [(-1.0,), (1e-300,)]
