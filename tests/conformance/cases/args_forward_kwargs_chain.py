"""**kwargs forwarded through two layers of wrappers down to keyword-only parameters."""


def render(text, *, bold=False, size=12):
    s = f"<{size}>{text}"
    return "**" + s + "**" if bold else s


def styled(text, **style):
    return render(text, **style)


def heading(text, **style):
    return styled(text.upper(), **style)


def run(t):
    return [styled(t), styled(t, bold=True), heading(t, size=20), heading(t, size=8), heading(t, bold=False)]


ENTRY = "run"
SAMPLES = [("hello",), ("",)]
CHECKS = [("Straße",)]
