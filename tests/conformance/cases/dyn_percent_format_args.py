"""'%' formatting whose format string is an argument, and `%` whose left side is a dynamic value
(an int or a str) with a str on the right: formatted at run time (fxn.percent_runtime), or CPython's
TypeError for an int % str."""


def render(fmt, n):
    return fmt % n


ENTRY = "render"
SAMPLES = [("%d items", 3)]
CHECKS = [("%s", 3), ("%x%%", 255), ("%d %d", 1), ("abc", 1), ("%(a)s", 1), ("%c", 128512), ("%5.1f|", -7),
          ("%q", 1), ("", 0)]
