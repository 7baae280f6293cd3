"""The `re` module: a lowering mixin (`ReLowering`, composed into FunctionBuilder).

Patterns must be known when the module is traced (a literal, a module-level str or compiled
pattern, flags made of re's constants): each is compiled there by CPython's own compiler
(re._parser.parse + re._compiler._code of 3.11), and the program `_sre` would run travels to the
generated code as a spec string (`re.compile`), where runtime/fxn_re.hpp interprets it with
_sre's semantics (and runtime/fxn_re_native.hpp compiles it, where it can). So a compiled pattern's groups and names are known statically: a pattern or
match value's type (StdlibT "re_pattern"/"re_match") carries its `ReProgram`, and values of two
different patterns do not meet. Replacement templates are parsed at trace time as well
(re._parser.parse_template), and re.sub with a function becomes finditer + a call per match +
re.sub_join.
"""

import ast
import re
import re._compiler as re_compiler
import re._constants as re_constants
import re._parser as re_parser

from fxn_diagnostics import Diagnostic, unsupported
from fxn_types import BOOL, INT, NONE, STR, DictT, ListT, OptT, StdlibT, TupleT, TypeVar, prune, show

# CPython's flags fxn compiles (re.LOCALE depends on the C locale, re.DEBUG prints, re.TEMPLATE
# is deprecated).
SUPPORTED_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE | re.ASCII | re.UNICODE
# The matcher implements 3.11's opcodes.
SRE_MAGIC = 20220615
MAXSIZE = 2 ** 63 - 1

# Parameters of each function and method, as CPython names them (after the pattern for module
# functions): (name, default) with None as "required".
MODULE_PARAMS = {
    "compile": (("flags", 0),),
    "search": (("string", None), ("flags", 0)),
    "match": (("string", None), ("flags", 0)),
    "fullmatch": (("string", None), ("flags", 0)),
    "findall": (("string", None), ("flags", 0)),
    "finditer": (("string", None), ("flags", 0)),
    "split": (("string", None), ("maxsplit", 0), ("flags", 0)),
    "sub": (("repl", None), ("string", None), ("count", 0), ("flags", 0)),
    "subn": (("repl", None), ("string", None), ("count", 0), ("flags", 0)),
}
METHOD_PARAMS = {
    "search": (("string", None), ("pos", 0), ("endpos", MAXSIZE)),
    "match": (("string", None), ("pos", 0), ("endpos", MAXSIZE)),
    "fullmatch": (("string", None), ("pos", 0), ("endpos", MAXSIZE)),
    "findall": (("string", None), ("pos", 0), ("endpos", MAXSIZE)),
    "finditer": (("string", None), ("pos", 0), ("endpos", MAXSIZE)),
    "split": (("string", None), ("maxsplit", 0)),
    "sub": (("repl", None), ("string", None), ("count", 0)),
    "subn": (("repl", None), ("string", None), ("count", 0)),
}


class ReProgram:
    """One pattern compiled at trace time: CPython's Pattern object and the spec string the
    runtime parses (flags, group count, code words, group names, then the pattern text)."""

    def __init__(self, compiled, code):
        self.compiled = compiled
        self.groups = compiled.groups
        self.groupindex = dict(compiled.groupindex)
        names = " ".join("%s=%d" % (n, i) for n, i in self.groupindex.items())
        self.spec = "%d %d %d %s %s|%s" % (compiled.flags, compiled.groups, len(code),
                                           " ".join(str(int(c)) for c in code), names, compiled.pattern)

    def pattern_type(self):
        return StdlibT("re", "re_pattern", "re.Pattern", self.spec, self)

    def match_type(self):
        return StdlibT("re", "re_match", "re.Match", self.spec, self)


def compile_program(at, pattern, flags):
    """CPython's compilation of `pattern` with `flags`, or a diagnostic naming what fxn refuses."""
    if isinstance(pattern, bytes):
        raise unsupported(at, "bytes pattern in re (fxn compiles str patterns)")
    if not isinstance(pattern, str):
        raise unsupported(at, "re pattern that is not a str")
    flags = int(flags)
    if flags & ~SUPPORTED_FLAGS:
        names = [f.name for f in (re.LOCALE, re.DEBUG, re.TEMPLATE) if flags & f] or ["flags %d" % flags]
        raise unsupported(at, "re flag %s" % ", ".join("re." + n for n in names))
    if re_constants.MAGIC != SRE_MAGIC:
        raise unsupported(at, "re of a CPython whose regular expression engine fxn does not implement")
    try:
        compiled = re.compile(pattern, flags)
        parsed = re_parser.parse(pattern, flags)
        code = re_compiler._code(parsed, flags)
    except (re.error, ValueError, OverflowError, RecursionError) as err:
        raise Diagnostic(at, "invalid regular expression %r: %s" % (pattern, err))
    if compiled.flags & ~SUPPORTED_FLAGS:
        raise unsupported(at, "re flag set inside the pattern %r" % pattern)
    return ReProgram(compiled, code)


def template_spec(at, repl, program):
    """A replacement template parsed by CPython: "L<bytes>:<text>" and "G<group>;" pieces."""
    try:
        groups, literals = re_parser.parse_template(repl, program.compiled)
    except (re.error, IndexError) as err:
        raise Diagnostic(at, "invalid replacement template %r: %s" % (repl, err))
    literals = list(literals)
    for index, group in groups:
        literals[index] = group
    out = []
    for piece in literals:
        if isinstance(piece, int):
            out.append("G%d;" % piece)
        elif piece:
            out.append("L%d:%s" % (len(piece.encode("utf-8", "surrogatepass")), piece))
    return "".join(out)


class ReLowering:
    """re.compile/search/match/fullmatch/findall/finditer/split/sub/subn/escape, the same as
    methods of a pattern value, and match objects."""

    # ---- static values: patterns, flags, templates ----

    def static_value(self, node):
        """The value of `node` when it is known at trace time (a literal, a module-level name
        that no function assigns, re.FLAG, `a | b`), else MISSING_STATIC."""
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Name) and node.id not in self.locals and node.id not in self.renames \
                and not self.m.state.has(node.id):
            value = self.m.resolve_global_quiet(node.id)
            if isinstance(value, (str, bytes, int, re.Pattern)):
                return value
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                and node.value.id not in self.locals and node.value.id not in self.renames:
            owner = self.m.resolve_global_quiet(node.value.id)
            if owner is re and isinstance(getattr(re, node.attr, None), int):
                return getattr(re, node.attr)
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.BitOr, ast.Add)):
            left, right = self.static_value(node.left), self.static_value(node.right)
            if left is not MISSING_STATIC and right is not MISSING_STATIC:
                try:
                    return left | right if isinstance(node.op, ast.BitOr) else left + right
                except TypeError:
                    return MISSING_STATIC
        return MISSING_STATIC

    def static_flags(self, node):
        if node is None:
            return 0
        value = self.static_value(node)
        if value is MISSING_STATIC or isinstance(value, bool) or not isinstance(value, int):
            raise unsupported(node, "re flags that are not constants (write re.IGNORECASE | re.MULTILINE, ...)")
        return value

    def pattern_operand(self, at, node, flags_node):
        """The pattern argument of a module function: compiled now when its text is static,
        else a pattern value (a variable holding re.compile(...))."""
        value = self.static_value(node)
        if isinstance(value, re.Pattern):
            if flags_node is not None and self.static_flags(flags_node):
                raise Diagnostic(flags_node, "cannot process flags argument with a compiled pattern")
            return self.pattern_value(at, compile_program(node, value.pattern, value.flags))
        if value is not MISSING_STATIC:
            return self.pattern_value(at, compile_program(node, value, self.static_flags(flags_node)))
        operand = self.expr(node)
        if isinstance(prune(operand[1]), StdlibT) and prune(operand[1]).ir_name == "re_pattern":
            if flags_node is not None and self.static_flags(flags_node):
                raise Diagnostic(flags_node, "cannot process flags argument with a compiled pattern")
            return operand
        if self.discovery and isinstance(prune(operand[1]), TypeVar):
            return operand
        raise unsupported(node, "re pattern that is not known when the module is traced (a literal, a "
                          "module-level constant or a compiled pattern)")

    def pattern_value(self, at, program):
        spec = self.constant(at, program.spec)
        return self.value(at, "CALL_FUNCTION", "pattern", "re.compile", [spec[0]], program.pattern_type())

    def global_re(self, e, value):
        """A module-level compiled pattern (WORD = re.compile(r"\\w+")) read by a function."""
        if not isinstance(value, re.Pattern):
            raise unsupported(e, "module-level %s '%s'" % (type(value).__name__, e.id))
        return self.pattern_value(e, compile_program(e, value.pattern, value.flags))

    # ---- arguments ----

    def bind_re_args(self, e, params, name, skip=0):
        """The call's argument nodes by parameter name (defaults as Python values)."""
        self.no_unpacking(e)
        args = list(e.args)[skip:]
        if len(args) > len(params):
            raise Diagnostic(e, "%s() takes at most %d arguments (%d given)" % (name, len(params), len(args)))
        bound = {}
        for (pname, _), a in zip(params, args):
            bound[pname] = a
        names = [p for p, _ in params]
        for k in e.keywords:
            if k.arg not in names:
                raise Diagnostic(k, "%s() got an unexpected keyword argument '%s'" % (name, k.arg))
            if k.arg in bound:
                raise Diagnostic(k, "%s() got multiple values for argument '%s'" % (name, k.arg))
            bound[k.arg] = k.value
        for pname, default in params:
            if pname not in bound and default is None:
                raise Diagnostic(e, "%s() missing required argument '%s'" % (name, pname))
        return bound

    def re_str(self, at, node, what="string"):
        value = self.expr(node)
        t = prune(value[1])
        if t is STR or (isinstance(t, TypeVar) and self.discovery):
            return value
        if isinstance(t, OptT) and prune(t.elem) is STR:
            return self.unwrap(at, value, "expected string or bytes-like object, got 'NoneType'")
        raise unsupported(node, "re %s of type %s (fxn compiles str)" % (what, show(t)))

    def re_int(self, at, bound, pname, default):
        node = bound.get(pname)
        if node is None:
            return self.constant(at, default)
        value = self.expr(node)
        t = prune(value[1])
        if t is INT or t is BOOL or (isinstance(t, TypeVar) and self.discovery):
            return value
        raise unsupported(node, "re argument '%s' of type %s" % (pname, show(t)))

    def attribute_re(self, e, qualified):
        """re.IGNORECASE and the other flags as values: their ints."""
        value = getattr(re, qualified.split(".", 1)[1])
        if isinstance(value, re.RegexFlag):
            return self.constant(e, int(value))
        return NotImplemented

    # ---- module functions and pattern methods ----

    def call_re(self, e, qualified):
        name = qualified.split(".", 1)[1]
        if name == "escape":
            self.no_unpacking(e)
            if len(e.args) != 1 or e.keywords:
                raise unsupported(e, "re.escape() with other than one argument")
            return self.value(e, "CALL_FUNCTION", "escaped", "re.escape", [self.re_str(e, e.args[0])[0]], STR)
        if name not in MODULE_PARAMS:
            raise unsupported(e, "re.%s" % name)
        if not e.args and not any(k.arg == "pattern" for k in e.keywords):
            raise Diagnostic(e, "%s() missing required argument 'pattern'" % name)
        pattern_node = e.args[0] if e.args else next(k.value for k in e.keywords if k.arg == "pattern")
        kept = [k for k in e.keywords if k.arg != "pattern"]
        call = ast.copy_location(ast.Call(func=e.func, args=e.args, keywords=kept), e)
        bound = self.bind_re_args(call, MODULE_PARAMS[name], name, skip=1 if e.args else 0)
        pattern = self.pattern_operand(e, pattern_node, bound.get("flags"))
        if name == "compile":
            return pattern
        return self.pattern_call(e, name, pattern, bound)

    def method_re(self, e, receiver, attr):
        t = prune(receiver[1])
        if t.ir_name == "re_match":
            return self.match_method(e, receiver, t.data, attr)
        if attr not in METHOD_PARAMS:
            raise unsupported(e, "method re.Pattern.%s()" % attr)
        bound = self.bind_re_args(e, METHOD_PARAMS[attr], attr)
        return self.pattern_call(e, attr, receiver, bound)

    def pattern_call(self, e, name, pattern, bound):
        program = prune(pattern[1]).data if isinstance(prune(pattern[1]), StdlibT) else None
        if name in ("sub", "subn"):
            return self.substitute(e, name, pattern, program, bound)
        string = self.re_str(e, bound["string"])
        if name == "split":
            maxsplit = self.re_int(e, bound, "maxsplit", 0)
            item = STR if program is None or program.groups == 0 else OptT(STR)
            return self.value(e, "CALL_FUNCTION", "parts", "re.split", [pattern[0], string[0], maxsplit[0]],
                              ListT(item))
        pos = self.re_int(e, bound, "pos", 0)
        endpos = self.re_int(e, bound, "endpos", MAXSIZE)
        args = [pattern[0], string[0], pos[0], endpos[0]]
        match_t = program.match_type() if program is not None else TypeVar()
        if name in ("search", "match", "fullmatch"):
            return self.value(e, "CALL_FUNCTION", "m", "re." + name, args, OptT(match_t))
        if name == "findall":
            if program is None:
                item = TypeVar()
            elif program.groups <= 1:
                item = STR
            else:
                item = TupleT([STR] * program.groups)
            return self.value(e, "CALL_FUNCTION", "found", "re.findall", args, ListT(item))
        # finditer: a list of the matches (iterated as CPython's iterator would give them), so
        # only where it is iterated at once: len() or next() of CPython's iterator differ.
        if id(e) not in iterated_calls(self.target.node):
            raise unsupported(e, "re.finditer() used other than as the iterable of a for loop or comprehension "
                              "(or the argument of list(), sorted(), enumerate())")
        return self.value(e, "CALL_FUNCTION", "matches", "re.finditer", args, ListT(match_t))

    def substitute(self, e, name, pattern, program, bound):
        repl_node = bound["repl"]
        repl_value = self.static_value(repl_node)
        count = self.re_int(e, bound, "count", 0)
        if isinstance(repl_value, str):
            if program is None:
                raise unsupported(e, "re.%s on a pattern not known yet" % name)
            template = self.constant(e, template_spec(repl_node, repl_value, program))
            string = self.re_str(e, bound["string"])
            result_t = STR if name == "sub" else TupleT([STR, INT])
            return self.value(e, "CALL_FUNCTION", "replaced", "re." + name,
                              [pattern[0], template[0], string[0], count[0]], result_t)
        if isinstance(repl_value, bytes):
            raise unsupported(repl_node, "bytes replacement in re.%s" % name)
        if name == "subn":
            raise unsupported(repl_node, "re.subn with a function (re.sub takes one)")
        if isinstance(repl_node, (ast.Name, ast.Attribute)) and not isinstance(repl_node, ast.Lambda):
            peeked = prune(self.peek_type(repl_node))
            if peeked is STR or isinstance(peeked, OptT):
                raise unsupported(repl_node, "re.%s replacement that is neither a constant str nor a function "
                                  "(templates are parsed when the module is traced)" % name)
        if isinstance(repl_node, (ast.Lambda, ast.Name, ast.Attribute)):
            string = self.re_str(e, bound["string"])
            match_t = program.match_type() if program is not None else TypeVar()
            matches = self.value(e, "CALL_FUNCTION", "matches", "re.finditer_count",
                                 [pattern[0], string[0], count[0]], ListT(match_t))
            repls = self.keys_of(e, matches, repl_node)
            if not isinstance(prune(prune(repls[1]).elem), (TypeVar,)) and prune(prune(repls[1]).elem) is not STR:
                raise unsupported(repl_node, "re.sub function returning %s (fxn compiles functions returning str)"
                                  % show(prune(repls[1]).elem))
            return self.value(e, "CALL_FUNCTION", "replaced", "re.sub_join", [string[0], matches[0], repls[0]], STR)
        raise unsupported(repl_node, "re.%s replacement that is neither a constant str nor a function" % name)

    # ---- match objects ----

    def group_index(self, at, node, program):
        """A group argument: an int constant (checked against the pattern when static), a name
        resolved to its index when static, else the value (checked at run time)."""
        value = self.static_value(node) if node is not None else 0
        if isinstance(value, str) and program is not None and value in program.groupindex:
            return self.constant(at, program.groupindex[value]), program.groupindex[value]
        if isinstance(value, int) and not isinstance(value, bool):
            return self.constant(at, value), value
        operand = self.expr(node)
        t = prune(operand[1])
        if t in (INT, STR) or (isinstance(t, TypeVar) and self.discovery):
            return operand, None
        raise unsupported(node, "match group of type %s" % show(t))

    def group(self, at, m, node, program):
        index, static = self.group_index(at, node, program)
        if static == 0:
            return self.value(at, "CALL_FUNCTION", "g0", "re.group0", [m[0]], STR)
        return self.value(at, "CALL_FUNCTION", "g", "re.group", [m[0], index[0]], OptT(STR))

    def match_method(self, e, m, program, attr):
        self.no_unpacking(e)
        if attr == "group":
            if e.keywords:
                raise Diagnostic(e, "group() takes no keyword arguments")
            if not e.args:
                return self.group(e, m, None, program)
            if len(e.args) == 1:
                return self.group(e, m, e.args[0], program)
            return self.build_tuple(e, [self.group(e, m, a, program) for a in e.args])
        if attr in ("groups", "groupdict"):
            bound = self.bind_re_args(e, (("default", NONE),), attr)
            default = self.expr(bound["default"]) if "default" in bound else self.constant(e, None)
            dt = prune(default[1])
            item_t = OptT(STR) if dt is NONE else dt
            if item_t is not STR and not (isinstance(item_t, OptT) and prune(item_t.elem) is STR):
                raise unsupported(e, "%s() default of type %s" % (attr, show(dt)))
            if program is None:
                raise unsupported(e, "%s() of a match whose pattern is not known yet" % attr)
            def item(i):
                if dt is NONE:
                    return self.value(e, "CALL_FUNCTION", "g", "re.group", [m[0], self.constant(e, i)[0]], item_t)
                return self.value(e, "CALL_FUNCTION", "g", "re.group_or", [m[0], self.constant(e, i)[0], default[0]],
                                  item_t)
            if attr == "groups":
                return self.build_tuple(e, [item(i) for i in range(1, program.groups + 1)])
            result = self.value(e, "CALL_FUNCTION", "groupdict", "fxn.empty_dict", [], DictT(STR, item_t))
            for gname, i in program.groupindex.items():
                self.dict_store(e, result, self.constant(e, gname), item(i))
            return result
        if attr in ("start", "end", "span"):
            if e.keywords or len(e.args) > 1:
                raise unsupported(e, "%s() with other than one positional argument" % attr)
            index, _ = self.group_index(e, e.args[0] if e.args else None, program)
            if attr != "span":
                return self.value(e, "CALL_FUNCTION", attr, "re." + attr, [m[0], index[0]], INT)
            start = self.value(e, "CALL_FUNCTION", "start", "re.start", [m[0], index[0]], INT)
            end = self.value(e, "CALL_FUNCTION", "end", "re.end", [m[0], index[0]], INT)
            return self.build_tuple(e, [start, end])
        raise unsupported(e, "method re.Match.%s()" % attr)

    def attribute_of_re(self, at, obj, attr):
        t = prune(obj[1])
        program = t.data
        if t.ir_name == "re_pattern":
            if attr == "pattern":
                return self.constant(at, program.compiled.pattern)
            if attr in ("flags", "groups"):
                return self.constant(at, getattr(program.compiled, attr))
            raise unsupported(at, "attribute re.Pattern.%s" % attr)
        kinds = {"lastindex": OptT(INT), "lastgroup": OptT(STR), "string": STR, "pos": INT, "endpos": INT}
        if attr in kinds:
            return self.value(at, "CALL_FUNCTION", attr, "re." + attr, [obj[0]], kinds[attr])
        raise unsupported(at, "attribute re.Match.%s" % attr)

    def subscript_re(self, at, container, index_value):
        t = prune(container[1])
        if t.ir_name != "re_match":
            raise unsupported(at, "subscript of re.Pattern")
        node = at.slice if isinstance(at, ast.Subscript) else None
        if node is not None:
            value = self.static_value(node)
            if isinstance(value, str) and value in t.data.groupindex:
                return self.group(at, container, node, t.data)
            if isinstance(value, int) and value == 0:
                return self.group(at, container, None, t.data)
        it = prune(index_value[1])
        if it not in (INT, STR) and not (isinstance(it, TypeVar) and self.discovery):
            raise unsupported(at, "match group of type %s" % show(it))
        return self.value(at, "CALL_FUNCTION", "g", "re.group", [container[0], index_value[0]], OptT(STR))


_ITERATED = {}


def iterated_calls(fn_node):
    """ids of the call nodes in fn_node that are iterated at once: a for loop's or a
    comprehension's iterable, or the argument of list()/sorted()/enumerate()/tuple()."""
    key = id(fn_node)
    if key not in _ITERATED:
        found = set()
        for node in ast.walk(fn_node):
            if isinstance(node, (ast.For, ast.comprehension)):
                found.add(id(node.iter))
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id in ("list", "sorted", "enumerate", "tuple") and len(node.args) == 1:
                found.add(id(node.args[0]))
        _ITERATED[key] = (fn_node, found)
    return _ITERATED[key][1]


class _Missing:
    def __repr__(self):
        return "MISSING_STATIC"


MISSING_STATIC = _Missing()
