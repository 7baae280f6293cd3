"""A user exception subclassing ValueError: caught as ValueError, its message via str(e)."""


class ValidationError(ValueError):
    pass


def check_age(age):
    if age < 0:
        raise ValidationError(f"age must be non-negative, got {age}")
    if age > 150:
        raise ValidationError("age is unrealistic")
    return age


def validate(ages):
    ok = []
    errors = []
    for a in ages:
        try:
            ok.append(check_age(a))
        except ValueError as e:
            errors.append(str(e))
    return ok, errors


ENTRY = "validate"
SAMPLES = [([30, -1, 200, 0],)]
CHECKS = [([],), ([151, 150],)]
