"""@fxn.compile: marks a function for `fxn push FILE`, and changes nothing else.

At run time the decorator returns the very function it was given (no wrapper, no cost); it only
records, on the function object, the sample inputs and the targets `fxn push` compiles it with.
`fxn push FILE` without --entry runs the module in fxn's trace sandbox (where this package is
served from copies embedded in fxn-trace), finds every marked module-level function and pushes
each one with its inputs and targets. The front end drops the decorator before compiling.
"""

import sys

# The attribute the mark is stored under on the function object.
MARK_ATTRIBUTE = "__fxn_compile__"


class Mark:
    """What @fxn.compile recorded: samples (a list of argument lists) and targets (None: the
    targets `fxn push` is given, by default this machine's)."""

    __slots__ = ("inputs", "targets")

    def __init__(self, inputs, targets):
        self.inputs = inputs
        self.targets = targets

    def __repr__(self):
        return "fxn.Mark(inputs=%r, targets=%r)" % (self.inputs, self.targets)


def _check_inputs(inputs):
    """inputs as a list of samples, each a list of positional arguments."""
    if inputs is None:
        return []
    if not isinstance(inputs, (list, tuple)):
        raise TypeError("fxn.compile: inputs must be a list of samples, each a list of the positional "
                        "arguments, e.g. inputs=[[100.0, 0.05, 12]]; got %s" % type(inputs).__name__)
    samples = []
    for sample in inputs:
        if not isinstance(sample, (list, tuple)):
            raise TypeError("fxn.compile: each sample in inputs must be a list of the positional arguments, "
                            "e.g. inputs=[[%r]] for a function of one argument; got %r" % (sample, sample))
        samples.append(list(sample))
    return samples


def _check_targets(targets):
    if targets is None:
        return None
    if isinstance(targets, str):
        targets = [t for t in targets.split(",") if t]
    if not isinstance(targets, (list, tuple)) or not all(isinstance(t, str) and t for t in targets):
        raise TypeError("fxn.compile: targets must be a list of target names, e.g. "
                        "targets=[\"linux-x86_64\", \"wasm32-wasi\"] (see `fxn targets`)")
    return list(targets)


def compile(function=None, *, inputs=None, targets=None):
    """Marks a function for `fxn push FILE`; returns the function itself, unchanged.

        @fxn.compile(inputs=[[100.0, 0.05, 12]], targets=["linux-x86_64", "wasm32-wasi"])
        def compound(principal: float, rate: float, months: int) -> float: ...

    inputs: the samples, a list of argument lists: the function is traced and verified on each.
    targets: target names (`fxn targets`); default: the targets given to `fxn push` (this
    machine's by default). `@fxn.compile` without arguments marks the function with no samples:
    `fxn push FILE` then asks for --inputs.
    """
    if function is not None:
        if not callable(function):
            raise TypeError("fxn.compile takes its options as keywords: @fxn.compile(inputs=[[...]], targets=[...])")
        return compile(inputs=inputs, targets=targets)(function)
    mark = Mark(_check_inputs(inputs), _check_targets(targets))

    def mark_function(fn):
        if not callable(fn):
            raise TypeError("fxn.compile marks functions, not %s" % type(fn).__name__)
        setattr(fn, MARK_ATTRIBUTE, mark)
        return fn

    return mark_function


def mark_of(fn):
    """The Mark @fxn.compile left on fn, or None."""
    mark = getattr(fn, MARK_ATTRIBUTE, None)
    return mark if isinstance(mark, Mark) else None


def marked(module):
    """{name: Mark} of the module's marked functions (a module object or its name), in source order."""
    if isinstance(module, str):
        module = sys.modules[module]
    found = [(getattr(getattr(v, "__code__", None), "co_firstlineno", 0), k, mark_of(v))
             for k, v in vars(module).items() if mark_of(v) is not None and getattr(v, "__module__", None) == module.__name__]
    return {name: mark for _, name, mark in sorted(found, key=lambda t: t[0])}
