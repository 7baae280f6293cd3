"""Every way out of a `with`: __exit__ returning None lets the exception propagate, one raised in
__enter__ skips __exit__, one raised in __exit__ replaces the body's, a return value computed in
the body is returned after __exit__ runs, and `continue`/`break` in a loop run __exit__ too."""


class Guard:
    def __init__(self, name, log, fail_enter=False, fail_exit=False, swallow=False):
        self.name = name
        self.log = log
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit
        self.swallow = swallow

    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError(f"{self.name} cannot enter")
        self.log.append("enter " + self.name)
        return self.name

    def __exit__(self, exc_type, exc, tb):
        self.log.append("exit " + self.name + (" after error" if exc_type is not None else ""))
        if self.fail_exit:
            raise KeyError(self.name)
        if self.swallow:
            return True


def body_value(log, n):
    with Guard("value", log) as name:
        log.append("computing " + name)
        return n * 2


def exits(n):
    log = []
    outcomes = []
    for case in range(4):
        try:
            with Guard(f"g{case}", log, fail_enter=case == 1, fail_exit=case == 2, swallow=case == 3):
                if n > 0:
                    raise ValueError(f"body {case}")
            outcomes.append("finished")
        except ValueError as e:
            outcomes.append("ValueError " + str(e))
        except RuntimeError as e:
            outcomes.append("RuntimeError " + str(e))
        except KeyError as e:
            outcomes.append("KeyError " + str(e))
    outcomes.append(str(body_value(log, n)))
    for i in range(3):
        with Guard(f"loop{i}", log):
            if i == 0:
                continue
            if i == 1:
                break
    return outcomes, log


ENTRY = "exits"
SAMPLES = [(1,), (0,)]
CHECKS = [(-4,)]
