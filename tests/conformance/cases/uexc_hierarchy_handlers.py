"""A hierarchy of user exceptions: handlers for the base class catch the subclasses, most specific first."""


class AppError(Exception):
    def __init__(self, message, code):
        super().__init__(message)
        self.code = code


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"no such key: {key}", 404)
        self.key = key


class Forbidden(AppError):
    def __init__(self, user):
        super().__init__(f"{user} may not do that", 403)
        self.user = user


def lookup(store, user, key):
    if user == "guest":
        raise Forbidden(user)
    if key not in store:
        raise NotFound(key)
    if store[key] < 0:
        raise AppError("corrupt value", 500)
    return store[key]


def serve(store, requests):
    out = []
    for req in requests:
        user, key = req.split(":")
        try:
            out.append(str(lookup(store, user, key)))
        except NotFound as e:
            out.append(f"{e.code} {e.key}")
        except AppError as e:
            out.append(f"{e.code} {e}")
    return out


ENTRY = "serve"
SAMPLES = [({"a": 1, "b": -2}, ["ann:a", "guest:a", "ann:zz", "bob:b"])]
CHECKS = [({}, []), ({"x": 0}, ["guest:x", "x:x"])]
