"""match on str.split() results: sequence patterns with literal heads and captured arguments."""


def execute(lines):
    x = 0
    y = 0
    log = []
    for line in lines:
        match line.split():
            case ["go", "north" | "up"]:
                y += 1
            case ["go", "south" | "down"]:
                y -= 1
            case ["go", direction]:
                log.append("cannot go " + direction)
            case ["jump", n]:
                x += int(n)
            case []:
                log.append("blank")
            case [verb, *args]:
                log.append(f"unknown {verb} with {len(args)} args")
    return x, y, log


ENTRY = "execute"
SAMPLES = [(["go north", "go up", "jump 3", "go west", "", "dance a b"],)]
CHECKS = [([],), (["jump x"],), (["go south", "go"],)]
