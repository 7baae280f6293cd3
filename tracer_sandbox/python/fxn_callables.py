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
        # local functions of the enclosing function it may call: its dict itself, so one finds itself
        self.scope = {} if scope is None else scope
        self.class_aliases = {}         # a classmethod's `cls` parameter -> the class it is called on

    def params_bound_here(self):
        """Parameters the call does not pass (entry defaults, a classmethod's cls)."""
        return list(self.fixed) + list(self.class_aliases)


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
        # Hierarchies (fxn_classes): the class whose layout this one extends, the user classes
        # of its MRO (itself first; mixins included), the classes extending it, whether its
        # instances carry their run-time class, whether the module creates any, whether it is a
        # user exception class with a body.
        self.base = None
        self.mro = [self]
        self.subclasses = []
        self.polymorphic = False
        self.instantiated = False
        self.exception = False
        self.construction = None  # what constructing an instance assigns (fxn_classes.construction)
        # @dataclass(frozen=..., order=..., eq=...)
        self.frozen = False
        self.order = False
        self.eq = True

    def lookup_method(self, name):
        """The method `name` as Python finds it on an instance (along the MRO), or None. Every
        method lookup goes through here."""
        for info in self.mro:
            if name in info.methods:
                return info.methods[name]
        return None

    def lookup_constant(self, name):
        """(True, value) of class attribute `name` along the MRO, or (False, None)."""
        for info in self.mro:
            if name in info.constants:
                return True, info.constants[name]
        return False, None
