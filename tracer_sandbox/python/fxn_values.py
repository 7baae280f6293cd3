"""Python values as the front end sees them: the static type of a sample argument or a module-level
value (describe_value), whether its ints fit in 64 bits, and a float's spelling in the IR's JSON.
"""

from fxn_numpy_types import describe_array
from fxn_types import BOOL, FLOAT, INT, INT64_MAX, INT64_MIN, NONE, STR, DictT, ListT, TupleT, TypeVar, join


def describe_value(value):
    """The static type of a sample value, or None when fxn has no type for it."""
    array_type = describe_array(value)
    if array_type is not None:
        return array_type
    if isinstance(value, bool):
        return BOOL
    if isinstance(value, int):
        return INT
    if isinstance(value, float):
        return FLOAT
    if isinstance(value, str):
        return STR
    if value is None:
        return NONE
    if isinstance(value, list):
        elem = TypeVar()
        for item in value:
            t = describe_value(item)
            if t is None:
                return None
            joined = join(elem, t)
            if joined is None:
                return None
            elem = joined
        return ListT(elem)
    if isinstance(value, dict):
        val = TypeVar()
        for k, item in value.items():
            t = describe_value(item)
            if not isinstance(k, str) or t is None:
                return None
            joined = join(val, t)
            if joined is None:
                return None
            val = joined
        return DictT(STR, val)
    if isinstance(value, tuple):
        elems = [describe_value(v) for v in value]
        return None if any(e is None for e in elems) else TupleT(elems)
    return None


def int_in_range(value):
    if isinstance(value, bool):
        return True
    if isinstance(value, int):
        return INT64_MIN <= value <= INT64_MAX
    if isinstance(value, (list, tuple)):
        return all(int_in_range(v) for v in value)
    if isinstance(value, dict):
        return all(int_in_range(v) for v in value.values())
    return True


def float_json(v):
    if v != v:
        return "NaN"
    if v in (float("inf"), float("-inf")):
        return "Infinity" if v > 0 else "-Infinity"
    return v


def lone_surrogate(s):
    """The first code point of s in U+D800..U+DFFF (a str may hold one; UTF-8, and so the trace
    result's JSON and protobuf strings, cannot), else None."""
    if s.isascii():
        return None
    try:
        s.encode("utf-8")
        return None
    except UnicodeEncodeError as err:
        return s[err.start]
