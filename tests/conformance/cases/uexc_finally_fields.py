"""A user exception passing through try/finally keeps its fields; the finally block runs first."""


class StepFailed(Exception):
    def __init__(self, step, code):
        super().__init__(f"step {step} failed with code {code}")
        self.step = step
        self.code = code


def run_steps(codes, log):
    for i, c in enumerate(codes):
        try:
            if c != 0:
                raise StepFailed(i, c)
            log.append(f"ok {i}")
        finally:
            log.append(f"cleanup {i}")
    return len(codes)


def pipeline(codes):
    log = []
    try:
        done = run_steps(codes, log)
        return [f"done {done}"] + log
    except StepFailed as e:
        return [f"failed at {e.step} ({e.code}): {e}"] + log


ENTRY = "pipeline"
SAMPLES = [([0, 0, 3, 0],), ([0],)]
CHECKS = [([],), ([7],)]
