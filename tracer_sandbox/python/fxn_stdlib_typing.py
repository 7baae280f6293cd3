"""The typing module at run time: annotations are not evaluated by compiled code (fxn infers types
from the samples), so what remains are the few run-time uses: `cast(T, x)` is x, and
`typing.TYPE_CHECKING` is False (CPython's value outside type checkers).
"""

import typing

from fxn_diagnostics import unsupported


class TypingLowering:
    """Lowering of `typing.*` calls and attribute reads."""

    def call_typing(self, e, qualified):
        if qualified == "typing.cast":
            if len(e.args) != 2 or e.keywords:
                raise unsupported(e, "typing.cast() with other than two positional arguments")
            return self.expr(e.args[1])
        return NotImplemented

    def attribute_typing(self, e, qualified):
        value = getattr(typing, qualified.split(".", 1)[1])
        if isinstance(value, bool):
            return self.constant(e, value)
        return NotImplemented
