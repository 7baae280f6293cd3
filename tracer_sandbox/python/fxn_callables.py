"""What the user's names resolve to when they are called or instantiated: a Callable (a module
function, a method, a local function or a lambda) and a ClassInfo (a user class: its fields with
their types, methods, constants, and dataclass fields).
"""

import dataclasses

MISSING = object()


class Callable:
    """Something a call can target: a module function, a method, a local (closure) function or a lambda."""

    def __init__(self, node, python_name, symbol_base, fn_obj=None, captures=(), owner=None, kind="function",
                 scope=None):
        self.node = node                # ast.FunctionDef or ast.Lambda
        self.python_name = python_name
        self.symbol_base = symbol_base
        self.fn_obj = fn_obj            # the live function object, when there is one (defaults, identity)
        self.captures = list(captures)  # names of the enclosing function's variables it reads
        self.owner = owner              # ClassInfo of a method
        self.kind = kind                # "function", "method", "staticmethod", "property"
        self.fixed = {}                 # parameters the entry's samples leave out: name -> default value
        self.scope = scope or {}        # local functions of the enclosing function it may call


class ClassInfo:
    def __init__(self, cls, node):
        self.cls = cls
        self.node = node
        self.name = cls.__name__
        self.fields = {}  # name -> type (insertion order: the record's layout)
        self.methods = {}
        self.constants = {}
        self.dataclass = dataclasses.is_dataclass(cls)
        self.dc_fields = []  # (name, default or MISSING)
        self.total_ordering = False  # @functools.total_ordering: the missing <, <=, >, >= derived

    def lookup_method(self, name):
        """The Callable `name` resolves to on instances of this class (operator methods included),
        or None. Every lookup of a method goes through here (inheritance extends it)."""
        return self.methods.get(name)
