"""fxn's front end: Python source + what the trace observed -> typed IR.

Runs inside the tracer sandbox's embedded CPython. It reads the function's AST, infers a
static type for every expression from the sample arguments' types and the operator registry's
signatures, and emits the IR in the JSON form of proto/ir.proto. Anything outside the compiled
subset raises Diagnostic, naming file:line:col and the construct: a function compiles to
exactly what CPython computes, or not at all.
"""

import ast
import builtins
import math
import types

INT64_MIN = -(2 ** 63)
INT64_MAX = 2 ** 63 - 1


class Diagnostic(Exception):
    def __init__(self, node, message):
        super().__init__(message)
        self.line = getattr(node, "lineno", 0) or 0
        self.col = (getattr(node, "col_offset", -1) or 0) + 1 if node is not None else 0
        self.message = message


# ---------------------------------------------------------------------------------------------
# Types. Prim for scalars, ListT and TupleT for containers, TypeVar for a type not known yet
# (the items of `[]`), resolved by unification as the code uses it.


class Prim:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


INT, FLOAT, BOOL, NONE = Prim("int"), Prim("float"), Prim("bool"), Prim("None")
PRIMS = {"int": INT, "float": FLOAT, "bool": BOOL, "None": NONE}


class ListT:
    def __init__(self, elem):
        self.elem = elem


class TupleT:
    def __init__(self, elems):
        self.elems = list(elems)


class TypeVar:
    def __init__(self):
        self.ref = None


def prune(t):
    while isinstance(t, TypeVar) and t.ref is not None:
        t = t.ref
    return t


def type_str(t, default_unknown="int"):
    """The IR spelling; an item type nothing ever constrained (an always-empty list) is int."""
    t = prune(t)
    if isinstance(t, Prim):
        return t.name
    if isinstance(t, ListT):
        return "list[%s]" % type_str(t.elem, default_unknown)
    if isinstance(t, TupleT):
        return "tuple[%s]" % ", ".join(type_str(e, default_unknown) for e in t.elems)
    if isinstance(t, TypeVar):
        return default_unknown
    raise AssertionError(t)


def show(t):
    """For messages: unknown item types print as '?'."""
    t = prune(t)
    if isinstance(t, TypeVar):
        return "?"
    if isinstance(t, ListT):
        return "list[%s]" % show(t.elem)
    if isinstance(t, TupleT):
        return "tuple[%s]" % ", ".join(show(e) for e in t.elems)
    return t.name


def occurs(var, t):
    t = prune(t)
    if t is var:
        return True
    if isinstance(t, ListT):
        return occurs(var, t.elem)
    if isinstance(t, TupleT):
        return any(occurs(var, e) for e in t.elems)
    return False


def unify(a, b):
    """Makes a and b the same type; returns False (binding nothing new) when they differ."""
    a, b = prune(a), prune(b)
    if a is b:
        return True
    if isinstance(a, TypeVar):
        if occurs(a, b):
            return False
        a.ref = b
        return True
    if isinstance(b, TypeVar):
        return unify(b, a)
    if not compatible(a, b):
        return False
    if isinstance(a, ListT):
        return unify(a.elem, b.elem)
    if isinstance(a, TupleT):
        return all(unify(x, y) for x, y in zip(a.elems, b.elems))
    return True


def compatible(a, b):
    """Whether unify(a, b) would succeed, without binding anything."""
    a, b = prune(a), prune(b)
    if a is b or isinstance(a, TypeVar) or isinstance(b, TypeVar):
        return True
    if isinstance(a, Prim) or isinstance(b, Prim):
        return a is b
    if isinstance(a, ListT) and isinstance(b, ListT):
        return compatible(a.elem, b.elem)
    if isinstance(a, TupleT) and isinstance(b, TupleT):
        return len(a.elems) == len(b.elems) and all(compatible(x, y) for x, y in zip(a.elems, b.elems))
    return False


def parse_type(text):
    """'list[tuple[int, float]]' -> type; single capital letters are pattern variables."""
    pos = 0

    def term():
        nonlocal pos
        start = pos
        while pos < len(text) and (text[pos].isalnum() or text[pos] == "_"):
            pos += 1
        head = text[start:pos]
        args = []
        if pos < len(text) and text[pos] == "[":
            pos += 1
            while text[pos] != "]":
                args.append(term())
                if text[pos] == ",":
                    pos += 1
                while text[pos] == " ":
                    pos += 1
            pos += 1
        if head == "list":
            return ListT(args[0])
        if head == "tuple":
            return TupleT(args)
        if head in PRIMS:
            return PRIMS[head]
        return ("var", head)

    return term()


def describe_value(value):
    """The static type of a sample value, or None when fxn has no type for it."""
    if isinstance(value, bool):
        return BOOL
    if isinstance(value, int):
        return INT
    if isinstance(value, float):
        return FLOAT
    if value is None:
        return NONE
    if isinstance(value, list):
        elem = TypeVar()
        for item in value:
            t = describe_value(item)
            if t is None or not unify(elem, t):
                return None
        return ListT(elem)
    if isinstance(value, tuple):
        elems = [describe_value(v) for v in value]
        return None if any(e is None for e in elems) else TupleT(elems)
    return None


def int_in_range(value):
    if isinstance(value, bool):
        return True
    if isinstance(value, int):
        return INT64_MIN <= value <= INT64_MAX
    if isinstance(value, (list, tuple)):
        return all(int_in_range(v) for v in value)
    return True


# ---------------------------------------------------------------------------------------------
# The operator registry, as the C++ side exported it.


class Registry:
    def __init__(self, signatures):
        self.by_target = {}
        for sig in signatures:
            entry = ([parse_type(p) for p in sig["params"]], sig["variadic"], parse_type(sig["result"]))
            self.by_target.setdefault(sig["target"], []).append(entry)

    def knows(self, target):
        return target in self.by_target

    def lookup(self, target, args, result_hint=None):
        """The result type of target(args), binding unknown item types; None if no overload fits."""
        for params, variadic, result in self.by_target.get(target, []):
            if variadic:
                if len(args) < len(params) - 1:
                    continue
                expanded = params + [params[-1]] * (len(args) - len(params))
            else:
                if len(args) != len(params):
                    continue
                expanded = params
            bindings = {}
            if not all(self._fits(p, a, bindings) for p, a in zip(expanded, args)):
                continue
            if result_hint is not None and not self._fits(result, result_hint, bindings):
                continue
            # This overload fits: now bind for real.
            bindings = {}
            for p, a in zip(expanded, args):
                self._bind(p, a, bindings)
            if result_hint is not None:
                self._bind(result, result_hint, bindings)
            return self._instantiate(result, bindings)
        return None

    def _fits(self, pattern, actual, bindings):
        actual = prune(actual)
        if isinstance(pattern, tuple):
            if pattern[1] in bindings:
                return compatible(bindings[pattern[1]], actual)
            bindings[pattern[1]] = actual
            return True
        if isinstance(actual, TypeVar):
            return True
        if isinstance(pattern, Prim):
            return pattern is actual
        if isinstance(pattern, ListT):
            return isinstance(actual, ListT) and self._fits(pattern.elem, actual.elem, bindings)
        if isinstance(pattern, TupleT):
            return (isinstance(actual, TupleT) and len(actual.elems) == len(pattern.elems)
                    and all(self._fits(p, a, bindings) for p, a in zip(pattern.elems, actual.elems)))
        return False

    def _bind(self, pattern, actual, bindings):
        if isinstance(pattern, tuple):
            if pattern[1] in bindings:
                unify(bindings[pattern[1]], actual)
            else:
                bindings[pattern[1]] = actual
            return
        unify(self._instantiate(pattern, bindings), actual)

    def _instantiate(self, pattern, bindings):
        if isinstance(pattern, tuple):
            if pattern[1] not in bindings:
                bindings[pattern[1]] = TypeVar()
            return bindings[pattern[1]]
        if isinstance(pattern, ListT):
            return ListT(self._instantiate(pattern.elem, bindings))
        if isinstance(pattern, TupleT):
            return TupleT([self._instantiate(e, bindings) for e in pattern.elems])
        return pattern


# ---------------------------------------------------------------------------------------------
# Constructs outside the compiled subset, by AST node class: what the diagnostic calls them.

UNSUPPORTED_STATEMENTS = {
    "Try": "try statement", "TryStar": "try statement", "With": "with statement",
    "AsyncWith": "async with statement", "Raise": "raise statement",
    "Global": "global statement", "Nonlocal": "nonlocal statement",
    "FunctionDef": "nested function definition", "AsyncFunctionDef": "nested async function definition",
    "ClassDef": "class definition", "Delete": "del statement", "Import": "import statement",
    "ImportFrom": "import statement", "Match": "match statement", "AsyncFor": "async for statement",
}
UNSUPPORTED_EXPRESSIONS = {
    "Lambda": "lambda", "ListComp": "list comprehension", "DictComp": "dict comprehension",
    "SetComp": "set comprehension", "GeneratorExp": "generator expression", "Dict": "dict display",
    "Set": "set display", "JoinedStr": "f-string", "FormattedValue": "f-string",
    "Yield": "yield (generator function)", "YieldFrom": "yield from (generator function)",
    "Await": "await", "Starred": "starred expression (*args)", "NamedExpr": "assignment expression (:=)",
    "Slice": "slice expression (a[i:j])",
}
BINOPS = {
    ast.Add: ("operator.add", "+"), ast.Sub: ("operator.sub", "-"), ast.Mult: ("operator.mul", "*"),
    ast.Div: ("operator.truediv", "/"), ast.FloorDiv: ("operator.floordiv", "//"),
    ast.Mod: ("operator.mod", "%"), ast.Pow: ("operator.pow", "**"), ast.BitAnd: ("operator.and_", "&"),
    ast.BitOr: ("operator.or_", "|"), ast.BitXor: ("operator.xor", "^"),
    ast.LShift: ("operator.lshift", "<<"), ast.RShift: ("operator.rshift", ">>"),
    ast.MatMult: (None, "@"),
}
CMPOPS = {
    ast.Lt: ("operator.lt", "<"), ast.LtE: ("operator.le", "<="), ast.Gt: ("operator.gt", ">"),
    ast.GtE: ("operator.ge", ">="), ast.Eq: ("operator.eq", "=="), ast.NotEq: ("operator.ne", "!="),
    ast.Is: (None, "is operator"), ast.IsNot: (None, "is not operator"), ast.In: (None, "'in' operator"),
    ast.NotIn: (None, "'not in' operator"),
}
# Builtins whose int arguments Python converts to float when a float is involved.
NO_FLOAT_PROMOTION = {"builtins.min", "builtins.max", "builtins.abs", "builtins.int", "builtins.bool",
                      "builtins.float", "builtins.round", "builtins.len"}


def describe_unsupported_value(value):
    kind = type(value).__name__
    names = {"str": "str value", "bytes": "bytes value", "complex": "complex number", "dict": "dict value",
             "set": "set value", "frozenset": "frozenset value", "tuple": "tuple value"}
    return names.get(kind, "value of type %s" % kind)


# ---------------------------------------------------------------------------------------------


class FunctionBuilder:
    """Builds the IR of one specialization of one function."""

    def __init__(self, module, fn_ast, python_name, symbol, param_types, discovery, var_types):
        self.m = module
        self.fn = fn_ast
        self.python_name = python_name
        self.symbol = symbol
        self.param_types = param_types
        self.discovery = discovery
        self.var_types = var_types  # name -> type, shared across the discovery and final passes
        self.maybe_unbound = set()
        self.names = set()
        self.blocks = [[]]
        self.return_type = TypeVar()
        self.loop_depth = 0
        self.temp_count = 0

    # ---- emission helpers ----

    def fresh(self, base):
        base = "".join(c if c.isalnum() or c == "_" else "_" for c in base) or "v"
        name, k = base, 0
        while name in self.names:
            k += 1
            name = "%s_%d" % (base, k)
        self.names.add(name)
        return name

    def emit(self, node_ast, op, name=None, target="", args=(), type_=None, value=None, blocks=None):
        node = {"op": op, "target": target, "args": list(args)}
        if name is not None:
            node["name"] = name
            node["type"] = type_
        if node_ast is not None:
            node["line"] = getattr(node_ast, "lineno", 0)
            node["col"] = getattr(node_ast, "col_offset", 0) + 1
        if value is not None:
            node["value"] = value
        if blocks is not None:
            node["blocks"] = blocks
        self.blocks[-1].append(node)
        return node

    def value(self, node_ast, op, base, target, args, type_, value=None):
        name = self.fresh(base)
        self.emit(node_ast, op, name, target, args, type_, value)
        return name, type_

    def constant(self, node_ast, v):
        if isinstance(v, bool):
            return self.value(node_ast, "CONSTANT", "true" if v else "false", "", [], BOOL, {"boolValue": v})
        if isinstance(v, int):
            if not (INT64_MIN <= v <= INT64_MAX):
                raise Diagnostic(node_ast, "integer literal %d does not fit in fxn's 64-bit int" % v)
            return self.value(node_ast, "CONSTANT", "c%d" % v if v >= 0 else "cm%d" % -v, "", [], INT,
                              {"intValue": str(v)})
        if isinstance(v, float):
            return self.value(node_ast, "CONSTANT", "cf", "", [], FLOAT, {"floatValue": float_json(v)})
        if v is None:
            return self.value(node_ast, "CONSTANT", "none", "", [], NONE, {"none": True})
        raise Diagnostic(node_ast, "unsupported construct: %s" % describe_unsupported_value(v))

    def block(self, stmts):
        """Builds statements into a new block and returns it ({"nodes": [...]})."""
        self.blocks.append([])
        self.statements(stmts)
        return {"nodes": self.blocks.pop()}

    def new_temp(self, type_):
        self.temp_count += 1
        name = "$t%d" % self.temp_count
        self.var_types[name] = type_
        return name

    # ---- the function ----

    def build(self):
        check_signature(self.fn)
        fn = self.fn
        args = fn.args
        for sub in ast.walk(fn):
            if isinstance(sub, (ast.Yield, ast.YieldFrom)):
                raise Diagnostic(sub, "unsupported construct: generator (yield in function '%s')" % fn.name)
        self.locals = self.collect_locals(fn)
        for name in self.locals:
            self.var_types.setdefault(name, TypeVar())
        self.assigned = set()
        for a, t in zip(args.args, self.param_types):
            if not unify(self.var_types[a.arg], t):
                raise Diagnostic(a, "parameter '%s' is %s but is assigned %s in the function"
                                 % (a.arg, show(t), show(self.var_types[a.arg])))
            self.names.add(a.arg)
            self.emit(a, "PLACEHOLDER", a.arg, a.arg, [], t)
            self.emit(a, "STORE", None, a.arg, [a.arg])
            self.assigned.add(a.arg)
        self.statements(fn.body)
        if self.assigned is not None:  # the end of the body is reachable: return None
            last = fn.body[-1]
            if not unify(self.return_type, NONE):
                raise Diagnostic(last, "function '%s' returns %s on some paths and None (by reaching its end) "
                                 "on others" % (fn.name, show(self.return_type)))
            self.emit(None, "OUTPUT")
        return self.blocks[0]

    def collect_locals(self, fn):
        names = [a.arg for a in fn.args.args]
        for sub in ast.walk(fn):
            if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store) and sub.id not in names:
                names.append(sub.id)
        return names

    # ---- statements ----

    def statements(self, stmts):
        for stmt in stmts:
            if self.assigned is None:
                return  # unreachable (after return/break/continue): CPython never runs it either
            self.statement(stmt)

    def statement(self, s):
        kind = type(s).__name__
        if kind in UNSUPPORTED_STATEMENTS:
            raise Diagnostic(s, "unsupported construct: %s" % UNSUPPORTED_STATEMENTS[kind])
        if isinstance(s, ast.Expr):
            if isinstance(s.value, ast.Constant) and isinstance(s.value.value, str):
                return  # docstring
            self.expr(s.value, allow_none=True)
        elif isinstance(s, ast.Pass):
            pass
        elif isinstance(s, ast.Assert):
            if s.msg is not None:
                raise Diagnostic(s.msg, "unsupported construct: assert with a message (str values are not "
                                 "supported yet)")
            cond, _ = self.truth(s.test)
            self.emit(s, "CALL_FUNCTION", None, "fxn.assert_", [cond])
        elif isinstance(s, ast.Assign):
            value = self.expr(s.value)
            for target in s.targets:
                self.assign(target, value)
        elif isinstance(s, ast.AnnAssign):
            if s.value is None:
                return
            self.assign(s.target, self.expr(s.value))
        elif isinstance(s, ast.AugAssign):
            self.aug_assign(s)
        elif isinstance(s, ast.Return):
            if s.value is None:
                name, t = None, NONE
            else:
                name, t = self.expr(s.value, allow_none=True)
            if not unify(self.return_type, t):
                raise Diagnostic(s, "function '%s' returns %s here but %s elsewhere"
                                 % (self.fn.name, show(t), show(self.return_type)))
            self.emit(s, "OUTPUT", None, "", [name] if name is not None and prune(t) is not NONE else [])
            self.assigned = None
        elif isinstance(s, ast.If):
            self.if_statement(s)
        elif isinstance(s, ast.While):
            self.while_statement(s)
        elif isinstance(s, ast.For):
            self.for_statement(s)
        elif isinstance(s, (ast.Break, ast.Continue)):
            if self.loop_depth == 0:
                raise Diagnostic(s, "'%s' outside a loop" % kind.lower())
            self.emit(s, kind.upper())
            self.assigned = None
        else:
            raise Diagnostic(s, "unsupported construct: %s statement" % kind)

    def merge(self, a, b):
        if a is None:
            return b
        if b is None:
            return a
        return a & b

    def if_statement(self, s):
        cond, _ = self.truth(s.test)
        before = set(self.assigned)
        then = self.block(s.body)
        after_then = self.assigned
        self.assigned = set(before)
        orelse = self.block(s.orelse)
        self.assigned = self.merge(after_then, self.assigned)
        self.emit(s, "IF", None, "", [cond], blocks=[then, orelse])

    def loop_body(self, stmts, before):
        self.loop_depth += 1
        self.assigned = set(before)
        body = self.block(stmts)
        self.loop_depth -= 1
        return body

    def while_statement(self, s):
        if s.orelse:
            raise Diagnostic(s.orelse[0], "unsupported construct: else clause of a while loop")
        before = set(self.assigned)
        infinite = isinstance(s.test, ast.Constant) and s.test.value is True
        self.loop_depth += 1
        self.blocks.append([])
        if not infinite:
            cond, _ = self.truth(s.test)
            exit_cond, _ = self.value(s.test, "CALL_FUNCTION", "not_", "operator.not_", [cond], BOOL)
            self.emit(s.test, "IF", None, "", [exit_cond],
                      blocks=[{"nodes": [self.break_node(s.test)]}, {"nodes": []}])
        self.assigned = set(before)
        self.statements(s.body)
        body = {"nodes": self.blocks.pop()}
        self.loop_depth -= 1
        self.emit(s, "LOOP", None, "", [], blocks=[body])
        has_break = any(isinstance(n, ast.Break) for n in walk_loop_body(s.body))
        # `while True` without break only ends by return: what follows is unreachable.
        self.assigned = None if (infinite and not has_break) else before

    def break_node(self, at):
        return {"op": "BREAK", "target": "", "args": [], "line": at.lineno, "col": at.col_offset + 1}

    def for_statement(self, s):
        if s.orelse:
            raise Diagnostic(s.orelse[0], "unsupported construct: else clause of a for loop")
        if not isinstance(s.target, ast.Name):
            raise Diagnostic(s.target, "unsupported construct: for loop target other than a single name")
        var = s.target.id
        before = set(self.assigned)
        it = s.iter
        if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range" \
                and self.resolves_to_builtin("range"):
            if it.keywords:
                raise Diagnostic(it.keywords[0], "unsupported construct: keyword argument to range()")
            if not 1 <= len(it.args) <= 3:
                raise Diagnostic(it, "range() takes 1 to 3 arguments")
            bounds = [self.int_operand(a, "range() argument") for a in it.args]
            if len(bounds) == 1:
                bounds = [self.constant(it, 0)[0], bounds[0], self.constant(it, 1)[0]]
            elif len(bounds) == 2:
                bounds.append(self.constant(it, 1)[0])
            self.store_type(s.target, var, INT)
            body = self.loop_body(s.body, before | {var})
            self.emit(s, "FOR_RANGE", None, var, bounds, blocks=[body])
        else:
            seq, t = self.expr(it)
            t = prune(t)
            if not isinstance(t, ListT):
                raise Diagnostic(it, "unsupported construct: iteration over %s (only range() and lists)" % show(t))
            self.store_type(s.target, var, t.elem)
            body = self.loop_body(s.body, before | {var})
            self.emit(s, "FOR_EACH", None, var, [seq], blocks=[body])
        self.assigned = before

    def store_type(self, at, var, t):
        if not unify(self.var_types[var], t):
            raise Diagnostic(at, "variable '%s' holds %s elsewhere but is assigned %s here; fxn gives each "
                             "variable one type" % (var, show(self.var_types[var]), show(t)))

    def assign(self, target, value):
        name, t = value
        if isinstance(target, ast.Name):
            self.store_type(target, target.id, t)
            self.emit(target, "STORE", None, target.id, [name])
            self.assigned.add(target.id)
        elif isinstance(target, ast.Subscript):
            if isinstance(target.slice, ast.Slice):
                raise Diagnostic(target.slice, "unsupported construct: slice assignment (a[i:j] = ...)")
            container = self.expr(target.value)
            index = self.expr(target.slice)
            self.call_op(target, "operator.setitem", [container, index, (name, t)], "[]=", statement=True)
        elif isinstance(target, (ast.Tuple, ast.List)):
            pt = prune(t)
            if not isinstance(pt, TupleT):
                raise Diagnostic(target, "unsupported construct: unpacking %s (only tuples unpack)" % show(t))
            if len(pt.elems) != len(target.elts):
                raise Diagnostic(target, "cannot unpack a tuple of %d into %d names" % (len(pt.elems), len(target.elts)))
            parts = [self.tuple_get(target, name, pt, i) for i in range(len(pt.elems))]
            for sub, part in zip(target.elts, parts):
                if isinstance(sub, ast.Starred):
                    raise Diagnostic(sub, "unsupported construct: starred assignment target")
                self.assign(sub, part)
        else:
            raise Diagnostic(target, "unsupported construct: assignment to %s" % type(target).__name__)

    def tuple_get(self, at, name, tuple_type, i):
        elem = tuple_type.elems[i]
        idx, _ = self.constant(at, i)
        return self.value(at, "CALL_FUNCTION", "item", "fxn.tuple_get", [name, idx], elem)

    def aug_assign(self, s):
        target = s.target
        if isinstance(target, ast.Name):
            current = self.load(target, target.id)
            result = self.binop(s, s.op, current, self.expr(s.value))
            self.assign(target, result)
        elif isinstance(target, ast.Subscript):
            if isinstance(target.slice, ast.Slice):
                raise Diagnostic(target.slice, "unsupported construct: slice augmented assignment")
            container = self.expr(target.value)
            index = self.expr(target.slice)
            current = self.call_op(target, "operator.getitem", [container, index], "[]")
            result = self.binop(s, s.op, current, self.expr(s.value))
            self.call_op(target, "operator.setitem", [container, index, result], "[]=", statement=True)
        else:
            raise Diagnostic(target, "unsupported construct: augmented assignment to %s" % type(target).__name__)

    # ---- expressions ----

    def expr(self, e, allow_none=False):
        kind = type(e).__name__
        if kind in UNSUPPORTED_EXPRESSIONS:
            raise Diagnostic(e, "unsupported construct: %s" % UNSUPPORTED_EXPRESSIONS[kind])
        if isinstance(e, ast.Constant):
            return self.constant(e, e.value)
        if isinstance(e, ast.Name):
            return self.name(e)
        if isinstance(e, ast.Attribute):
            return self.attribute(e)
        if isinstance(e, ast.BinOp):
            return self.binop(e, e.op, self.expr(e.left), self.expr(e.right))
        if isinstance(e, ast.UnaryOp):
            if isinstance(e.op, ast.USub) and isinstance(e.operand, ast.Constant) \
                    and type(e.operand.value) in (int, float):
                return self.constant(e, -e.operand.value)  # so -2**63 is a literal, not an overflow
            return self.unaryop(e)
        if isinstance(e, ast.BoolOp):
            return self.boolop(e)
        if isinstance(e, ast.Compare):
            return self.compare(e)
        if isinstance(e, ast.IfExp):
            return self.ifexp(e)
        if isinstance(e, ast.Call):
            return self.call(e)
        if isinstance(e, ast.Subscript):
            if isinstance(e.slice, ast.Slice):
                raise Diagnostic(e.slice, "unsupported construct: slice expression (a[i:j])")
            container = self.expr(e.value)
            ct = prune(container[1])
            if isinstance(ct, TupleT):
                if not (isinstance(e.slice, ast.Constant) and type(e.slice.value) is int):
                    raise Diagnostic(e.slice, "unsupported construct: tuple index that is not an int literal")
                i = e.slice.value
                if not -len(ct.elems) <= i < len(ct.elems):
                    raise Diagnostic(e.slice, "tuple index %d out of range for %s" % (i, show(ct)))
                return self.tuple_get(e, container[0], ct, i % len(ct.elems))
            index = self.expr(e.slice)
            return self.call_op(e, "operator.getitem", [container, index], "[]")
        if isinstance(e, ast.List):
            return self.list_display(e)
        if isinstance(e, ast.Tuple):
            items = [self.expr(x) for x in e.elts]
            return self.value(e, "CALL_FUNCTION", "tuple", "fxn.build_tuple", [n for n, _ in items],
                              TupleT([t for _, t in items]))
        raise Diagnostic(e, "unsupported construct: %s expression" % kind)

    def load(self, at, var):
        if var not in self.assigned:
            self.maybe_unbound.add(var)
        t = self.var_types[var]
        if isinstance(prune(t), TypeVar) and not self.discovery:
            raise Diagnostic(at, "cannot infer the type of variable '%s'" % var)
        return self.value(at, "LOAD", var, var, [], t)

    def name(self, e):
        if e.id in self.locals:
            return self.load(e, e.id)
        value = self.m.resolve_global(e, e.id)
        if isinstance(value, (bool, int, float)) or value is None:
            v, t = self.constant_value(e, value)
            return self.value(e, "GET_ATTR", e.id, "globals." + e.id, [], t, v)
        raise Diagnostic(e, "unsupported construct: using %s '%s' as a value"
                         % (describe_global(value), e.id))

    def constant_value(self, at, value):
        if isinstance(value, bool):
            return {"boolValue": value}, BOOL
        if isinstance(value, int):
            if not (INT64_MIN <= value <= INT64_MAX):
                raise Diagnostic(at, "integer %d does not fit in fxn's 64-bit int" % value)
            return {"intValue": str(value)}, INT
        if isinstance(value, float):
            return {"floatValue": float_json(value)}, FLOAT
        if value is None:
            return {"none": True}, NONE
        raise Diagnostic(at, "unsupported construct: %s" % describe_unsupported_value(value))

    def attribute(self, e):
        if isinstance(e.value, ast.Name) and e.value.id not in self.locals:
            owner = self.m.resolve_global(e.value, e.value.id)
            if isinstance(owner, types.ModuleType):
                if owner is not math:
                    raise Diagnostic(e, "unsupported construct: module '%s' (only math is compiled)" % owner.__name__)
                if not hasattr(math, e.attr):
                    raise Diagnostic(e, "module 'math' has no attribute '%s'" % e.attr)
                value = getattr(math, e.attr)
                if isinstance(value, (int, float)):
                    v, t = self.constant_value(e, value)
                    return self.value(e, "GET_ATTR", e.attr, "math." + e.attr, [], t, v)
                raise Diagnostic(e, "unsupported construct: math.%s used as a value" % e.attr)
        raise Diagnostic(e, "unsupported construct: attribute access '.%s'" % e.attr)

    def promote(self, operand, to):
        name, t = operand
        t = prune(t)
        if to is FLOAT and t in (INT, BOOL):
            return self.value(None, "CALL_FUNCTION", "float", "builtins.float", [name], FLOAT)
        if to is INT and t is BOOL:
            return self.value(None, "CALL_FUNCTION", "int", "builtins.int", [name], INT)
        return operand

    def arith_operands(self, left, right):
        """Python's numeric tower for binary operators: bool -> int -> float."""
        lt, rt = prune(left[1]), prune(right[1])
        if lt in (INT, BOOL, FLOAT) and rt in (INT, BOOL, FLOAT):
            if FLOAT in (lt, rt):
                return self.promote(left, FLOAT), self.promote(right, FLOAT)
            return self.promote(left, INT), self.promote(right, INT)
        return left, right

    def binop(self, at, op, left, right):
        target, symbol = BINOPS[type(op)]
        if target is None:
            raise Diagnostic(at, "unsupported construct: operator %s" % symbol)
        lt, rt = prune(left[1]), prune(right[1])
        if lt is BOOL and rt is BOOL and target in ("operator.and_", "operator.or_", "operator.xor"):
            return self.call_op(at, target, [left, right], symbol)
        if target == "operator.pow":
            return self.power(at, left, right)
        left, right = self.arith_operands(left, right)
        return self.call_op(at, target, [left, right], symbol)

    def power(self, at, left, right):
        # int ** int is an int only for a non-negative exponent; Python makes a float otherwise.
        left, right = self.arith_operands(left, right)
        if prune(left[1]) is INT and prune(right[1]) is INT:
            exponent = getattr(at, "right", None)
            negative_literal = (isinstance(exponent, ast.UnaryOp) and isinstance(exponent.op, ast.USub)
                                and isinstance(exponent.operand, ast.Constant))
            if negative_literal:
                left, right = self.promote(left, FLOAT), self.promote(right, FLOAT)
        return self.call_op(at, "operator.pow", [left, right], "**")

    def unaryop(self, e):
        if isinstance(e.op, ast.Not):
            cond, _ = self.truth(e.operand)
            return self.value(e, "CALL_FUNCTION", "not_", "operator.not_", [cond], BOOL)
        operand = self.expr(e.operand)
        target = {ast.USub: "operator.neg", ast.UAdd: "operator.pos", ast.Invert: "operator.invert"}[type(e.op)]
        if prune(operand[1]) is BOOL:
            operand = self.promote(operand, INT)
        return self.call_op(e, target, [operand], {ast.USub: "unary -", ast.UAdd: "unary +", ast.Invert: "~"}[type(e.op)])

    def truth(self, e):
        """bool(e), as `if`, `while`, `not`, `and` and `or` test it."""
        name, t = self.expr(e)
        if prune(t) is BOOL:
            return name, BOOL
        return self.call_op(e, "builtins.bool", [(name, t)], "truth test")

    def short_circuit(self, at, first, rest_fn, when_first_true):
        """`first and/or rest`: rest is evaluated only when first's truth says so."""
        temp = self.new_temp(first[1])
        self.emit(at, "STORE", None, temp, [first[0]])
        cond = self.truth_of(at, first)
        if not when_first_true:
            cond, _ = self.value(at, "CALL_FUNCTION", "not_", "operator.not_", [cond], BOOL)
        self.blocks.append([])
        rest = rest_fn()
        if not unify(first[1], rest[1]):
            raise Diagnostic(at, "unsupported construct: 'and'/'or' over %s and %s (the result's type would "
                             "depend on the values)" % (show(first[1]), show(rest[1])))
        self.emit(at, "STORE", None, temp, [rest[0]])
        then = {"nodes": self.blocks.pop()}
        self.emit(at, "IF", None, "", [cond], blocks=[then, {"nodes": []}])
        return self.value(at, "LOAD", temp.lstrip("$"), temp, [], first[1])

    def truth_of(self, at, operand):
        if prune(operand[1]) is BOOL:
            return operand[0]
        return self.call_op(at, "builtins.bool", [operand], "truth test")[0]

    def boolop(self, e):
        is_and = isinstance(e.op, ast.And)
        saved = set(self.assigned)

        def chain(values):
            first = self.expr(values[0])
            if len(values) == 1:
                return first
            return self.short_circuit(values[0], first, lambda: chain(values[1:]), is_and)

        result = chain(e.values)
        self.assigned = saved
        return result

    def compare(self, e):
        for op in e.ops:
            target, symbol = CMPOPS[type(op)]
            if target is None:
                raise Diagnostic(e, "unsupported construct: %s" % symbol)
        left = self.expr(e.left)
        if len(e.ops) == 1:
            return self.compare_one(e, e.ops[0], left, self.expr(e.comparators[0]))
        # a < b < c: b is evaluated once, c only if a < b holds.
        saved = set(self.assigned)

        def chain(left, k):
            right = self.expr(e.comparators[k])
            result = self.compare_one(e, e.ops[k], left, right)
            if k + 1 == len(e.ops):
                return result
            return self.short_circuit(e, result, lambda: chain(right, k + 1), True)

        result = chain(left, 0)
        self.assigned = saved
        return result

    def compare_one(self, at, op, left, right):
        target, symbol = CMPOPS[type(op)]
        if BOOL in (prune(left[1]), prune(right[1])):  # bools compare as the ints 0 and 1
            left, right = self.promote(left, INT), self.promote(right, INT)
        return self.call_op(at, target, [left, right], symbol)

    def ifexp(self, e):
        cond, _ = self.truth(e.test)
        saved = set(self.assigned)
        self.blocks.append([])
        then_value = self.expr(e.body)
        temp = self.new_temp(then_value[1])
        self.emit(e, "STORE", None, temp, [then_value[0]])
        then = {"nodes": self.blocks.pop()}
        self.blocks.append([])
        else_value = self.expr(e.orelse)
        if not unify(then_value[1], else_value[1]):
            raise Diagnostic(e, "unsupported construct: conditional expression choosing between %s and %s"
                             % (show(then_value[1]), show(else_value[1])))
        self.emit(e, "STORE", None, temp, [else_value[0]])
        orelse = {"nodes": self.blocks.pop()}
        self.emit(e, "IF", None, "", [cond], blocks=[then, orelse])
        self.assigned = saved
        return self.value(e, "LOAD", temp.lstrip("$"), temp, [], then_value[1])

    def list_display(self, e):
        if not e.elts:
            return self.value(e, "CALL_FUNCTION", "empty_list", "fxn.empty_list", [], ListT(TypeVar()))
        items = [self.expr(x) for x in e.elts]
        elem = TypeVar()
        for x, (_, t) in zip(e.elts, items):
            if not unify(elem, t):
                raise Diagnostic(x, "unsupported construct: list mixing %s and %s (fxn lists hold one type)"
                                 % (show(elem), show(t)))
        return self.value(e, "CALL_FUNCTION", "list", "fxn.build_list", [n for n, _ in items], ListT(elem))

    def int_operand(self, e, what):
        name, t = self.expr(e)
        if prune(t) is BOOL:
            return self.promote((name, t), INT)[0]
        if prune(t) is not INT:
            raise Diagnostic(e, "%s must be int, not %s" % (what, show(t)))
        return name

    def call_op(self, at, target, operands, symbol, statement=False, result_hint=None):
        """A registry operation; its result type comes from the registry's signature."""
        arg_types = [t for _, t in operands]
        if self.discovery and any(isinstance(prune(t), TypeVar) for t in arg_types):
            return "$unknown", TypeVar()  # typed in the final pass, once variables are known
        result = self.m.registry.lookup(target, arg_types, result_hint)
        if result is None and target.startswith(("math.", "builtins.")) and target not in NO_FLOAT_PROMOTION:
            if any(prune(t) in (INT, BOOL) for t in arg_types):
                promoted = [self.promote(o, FLOAT) if prune(o[1]) in (INT, BOOL) else o for o in operands]
                result = self.m.registry.lookup(target, [t for _, t in promoted], result_hint)
                if result is not None:
                    operands = promoted
        if result is None:
            if self.discovery and any(contains_unknown(t) for t in arg_types):
                return "$unknown", TypeVar()
            raise Diagnostic(at, "unsupported construct: %s applied to %s"
                             % (describe_target(target, symbol), ", ".join(show(t) for t in arg_types) or "no arguments"))
        args = [n for n, _ in operands]
        if statement or prune(result) is NONE and target in ("operator.setitem", "list.append"):
            op = "CALL_METHOD" if target.startswith("list.") else "CALL_FUNCTION"
            self.emit(at, op, None, target, args)
            return None, NONE
        op = "CALL_METHOD" if target.startswith("list.") else "CALL_FUNCTION"
        return self.value(at, op, target.split(".")[-1].rstrip("_"), target, args, result)

    # ---- calls ----

    def resolves_to_builtin(self, name):
        return name not in self.locals and self.m.resolve_global_quiet(name) is getattr(builtins, name, None)

    def call(self, e):
        if e.keywords:
            raise Diagnostic(e.keywords[0], "unsupported construct: keyword argument in a call")
        for a in e.args:
            if isinstance(a, ast.Starred):
                raise Diagnostic(a, "unsupported construct: starred argument (*args) in a call")
        func = e.func
        if isinstance(func, ast.Attribute):
            if isinstance(func.value, ast.Name) and func.value.id not in self.locals:
                owner = self.m.resolve_global(func.value, func.value.id)
                if isinstance(owner, types.ModuleType):
                    qualified = "%s.%s" % (owner.__name__, func.attr)
                    if owner is not math or not self.m.registry.knows(qualified):
                        raise Diagnostic(e, "unsupported construct: call to %s" % qualified)
                    args = [self.expr(a) for a in e.args]
                    return self.call_op(e, qualified, args, qualified)
            receiver = self.expr(func.value)
            rt = prune(receiver[1])
            if isinstance(rt, ListT) and self.m.registry.knows("list." + func.attr):
                args = [receiver] + [self.expr(a) for a in e.args]
                return self.call_op(e, "list." + func.attr, args, "list.%s()" % func.attr)
            raise Diagnostic(func, "unsupported construct: method %s.%s()" % (show(rt), func.attr))
        if not isinstance(func, ast.Name):
            raise Diagnostic(func, "unsupported construct: calling a computed function")
        if func.id in self.locals:
            raise Diagnostic(func, "unsupported construct: calling local variable '%s'" % func.id)
        target = self.m.resolve_global(func, func.id)
        if isinstance(target, types.FunctionType):
            if target.__code__.co_filename != self.m.filename:
                raise Diagnostic(func, "unsupported construct: call to %s.%s (defined outside this file)"
                                 % (target.__module__, target.__qualname__))
            args = [self.expr(a) for a in e.args]
            return self.m.call_user(e, self, target, args)
        if target is range:
            raise Diagnostic(e, "unsupported construct: range() outside a for loop")
        if isinstance(target, types.BuiltinFunctionType) and getattr(builtins, func.id, None) is target \
                or any(target is t for t in (int, float, bool)):
            qualified = "builtins." + func.id
            if not self.m.registry.knows(qualified):
                raise Diagnostic(e, "unsupported construct: call to builtin %s()" % func.id)
            args = [self.expr(a) for a in e.args]
            if func.id in ("min", "max") and len(args) > 1:
                ts = {show(t) for _, t in args}
                if len(ts) > 1 and not ts <= {"int", "bool"}:
                    raise Diagnostic(e, "unsupported construct: %s() over %s (the result's type would depend "
                                     "on the values)" % (func.id, " and ".join(sorted(ts))))
                args = [self.promote(a, INT) if prune(a[1]) is BOOL else a for a in args]
            return self.call_op(e, qualified, args, func.id + "()")
        if isinstance(target, type):
            raise Diagnostic(e, "unsupported construct: class %s" % target.__name__)
        raise Diagnostic(e, "unsupported construct: call to %s '%s'" % (describe_global(target), func.id))


def check_signature(fn):
    """Rejects the parameter forms fxn does not compile."""
    args = fn.args
    if fn.decorator_list:
        raise Diagnostic(fn.decorator_list[0], "unsupported construct: decorator on function '%s'" % fn.name)
    if args.vararg:
        raise Diagnostic(args.vararg, "unsupported construct: *args parameter")
    if args.kwarg:
        raise Diagnostic(args.kwarg, "unsupported construct: **kwargs parameter")
    if args.kwonlyargs:
        raise Diagnostic(args.kwonlyargs[0], "unsupported construct: keyword-only parameter")
    if args.posonlyargs:
        raise Diagnostic(args.posonlyargs[0], "unsupported construct: positional-only parameter")
    if args.defaults:
        raise Diagnostic(args.defaults[0], "unsupported construct: default argument value")


def walk_loop_body(stmts):
    """Nodes of a loop body, not descending into nested loops (whose breaks are their own)."""
    stack = list(stmts)
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if not isinstance(child, (ast.For, ast.While, ast.FunctionDef, ast.Lambda)):
                stack.append(child)


def contains_unknown(t):
    t = prune(t)
    if isinstance(t, TypeVar):
        return True
    if isinstance(t, ListT):
        return contains_unknown(t.elem)
    if isinstance(t, TupleT):
        return any(contains_unknown(x) for x in t.elems)
    return False


def describe_target(target, symbol):
    if target.startswith("operator."):
        return "operator %s" % symbol
    return symbol


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


def float_json(v):
    if v != v:
        return "NaN"
    if v in (float("inf"), float("-inf")):
        return "Infinity" if v > 0 else "-Infinity"
    return v


def mangle(types_):
    out = []
    for t in types_:
        s = type_str(t)
        out.append(s.replace("[", "_").replace("]", "").replace(", ", "_").replace("None", "none"))
    return "__".join(out) if out else "noargs"


class ModuleBuilder:
    def __init__(self, module_obj, tree, filename, registry, observations):
        self.module = module_obj
        self.tree = tree
        self.filename = filename
        self.registry = registry
        self.observations = observations
        self.defs = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
        self.functions = {}  # symbol -> finished function dict
        self.in_progress = {}  # symbol -> return type (TypeVar) of a specialization being built
        self.order = []

    def resolve_global_quiet(self, name):
        g = vars(self.module)
        if name in g:
            return g[name]
        return getattr(builtins, name, None)

    def resolve_global(self, at, name):
        g = vars(self.module)
        if name in g:
            return g[name]
        if hasattr(builtins, name):
            return getattr(builtins, name)
        raise Diagnostic(at, "name '%s' is not defined" % name)

    def specialize(self, at, fn, arg_types):
        """The symbol and return type of fn specialized to arg_types, building it if new."""
        node = self.defs.get(fn.__name__)
        if node is None or self.module.__dict__.get(fn.__name__) is not fn:
            raise Diagnostic(at, "unsupported construct: call to function '%s' not defined at the top level of this "
                             "file" % fn.__qualname__)
        if isinstance(node, ast.AsyncFunctionDef):
            raise Diagnostic(node, "unsupported construct: async function")
        if len(arg_types) != len(node.args.args):
            raise Diagnostic(at, "%s() takes %d positional arguments but %d were given"
                             % (fn.__name__, len(node.args.args), len(arg_types)))
        symbol = "%s__%s" % (fn.__name__, mangle(arg_types))
        if symbol in self.functions:
            return symbol, self.functions[symbol]["$return"]
        if symbol in self.in_progress:
            ret = self.in_progress[symbol]
            if contains_unknown(ret):
                observed = self.observed_return(fn, arg_types)
                if observed is None:
                    raise Diagnostic(at, "cannot infer the return type of recursive call %s(%s): the samples never "
                                     "reached it; add a sample that does"
                                     % (fn.__name__, ", ".join(show(t) for t in arg_types)))
                unify(ret, observed)
            return symbol, ret
        self.in_progress[symbol] = TypeVar()
        # Pass 1 discovers variable types (a variable may be read, in a loop, above its first
        # assignment); pass 2 builds the IR with them fixed.
        var_types = {}
        for discovery in (True, False):
            builder = FunctionBuilder(self, node, fn.__name__, symbol, arg_types, discovery, var_types)
            builder.return_type = self.in_progress[symbol]
            body = builder.build()
        ret = builder.return_type
        del self.in_progress[symbol]
        variables = [{"name": v, "type": t, "maybeUnbound": v in builder.maybe_unbound}
                     for v, t in var_types.items()]
        self.functions[symbol] = {
            "symbol": symbol, "pythonName": fn.__name__,
            "params": [{"name": a.arg, "type": t} for a, t in zip(node.args.args, arg_types)],
            "returnType": ret, "variables": variables, "body": {"nodes": body}, "line": node.lineno,
            "$return": ret,
        }
        self.order.append(symbol)
        return symbol, ret

    def observed_return(self, fn, arg_types):
        wanted = [type_str(t) for t in arg_types]
        for obs in self.observations:
            if obs["name"] == fn.__name__ and obs["firstlineno"] == fn.__code__.co_firstlineno \
                    and obs["args"] == wanted and obs["ret"] not in ("<raised>", None):
                t = parse_type(obs["ret"]) if "?" not in obs["ret"] else None
                if t is not None and not isinstance(t, tuple):
                    return t
        return None

    def call_user(self, at, caller, fn, args):
        arg_types = [t for _, t in args]
        for (_, t), a in zip(args, at.args):
            if contains_unknown(t) and not caller.discovery:
                raise Diagnostic(a, "cannot infer the type of this argument")
        if caller.discovery and any(contains_unknown(t) for t in arg_types):
            return "$unknown", TypeVar()
        symbol, ret = self.specialize(at, fn, arg_types)
        return caller.value(at, "CALL_FUNCTION", fn.__name__, "user:" + symbol, [n for n, _ in args], ret)

    def finish(self, entry_symbol):
        functions = []
        for symbol in self.order:
            f = dict(self.functions[symbol])
            del f["$return"]
            # Types are spelled out only now: later code may have refined them (the T of []).
            f["returnType"] = type_str(f["returnType"])
            f["params"] = [dict(p, type=type_str(p["type"])) for p in f["params"]]
            f["variables"] = [dict(v, type=type_str(v["type"])) for v in f["variables"]]
            finalize_types(f["body"]["nodes"])
            functions.append(f)
        return {"sourceFile": self.filename, "entry": entry_symbol, "functions": functions}


def finalize_types(nodes):
    for n in nodes:
        if "type" in n and not isinstance(n["type"], str):
            n["type"] = type_str(n["type"])
        for b in n.get("blocks", []):
            finalize_types(b["nodes"])


def analyze(module_obj, source, filename, entry_name, sample_args, registry, observations):
    """Returns the IR module (proto JSON form) for entry_name specialized to the samples' types."""
    tree = ast.parse(source, filename)
    builder = ModuleBuilder(module_obj, tree, filename, registry, observations)
    node = builder.defs.get(entry_name)
    if node is None:
        raise Diagnostic(None, "no top-level function named '%s' in %s" % (entry_name, filename))
    check_signature(node)
    params = [a.arg for a in node.args.args]
    param_types = None
    for k, args in enumerate(sample_args):
        if len(args) != len(params):
            raise Diagnostic(node, "%s() takes %d arguments but sample %d has %d"
                             % (entry_name, len(params), k + 1, len(args)))
        types_ = []
        for p, v in zip(params, args):
            t = describe_value(v)
            if t is None:
                raise Diagnostic(node, "unsupported construct: argument '%s' is a %s in sample %d"
                                 % (p, describe_unsupported_value(v) if not isinstance(v, list)
                                    else "list mixing types", k + 1))
            if not int_in_range(v):
                raise Diagnostic(node, "argument '%s' of sample %d does not fit in fxn's 64-bit int" % (p, k + 1))
            types_.append(t)
        if param_types is None:
            param_types = types_
        else:
            for p, a, b in zip(params, param_types, types_):
                if not unify(a, b):
                    raise Diagnostic(node, "argument '%s' is %s in one sample and %s in another; fxn compiles one "
                                     "type per argument" % (p, show(a), show(b)))
    fn = getattr(module_obj, entry_name)
    symbol, _ = builder.specialize(node, fn, param_types or [])
    # Item types no code constrained (an always-empty list argument) become int, consistently
    # in the signature, the variables and the body.
    for t in param_types or []:
        default_unknowns(t)
    return builder.finish(symbol)


def default_unknowns(t):
    t = prune(t)
    if isinstance(t, TypeVar):
        t.ref = INT
    elif isinstance(t, ListT):
        default_unknowns(t.elem)
    elif isinstance(t, TupleT):
        for e in t.elems:
            default_unknowns(e)
