"""A decorator with arguments: @repeat(n) calls the function n times and collects the results."""
import functools


def repeat(times):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(x):
            results = []
            for _ in range(times):
                results.append(fn(x))
            return results
        return wrapper
    return decorate


def scale(factor):
    def decorate(fn):
        def wrapper(x):
            return fn(x) * factor
        return wrapper
    return decorate


@repeat(3)
def shout(word):
    return word.upper() + "!"


@scale(10)
def half(x):
    return x // 2


def run(word, n):
    return shout(word), half(n)


ENTRY = "run"
SAMPLES = [("hi", 7), ("", -3)]
CHECKS = [("abc", 0)]
