"""Traffic lights with match on enum members (value patterns and or-patterns), str-valued members,
aliases, lookups by value and by name with CPython's ValueError and KeyError."""
from enum import Enum


class Light(Enum):
    RED = "red"
    AMBER = "amber"
    GREEN = "green"
    STOP = "red"  # an alias of RED


def next_light(light):
    match light:
        case Light.RED:
            return Light.GREEN
        case Light.GREEN:
            return Light.AMBER
        case Light.AMBER:
            return Light.RED
        case _:
            raise ValueError(f"unknown light {light!r}")


def seconds(light):
    match light:
        case Light.RED | Light.AMBER:
            return 30 if light is Light.RED else 4
        case _:
            return 25


def cycle(start, n):
    try:
        light = Light(start)
    except ValueError as e:
        return ["ValueError: " + str(e)]
    out = []
    for _ in range(n):
        out.append(f"{light.value} {seconds(light)}s")
        light = next_light(light)
    return out


def by_name(name):
    try:
        light = Light[name]
    except KeyError as e:
        return "KeyError: " + str(e)
    return f"{name} is {light}, alias of RED: {light is Light.STOP}"


def run(start, n, name):
    return cycle(start, n), by_name(name), [m.name for m in Light], len(Light), Light.STOP.name


ENTRY = "run"
SAMPLES = [("red", 4, "STOP"), ("green", 2, "AMBER")]
CHECKS = [("blue", 3, "BLUE"), ("amber", 0, "red"), ("", 1, ""), ("RED", 1, "GREEN")]
