"""Local (nested) functions with *args, keyword-only parameters and defaults."""


def run(prefix, n):
    def label(*parts, upper=False):
        text = prefix + "-".join(parts)
        return text.upper() if upper else text

    def repeat(s, times=2):
        return s * times

    return [label("a", "b"), label(upper=True), label(repeat("x"), repeat("y", n), upper=n > 1)]


ENTRY = "run"
SAMPLES = [("id:", 3), ("", 0)]
CHECKS = [("P", 1), ("ü", 2)]
