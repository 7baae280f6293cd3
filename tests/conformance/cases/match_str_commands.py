"""match over strs with literal patterns, alternatives and a capture fallback."""


def respond(cmd):
    match cmd.strip().lower():
        case "hello" | "hi":
            return "greeting"
        case "bye":
            return "farewell"
        case "":
            return "empty"
        case other:
            return "unknown: " + other


def run(cmds):
    return [respond(c) for c in cmds]


ENTRY = "run"
SAMPLES = [(["Hello", " bye ", "HI", "what"],)]
CHECKS = [([""],), (["  ", "Bye!", "ÉTÉ"],)]
