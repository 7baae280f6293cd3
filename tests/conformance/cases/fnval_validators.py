"""A list of validators applied in a loop: each returns an error message or None."""


def not_empty(s):
    if not s:
        return "empty"
    return None


def max_length(limit):
    def check(s):
        if len(s) > limit:
            return f"longer than {limit}"
        return None
    return check


def validate(values, limit):
    validators = [not_empty, max_length(limit), lambda s: None if s.isalnum() else "not alphanumeric"]
    report = []
    for v in values:
        errors = []
        for check in validators:
            msg = check(v)
            if msg is not None:
                errors.append(msg)
        report.append((v, errors))
    return report


ENTRY = "validate"
SAMPLES = [(["ok", "", "toolongvalue", "a b"], 5), ([], 1)]
CHECKS = [(["abc", "abcdef!", "x"], 3)]
