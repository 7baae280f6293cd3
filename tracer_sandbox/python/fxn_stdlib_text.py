"""Text formatting known at compile time (a lowering mixin): printf-style `fmt % args` and
`fmt.format(...)` with a format string that is a literal or a module-level str constant.

Both are desugared the way f-strings are: the format string is parsed here (CPython's rules:
unicode_format for '%', string.Formatter's grammar for format()), each conversion becomes one
kernel call (`fxn.percent_format` in ops_text.hpp, or builtins.format), and the pieces are
concatenated. What CPython raises because of the format string alone (a bad conversion
character, too few or too many arguments) is a StaticRaise at the point CPython raises it.
"""

import ast
import string

from fxn_diagnostics import StaticRaise, unsupported
from fxn_syntax import synthetic_name
from fxn_types import BOOL, DYN, FLOAT, INT, STR, ClassT, DictT, ListT, TupleT, TypeVar, joins_dynamically, prune, show

PERCENT_FLAGS = "-+ #0"
PERCENT_CONVERSIONS = "diouxXeEfFgGcrsa"
NO_VALUE = -2 ** 63  # ops_text.hpp's percent::kNone: no width or precision given


def parse_percent(fmt):
    """The items of a '%' format string, in order: ("text", s), ("conv", key, flags, width,
    precision, letter) with width/precision None, an int or "*", and at most one final
    ("error", exception, message) where CPython's parser stops."""
    items, text, i, n = [], [], 0, len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%":
            text.append(c)
            i += 1
            continue
        i += 1
        key = None
        if i < n and fmt[i] == "(":
            depth, start = 1, i + 1
            i += 1
            while i < n and depth:
                depth += {"(": 1, ")": -1}.get(fmt[i], 0)
                i += 1
            if depth:
                items.append(("error", "ValueError", "incomplete format key"))
                return items
            key = fmt[start:i - 1]
        flags = ""
        while i < n and fmt[i] in PERCENT_FLAGS:
            flags += fmt[i]
            i += 1
        width = precision = None
        if i < n and fmt[i] == "*":
            width, i = "*", i + 1
        else:
            start = i
            while i < n and fmt[i].isdigit():
                i += 1
            width = int(fmt[start:i]) if i > start else None
        if i < n and fmt[i] == ".":
            i += 1
            if i < n and fmt[i] == "*":
                precision, i = "*", i + 1
            else:
                start = i
                while i < n and fmt[i].isdigit():
                    i += 1
                precision = int(fmt[start:i]) if i > start else 0
        if i < n and fmt[i] in "hlL":
            i += 1
        if i >= n:
            items.append(("error", "ValueError", "incomplete format"))
            return items
        letter = fmt[i]
        i += 1
        if letter == "%" and key is None and not flags and width is None and precision is None:
            text.append("%")
            continue
        if text:
            items.append(("text", "".join(text)))
            text = []
        if letter == "%":
            items.append(("unsupported", "'%%' with a key, flags, width or precision"))
            return items
        if letter not in PERCENT_CONVERSIONS:
            items.append(("error", "ValueError", "unsupported format character '%s' (0x%x) at index %d"
                          % (letter, ord(letter), i - 1)))
            return items
        items.append(("conv", key, "".join(sorted(set(flags))), width, precision, letter))
    if text:
        items.append(("text", "".join(text)))
    return items


class TextLowering:
    """Hooks: `percent_format` (operator % with a str on the left), `str_format` (str.format)."""

    def known_format_string(self, node):
        """The value of a format string known at compile time, else None: a str literal or a
        module-level str constant no function rebinds."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name) and node.id not in self.locals and node.id not in self.renames \
                and node.id not in self.target.captures and not self.m.state.has(node.id):
            value = self.m.resolve_global_quiet(node.id)
            if type(value) is str:
                return value
        return None

    # ---- '%' formatting ----

    def percent_format(self, at, left, right):
        fmt = self.known_format_string(at.left) if isinstance(at, ast.BinOp) else None
        if fmt is None:
            return self.percent_at_run_time(at, left, right, "% formatting of a str not known at compile time")
        rt = prune(right[1])
        if isinstance(rt, TypeVar) and self.discovery:
            return "$unknown", TypeVar()
        items = parse_percent(fmt)
        if isinstance(rt, TupleT) and not rt.as_list:
            args = [self.tuple_get(at, right[0], rt, i) for i in range(len(rt.elems))]
            mapping = None
        elif rt is DYN:  # a tuple at run time is the argument list, anything else the one argument
            if any(it[0] in ("error", "unsupported") or it[0] == "conv" and (it[1] is not None or "*" in (it[3], it[4]))
                   for it in items):
                return self.percent_at_run_time(at, left, right, "")
            count = sum(1 for it in items if it[0] == "conv")
            spread = self.call_op(at, "fxn.percent_dyn_args", [right, self.constant(at, count)], "%")
            args = [self.call_op(at, "operator.getitem", [spread, self.constant(at, i)], "[]") for i in range(count)]
            mapping = spread  # (the count was checked at run time)
        else:
            args = [right]
            # CPython takes any non-tuple, non-str object with __getitem__ as the mapping (then
            # arguments left unused are no error).
            mapping = right if isinstance(rt, (DictT, ListT)) or isinstance(rt, TupleT) else None
            if isinstance(rt, ClassT) and rt.info.lookup_method("__getitem__") is not None:
                raise unsupported(at, "% formatting of an instance with __getitem__")
        keyed = [it for it in items if it[0] == "conv" and it[1] is not None]
        if keyed and any(it[0] == "conv" and it[1] is None for it in items):
            return self.percent_at_run_time(at, left, right, "% formatting mixing %(name)s and positional conversions")
        if keyed and not isinstance(rt, DictT):
            if mapping is None:
                raise StaticRaise(at, "TypeError", "format requires a mapping")
            return self.percent_at_run_time(at, left, right, "%%(name)s formatting of %s" % show(rt))
        pieces, next_arg = [], 0

        def take():
            nonlocal next_arg
            if next_arg >= len(args):
                raise StaticRaise(at, "TypeError", "not enough arguments for format string")
            next_arg += 1
            return args[next_arg - 1]

        for item in items:
            if item[0] == "text":
                pieces.append(self.constant(at, item[1]))
                continue
            if item[0] == "error":
                raise StaticRaise(at, item[1], item[2])
            if item[0] == "unsupported":
                return self.percent_at_run_time(at, left, right, item[1])
            _, key, flags, width, precision, letter = item
            sizes = []
            for size in (width, precision):
                if size == "*":
                    value = take() if key is None else None
                    if value is None:
                        raise StaticRaise(at, "TypeError", "* wants int")
                    if prune(value[1]) not in (INT, BOOL):
                        raise StaticRaise(at, "TypeError", "* wants int")
                    sizes.append(self.promote(value, INT))
                else:
                    sizes.append(self.constant(at, NO_VALUE if size is None else size))
            if key is not None:
                value = self.call_op(at, "operator.getitem", [right, self.constant(at, key)], "[]")
            else:
                value = take()
            pieces.append(self.percent_conversion(at, flags, sizes, letter, value))
        if next_arg < len(args) and mapping is None:
            raise StaticRaise(at, "TypeError", "not all arguments converted during string formatting")
        if not pieces:
            return self.constant(at, "")
        if len(pieces) == 1:
            return pieces[0]
        return self.value(at, "CALL_FUNCTION", "concat", "fxn.concat", [n for n, _ in pieces], STR)

    def percent_at_run_time(self, at, left, right, what):
        """`fmt % args` that the compile-time parse above does not take (a format string known only
        at run time, %(key)s of a list, '%5%', ...): fxn.percent_runtime (ops_dyn.hpp) parses
        and converts at run time as CPython does, with args as a dynamic value (a tuple is the
        argument list). Refused where args cannot be a dynamic value (an instance, a set)."""
        rt = prune(right[1])
        if rt is not DYN and not joins_dynamically(rt, DYN):
            raise unsupported(at, "%s (with %s arguments)" % (what or "% formatting", show(rt)))
        return self.call_op(at, "fxn.percent_runtime", [left, self.to_dynamic(at, right)], "%")

    def percent_conversion(self, at, flags, sizes, letter, value):
        if letter not in "sra":
            value = self.int_enum_as_int(at, value)
        t = prune(value[1])
        if letter in "sra":
            value = self.formatted(at, value, {"s": 115, "r": 114, "a": 97}[letter], None)
        elif t is BOOL:
            value = self.promote(value, INT)
        elif t not in (INT, FLOAT, STR):
            raise unsupported(at, "%%%s formatting of %s" % (letter, show(t)))
        operands = [self.constant(at, flags)] + sizes + [self.constant(at, letter), value]
        return self.call_op(at, "fxn.percent_format", operands, "%")

    # ---- str.format ----

    def str_format(self, e, fmt):
        """fmt.format(...) with fmt known at compile time: {} {0} {name}, {0.attr}, {0[key]},
        !r !s !a, and specs with nested fields ({:{width}.{prec}f}). The arguments are evaluated
        once, in order, before any formatting (as CPython evaluates a call's arguments)."""
        if any(k.arg is None for k in e.keywords):
            raise unsupported(e, "**kwargs in str.format()")
        if any(isinstance(a, ast.Starred) for a in e.args):
            raise unsupported(e, "*args in str.format()")
        # Names and constants are read where their field is (nothing runs in between); any other
        # argument is evaluated once, in order, into a temporary first.
        simple = all(isinstance(a, (ast.Name, ast.Constant)) for a in e.args + [k.value for k in e.keywords])
        positional = [a if simple else self.format_argument(e, self.expr(a)) for a in e.args]
        names = {k.arg: k.value if simple else self.format_argument(e, self.expr(k.value)) for k in e.keywords}
        state = {"auto": 0, "manual": False}
        pieces = self.format_pieces(e, fmt, positional, names, state, 2)
        if not pieces:
            return self.constant(e, "")
        return self.value(e, "CALL_FUNCTION", "concat", "fxn.concat", [n for n, _ in pieces], STR)

    def format_argument(self, at, value):
        """An argument kept in a temporary read through a synthetic name (so {0.x} and {0[1]}
        are ordinary attribute and subscript expressions on it)."""
        var = self.new_temp(value[1], "fmtarg")
        self.store(at, var, value)
        ident = "$fmtarg%d" % self.temp_count
        self.renames[ident] = var
        return synthetic_name(at, ident)

    def format_pieces(self, e, fmt, positional, names, state, depth):
        if depth < 0:
            raise StaticRaise(e, "ValueError", "Max string recursion exceeded")
        try:
            parsed = list(string.Formatter().parse(fmt))
        except ValueError as err:
            raise StaticRaise(e, "ValueError", str(err))
        pieces = []
        for literal, field, spec, conversion in parsed:
            if literal:
                pieces.append(self.constant(e, literal))
            if field is None:
                continue
            node = self.format_field(e, field, positional, names, state)
            conv = {None: -1, "r": 114, "s": 115, "a": 97}.get(conversion)
            if conv is None:
                raise StaticRaise(e, "ValueError", "Unknown conversion specifier %s" % conversion)
            spec_ast = None
            if spec and "{" not in spec:
                spec_ast = ast.copy_location(ast.Constant(value=spec), e)
            elif spec:
                spec_pieces = self.format_pieces(e, spec, positional, names, state, depth - 1)
                spec_ast = self.joined_spec(e, spec_pieces)
            pieces.append(self.formatted(e, self.expr(node), conv, spec_ast))
        return pieces

    def joined_spec(self, e, spec_pieces):
        """A format spec built from pieces: a synthetic name bound to their concatenation."""
        if len(spec_pieces) == 1:
            spec = spec_pieces[0]
        else:
            spec = self.value(e, "CALL_FUNCTION", "concat", "fxn.concat", [n for n, _ in spec_pieces], STR)
        return self.format_argument(e, spec)

    def format_field(self, e, field, positional, names, state):
        """The expression a replacement field names: an argument, then .attr and [key] parts."""
        first, rest = field, ""
        for i, c in enumerate(field):
            if c in ".[":
                first, rest = field[:i], field[i:]
                break
        if first == "":
            if state["manual"]:
                raise StaticRaise(e, "ValueError",
                                  "cannot switch from manual field specification to automatic field numbering")
            index, state["auto"] = state["auto"], state["auto"] + 1
            state["automatic"] = True
            if index >= len(positional):
                raise StaticRaise(e, "IndexError", "Replacement index %d out of range for positional args tuple"
                                  % index)
            node = positional[index]
        elif first.isdigit():
            if state.get("automatic"):
                raise StaticRaise(e, "ValueError",
                                  "cannot switch from automatic field numbering to manual field specification")
            state["manual"] = True
            if int(first) >= len(positional):
                raise StaticRaise(e, "IndexError", "Replacement index %s out of range for positional args tuple"
                                  % first)
            node = positional[int(first)]
        else:
            if first not in names:
                raise StaticRaise(e, "KeyError", repr(first))
            node = names[first]
        i = 0
        while i < len(rest):
            if rest[i] == ".":
                j = i + 1
                while j < len(rest) and rest[j] not in ".[":
                    j += 1
                attr = rest[i + 1:j]
                if not attr:
                    raise StaticRaise(e, "ValueError", "Empty attribute in format string")
                node = ast.copy_location(ast.Attribute(value=node, attr=attr, ctx=ast.Load()), e)
                i = j
            elif rest[i] == "[":
                j = rest.find("]", i)
                if j < 0:
                    raise StaticRaise(e, "ValueError", "Missing ']' in format string")
                key = rest[i + 1:j]
                if not key:
                    raise StaticRaise(e, "ValueError", "Empty attribute in format string")
                key_node = ast.copy_location(ast.Constant(value=int(key) if key.isdigit() else key), e)
                node = ast.copy_location(ast.Subscript(value=node, slice=key_node, ctx=ast.Load()), e)
                i = j + 1
                if i < len(rest) and rest[i] not in ".[":
                    raise StaticRaise(e, "ValueError", "Only '.' or '[' may follow ']' in format field specifier")
            else:
                raise StaticRaise(e, "ValueError", "Only '.' or '[' may follow ']' in format field specifier")
        return node
