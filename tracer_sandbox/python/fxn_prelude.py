"""The prelude: standard-library functions written in fxn's Python subset
(`prelude/prelude_<module>.py`, embedded in fxn-trace with the front end), compiled with the
user's code and specialized per argument types like the user's functions.

A prelude function is a Callable whose `prelude` names its module; while one is being built, names
resolve in the prelude's own namespace (its functions, then builtins: the user's globals cannot
shadow `len` there). Its AST's line numbers start at LINE_OFFSET, so a diagnostic raised inside
prelude code is recognised (`in_prelude`) and re-raised at the user's call (`at_call_site`).
Functions whose text depends on the call (a tuple of a constant length) are added by
`function(module, name, make_source)` on first use.
"""

import ast
import builtins
import os

import fxn_loader
from fxn_callables import Callable
from fxn_diagnostics import Diagnostic

LINE_OFFSET = 900000

_MODULES = {}  # module name -> PreludeModule, built once per process (the same nodes every round)


class PreludeModule:
    """The live functions of one prelude module and their AST nodes."""

    def __init__(self, name):
        self.name = name
        self.namespace = {"__name__": "fxn_prelude_" + name, "__builtins__": builtins}
        self.nodes = {}
        self.add_source(_source("prelude_%s.py" % name))

    def add_source(self, source):
        tree = ast.parse(source)
        ast.increment_lineno(tree, LINE_OFFSET)
        exec(compile(source, "<fxn>/prelude/prelude_%s.py" % self.name, "exec", dont_inherit=True), self.namespace)
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                self.nodes[node.name] = node

    def function(self, name):
        return self.namespace[name]


def _source(filename):
    """The prelude file's text: the copy embedded in fxn-trace, else (unit tests) the file."""
    embedded = getattr(fxn_loader, "SOURCES", {}).get(filename)
    if embedded is not None:
        return embedded
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "prelude", filename)
    with open(path, encoding="utf-8") as f:
        return f.read()


def module(name):
    if name not in _MODULES:
        _MODULES[name] = PreludeModule(name)
    return _MODULES[name]


def function(module_name, name, make_source=None):
    """The live prelude function `name` of `module_name`; when it does not exist yet and
    make_source is given, its source (make_source()) is added first."""
    m = module(module_name)
    if name not in m.nodes and make_source is not None:
        m.add_source(make_source())
    return m.function(name)


def prelude_of(fn):
    """The PreludeModule defining live function fn, or None."""
    g = getattr(fn, "__globals__", None)
    for m in _MODULES.values():
        if g is m.namespace:
            return m
    return None


def make_callable(fn):
    """A new Callable for the prelude function fn (the module builder caches it per node)."""
    m = prelude_of(fn)
    node = m.nodes[fn.__name__]
    target = Callable(node, "%s.%s" % (m.name, fn.__name__.replace("_fxn_", "")),
                      "fxn_prelude_%s_%s" % (m.name, fn.__name__.strip("_")))
    target.prelude = m
    return target


def namespace_of(target):
    """The namespace names resolve in while `target` (a Callable) is built: a prelude module's, or
    None for the user's code."""
    m = getattr(target, "prelude", None)
    return None if m is None else m.namespace


def resolve(namespace, name):
    if name in namespace:
        return True, namespace[name]
    if hasattr(builtins, name):
        return True, getattr(builtins, name)
    return False, None


def in_prelude(diagnostic):
    return diagnostic.line >= LINE_OFFSET


def at_call_site(diagnostic, call, what):
    """The diagnostic raised inside prelude code, re-raised at the user's call of `what`."""
    return Diagnostic(call, "%s (in %s)" % (diagnostic.message, what))
