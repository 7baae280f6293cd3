"""Validation with a user exception carrying the field name: errors are collected per record."""


class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


def validate(record):
    name = record.get("name", "")
    if not name:
        raise ValidationError("name", "required")
    age = record.get("age", "")
    if not age.isdigit():
        raise ValidationError("age", f"'{age}' is not a number")
    if int(age) > 130:
        raise ValidationError("age", "too large")
    return name.title(), int(age)


def validate_all(records):
    good = []
    errors = {}
    for i, r in enumerate(records):
        try:
            good.append(validate(r))
        except ValidationError as err:
            errors[f"{i}.{err.field}"] = str(err)
    return good, errors


ENTRY = "validate_all"
SAMPLES = [([{"name": "ann lee", "age": "31"}, {"name": "", "age": "3"}, {"name": "bo", "age": "x"},
             {"name": "cy", "age": "200"}],)]
CHECKS = [([],), ([{"age": "1"}],)]
