"""Diagnostics: what the front end says when it refuses a function.

A Diagnostic carries file:line:col (from the AST node it is raised at) and a message; `unsupported`
names a construct outside the compiled subset. The describe_* helpers name values and globals in
those messages.
"""

import types


class Diagnostic(Exception):
    def __init__(self, node, message):
        super().__init__(message)
        self.line = getattr(node, "lineno", 0) or 0
        self.col = (getattr(node, "col_offset", -1) or 0) + 1 if node is not None else 0
        self.message = message


def unsupported(node, what):
    return Diagnostic(node, "unsupported construct: %s" % what)


def describe_unsupported_value(value):
    kind = type(value).__name__
    names = {"bytes": "bytes value", "complex": "complex number", "set": "module-level set (mutable global state)",
             "frozenset": "frozenset value", "list": "module-level list (mutable global state; use a tuple)",
             "dict": "module-level dict (mutable global state)", "bytearray": "bytearray value"}
    return names.get(kind, "value of type %s" % kind)


def describe_global(value):
    if isinstance(value, types.ModuleType):
        return "module"
    if isinstance(value, types.FunctionType):
        return "function"
    if isinstance(value, type):
        return "class"
    if callable(value):
        return "callable"
    return describe_unsupported_value(value)


class StaticRaise(Diagnostic):
    """An operation that the static types show always raises at run time (CPython's TypeError for
    an operator no method of the class implements): the statement holding it raises the exception
    there (fxn_stmt.statements). Uncaught (outside a statement), it is a diagnostic."""

    def __init__(self, node, exc, text):
        super().__init__(node, "%s: %s" % (exc, text))
        self.node = node
        self.exc = exc
        self.text = text
