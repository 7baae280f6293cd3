"""The f-string '=' specifier prints the expression text (spaces kept) then its repr or formatted value."""


def debug(x, name):
    return [f"{x=}", f"{x + 1 = }", f"{name=}", f"{x=:.2f}", f"{name=!s}", f"{len(name)=}",
            f"{x*2=:>6}"]


ENTRY = "debug"
SAMPLES = [(3, "bob"), (-10, "日本")]
CHECKS = [(0, ""), (7, "it's")]
