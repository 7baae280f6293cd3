"""`e.args` of a built-in exception (a lowering mixin composed into FunctionBuilder).

`e.args` is a dynamic value (its length and item types depend on what was raised): the kernel
`fxn.exception_args` (ops_exc_args.hpp) reads it from the caught exception. In a module that
reads `.args` anywhere, `raise ValueError("a", n)` records its args tuple beside the message (a
RAISE with a second, dynamic argument); an exception a kernel raises gets the args CPython's
kernels give it, derived from the message (a KeyError's key parsed back from its repr). Modules
that never read `.args` are unchanged.

A user exception class caught by the same handler (`class ParseError(ValueError)` under `except
ValueError as e`) keeps its args in its instance's own field, which the built-in view cannot
read: such a handler's `e.args` is refused.
"""

import ast

from fxn_diagnostics import unsupported


class ExceptionArgsLowering:
    """Built-in exceptions' args: the raise side and the `e.args` side."""

    def note_caught_names(self, var, names):
        """Records the exception classes an `except ... as var` handler catches (None: all)."""
        caught = self.__dict__.setdefault("caught_names_of", {})
        if names is None or caught.get(var, ()) is None:
            caught[var] = None
        else:
            caught[var] = set(caught.get(var, ())) | set(names)

    def user_exception_names(self):
        return {c.__name__ for c in self.m.exception_universe() if c.__name__ in self.m.class_defs}

    def builtin_exception_args(self, at, obj):
        """`e.args` of a caught built-in exception: a dynamic tuple."""
        caught = None
        if isinstance(at, ast.Attribute) and isinstance(at.value, ast.Name):
            caught = self.__dict__.get("caught_names_of", {}).get(self.variable(at.value.id, at.value))
        users = self.user_exception_names()
        reachable = users if caught is None else users & caught
        if reachable:
            raise unsupported(at, "'.args' of an exception that may be an instance of the user exception class %s "
                              "(catch it in a handler of its own)" % sorted(reachable)[0])
        return self.call_op(at, "fxn.exception_args", [obj], "e.args")

    def raise_builtin_with_args(self, s, call, cls):
        """`raise ValueError(...)` (call: the ast.Call, or None for `raise ValueError`) in a module
        that reads `.args`: the message as before, and the args tuple as a dynamic value."""
        values = [self.expr(a) for a in call.args] if call is not None else []
        args = self.build_tuple(call or s, values)
        if len(values) > 1:  # str(e) is the repr of the args tuple
            message = self.call_op(call, "builtins.repr", [args], "repr()")
        elif values:
            if issubclass(cls, KeyError):
                message = self.call_op(call, "builtins.repr", [values[0]], "repr()")  # str(KeyError(k)) is repr(k)
            else:
                message = self.to_str(call.args[0], values[0])
        else:
            message = self.constant(s, "")
        args = self.to_dynamic(call or s, args)
        self.emit(s, "RAISE", None, cls.__name__, [message[0], args[0]])
        self.assigned = None
