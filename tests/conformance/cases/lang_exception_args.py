"""e.args of user exception classes: the constructor's arguments (kept by BaseException even when __init__ does not pass them on), what super().__init__ passes, empty args, a hierarchy whose classes give args of different shapes; str(e) of built-in exceptions raised with several arguments."""


class ValidationError(Exception):
    pass


class FieldError(ValidationError):
    def __init__(self, field, value):
        super().__init__(f"bad {field}", value)
        self.field = field


class QuietError(Exception):
    def __init__(self, code):
        self.code = code


class Retry(Exception):
    def __init__(self):
        super().__init__()


def check(name, age):
    if not name:
        raise ValidationError("missing name")
    if len(name) > 5:
        raise FieldError("name", len(name))
    if age < 0:
        raise QuietError(age)
    if age == 0:
        raise Retry()
    return name


def describe(names, ages):
    out = []
    for name, age in zip(names, ages):
        try:
            out.append("ok " + check(name, age))
        except FieldError as e:
            out.append("field %s %s %d %s" % (e.field, e.args[0], len(e.args), str(e)))
        except ValidationError as e:
            out.append("invalid " + str(e.args) + " " + str(e) + " " + type(e).__name__)
        except QuietError as e:
            out.append("quiet " + str(e.args) + " " + str(e) + " " + str(e.code))
        except Retry as e:
            out.append("retry " + str(e.args) + "|" + str(e) + "|" + str(len(e.args)))
    return out


def builtin_messages(n):
    out = []
    for i in range(4):
        try:
            if i == 0:
                raise ValueError("bad value", n)
            if i == 1:
                raise KeyError("k", n, None)
            if i == 2:
                raise RuntimeError(n, [n, "x"])
            raise LookupError()
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def run(names, ages, n):
    return describe(names, ages), builtin_messages(n)


ENTRY = "run"
SAMPLES = [(["ann", "", "bartholomew", "cy", "di"], [3, 2, 1, -4, 0], 7)]
CHECKS = [([], [], -1), (["", "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9"], [1, 0], 0)]
