"""User exception instances created, kept in a list and raised later; isinstance sorts the caught ones."""


class CheckError(Exception):
    def __init__(self, check, detail):
        super().__init__(f"{check} failed: {detail}")
        self.check = check


class Warning_(CheckError):
    pass


class Fatal(CheckError):
    pass


def run_checks(values):
    problems = []
    for i, v in enumerate(values):
        if v < 0:
            problems.append(Fatal("sign", f"#{i} is {v}"))
        elif v > 100:
            problems.append(Warning_("range", f"#{i} is {v}"))
    report = []
    for p in problems:
        try:
            raise p
        except CheckError as e:
            kind = "fatal" if isinstance(e, Fatal) else "warn"
            report.append(f"{kind}:{e.check}:{e}")
    return report, len(problems)


ENTRY = "run_checks"
SAMPLES = [([5, -1, 200, 100, -7],)]
CHECKS = [([],)]
