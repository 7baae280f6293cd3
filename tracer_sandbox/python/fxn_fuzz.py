"""Differential fuzzing, CPython's side: inputs generated from the entry's traced parameter types,
run by CPython in the sandbox, each with its outcome kept as the expectation the artifact must
reproduce (`fxn push --fuzz N`, WORKSPACE.md "Fuzzing").

Our own small generator rather than Hypothesis: Debian's python3-hypothesis is not installed on the
build machines (nor in the sandbox's /usr), and its shrinker needs the failure predicate in-process,
while the artifact runs outside the sandbox (on qemu, Node, ...). What fuzzing needs here is a
deterministic stream of inputs (same seed, same inputs: `random.Random(seed)` and nothing else),
biased to the edges where compiled Python goes wrong, small first; the host side picks the
smallest failing input (by its JSON length) as the one it reports.
"""

import json
import math
import random
import signal
import time

from fxn_types import INT64_MAX, INT64_MIN

# Seconds CPython may spend on one generated input before it is dropped (not fatal: a function
# that loops forever on some input is still fuzzed on the others), and on all of them together.
PER_INPUT_SECONDS = 0.5
TOTAL_SECONDS = 20.0
# Bytes (as JSON) one generated input with CPython's outcome may take, and all of them together:
# a width of 2**26 in a format spec is a 64 MiB str, and the trace result carrying the outcomes
# is capped (support/untrusted.h kMaxTraceResultBytes). Larger inputs are dropped, as slow ones.
PER_INPUT_BYTES = 1 << 20
TOTAL_BYTES = 16 << 20

INT_EDGES = [0, 1, -1, 2, -2, 3, 7, 10, -10, 100, 255, 256, 1000, 2**31 - 1, -2**31, 2**31, 2**32,
             2**53, 2**53 + 1, 2**62, -2**62, INT64_MAX, INT64_MIN, INT64_MAX - 1, INT64_MIN + 1]
FLOAT_EDGES = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 0.1, 3.0, 1e16, 2.0**53, 1e-300, 1e300, -1e300,
               5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308,
               math.inf, -math.inf, math.nan]
STR_EDGES = ["", "a", " ", "0", "-1", "3.5", "abc", "Hello, World", "a b\tc\n", "é", "ß", "İ", "ς",
             "日本語", "😀", "e\u0301", "\x00", "  padded  ", "A" * 40]
# Surrogate-free: every generated str is valid UTF-8, as every --inputs string is.
ALPHABET = ("abcxyzABCXYZ0129 _-.,:;!?'\"\\/\t\n" + "éßüİıΣςЖ日本😀\u0301")


class Unsupported(Exception):
    """A parameter type the generator does not make values of (its message says which)."""


def parse_type(text):
    """An IR type spelling ("list[optional[int]]") as nested tuples: ("list", ("optional", "int"))."""
    def parse(at):
        start = at
        while at < len(text) and text[at] not in "[], ":
            at += 1
        name = text[start:at]
        if at < len(text) and text[at] == "[":
            args = []
            at += 1
            while True:
                arg, at = parse(at)
                args.append(arg)
                if text[at] == "]":
                    return (name, *args), at + 1
                at += 2  # ", "
        return name, at
    parsed, end = parse(0)
    if end != len(text):
        raise Unsupported(text)
    return parsed


def check_supported(t):
    """Raises Unsupported for a type no JSON argument can hold, or one not generated yet."""
    if isinstance(t, str):
        if t not in ("int", "float", "bool", "str", "None"):
            raise Unsupported(t)
        return
    kind = t[0]
    if kind == "dict" and t[1] != "str":
        raise Unsupported("dict keys other than str")
    if kind not in ("list", "optional", "dict", "fixedlist"):
        raise Unsupported(kind + " arguments")  # ndarray, obj[...], tuple: not generated yet
    for arg in t[1:]:
        check_supported(arg)


class Generator:
    """Values of a parsed type from one seeded random stream; `size` bounds lengths and magnitudes."""

    def __init__(self, rng):
        self.rng = rng

    def value(self, t, size, edge_bias):
        rng = self.rng
        if t == "int":
            if rng.random() < edge_bias:
                return rng.choice(INT_EDGES)
            bits = rng.randint(1, min(63, 2 + 2 * size))
            return rng.randint(-(2**bits - 1), 2**bits - 1)
        if t == "bool":
            return rng.random() < 0.5
        if t == "float":
            if rng.random() < edge_bias:
                return rng.choice(FLOAT_EDGES)
            kind = rng.randrange(3)
            if kind == 0:
                return float(rng.randint(-10 * size - 10, 10 * size + 10))
            if kind == 1:
                return rng.uniform(-10.0 * size - 1, 10.0 * size + 1)
            return rng.choice([-1, 1]) * rng.random() * 10.0 ** rng.randint(-320, 308)
        if t == "str":
            if rng.random() < edge_bias:
                return rng.choice(STR_EDGES)
            return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, size + 1)))
        if t == "None":
            return None
        kind = t[0]
        if kind == "optional":
            return None if rng.random() < 0.2 else self.value(t[1], size, edge_bias)
        if kind == "fixedlist":
            return [self.value(e, size, edge_bias) for e in t[1:]]
        length = 0 if rng.random() < 0.15 else rng.randint(0, size + 1)
        inner = max(1, size // 2)
        if kind == "list":
            return [self.value(t[1], inner, edge_bias) for _ in range(length)]
        out = {}
        for _ in range(length):  # dict[str, V]: keys as strs are generated, duplicates merge
            out[self.value("str", inner, edge_bias)] = self.value(t[2], inner, edge_bias)
        return out


def generate(param_types, count, seed):
    """`count` distinct argument lists (fewer when the types do not have that many values), small and
    edge-heavy first; the same seed gives the same inputs."""
    types = [parse_type(t) for t in param_types]
    for t in types:
        check_supported(t)
    gen = Generator(random.Random(seed))
    inputs, seen = [], set()
    attempts = 0
    while len(inputs) < count and attempts < 20 * count + 100:
        attempts += 1
        progress = len(inputs) / max(1, count)
        size = 1 + int(progress * 12)
        edge_bias = 0.7 if progress < 0.4 else 0.3
        args = [gen.value(t, size, edge_bias) for t in types]
        key = json.dumps(args, allow_nan=True, ensure_ascii=False)
        if key in seen:
            continue
        seen.add(key)
        inputs.append(args)
    return inputs


class InputTimeout(BaseException):
    """Raised by the alarm when one input's CPython run exceeds PER_INPUT_SECONDS."""


def _on_alarm(signum, frame):
    raise InputTimeout()


def run_inputs(fn, inputs, run_one, stop_after_drop):
    """CPython on each input under the per-input and total budgets of time and size: (kept, dropped,
    note). `run_one(fn, args)` gives the sample dict (args and expected outcome) or None when the
    outcome cannot be represented; an input that runs out of time (or memory, or whose outcome is
    over PER_INPUT_BYTES) is dropped. With `stop_after_drop` (the
    module has state a half-run input may have changed) fuzzing stops at the first drop."""
    kept, dropped, note, kept_bytes = [], 0, "", 0
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    start = time.monotonic()
    try:
        for args in inputs:
            if time.monotonic() - start > TOTAL_SECONDS:
                note = "stopped after %g s of CPython time" % TOTAL_SECONDS
                break
            signal.setitimer(signal.ITIMER_REAL, PER_INPUT_SECONDS)
            try:
                try:
                    sample = run_one(fn, args)
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
            except (InputTimeout, MemoryError):
                # Also an alarm that fires while a run's huge values are freed, before the timer
                # is disarmed: its handler runs there, still inside this try.
                sample = None
            size = 0 if sample is None else len(json.dumps(sample))
            if size > PER_INPUT_BYTES:
                sample = None
            elif kept_bytes + size > TOTAL_BYTES:
                note = "stopped after %d MiB of CPython's outcomes" % (TOTAL_BYTES >> 20)
                break
            if sample is None:
                dropped += 1
                if stop_after_drop:
                    note = "stopped at the first dropped input: the module has state it may have changed"
                    break
                continue
            kept.append(sample)
            kept_bytes += size
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return kept, dropped, note


def simpler_values(v):
    """Values of v's type that are simpler than v (shrinking): smaller magnitudes, shorter texts and
    containers, one item removed or simplified; simplest first."""
    out = []
    if isinstance(v, bool):
        return [False] if v else []
    if isinstance(v, int):
        for c in (0, 1, -1, 2, v // 2, -(-v // 2), v - 1 if v > 0 else v + 1, 1 << (abs(v).bit_length() - 1)):
            # Never past int64: the power of two of -2**63 is 2**63.
            if INT64_MIN <= c <= INT64_MAX and (abs(c) < abs(v) or (abs(c) == abs(v) and c > v)):
                out.append(c)
        return out
    if isinstance(v, float):
        cands = [0.0, 1.0, -1.0]
        if math.isfinite(v):
            cands += [float(int(v)), v / 2]
        return [c for c in cands if repr(c) != repr(v) and (not math.isfinite(v) or abs(c) < abs(v)
                                                            or (abs(c) == abs(v) and len(repr(c)) < len(repr(v))))]
    if isinstance(v, str):
        cands = ["", v[:len(v) // 2], v[1:], v[:-1], "a" * len(v)]
        return [c for c in cands if len(c) < len(v) or (c != v and len(c) == len(v) and c.isascii()
                                                         and not v.isascii())]
    if isinstance(v, list):
        if not v:
            return []
        out = [[], v[:len(v) // 2], v[len(v) // 2:]]
        for i in range(min(len(v), 8)):
            out.append(v[:i] + v[i + 1:])
        for i in range(min(len(v), 8)):
            out += [v[:i] + [c] + v[i + 1:] for c in simpler_values(v[i])[:3]]
        return [c for c in out if c != v]
    if isinstance(v, dict):
        if not v:
            return []
        keys = list(v)
        out = [{}]
        for k in keys[:8]:
            out.append({kk: vv for kk, vv in v.items() if kk != k})
        for k in keys[:8]:
            out += [dict(v, **{k: c}) for c in simpler_values(v[k])[:3]]
        return out
    return out


def conforms(value, t):
    """Whether value is one of a parsed type's values as --inputs carries them: an int within int64
    (not a bool), a float, a str, a list, a dict with str keys, None where optional."""
    if t == "int":
        return type(value) is int and INT64_MIN <= value <= INT64_MAX
    if t in ("float", "bool", "str"):
        return type(value) is {"float": float, "bool": bool, "str": str}[t]
    if t == "None":
        return value is None
    kind = t[0]
    if kind == "optional":
        return value is None or conforms(value, t[1])
    if kind == "fixedlist":
        return type(value) is list and len(value) == len(t) - 1 and all(map(conforms, value, t[1:]))
    if kind == "list":
        return type(value) is list and all(conforms(v, t[1]) for v in value)
    if kind == "dict":
        return type(value) is dict and all(conforms(k, t[1]) and conforms(v, t[2]) for k, v in value.items())
    return False


def shrink_candidates(args, param_types=None, limit=80):
    """Argument lists each one step simpler than args (one argument simplified), distinct; with the
    entry's parameter types, only lists of those types (a simpler value must not be an input CPython
    or the artifact would refuse for another reason, such as an int past int64)."""
    types = [parse_type(t) for t in param_types] if param_types is not None else None
    out, seen = [], {json.dumps(args, allow_nan=True)}
    for i, a in enumerate(args):
        for c in simpler_values(a):
            if types is not None and (i >= len(types) or not conforms(c, types[i])):
                continue
            cand = args[:i] + [c] + args[i + 1:]
            key = json.dumps(cand, allow_nan=True)
            if key not in seen:
                seen.add(key)
                out.append(cand)
    return out[:limit]
