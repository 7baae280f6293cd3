"""Builds the IR of functions, methods and classes (see fxn_frontend for the overview).

FunctionBuilder turns one specialization of one function into IR nodes; ModuleBuilder owns the
specializations, the user classes and the module's globals. Every expression is typed as it is
built; a construct outside the compiled subset raises Diagnostic at its line and column.
"""

import ast
import builtins
import dataclasses
import math
import string
import types

import fxn_numpy

from fxn_frontend import (BINOPS, BUILTIN_BANNED, CMPOPS, EXCEPTION_CLASSES, KEYWORDS, NO_FLOAT_PROMOTION,
                          UNSUPPORTED_EXPRESSIONS, UNSUPPORTED_STATEMENTS, Diagnostic, describe_global,
                          describe_unsupported_value, float_json, is_hashable_key, join, literal_int, mangle,
                          order_is_known, synthetic_name, unsupported, walk_loop_body, walk_scope)
from fxn_types import (BOOL, EXC, FLOAT, INT, INT64_MAX, INT64_MIN, NONE, STR, ClassT, DictT, ListT, OptT,
                       SetT, TupleT, TypeVar, compatible, contains, contains_unknown, parse_type, prune, python_type_name,
                       show, type_str, unify)

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


class FunctionBuilder:
    """Builds the IR of one specialization of one function."""

    def __init__(self, module, target, symbol, param_types, discovery, var_types):
        self.m = module
        self.target = target
        self.fn = target.node
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
        self.renames = {}       # source name -> variable (comprehension targets, lambda parameters)
        self.local_functions = dict(target.scope)
        self.break_flags = []   # per enclosing loop: the flag its `break` sets (loops with else:), or None
        self.narrowed = set()   # `T | None` variables known here to hold a T (after `x is not None`)
        self.pending_narrowing = []
        self.handler_depth = 0  # inside except blocks: a bare `raise` re-raises
        self.np = fxn_numpy.NumpyBuilder(self)

    # ---- emission helpers ----

    def fresh(self, base):
        base = "".join(c if c.isalnum() or c == "_" else "_" for c in base) or "v"
        name, k = base, 0
        while name in self.names:
            k += 1
            name = "%s_%d" % (base, k)
        self.names.add(name)
        return name

    def emit(self, node_ast, op, name=None, target="", args=(), type_=None, value=None, blocks=None, names=None):
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
        if names:
            node["names"] = list(names)
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
        if isinstance(v, str):
            return self.value(node_ast, "CONSTANT", "s", "", [], STR, {"strValue": v})
        if v is None:
            return self.value(node_ast, "CONSTANT", "none", "", [], NONE, {"none": True})
        if isinstance(v, tuple):
            items = [self.constant(node_ast, x) for x in v]
            return self.build_tuple(node_ast, items)
        raise unsupported(node_ast, describe_unsupported_value(v))

    def build_tuple(self, at, items):
        return self.value(at, "CALL_FUNCTION", "tuple", "fxn.build_tuple", [n for n, _ in items],
                          TupleT([t for _, t in items]))

    def block(self, stmts):
        """Builds statements into a new block and returns it ({"nodes": [...]})."""
        self.blocks.append([])
        self.statements(stmts)
        return {"nodes": self.blocks.pop()}

    def emitted(self, fn):
        """Runs fn() into a new block; returns the block."""
        self.blocks.append([])
        fn()
        return {"nodes": self.blocks.pop()}

    def new_temp(self, type_, base="t"):
        self.temp_count += 1
        name = "$%s%d" % (base, self.temp_count)
        self.var_types[name] = type_
        return name

    def store(self, at, var, value):
        """var := value, coercing to the variable's `T | None` type where needed."""
        value = self.coerce(at, value, self.var_types[var])
        self.emit(at, "STORE", None, var, [value[0]])
        if self.assigned is not None:
            self.assigned.add(var)

    def load_var(self, at, var):
        return self.value(at, "LOAD", var.lstrip("$"), var, [], self.var_types[var])

    # ---- the function ----

    def build(self):
        fn = self.fn
        is_lambda = isinstance(fn, ast.Lambda)
        if not is_lambda:
            yields = sorted((sub for sub in walk_scope(fn) if isinstance(sub, (ast.Yield, ast.YieldFrom))),
                            key=lambda n: (n.lineno, n.col_offset))
            if yields:
                sub = yields[0]
                if isinstance(sub, ast.YieldFrom):
                    raise unsupported(sub, "yield from (generator function '%s')" % fn.name)
                raise unsupported(sub, "generator (yield in function '%s')" % fn.name)
        params = [p for p in self.m.param_names(fn) if p not in self.target.fixed]
        all_params = self.target.captures + params
        self.locals = self.collect_locals(fn, all_params + list(self.target.fixed))
        for name in self.locals:
            self.var_types.setdefault(name, TypeVar())
        self.assigned = set()
        for name, t in zip(all_params, self.param_types):
            if not unify(self.var_types[name], t):
                joined = join(self.var_types[name], t)
                if joined is None:
                    raise Diagnostic(fn, "parameter '%s' is %s but is assigned %s in the function"
                                     % (name, show(t), show(self.var_types[name])))
                if self.discovery:
                    self.var_types[name] = joined
            self.names.add(name)
            self.emit(fn, "PLACEHOLDER", name, name, [], t)
            self.store(fn, name, (name, t))
        for name, value in self.target.fixed.items():  # the entry's defaults the samples rely on
            default = self.constant(fn, value)
            self.store_type(fn, name, default[1])
            self.store(fn, name, default)
        if is_lambda:
            value = self.expr(fn.body)
            self.do_return(fn.body, value)
            return self.blocks[0]
        for stmt in fn.body:
            if isinstance(stmt, ast.FunctionDef):
                self.define_local_function(stmt)
        self.statements(fn.body)
        if self.assigned is not None:  # the end of the body is reachable: return None
            last = fn.body[-1]
            self.do_return(last, None)
        return self.blocks[0]

    def collect_locals(self, fn, params):
        names = list(params)
        if isinstance(fn, ast.Lambda):
            return names
        for sub in walk_scope(fn):
            ident = None
            if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store):
                ident = sub.id
            elif isinstance(sub, ast.ExceptHandler) and sub.name:
                ident = sub.name
            elif isinstance(sub, (ast.MatchAs, ast.MatchStar)) and sub.name:
                ident = sub.name
            if ident is not None and ident not in names:
                names.append(ident)
        return names

    def define_local_function(self, stmt):
        if stmt.decorator_list:
            raise unsupported(stmt.decorator_list[0], "decorator on function '%s'" % stmt.name)
        self.m.check_signature(stmt)
        captures = self.free_variables(stmt)
        self.local_functions[stmt.name] = Callable(
            stmt, stmt.name, "%s_%s" % (self.target.symbol_base, stmt.name), captures=captures,
            scope=self.local_functions)

    def free_variables(self, fn):
        own = set(self.m.param_names(fn))
        body = fn.body if isinstance(fn.body, list) else [fn.body]
        for stmt in body:
            for sub in [stmt, *ast.walk(stmt)]:
                if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store):
                    own.add(sub.id)
        used = []
        for stmt in body:
            for sub in ast.walk(stmt):
                if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Load) and sub.id not in own:
                    if sub.id in self.local_functions and sub.id not in self.locals:
                        # Calling a sibling local function: its captures come along.
                        names = self.local_functions[sub.id].captures
                    elif (sub.id in self.locals or sub.id in self.renames) and sub.id not in self.local_functions:
                        names = [sub.id]
                    else:
                        names = []
                    for name in names:
                        if name not in used:
                            used.append(name)
        for name in used:
            for stmt in body:
                for sub in ast.walk(stmt):
                    if isinstance(sub, ast.Name) and sub.id == name and isinstance(sub.ctx, ast.Store):
                        raise unsupported(sub, "assignment to '%s' of the enclosing function (nonlocal)" % name)
        return used

    # ---- statements ----

    def statements(self, stmts):
        saved = set(self.narrowed)
        for k, stmt in enumerate(stmts):
            if self.assigned is None:
                break  # unreachable (after return/break/continue/raise): CPython never runs it either
            self.statement(stmt)
            variables, self.pending_narrowing = self.pending_narrowing, []
            self.narrowed |= {v for v in variables if not self.assigns(stmts[k + 1:], v)}
        self.narrowed = saved

    def statement(self, s):
        kind = type(s).__name__
        if kind == "TryStar":
            raise unsupported(s.handlers[0] if s.handlers else s, UNSUPPORTED_STATEMENTS[kind])
        if kind in UNSUPPORTED_STATEMENTS:
            raise unsupported(s, UNSUPPORTED_STATEMENTS[kind])
        if isinstance(s, ast.Expr):
            if isinstance(s.value, ast.Constant) and isinstance(s.value.value, str):
                return  # docstring
            self.expr(s.value, allow_none=True)
        elif isinstance(s, ast.Pass):
            pass
        elif isinstance(s, ast.FunctionDef):
            pass  # defined up front (define_local_function); its body is built when called
        elif isinstance(s, ast.Assert):
            self.assert_statement(s)
        elif isinstance(s, ast.Assign):
            if isinstance(s.value, ast.Lambda) and len(s.targets) == 1 and isinstance(s.targets[0], ast.Name):
                name = s.targets[0].id
                self.local_functions[name] = Callable(s.value, name, "%s_%s" % (self.target.symbol_base, name),
                                                      captures=self.free_variables(s.value),
                                                      scope=self.local_functions)
                return
            if self.counting_idiom(s):
                return
            value = self.expr(s.value)
            for target in s.targets:
                self.assign(target, value)
        elif isinstance(s, ast.AnnAssign):
            if s.value is None:
                return
            if isinstance(s.target, ast.Name):
                declared = self.m.annotation_type(s.annotation)
                if declared is not None:
                    var = self.variable(s.target.id)
                    joined = join(self.var_types[var], declared)
                    if joined is not None and self.discovery:
                        self.var_types[var] = joined
            self.assign(s.target, self.expr(s.value))
        elif isinstance(s, ast.AugAssign):
            self.aug_assign(s)
        elif isinstance(s, ast.Return):
            value = None if s.value is None else self.expr(s.value, allow_none=True)
            self.do_return(s, value)
        elif isinstance(s, ast.If):
            self.if_statement(s)
        elif isinstance(s, ast.While):
            self.while_statement(s)
        elif isinstance(s, ast.For):
            self.for_statement(s)
        elif isinstance(s, (ast.Break, ast.Continue)):
            if self.loop_depth == 0:
                raise Diagnostic(s, "'%s' outside a loop" % kind.lower())
            if isinstance(s, ast.Break) and self.break_flags and self.break_flags[-1] is not None:
                self.store(s, self.break_flags[-1], self.constant(s, True))
            self.emit(s, kind.upper())
            self.assigned = None
        elif isinstance(s, ast.Try):
            self.try_statement(s)
        elif isinstance(s, ast.Raise):
            self.raise_statement(s)
        elif isinstance(s, ast.Delete):
            for target in s.targets:
                self.delete(target)
        elif isinstance(s, ast.Match):
            self.match_statement(s)
        else:
            raise unsupported(s, "%s statement" % kind)

    def do_return(self, at, value):
        t = NONE if value is None else value[1]
        if not unify(self.return_type, t):
            joined = join(self.return_type, t)
            if joined is None:
                raise Diagnostic(at, "function '%s' returns %s here but %s elsewhere"
                                 % (self.target.python_name, show(t), show(self.return_type)))
            if self.discovery:
                rebind(self.return_type, joined)
        if value is not None and prune(t) is not NONE or isinstance(prune(self.return_type), OptT):
            value = value if value is not None else self.constant(at, None)
            value = self.coerce(at, value, self.return_type)
            self.emit(at, "OUTPUT", None, "", [value[0]])
        else:
            self.emit(at, "OUTPUT")
        self.assigned = None

    def counting_idiom(self, s):
        """d[k] = d.get(k, n) + m with d a dict of int and k, n, m names or constants: one fused
        operation (one hash lookup), with the same effects in the same order."""
        simple = (ast.Name, ast.Constant)
        if len(s.targets) != 1 or not isinstance(s.targets[0], ast.Subscript):
            return False
        target, v = s.targets[0], s.value
        if not (isinstance(target.value, ast.Name) and isinstance(target.slice, simple)
                and isinstance(v, ast.BinOp) and isinstance(v.op, ast.Add) and isinstance(v.right, simple)
                and isinstance(v.left, ast.Call) and isinstance(v.left.func, ast.Attribute)
                and v.left.func.attr == "get" and isinstance(v.left.func.value, ast.Name)
                and v.left.func.value.id == target.value.id and len(v.left.args) == 2 and not v.left.keywords
                and ast.dump(v.left.args[0]) == ast.dump(target.slice) and isinstance(v.left.args[1], simple)):
            return False
        name = target.value.id
        if name not in self.locals and name not in self.renames:
            return False
        d = self.expr(target.value)
        dt = prune(d[1])
        if not (isinstance(dt, DictT) and prune(dt.value) is INT):
            return False
        key, fallback, delta = self.expr(target.slice), self.expr(v.left.args[1]), self.expr(v.right)
        if prune(fallback[1]) is not INT or prune(delta[1]) is not INT or not unify(dt.key, key[1]):
            return False
        self.check_key(target, dt.key, key[1])
        self.call_op(s, "fxn.dict_get_add", [d, key, fallback, delta], "d[k] = d.get(k, n) + m", statement=True)
        return True

    def assert_statement(self, s):
        if s.msg is None:
            cond, _ = self.truth(s.test)
            self.emit(s, "CALL_FUNCTION", None, "fxn.assert_", [cond])
            return
        cond, _ = self.truth(s.test)
        failed, _ = self.value(s, "CALL_FUNCTION", "not_", "operator.not_", [cond], BOOL)
        saved = set(self.assigned)

        def raise_it():
            message = self.to_str(s.msg, self.expr(s.msg))
            self.emit(s, "RAISE", None, "AssertionError", [message[0]])

        self.emit(s, "IF", None, "", [failed], blocks=[self.emitted(raise_it), {"nodes": []}])
        self.assigned = saved

    def merge(self, a, b):
        if a is None:
            return b
        if b is None:
            return a
        return a & b

    def if_statement(self, s):
        cond, _ = self.truth(s.test)
        before = set(self.assigned)
        then = self.narrowed_block(self.narrowings(s.test, True), s.body)
        after_then = self.assigned
        self.assigned = set(before)
        orelse = self.narrowed_block(self.narrowings(s.test, False), s.orelse)
        self.assigned = self.merge(after_then, self.assigned)
        self.emit(s, "IF", None, "", [cond], blocks=[then, orelse])
        # `if x is None: return ...` (no else): x holds a value from here on, unless reassigned.
        if after_then is None and not s.orelse:
            self.pending_narrowing = self.narrowings(s.test, False)

    def loop_with_else(self, s, emit_loop):
        """Runs emit_loop() (which emits one IR loop); a loop's `else:` runs when it ends without break."""
        before = set(self.assigned)
        flag = None
        if s.orelse:
            flag = self.new_temp(BOOL, "broke")
            self.store(s, flag, self.constant(s, False))
        self.break_flags.append(flag)
        self.loop_depth += 1
        emit_loop()
        self.loop_depth -= 1
        self.break_flags.pop()
        self.assigned = set(before) | ({flag} if flag else set())
        if s.orelse:
            broke = self.load_var(s, flag)
            not_broke, _ = self.value(s, "CALL_FUNCTION", "not_", "operator.not_", [broke[0]], BOOL)
            orelse = self.block(s.orelse)
            after_else = self.assigned
            self.assigned = set(before)
            self.emit(s, "IF", None, "", [not_broke], blocks=[orelse, {"nodes": []}])
            self.assigned = self.merge(self.assigned, after_else) if after_else is not None else set(before)

    def while_statement(self, s):
        infinite = isinstance(s.test, ast.Constant) and s.test.value is True
        before = set(self.assigned)

        def emit_loop():
            self.blocks.append([])
            if not infinite:
                cond, _ = self.truth(s.test)
                exit_cond, _ = self.value(s.test, "CALL_FUNCTION", "not_", "operator.not_", [cond], BOOL)
                self.emit(s.test, "IF", None, "", [exit_cond],
                          blocks=[{"nodes": [self.break_node(s.test)]}, {"nodes": []}])
            self.assigned = set(before)
            self.statements(s.body)
            body = {"nodes": self.blocks.pop()}
            self.emit(s, "LOOP", None, "", [], blocks=[body])

        self.loop_with_else(s, emit_loop)
        has_break = any(isinstance(n, ast.Break) for n in walk_loop_body(s.body))
        # `while True` without break only ends by return: what follows is unreachable.
        if infinite and not has_break:
            self.assigned = None

    def break_node(self, at):
        return {"op": "BREAK", "target": "", "args": [], "line": at.lineno, "col": at.col_offset + 1}

    def for_statement(self, s):
        before = set(self.assigned)

        def body():
            self.statements(s.body)

        self.loop_with_else(s, lambda: self.iterate(s, s.target, s.iter, body, before))

    # ---- iteration: every `for` shape becomes FOR_RANGE, FOR_EACH or LOOP ----

    def iterate(self, at, target, iter_ast, body_fn, before):
        """Emits one IR loop binding `target` to each item of iter_ast and running body_fn."""
        call = iter_ast if isinstance(iter_ast, ast.Call) and isinstance(iter_ast.func, ast.Name) else None
        fname = call.func.id if call is not None and self.resolves_to_builtin(call.func.id) else None
        if fname == "range":
            bounds = self.range_bounds(call)
            if isinstance(target, ast.Name):
                var = self.variable(target.id)
                self.store_type(target, var, INT)
                loop_var = var
                prelude = None
            else:
                loop_var = self.new_temp(INT, "i")
                prelude = lambda: self.assign(target, self.load_var(target, loop_var))  # noqa: E731
            body = self.loop_block(before, prelude, body_fn, loop_var)
            self.emit(at, "FOR_RANGE", None, loop_var, bounds, blocks=[body])
            return
        if fname == "enumerate" and 1 <= len(call.args) <= 2 and not call.keywords or \
                fname == "enumerate" and len(call.args) == 1 and [k.arg for k in call.keywords] == ["start"]:
            start_ast = call.args[1] if len(call.args) == 2 else (call.keywords[0].value if call.keywords else None)
            start = self.int_operand(start_ast, "enumerate() start") if start_ast is not None \
                else self.constant(call, 0)[0]
            counter = self.new_temp(INT, "n")
            self.store(call, counter, (start, INT))
            if not (isinstance(target, (ast.Tuple, ast.List)) and len(target.elts) == 2):
                raise unsupported(target, "enumerate() loop target other than a pair (i, item)")
            index_target, item_target = target.elts

            def body_with_counter():
                self.assign(index_target, self.load_var(call, counter))
                one = self.constant(call, 1)
                self.store(call, counter, self.call_op(call, "operator.add", [self.load_var(call, counter), one], "+"))
                body_fn()

            self.iterate(at, item_target, call.args[0], body_with_counter, before | {counter})
            return
        if fname == "zip" and call.args and not call.keywords:
            seqs = [self.as_list(a, self.expr(a)) for a in call.args]
            if not (isinstance(target, (ast.Tuple, ast.List)) and len(target.elts) == len(seqs)):
                raise unsupported(target, "zip() loop target other than one name per sequence")
            index = self.new_temp(INT, "z")
            self.store(call, index, self.constant(call, 0))
            holders = []
            for k, seq in enumerate(seqs):
                holder = self.new_temp(seq[1], "zs")
                self.store(call, holder, seq)
                holders.append(holder)

            def loop_body():
                for holder in holders:
                    i = self.load_var(call, index)
                    size = self.call_op(call, "builtins.len", [self.load_var(call, holder)], "len()")
                    done, _ = self.call_op(call, "operator.ge", [i, size], ">=")
                    self.emit(call, "IF", None, "", [done], blocks=[{"nodes": [self.break_node(call)]}, {"nodes": []}])
                items = []
                for holder in holders:
                    items.append(self.call_op(call, "operator.getitem",
                                              [self.load_var(call, holder), self.load_var(call, index)], "[]"))
                self.store(call, index, self.call_op(call, "operator.add",
                                                     [self.load_var(call, index), self.constant(call, 1)], "+"))
                for sub, item in zip(target.elts, items):
                    self.assign(sub, item)
                body_fn()

            self.assigned = set(before)
            body = self.loop_block(before | {index, *holders}, None, loop_body, None)
            self.emit(at, "LOOP", None, "", [], blocks=[body])
            return
        if fname == "reversed" and len(call.args) == 1 and not call.keywords:
            inner = call.args[0]
            if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name) and inner.func.id == "range" \
                    and self.resolves_to_builtin("range") and len(inner.args) in (1, 2):
                # reversed(range(a, b)) is range(b - 1, a - 1, -1), as CPython computes it.
                bounds = self.range_bounds(inner)
                one = self.constant(inner, 1)
                last, _ = self.call_op(inner, "operator.sub", [(bounds[1], INT), one], "-")
                stop, _ = self.call_op(inner, "operator.sub", [(bounds[0], INT), one], "-")
                step, _ = self.constant(inner, -1)
                if isinstance(target, ast.Name):
                    var = self.variable(target.id)
                    self.store_type(target, var, INT)
                    body = self.loop_block(before, None, body_fn, var)
                    # Empty ranges stay empty: range(b-1, a-1, -1) is empty exactly when a >= b.
                    self.emit(at, "FOR_RANGE", None, var, [last, stop, step], blocks=[body])
                    return
            seq = self.as_list(inner, self.expr(inner))
            holder = self.new_temp(seq[1], "rs")
            self.store(call, holder, seq)
            index = self.new_temp(INT, "r")
            size = self.call_op(call, "builtins.len", [self.load_var(call, holder)], "len()")
            self.store(call, index, self.call_op(call, "operator.sub", [size, self.constant(call, 1)], "-"))

            def loop_body():
                i = self.load_var(call, index)
                negative, _ = self.call_op(call, "operator.lt", [i, self.constant(call, 0)], "<")
                size = self.call_op(call, "builtins.len", [self.load_var(call, holder)], "len()")
                beyond, _ = self.call_op(call, "operator.ge", [self.load_var(call, index), size], ">=")
                done, _ = self.value(call, "CALL_FUNCTION", "or_", "operator.or_", [negative, beyond], BOOL)
                self.emit(call, "IF", None, "", [done], blocks=[{"nodes": [self.break_node(call)]}, {"nodes": []}])
                item = self.call_op(call, "operator.getitem", [self.load_var(call, holder), self.load_var(call, index)],
                                    "[]")
                self.store(call, index, self.call_op(call, "operator.sub",
                                                     [self.load_var(call, index), self.constant(call, 1)], "-"))
                self.assign(target, item)
                body_fn()

            body = self.loop_block(before | {holder, index}, None, loop_body, None)
            self.emit(at, "LOOP", None, "", [], blocks=[body])
            return
        # for w in s.split(): the words streamed, not listed first (the same words: s is immutable).
        split_seq = None
        if isinstance(iter_ast, ast.Call) and isinstance(iter_ast.func, ast.Attribute) and iter_ast.func.attr == "split" \
                and not iter_ast.args and not iter_ast.keywords and isinstance(target, ast.Name):
            receiver = self.expr(iter_ast.func.value)
            if prune(receiver[1]) is STR:
                var = self.variable(target.id)
                self.store_type(target, var, STR)
                body = self.loop_block(before, None, body_fn, var)
                self.emit(at, "FOR_EACH", None, var, [receiver[0]], blocks=[body], names=["words"])
                return
            split_seq = self.registry_method(iter_ast, "split", receiver)
        # d.items() / d.keys() / d.values(): the dict itself, read live (CPython raises if it changes size).
        view = None
        if isinstance(iter_ast, ast.Call) and isinstance(iter_ast.func, ast.Attribute) and not iter_ast.args \
                and iter_ast.func.attr in ("items", "keys", "values"):
            receiver = self.expr(iter_ast.func.value)
            if isinstance(prune(receiver[1]), DictT):
                view = iter_ast.func.attr
                seq = receiver
        if split_seq is not None:
            seq = split_seq
        elif view is None:
            seq = self.set_display(iter_ast, iterated=True) if isinstance(iter_ast, ast.Set) else self.expr(iter_ast)
        st = prune(seq[1])
        if isinstance(st, TupleT):
            seq = self.as_list(iter_ast, seq)
            st = prune(seq[1])
        if isinstance(st, fxn_numpy.ArrT):
            # for row in a: a[0], a[1], ... (views of rows, or items of a 1-d array)
            holder = self.new_temp(st, "a")
            self.store(iter_ast, holder, seq)
            size = self.np.emit(iter_ast, "numpy.len", [self.load_var(iter_ast, holder)], INT, "len")
            index = self.new_temp(INT, "i")
            prelude = lambda: self.assign(target, self.np.item_at(at, self.load_var(at, holder),  # noqa: E731
                                                                  self.load_var(at, index)))
            body = self.loop_block(before | {holder}, prelude, body_fn, index)
            self.emit(at, "FOR_RANGE", None, index, [self.constant(at, 0)[0], size[0], self.constant(at, 1)[0]],
                      blocks=[body])
            return
        if isinstance(st, ListT):
            item_type = st.elem
        elif st is STR:
            item_type = STR
        elif isinstance(st, DictT):
            item_type = st.key
        elif isinstance(st, SetT):
            if not order_is_known(st.elem):
                raise unsupported(iter_ast, "iteration over a set of str (CPython's order depends on the per-process "
                                  "string hash seed; iterate over sorted(...) instead)")
            item_type = st.elem
        elif isinstance(st, TypeVar) and self.discovery:
            item_type = TypeVar()
        else:
            raise unsupported(iter_ast, "iteration over %s" % show(st))
        if view in ("items", "values"):
            key_var = self.new_temp(item_type, "k")
            holder = self.new_temp(seq[1], "d")
            self.store(iter_ast, holder, seq)

            def prelude():
                key = self.load_var(at, key_var)
                value = self.call_op(iter_ast, "operator.getitem", [self.load_var(at, holder), key], "[]")
                if view == "values":
                    self.assign(target, value)
                else:
                    self.assign(target, self.build_tuple(at, [key, value]))

            body = self.loop_block(before | {holder}, prelude, body_fn, key_var)
            self.emit(at, "FOR_EACH", None, key_var, [seq[0]], blocks=[body])
            return
        if isinstance(target, ast.Name):
            var = self.variable(target.id)
            self.store_type(target, var, item_type)
            body = self.loop_block(before, None, body_fn, var)
            self.emit(at, "FOR_EACH", None, var, [seq[0]], blocks=[body])
        else:
            loop_var = self.new_temp(item_type, "item")
            body = self.loop_block(before, lambda: self.assign(target, self.load_var(target, loop_var)), body_fn,
                                   loop_var)
            self.emit(at, "FOR_EACH", None, loop_var, [seq[0]], blocks=[body])

    def loop_block(self, before, prelude, body_fn, loop_var):
        self.assigned = set(before) | ({loop_var} if loop_var else set())
        self.blocks.append([])
        if prelude:
            prelude()
        body_fn()
        block = {"nodes": self.blocks.pop()}
        self.assigned = set(before)
        return block

    def range_bounds(self, call):
        if call.keywords:
            raise unsupported(call.keywords[0], "keyword argument to range()")
        if not 1 <= len(call.args) <= 3:
            raise Diagnostic(call, "range() takes 1 to 3 arguments")
        bounds = [self.int_operand(a, "range() argument") for a in call.args]
        if len(bounds) == 1:
            bounds = [self.constant(call, 0)[0], bounds[0], self.constant(call, 1)[0]]
        elif len(bounds) == 2:
            bounds.append(self.constant(call, 1)[0])
        return bounds

    def as_list(self, at, value):
        """A list with the items iteration would give (strs, dicts, sets, tuples and lists)."""
        t = prune(value[1])
        if isinstance(t, ListT):
            return value
        if isinstance(t, TupleT):
            items = [self.tuple_get(at, value[0], t, i) for i in range(len(t.elems))]
            if not items:
                return self.value(at, "CALL_FUNCTION", "empty_list", "fxn.empty_list", [], ListT(TypeVar()))
            return self.list_of(at, items)
        if isinstance(t, SetT) and not order_is_known(t.elem):
            raise unsupported(at, "iteration over a set of str (CPython's order depends on the per-process string "
                              "hash seed; use sorted(...) instead)")
        if isinstance(t, TypeVar) and self.discovery:
            return "$unknown", ListT(TypeVar())
        return self.call_op(at, "builtins.list", [value], "list()")

    def list_of(self, at, items, allow_fixed=False):
        elem = TypeVar()
        for x, (_, t) in zip([at] * len(items), items):
            joined = join(elem, t)
            if joined is None:
                if allow_fixed and not any(contains_unknown(t) for _, t in items):
                    # A display mixing types: a fixed-length list read by constant index.
                    return self.value(at, "CALL_FUNCTION", "list", "fxn.build_tuple", [n for n, _ in items],
                                      TupleT([t for _, t in items], as_list=True))
                raise unsupported(x, "list mixing %s and %s (fxn lists hold one type)" % (show(elem), show(t)))
            elem = joined
        items = [self.coerce(at, item, elem) for item in items]
        return self.value(at, "CALL_FUNCTION", "list", "fxn.build_list", [n for n, _ in items], ListT(elem))

    # ---- assignment ----

    def variable(self, ident):
        return self.renames.get(ident, ident)

    def store_type(self, at, var, t):
        if not unify(self.var_types[var], t):
            joined = join(self.var_types[var], t)
            if joined is None or (not self.discovery and not compatible(joined, self.var_types[var])):
                raise Diagnostic(at, "variable '%s' holds %s elsewhere but is assigned %s here; fxn gives each "
                                 "variable one type" % (var.lstrip("$"), show(self.var_types[var]), show(t)))
            self.var_types[var] = joined

    def assign(self, target, value):
        name, t = value
        if isinstance(target, ast.Name):
            var = self.variable(target.id)
            self.store_type(target, var, t)
            self.store(target, var, value)
        elif isinstance(target, ast.Subscript):
            container = self.expr(target.value)
            if isinstance(prune(container[1]), fxn_numpy.ArrT):
                self.np.setitem(target, container, target.slice, value)
                return
            if isinstance(target.slice, ast.Slice):
                bounds = self.slice_bounds(target.slice)
                self.call_op(target, "fxn.setslice", [container, *bounds, value], "[:]=", statement=True)
                return
            index = self.expr(target.slice)
            self.setitem(target, container, index, value)
        elif isinstance(target, ast.Attribute):
            obj = self.expr(target.value)
            self.set_field(target, obj, target.attr, value)
        elif isinstance(target, (ast.Tuple, ast.List)):
            pt = prune(t)
            if isinstance(pt, TypeVar) and self.discovery:
                pt = TupleT([TypeVar() for _ in target.elts])
                unify(t, pt)
            stars = [k for k, sub in enumerate(target.elts) if isinstance(sub, ast.Starred)]
            if len(stars) > 1:
                raise Diagnostic(target, "multiple starred expressions in assignment")
            if stars:
                self.assign_starred(target, value, stars[0])
                return
            if isinstance(pt, ListT):
                # a, b = some_list: CPython checks the length, then unpacks.
                n = len(target.elts)
                size = self.call_op(target, "builtins.len", [value], "len()")
                self.emit(target, "CALL_FUNCTION", None, "fxn.check_unpack", [size[0], self.constant(target, n)[0]])
                parts = [self.call_op(target, "operator.getitem", [value, self.constant(target, i)], "[]")
                         for i in range(n)]
            elif isinstance(pt, TupleT):
                if len(pt.elems) != len(target.elts):
                    raise Diagnostic(target, "cannot unpack a tuple of %d into %d names"
                                     % (len(pt.elems), len(target.elts)))
                parts = [self.tuple_get(target, name, pt, i) for i in range(len(pt.elems))]
            else:
                raise unsupported(target, "unpacking %s" % show(t))
            for sub, part in zip(target.elts, parts):
                self.assign(sub, part)
        else:
            raise unsupported(target, "assignment to %s" % type(target).__name__)

    def assign_starred(self, target, value, star):
        """first, *rest = seq: the names around the star take single items, the star a list."""
        pt = prune(value[1])
        before, after = star, len(target.elts) - star - 1
        if isinstance(pt, TupleT):
            n = len(pt.elems)
            if n < before + after:
                raise Diagnostic(target, "not enough values to unpack (expected at least %d, got %d)"
                                 % (before + after, n))
            items = [self.tuple_get(target, value[0], pt, i) for i in range(n)]
            middle = items[before:n - after]
            rest = self.list_of(target, middle) if middle else \
                self.value(target, "CALL_FUNCTION", "empty_list", "fxn.empty_list", [], ListT(TypeVar()))
            parts = items[:before] + [rest] + items[n - after:]
        elif isinstance(pt, (ListT, TupleT)) or pt is STR:
            if pt is STR:
                value = self.as_list(target, value)
            size = self.call_op(target, "builtins.len", [value], "len()")
            self.emit(target, "CALL_FUNCTION", None, "fxn.check_unpack_star",
                      [size[0], self.constant(target, before + after)[0]])
            parts = [self.call_op(target, "operator.getitem", [value, self.constant(target, i)], "[]")
                     for i in range(before)]
            stop = self.constant(target, -after if after else INT64_MAX)
            parts.append(self.call_op(target, "fxn.slice", [value, self.constant(target, before), stop,
                                                             self.constant(target, 1)], "[:]"))
            parts += [self.call_op(target, "operator.getitem", [value, self.constant(target, -after + j)], "[]")
                      for j in range(after)]
        else:
            raise unsupported(target, "starred unpacking of %s" % show(pt))
        for k, (sub, part) in enumerate(zip(target.elts, parts)):
            self.assign(sub.value if k == star else sub, part)

    def setitem(self, at, container, index, value):
        ct = prune(container[1])
        if isinstance(ct, DictT):
            self.check_key(at, ct.key, index[1])
            if not unify(ct.key, index[1]) and prune(ct.key) is not FLOAT:
                raise unsupported(at, "dict keyed by %s indexed with %s" % (show(ct.key), show(index[1])))
            joined = join(ct.value, value[1])
            if joined is None:
                raise unsupported(at, "dict of %s values assigned %s" % (show(ct.value), show(value[1])))
            if joined is not ct.value and self.discovery:
                rebind(ct.value, joined)
            value = self.coerce(at, value, ct.value)
            index = self.coerce(at, index, ct.key)
        elif isinstance(ct, ListT):
            value = self.coerce(at, value, ct.elem)
        self.call_op(at, "operator.setitem", [container, index, value], "[]=", statement=True)

    def check_key(self, at, key_type, t):
        if not self.discovery and not is_hashable_key(prune(key_type) if not isinstance(prune(key_type), TypeVar)
                                                      else t):
            raise unsupported(at, "dict or set keyed by %s (fxn hashes int, bool, str, None and tuples of them; "
                              "float keys are refused because of NaN)" % show(t))

    def tuple_get(self, at, name, tuple_type, i):
        elem = tuple_type.elems[i]
        idx, _ = self.constant(at, i)
        return self.value(at, "CALL_FUNCTION", "item", "fxn.tuple_get", [name, idx], elem)

    def aug_assign(self, s):
        target = s.target
        if isinstance(target, ast.Name):
            current = self.load(target, self.variable(target.id))
            ct = prune(current[1])
            if isinstance(ct, ListT) and isinstance(s.op, ast.Add):
                # xs += ys extends the list in place: every alias sees it.
                value = self.expr(s.value)
                self.call_op(s, "list.extend", [current, self.as_list(s.value, value)], "+=", statement=True)
                return
            if isinstance(ct, ListT) and isinstance(s.op, ast.Mult):
                raise unsupported(s, "in-place list repetition (xs *= n)")
            if isinstance(ct, SetT) and type(s.op) in (ast.BitOr, ast.BitAnd, ast.Sub, ast.BitXor):
                op = {ast.BitOr: "operator.ior", ast.BitAnd: "operator.iand", ast.Sub: "operator.isub",
                      ast.BitXor: "operator.ixor"}[type(s.op)]
                result = self.call_op(s, op, [current, self.expr(s.value)], "|=")
                self.assign(target, result)
                return
            if isinstance(ct, DictT):
                raise unsupported(s, "augmented assignment to a dict")
            result = self.binop(s, s.op, current, self.expr(s.value), augmented=True)
            if isinstance(ct, fxn_numpy.ArrT):
                self.np.in_place(s, current, result)  # a += x writes into a's buffer: aliases see it
                return
            self.assign(target, result)
        elif isinstance(target, ast.Subscript):
            if isinstance(target.slice, ast.Slice):
                raise unsupported(target.slice, "slice augmented assignment")
            container = self.expr(target.value)
            if isinstance(prune(container[1]), fxn_numpy.ArrT):
                # The index is built twice (read, then write back): only side-effect-free ones.
                if any(isinstance(n, (ast.Call, ast.NamedExpr, ast.Await, ast.Yield)) for n in ast.walk(target.slice)):
                    raise unsupported(target.slice, "augmented assignment to an array item whose index calls a function")
                current = self.np.subscript(target, container)
                result = self.binop(s, s.op, current, self.expr(s.value), augmented=True)
                self.np.setitem(target, container, target.slice, result)
                return
            index = self.expr(target.slice)
            current = self.subscript(target, container, index)
            result = self.binop(s, s.op, current, self.expr(s.value), augmented=True)
            self.setitem(target, container, index, result)
        elif isinstance(target, ast.Attribute):
            obj = self.expr(target.value)
            current = self.get_attribute(target, obj, target.attr)
            result = self.binop(s, s.op, current, self.expr(s.value), augmented=True)
            self.set_field(target, obj, target.attr, result)
        else:
            raise unsupported(target, "augmented assignment to %s" % type(target).__name__)

    def delete(self, target):
        if isinstance(target, ast.Subscript):
            container = self.expr(target.value)
            if isinstance(target.slice, ast.Slice):
                bounds = self.slice_bounds(target.slice)
                self.call_op(target, "fxn.delslice", [container, *bounds], "del [:]", statement=True)
                return
            index = self.expr(target.slice)
            self.call_op(target, "operator.delitem", [container, index], "del []", statement=True)
        else:
            raise unsupported(target, "del of %s (only del x[i], del x[i:j] and del d[k])"
                              % ("a local variable" if isinstance(target, ast.Name) else type(target).__name__))

    # ---- exceptions ----

    def exception_class(self, e):
        """The class an `except`/`raise` names, as the live Python class."""
        if isinstance(e, ast.Name) and e.id not in self.locals:
            cls = self.m.resolve_global(e, e.id)
            if isinstance(cls, type) and issubclass(cls, BaseException):
                self.m.check_exception_class(e, cls)
                return cls
        raise unsupported(e, "exception class given by an expression (name a class directly)")

    def try_statement(self, s):
        before = set(self.assigned)
        body = self.block(s.body)
        ends = []
        if self.assigned is not None:
            orelse = self.block(s.orelse)
            ends.append(self.assigned)
        else:
            orelse = {"nodes": []}
        handlers = []
        for h in s.handlers:
            if h.type is None:
                names = []
            else:
                classes = [self.exception_class(x) for x in (h.type.elts if isinstance(h.type, ast.Tuple) else [h.type])]
                names = sorted({c.__name__ for c in self.m.exception_universe() if issubclass(c, tuple(classes))})
            self.assigned = set(before)
            var = ""
            if h.name:
                var = self.variable(h.name)
                self.store_type(h, var, EXC)
                self.assigned.add(var)
            self.handler_depth += 1
            hbody = self.block(h.body)
            self.handler_depth -= 1
            ends.append(self.assigned)
            node = {"op": "EXCEPT", "target": var, "args": [], "line": h.lineno, "col": h.col_offset + 1,
                    "blocks": [hbody]}
            if names:
                node["names"] = names
            elif h.type is not None:
                node["names"] = ["$none"]  # a class nothing raised can be: catches nothing
            handlers.append(node)
        merged = None
        for end in ends:
            merged = self.merge(merged, end) if merged is not None else (set(end) if end is not None else None)
        self.assigned = set(before) if merged is None and s.finalbody else merged
        reachable_after = merged is not None
        final = {"nodes": []}
        if s.finalbody:
            final = self.block(s.finalbody)
            if self.assigned is not None and not reachable_after:
                self.assigned = None  # the finally ends normally, but every path into it left the function
        self.emit(s, "TRY", None, "", [], blocks=[body, {"nodes": handlers}, orelse, final])

    def raise_statement(self, s):
        if s.exc is None:
            if self.handler_depth == 0:
                raise unsupported(s, "bare raise outside an except block")
            self.emit(s, "RAISE")
            self.assigned = None
            return
        e = s.exc
        if isinstance(e, ast.Name) and self.variable(e.id) in self.var_types \
                and prune(self.var_types[self.variable(e.id)]) is EXC:
            self.emit(s, "RAISE", None, "", [self.load(e, self.variable(e.id))[0]])
            self.assigned = None
            return
        if isinstance(e, ast.Call):
            cls = self.exception_class(e.func)
            if e.keywords:
                raise unsupported(e.keywords[0], "keyword argument to an exception")
            if len(e.args) > 1:
                raise unsupported(e.args[1], "exception with more than one argument")
            args = []
            if e.args:
                value = self.expr(e.args[0])
                if issubclass(cls, KeyError) and prune(value[1]) is not NONE:
                    message = self.call_op(e, "builtins.repr", [value], "repr()")  # str(KeyError(k)) is repr(k)
                else:
                    message = self.to_str(e.args[0], value)
                args = [message[0]]
            self.emit(s, "RAISE", None, cls.__name__, args)
        else:
            cls = self.exception_class(e)
            self.emit(s, "RAISE", None, cls.__name__, [])
        self.assigned = None

    # ---- match ----

    def match_statement(self, s):
        subject = self.expr(s.subject)
        holder = self.new_temp(subject[1], "subject")
        self.store(s.subject, holder, subject)
        done = self.new_temp(BOOL, "matched")
        self.store(s, done, self.constant(s, False))
        before = set(self.assigned)
        ends = []
        irrefutable = False
        for case in s.cases:
            def on_match(case=case):
                def run_body():
                    self.store(case.pattern, done, self.constant(case.pattern, True))
                    self.statements(case.body)
                    ends.append(self.assigned)

                if case.guard is not None:
                    cond, _ = self.truth(case.guard)
                    saved = set(self.assigned)
                    self.emit(case.guard, "IF", None, "", [cond], blocks=[self.emitted(run_body), {"nodes": []}])
                    self.assigned = saved
                else:
                    run_body()

            def attempt(case=case, on_match=on_match):
                self.assigned = set(before) | {done, holder}
                self.match_pattern(case.pattern, self.load_var(case.pattern, holder), on_match)

            not_done, _ = self.value(case.pattern, "CALL_FUNCTION", "not_", "operator.not_",
                                     [self.load_var(case.pattern, done)[0]], BOOL)
            self.emit(case.pattern, "IF", None, "", [not_done], blocks=[self.emitted(attempt), {"nodes": []}])
            if case.guard is None and isinstance(case.pattern, ast.MatchAs) and case.pattern.pattern is None:
                irrefutable = True
        self.assigned = set(before) | {done, holder}
        if irrefutable and all(end is None for end in ends):
            self.assigned = None

    def match_pattern(self, p, subject, on_match):
        """Emits the test of pattern p against subject; on_match() emits what runs when it matches."""
        def when(cond):
            saved = set(self.assigned)
            self.emit(p, "IF", None, "", [cond], blocks=[self.emitted(on_match), {"nodes": []}])
            self.assigned = saved

        if isinstance(p, ast.MatchValue):
            value = self.expr(p.value)
            when(self.compare_one(p, ast.Eq(), subject, value)[0])
        elif isinstance(p, ast.MatchSingleton):
            if p.value is None:
                when(self.is_none(p, subject)[0])
            else:
                st = prune(subject[1])
                if st is not BOOL:
                    return  # True/False match only bools (by identity)
                cond = subject[0] if p.value else self.value(p, "CALL_FUNCTION", "not_", "operator.not_",
                                                              [subject[0]], BOOL)[0]
                when(cond)
        elif isinstance(p, ast.MatchAs):
            def bind_and_continue():
                if p.name:
                    self.assign(ast.copy_location(ast.Name(id=p.name, ctx=ast.Store()), p), subject)
                on_match()
            if p.pattern is None:
                bind_and_continue()
            else:
                self.match_pattern(p.pattern, subject, bind_and_continue)
        elif isinstance(p, ast.MatchOr):
            flag = self.new_temp(BOOL, "alt")
            self.store(p, flag, self.constant(p, False))
            for alt in p.patterns:
                not_yet, _ = self.value(alt, "CALL_FUNCTION", "not_", "operator.not_", [self.load_var(alt, flag)[0]],
                                        BOOL)
                saved = set(self.assigned)
                block = self.emitted(lambda alt=alt: self.match_pattern(
                    alt, subject, lambda: self.store(alt, flag, self.constant(alt, True))))
                self.emit(alt, "IF", None, "", [not_yet], blocks=[block, {"nodes": []}])
                self.assigned = saved
            when(self.load_var(p, flag)[0])
        elif isinstance(p, ast.MatchSequence):
            st = prune(subject[1])
            stars = [k for k, x in enumerate(p.patterns) if isinstance(x, ast.MatchStar)]
            if stars and isinstance(st, ListT):
                star = stars[0]
                before, after = star, len(p.patterns) - star - 1
                size = self.call_op(p, "builtins.len", [subject], "len()")
                enough, _ = self.call_op(p, "operator.ge", [size, self.constant(p, before + after)], ">=")

                def star_items_then():
                    items = [self.call_op(p, "operator.getitem", [subject, self.constant(p, i)], "[]")
                             for i in range(before)]
                    items += [self.call_op(p, "operator.getitem", [subject, self.constant(p, -after + j)], "[]")
                              for j in range(after)]
                    patterns = p.patterns[:star] + p.patterns[star + 1:]

                    def bind_star_then():
                        if p.patterns[star].name:
                            stop = self.constant(p, -after if after else INT64_MAX)
                            rest = self.call_op(p, "fxn.slice", [subject, self.constant(p, before), stop,
                                                                 self.constant(p, 1)], "[:]")
                            self.assign(ast.copy_location(ast.Name(id=p.patterns[star].name, ctx=ast.Store()), p),
                                        rest)
                        on_match()
                    self.match_items(patterns, items, bind_star_then)
                saved = set(self.assigned)
                self.emit(p, "IF", None, "", [enough], blocks=[self.emitted(star_items_then), {"nodes": []}])
                self.assigned = saved
                return
            if stars:
                raise unsupported(p, "star pattern in match over %s" % show(st))
            n = len(p.patterns)
            if isinstance(st, TupleT):
                if len(st.elems) != n:
                    return  # never matches
                items = [self.tuple_get(p, subject[0], st, i) for i in range(n)]
                self.match_items(p.patterns, items, on_match)
            elif isinstance(st, ListT):
                size = self.call_op(p, "builtins.len", [subject], "len()")
                same, _ = self.call_op(p, "operator.eq", [size, self.constant(p, n)], "==")

                def items_then():
                    items = [self.call_op(p, "operator.getitem", [subject, self.constant(p, i)], "[]")
                             for i in range(n)]
                    self.match_items(p.patterns, items, on_match)
                saved = set(self.assigned)
                self.emit(p, "IF", None, "", [same], blocks=[self.emitted(items_then), {"nodes": []}])
                self.assigned = saved
            else:
                raise unsupported(p, "sequence pattern over %s" % show(st))
        elif isinstance(p, ast.MatchClass):
            self.match_class(p, subject, on_match)
        else:
            raise unsupported(p, "%s in match (fxn matches literals, None, captures, | and sequences)"
                              % {"MatchClass": "class pattern", "MatchMapping": "mapping pattern"}.get(
                                  type(p).__name__, type(p).__name__))

    def match_class(self, p, subject, on_match):
        """case Point(x=0, y=n) / case Point(0, n) (by __match_args__) / case int(n)."""
        if not isinstance(p.cls, ast.Name) or p.cls.id in self.locals:
            raise unsupported(p.cls, "class pattern naming a computed class")
        cls = self.m.resolve_global(p.cls, p.cls.id)
        st = prune(subject[1])
        if isinstance(st, OptT):
            not_none, _ = self.value(p, "CALL_FUNCTION", "not_", "operator.not_", [self.is_none(p, subject)[0]], BOOL)
            saved = set(self.assigned)
            block = self.emitted(lambda: self.match_class(
                p, self.unwrap(p, subject, "fxn: matched value was None"), on_match))
            self.emit(p, "IF", None, "", [not_none], blocks=[block, {"nodes": []}])
            self.assigned = saved
            return
        builtin = {int: INT, float: FLOAT, str: STR, bool: BOOL}
        if cls in builtin:
            matches = st is builtin[cls] or cls is int and st is BOOL
            if not matches:
                return
            if p.kwd_patterns or len(p.patterns) > 1:
                raise unsupported(p, "sub-patterns of %s()" % cls.__name__)
            self.match_items(p.patterns, [subject], on_match)
            return
        if not isinstance(cls, type) or getattr(builtins, cls.__name__, None) is cls:
            raise unsupported(p.cls, "class pattern for %s" % p.cls.id)
        info = self.m.class_info(p.cls, cls)
        if not (isinstance(st, ClassT) and st.info is info):
            return  # a value of another static type is never an instance of this class
        match_args = getattr(cls, "__match_args__", ())
        if len(p.patterns) > len(match_args):
            raise Diagnostic(p, "%s() accepts %d positional sub-patterns (%d given)"
                             % (info.name, len(match_args), len(p.patterns)))
        attrs = list(match_args[:len(p.patterns)]) + list(p.kwd_attrs)
        patterns = list(p.patterns) + list(p.kwd_patterns)
        items = [self.get_attribute(p, subject, a) for a in attrs]
        self.match_items(patterns, items, on_match)

    def match_items(self, patterns, items, on_match):
        if not patterns:
            on_match()
            return
        self.match_pattern(patterns[0], items[0], lambda: self.match_items(patterns[1:], items[1:], on_match))

    # ---- expressions ----

    def expr(self, e, allow_none=False):
        kind = type(e).__name__
        if kind in UNSUPPORTED_EXPRESSIONS:
            raise unsupported(e, UNSUPPORTED_EXPRESSIONS[kind])
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
            container = self.expr(e.value)
            if isinstance(prune(container[1]), fxn_numpy.ArrT):
                return self.np.subscript(e, container)
            if isinstance(e.slice, ast.Slice):
                return self.slice(e, container)
            ct = prune(container[1])
            if isinstance(ct, TupleT):
                i = literal_int(e.slice)
                if i is None:
                    if len({type_str(x) for x in ct.elems}) != 1:
                        raise unsupported(e.slice, "computed index into a tuple mixing types")
                    items = self.as_list(e, container)
                    return self.call_op(e, "fxn.tuple_getitem", [items, self.expr(e.slice)], "[]")
                if not -len(ct.elems) <= i < len(ct.elems):
                    raise Diagnostic(e.slice, "%s index %d out of range for %s"
                                     % ("list" if ct.as_list else "tuple", i, show(ct)))
                return self.tuple_get(e, container[0], ct, i % len(ct.elems))
            return self.subscript(e, container, self.expr(e.slice))
        if isinstance(e, ast.List):
            if not e.elts:
                return self.value(e, "CALL_FUNCTION", "empty_list", "fxn.empty_list", [], ListT(TypeVar()))
            return self.list_of(e, [self.expr(x) for x in e.elts], allow_fixed=True)
        if isinstance(e, ast.Tuple):
            return self.build_tuple(e, [self.expr(x) for x in e.elts])
        if isinstance(e, ast.Dict):
            return self.dict_display(e)
        if isinstance(e, ast.Set):
            return self.set_display(e)
        if isinstance(e, (ast.ListComp, ast.SetComp, ast.DictComp)):
            return self.comprehension(e)
        if isinstance(e, ast.JoinedStr):
            return self.fstring(e)
        raise unsupported(e, "%s expression" % kind)

    def subscript(self, at, container, index):
        ct = prune(container[1])
        if isinstance(ct, DictT):
            self.check_key(at, ct.key, index[1])
            index = self.coerce(at, index, ct.key)
        elif isinstance(ct, OptT):
            container = self.unwrap(at, container, "'NoneType' object is not subscriptable")
        return self.call_op(at, "operator.getitem", [container, index], "[]")

    def slice_bounds(self, sl):
        step = literal_int(sl.step) if sl.step is not None else 1
        if sl.step is not None and step is None and (sl.lower is None or sl.upper is None):
            raise unsupported(sl, "slice with a computed step and a missing bound")
        negative = step is not None and step < 0
        lower = self.int_operand(sl.lower, "slice index") if sl.lower is not None \
            else self.constant(sl, INT64_MAX if negative else 0)[0]
        upper = self.int_operand(sl.upper, "slice index") if sl.upper is not None \
            else self.constant(sl, INT64_MIN if negative else INT64_MAX)[0]
        stepv = self.int_operand(sl.step, "slice step") if sl.step is not None else self.constant(sl, 1)[0]
        return [(lower, INT), (upper, INT), (stepv, INT)]

    def slice(self, e, container):
        ct = prune(container[1])
        if isinstance(ct, TupleT):
            sl = e.slice
            parts = [literal_int(x) if x is not None else None for x in (sl.lower, sl.upper, sl.step)]
            if any(p is None and x is not None for p, x in zip(parts, (sl.lower, sl.upper, sl.step))):
                raise unsupported(e.slice, "tuple slice with bounds that are not int literals")
            if parts[2] == 0:
                raise Diagnostic(e.slice, "slice step cannot be zero")
            indices = range(len(ct.elems))[slice(*parts)]
            return self.build_tuple(e, [self.tuple_get(e, container[0], ct, i) for i in indices])
        bounds = self.slice_bounds(e.slice)
        return self.call_op(e, "fxn.slice", [container, *bounds], "[:]")

    def load(self, at, var):
        if self.assigned is not None and var not in self.assigned:
            self.maybe_unbound.add(var)
        t = self.var_types[var]
        if contains_unknown(t) and isinstance(prune(t), TypeVar) and not self.discovery:
            raise Diagnostic(at, "cannot infer the type of variable '%s'" % var.lstrip("$"))
        value = self.value(at, "LOAD", var.lstrip("$"), var, [], t)
        if var in self.narrowed and isinstance(prune(t), OptT):
            return self.unwrap(at, value, "fxn: narrowed value was None")  # cannot fail: tested above
        return value

    def name(self, e):
        if e.id in self.renames:
            return self.load(e, self.renames[e.id])
        if e.id in self.locals:
            if e.id in self.local_functions:
                raise unsupported(e, "using local function '%s' as a value" % e.id)
            return self.load(e, e.id)
        if e.id in self.local_functions:
            raise unsupported(e, "using local function '%s' as a value" % e.id)
        value = self.m.resolve_global(e, e.id)
        if fxn_numpy.describe_array(value) is not None:
            return self.np.global_array(e, e.id, value)
        if isinstance(value, (bool, int, float, str, tuple)) or value is None:
            return self.global_constant(e, e.id, value)
        if isinstance(value, (list, dict, set, frozenset)) and id(e) in self.m.read_only_uses:
            return self.container_constant(e, value)
        if isinstance(value, (list, dict, set)):
            raise unsupported(e, "module-level %s '%s' used in a way that may change it (fxn reads module-level "
                              "containers only by indexing, `in`, iteration, len() and .get(); use a tuple)"
                              % (type(value).__name__, e.id))
        raise unsupported(e, "using %s '%s' as a value" % (describe_global(value), e.id))

    def container_constant(self, at, value):
        """A module-level list/dict/set the code only reads: rebuilt from its value at trace time."""
        from fxn_frontend import describe_value
        t = describe_value(value) if not isinstance(value, (set, frozenset, dict)) else None
        if isinstance(value, list):
            if t is None:
                raise unsupported(at, "module-level list mixing types")
            if not value:
                return self.value(at, "CALL_FUNCTION", "empty_list", "fxn.empty_list", [], t)
            return self.list_of(at, [self.container_item(at, v) for v in value])
        if isinstance(value, dict):
            result = self.value(at, "CALL_FUNCTION", "dict", "fxn.empty_dict", [], DictT(TypeVar(), TypeVar()))
            for k, v in value.items():
                self.dict_store(at, result, self.constant(at, k), self.container_item(at, v))
            return result
        result = self.value(at, "CALL_FUNCTION", "set", "fxn.empty_set", [], SetT(TypeVar()))
        for v in sorted(value, key=repr) if not all(isinstance(x, int) for x in value) else list(value):
            item = self.constant(at, v)
            if not unify(result[1].elem, item[1]):
                raise unsupported(at, "module-level set mixing types")
            self.call_op(at, "set.add", [result, item], "set.add()", statement=True)
        return result

    def container_item(self, at, v):
        if isinstance(v, (list, dict, set, frozenset)):
            raise unsupported(at, "module-level container holding a %s (a mutable value shared between calls)"
                              % type(v).__name__)
        return self.constant(at, v)

    def global_constant(self, at, label, value):
        if isinstance(value, tuple):
            return self.build_tuple(at, [self.global_constant(at, label, v) for v in value])
        if isinstance(value, str):
            return self.constant(at, value)
        v, t = self.constant_value(at, value)
        return self.value(at, "GET_ATTR", label.split(".")[-1], "globals." + label, [], t, v)

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
        raise unsupported(at, describe_unsupported_value(value))

    def attribute(self, e):
        if e.attr == "__name__" and isinstance(e.value, ast.Call) and isinstance(e.value.func, ast.Name) \
                and e.value.func.id == "type" and self.resolves_to_builtin("type") and len(e.value.args) == 1:
            value = self.expr(e.value.args[0])
            if prune(value[1]) is EXC:
                return self.call_op(e, "fxn.exception_type", [value], "type().__name__")
            return self.constant(e, python_type_name(value[1]))
        if isinstance(e.value, ast.Name) and e.value.id not in self.locals and e.value.id not in self.renames:
            owner = self.m.resolve_global(e.value, e.value.id)
            if isinstance(owner, types.ModuleType) and owner is fxn_numpy.numpy() \
                    and e.attr in ("pi", "e", "inf", "nan", "euler_gamma"):
                return self.constant(e, float(getattr(owner, e.attr)))
            if isinstance(owner, types.ModuleType):
                if owner is not math:
                    raise unsupported(e, "module '%s' (only math is compiled)" % owner.__name__)
                if not hasattr(math, e.attr):
                    raise Diagnostic(e, "module 'math' has no attribute '%s'" % e.attr)
                value = getattr(math, e.attr)
                if isinstance(value, (int, float)):
                    v, t = self.constant_value(e, value)
                    return self.value(e, "GET_ATTR", e.attr, "math." + e.attr, [], t, v)
                raise unsupported(e, "math.%s used as a value" % e.attr)
            if isinstance(owner, type) and not issubclass(owner, BaseException):
                info = self.m.class_info(e.value, owner)
                if e.attr in info.constants:
                    return self.global_constant(e, "%s.%s" % (info.name, e.attr), info.constants[e.attr])
                raise unsupported(e, "class attribute %s.%s" % (info.name, e.attr))
        obj = self.expr(e.value)
        return self.get_attribute(e, obj, e.attr)

    def instance(self, at, obj, attr):
        """The object whose attribute `attr` is read or set: a `T | None` is unwrapped with
        CPython's AttributeError for None."""
        if isinstance(prune(obj[1]), OptT):
            obj = self.unwrap(at, obj, "'NoneType' object has no attribute '%s'" % attr, "AttributeError")
        return obj, prune(obj[1])

    def get_attribute(self, at, obj, attr):
        if isinstance(prune(obj[1]), TypeVar) and self.discovery:
            return "$unknown", TypeVar()
        if fxn_numpy.is_numpy(obj[1]):
            return self.np.attribute(at, obj, attr)
        obj, t = self.instance(at, obj, attr)
        if not isinstance(t, ClassT):
            raise unsupported(at, "attribute '.%s' of %s" % (attr, show(t)))
        info = t.info
        if attr in info.methods and info.methods[attr].kind == "property":
            return self.m.call_callable(at, self, info.methods[attr], [obj])
        if attr in info.methods:
            raise unsupported(at, "method %s.%s used as a value" % (info.name, attr))
        if attr not in info.fields:
            if attr in info.constants:
                return self.global_constant(at, "%s.%s" % (info.name, attr), info.constants[attr])
            if self.discovery:
                info.fields[attr] = TypeVar()
            else:
                raise Diagnostic(at, "'%s' object has no attribute '%s'" % (info.name, attr))
        ft = info.fields[attr]
        if isinstance(prune(ft), TypeVar) and not self.discovery:
            raise Diagnostic(at, "cannot infer the type of field %s.%s" % (info.name, attr))
        return self.value(at, "GET_FIELD", attr, attr, [obj[0]], ft)

    def set_field(self, at, obj, attr, value):
        if isinstance(prune(obj[1]), TypeVar) and self.discovery:
            return
        obj, t = self.instance(at, obj, attr)
        if not isinstance(t, ClassT):
            raise unsupported(at, "setting attribute '.%s' of %s" % (attr, show(t)))
        info = t.info
        if attr in info.methods:
            raise unsupported(at, "assigning to method or property %s.%s" % (info.name, attr))
        if attr not in info.fields:
            if not self.discovery:
                raise Diagnostic(at, "field %s.%s first assigned outside the discovery pass" % (info.name, attr))
            info.fields[attr] = TypeVar()
        ft = info.fields[attr]
        if not unify(ft, value[1]):
            joined = join(ft, value[1])
            if joined is None or not self.discovery:
                if joined is None or not compatible(joined, ft):
                    raise Diagnostic(at, "field %s.%s holds %s elsewhere but is assigned %s here"
                                     % (info.name, attr, show(ft), show(value[1])))
            else:
                info.fields[attr] = joined
        value = self.coerce(at, value, info.fields[attr])
        self.emit(at, "SET_FIELD", None, attr, [obj[0], value[0]])

    # ---- numbers, operators ----

    def promote(self, operand, to):
        name, t = operand
        t = prune(t)
        if to is FLOAT and t in (INT, BOOL):
            return self.value(None, "CALL_FUNCTION", "float", "builtins.float", [name], FLOAT)
        if to is INT and t is BOOL:
            return self.value(None, "CALL_FUNCTION", "int", "builtins.int", [name], INT)
        return operand

    def coerce(self, at, value, to):
        """value as type `to`: a T into `T | None`, None into `T | None`."""
        to_p, t = prune(to), prune(value[1])
        if isinstance(to_p, OptT) and not isinstance(t, OptT) and not isinstance(t, TypeVar):
            if t is NONE:
                return self.call_op(at, "fxn.none_of", [value], "None", result_hint=to_p)
            return self.call_op(at, "fxn.some", [value], "value", result_hint=to_p)
        return value

    def unwrap(self, at, value, message, error="TypeError"):
        """The T of a `T | None` that the code uses as a T; CPython's error when it is None."""
        msg = self.constant(at, message)
        target = "fxn.unwrap" if error == "TypeError" else "fxn.unwrap_attr"
        return self.call_op(at, target, [value, msg], "unwrap")

    def arith_operands(self, left, right):
        """Python's numeric tower for binary operators: bool -> int -> float."""
        lt, rt = prune(left[1]), prune(right[1])
        if lt in (INT, BOOL, FLOAT) and rt in (INT, BOOL, FLOAT):
            if FLOAT in (lt, rt):
                return self.promote(left, FLOAT), self.promote(right, FLOAT)
            return self.promote(left, INT), self.promote(right, INT)
        return left, right

    def binop(self, at, op, left, right, augmented=False):
        target, symbol = BINOPS[type(op)]
        if fxn_numpy.is_numpy(left[1]) or fxn_numpy.is_numpy(right[1]):
            if isinstance(op, ast.MatMult):
                return self.np.matmul(at, left, right)
            if target is not None:
                return self.np.binop(at, target, left, right)
        if target is None:
            raise unsupported(at, "operator %s" % symbol)
        lt, rt = prune(left[1]), prune(right[1])
        if target == "operator.mod" and lt is STR:
            raise unsupported(at, "% formatting of str (use an f-string)")
        for side, t in ((left, lt), (right, rt)):
            if isinstance(t, OptT):
                other = rt if side is left else lt
                message = "unsupported operand type(s) for %s%s: %s" % (
                    symbol, "=" if augmented else "",
                    "'NoneType' and '%s'" % python_type_name(other) if side is left
                    else "'%s' and 'NoneType'" % python_type_name(other))
                if side is left:
                    left = self.unwrap(at, left, message)
                else:
                    right = self.unwrap(at, right, message)
        lt, rt = prune(left[1]), prune(right[1])
        if isinstance(lt, TupleT) and isinstance(rt, TupleT) and target == "operator.add":
            items = [self.tuple_get(at, left[0], lt, i) for i in range(len(lt.elems))]
            items += [self.tuple_get(at, right[0], rt, i) for i in range(len(rt.elems))]
            return self.build_tuple(at, items)
        if isinstance(lt, TupleT) and target == "operator.mul" and literal_int(getattr(at, "right", None)) is not None:
            n = max(0, literal_int(at.right))
            items = [self.tuple_get(at, left[0], lt, i) for i in range(len(lt.elems))] * n
            return self.build_tuple(at, items)
        if lt is BOOL and rt is BOOL and target in ("operator.and_", "operator.or_", "operator.xor"):
            return self.call_op(at, target, [left, right], symbol)
        if target == "operator.pow":
            return self.power(at, left, right)
        if isinstance(lt, SetT) and isinstance(rt, SetT):
            unify(lt.elem, rt.elem)
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
        symbol = {ast.USub: "unary -", ast.UAdd: "unary +", ast.Invert: "~"}[type(e.op)]
        if isinstance(prune(operand[1]), OptT):
            operand = self.unwrap(e, operand, "bad operand type for %s: 'NoneType'" % symbol)
        if fxn_numpy.is_numpy(operand[1]):
            return self.np.unary(e, target, operand)
        if prune(operand[1]) is BOOL:
            operand = self.promote(operand, INT)
        return self.call_op(e, target, [operand], symbol)

    def truth(self, e):
        """bool(e), as `if`, `while`, `not`, `and` and `or` test it."""
        if isinstance(e, ast.BoolOp):
            # Only the truth of `a and b` matters here: a chain of truths, short-circuited, with
            # `x is not None and ...` narrowing x for the rest of the chain.
            is_and = isinstance(e.op, ast.And)
            saved = set(self.assigned)
            saved_narrowed = set(self.narrowed)

            def chain(values):
                first = (self.truth(values[0])[0], BOOL)
                if len(values) == 1:
                    return first
                narrowed = self.narrowing(values[0], is_and)
                def rest():
                    if narrowed:
                        self.narrowed.add(narrowed)
                    return chain(values[1:])
                return self.short_circuit(values[0], first, rest, is_and)

            result = chain(e.values)
            self.assigned = saved
            self.narrowed = saved_narrowed
            return result[0], BOOL
        name, t = self.expr(e)
        return self.truth_of(e, (name, t)), BOOL

    def narrowing(self, test, when_true):
        """The variable that `test` proves is not None when it is when_true: `x is not None` (true),
        `x is None` (false); None when it proves nothing."""
        if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.left, ast.Name) \
                and isinstance(test.comparators[0], ast.Constant) and test.comparators[0].value is None:
            op = test.ops[0]
            if isinstance(op, (ast.IsNot, ast.NotEq)) and when_true or isinstance(op, (ast.Is, ast.Eq)) and not when_true:
                var = self.renames.get(test.left.id, test.left.id)
                if var in self.var_types and isinstance(prune(self.var_types[var]), OptT):
                    return var
        return None

    def narrowings(self, test, when_true):
        """Every variable `test` proves not None when it is when_true: also through `and` (true)
        and `or` (false) of such tests."""
        if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And if when_true else ast.Or):
            return [v for value in test.values for v in self.narrowings(value, when_true)]
        var = self.narrowing(test, when_true)
        return [var] if var is not None else []

    def narrowed_block(self, variables, stmts):
        """Builds stmts with the variables known to hold a value, unless they assign them."""
        saved = set(self.narrowed)
        self.narrowed |= {v for v in variables if not self.assigns(stmts, v)}
        block = self.block(stmts)
        self.narrowed = saved
        return block

    def assigns(self, stmts, var):
        for stmt in stmts:
            for sub in ast.walk(stmt):
                if isinstance(sub, ast.Name) and isinstance(sub.ctx, (ast.Store, ast.Del)) \
                        and self.renames.get(sub.id, sub.id) == var:
                    return True
        return False

    def truth_of(self, at, operand):
        t = prune(operand[1])
        if t is BOOL:
            return operand[0]
        if isinstance(t, TypeVar) and self.discovery:
            return self.constant(at, True)[0]
        if isinstance(t, ClassT) or t is EXC:
            return self.constant(at, True)[0]  # instances without __bool__/__len__ are true
        if fxn_numpy.is_numpy(t):
            return self.np.truth(at, operand)
        return self.call_op(at, "fxn.truth", [operand], "truth test")[0]

    def short_circuit(self, at, first, rest_fn, when_first_true):
        """`first and/or rest`: rest is evaluated only when first's truth says so."""
        ft = prune(first[1])
        if not when_first_true and isinstance(ft, OptT):
            # `x or default` with x: T | None: a T (x when it is true, else the default).
            temp = self.new_temp(ft.elem)
            cond = self.truth_of(at, first)
            self.blocks.append([])
            self.emit(at, "STORE", None, temp, [self.unwrap(at, first, "fxn: tested value was None")[0]])
            then = {"nodes": self.blocks.pop()}
            self.blocks.append([])
            rest = rest_fn()
            if not unify(ft.elem, rest[1]):
                raise unsupported(at, "'or' over %s and %s (the result's type would depend on the values)"
                                  % (show(first[1]), show(rest[1])))
            self.emit(at, "STORE", None, temp, [rest[0]])
            orelse = {"nodes": self.blocks.pop()}
            self.emit(at, "IF", None, "", [cond], blocks=[then, orelse])
            return self.value(at, "LOAD", temp.lstrip("$"), temp, [], ft.elem)
        temp = self.new_temp(first[1])
        self.emit(at, "STORE", None, temp, [first[0]])
        cond = self.truth_of(at, first)
        if not when_first_true:
            cond, _ = self.value(at, "CALL_FUNCTION", "not_", "operator.not_", [cond], BOOL)
        self.blocks.append([])
        rest = rest_fn()
        if not unify(first[1], rest[1]):
            raise unsupported(at, "'and'/'or' over %s and %s (the result's type would depend on the values)"
                              % (show(first[1]), show(rest[1])))
        self.emit(at, "STORE", None, temp, [rest[0]])
        then = {"nodes": self.blocks.pop()}
        self.emit(at, "IF", None, "", [cond], blocks=[then, {"nodes": []}])
        return self.value(at, "LOAD", temp.lstrip("$"), temp, [], first[1])

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
        if len(e.ops) == 1 and isinstance(e.ops[0], (ast.Eq, ast.NotEq)):
            decided = self.np.dtype_compare(e, e.left, e.comparators[0], isinstance(e.ops[0], ast.Eq))
            if decided is not None:
                return decided
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

    def is_none(self, at, value):
        t = prune(value[1])
        if t is NONE:
            return self.constant(at, True)
        if isinstance(t, OptT):
            return self.call_op(at, "fxn.is_none", [value], "is None")
        return self.constant(at, False)  # a value of a non-optional type is never None

    def compare_one(self, at, op, left, right):
        target, symbol = CMPOPS[type(op)]
        lt, rt = prune(left[1]), prune(right[1])
        if fxn_numpy.is_numpy(lt) or fxn_numpy.is_numpy(rt):
            if target in fxn_numpy.BINARY_UFUNCS:
                return self.np.binop(at, target, left, right)
            raise unsupported(at, "%s operator on NumPy values" % symbol)
        if target in ("is", "is not"):
            if rt is NONE or lt is NONE:
                result = self.is_none(at, left if rt is NONE else right)
            elif isinstance(lt, ClassT) and isinstance(rt, ClassT):
                result = self.call_op(at, "fxn.same", [left, right], "is")
            elif lt is BOOL and rt is BOOL:
                result = self.call_op(at, "operator.eq", [left, right], "is")
            else:
                raise unsupported(at, "%s operator between %s and %s (fxn compares identity only with None, "
                                  "bools and objects)" % (symbol, show(lt), show(rt)))
            if target == "is not":
                return self.value(at, "CALL_FUNCTION", "not_", "operator.not_", [result[0]], BOOL)
            return result
        if target in ("in", "not in"):
            result = self.contains(at, right, left)
            if target == "not in":
                return self.value(at, "CALL_FUNCTION", "not_", "operator.not_", [result[0]], BOOL)
            return result
        if target in ("operator.eq", "operator.ne"):
            if lt is NONE or rt is NONE or isinstance(lt, OptT) or isinstance(rt, OptT):
                if lt is NONE or rt is NONE:
                    result = self.is_none(at, left if rt is NONE else right)
                    if target == "operator.ne":
                        return self.value(at, "CALL_FUNCTION", "not_", "operator.not_", [result[0]], BOOL)
                    return result
                opt = lt if isinstance(lt, OptT) else rt
                left, right = self.coerce(at, left, opt), self.coerce(at, right, opt)
                return self.call_op(at, target, [left, right], symbol)
            if isinstance(lt, (ClassT, ListT, TupleT, DictT, SetT)) or lt is STR or rt is STR:
                if not compatible(lt, rt):
                    return self.constant(at, target == "operator.ne")  # values of different types are never ==
        for side in ("left", "right"):
            operand = left if side == "left" else right
            if isinstance(prune(operand[1]), OptT):
                other = rt if side == "left" else lt
                message = "'%s' not supported between instances of %s" % (
                    symbol, "'NoneType' and '%s'" % python_type_name(other) if side == "left"
                    else "'%s' and 'NoneType'" % python_type_name(other))
                if side == "left":
                    left = self.unwrap(at, left, message)
                else:
                    right = self.unwrap(at, right, message)
        if BOOL in (prune(left[1]), prune(right[1])) and {prune(left[1]), prune(right[1])} <= {BOOL, INT, FLOAT}:
            left, right = self.promote(left, INT), self.promote(right, INT)  # bools compare as 0 and 1
        if all(isinstance(prune(x[1]), TupleT) and prune(x[1]).as_list for x in (left, right)):
            # [a, 1] < [b, 2]: lists compare item by item, as tuples do.
            left, right = [self.build_tuple(at, [self.tuple_get(at, x[0], prune(x[1]), i)
                                                 for i in range(len(prune(x[1]).elems))]) for x in (left, right)]
        if isinstance(prune(left[1]), ClassT) and target not in ("operator.eq", "operator.ne"):
            raise unsupported(at, "ordering comparison '%s' of instances of %s" % (symbol, show(left[1])))
        return self.call_op(at, target, [left, right], symbol)

    def contains(self, at, container, item):
        ct = prune(container[1])
        if isinstance(ct, TupleT):
            # x in (a, b, c): == against each item, as CPython does.
            result = self.constant(at, False)
            for i in range(len(ct.elems)):
                part = self.tuple_get(at, container[0], ct, i)
                eq = self.compare_one(at, ast.Eq(), item, part)
                result = self.value(at, "CALL_FUNCTION", "or_", "operator.or_", [result[0], eq[0]], BOOL)
            return result
        if isinstance(ct, (DictT, SetT)):
            key_t = ct.key if isinstance(ct, DictT) else ct.elem
            self.check_key(at, key_t, item[1])
            if prune(item[1]) in (INT, BOOL, FLOAT) and prune(key_t) in (INT, BOOL, FLOAT) \
                    and prune(item[1]) is not prune(key_t):
                item = self.promote(item, prune(key_t))
        elif isinstance(ct, ListT) and prune(ct.elem) in (INT, FLOAT) and prune(item[1]) in (INT, BOOL, FLOAT):
            if prune(item[1]) is not prune(ct.elem):
                if prune(ct.elem) is INT and prune(item[1]) is FLOAT:
                    raise unsupported(at, "'in' testing a float against a list of int")
                item = self.promote(item, prune(ct.elem))
        return self.call_op(at, "operator.contains", [container, item], "in")

    def ifexp(self, e):
        cond, _ = self.truth(e.test)
        saved = set(self.assigned)
        saved_narrowed = set(self.narrowed)
        self.blocks.append([])
        if self.narrowing(e.test, True):
            self.narrowed.add(self.narrowing(e.test, True))
        then_value = self.expr(e.body)
        then_block = self.blocks.pop()
        self.narrowed = set(saved_narrowed)
        self.blocks.append([])
        if self.narrowing(e.test, False):
            self.narrowed.add(self.narrowing(e.test, False))
        else_value = self.expr(e.orelse)
        else_block = self.blocks.pop()
        self.narrowed = saved_narrowed
        joined = join(then_value[1], else_value[1])
        if joined is None:
            raise unsupported(e, "conditional expression choosing between %s and %s"
                              % (show(then_value[1]), show(else_value[1])))
        temp = self.new_temp(joined)
        self.blocks.append(then_block)
        self.emit(e, "STORE", None, temp, [self.coerce(e, then_value, joined)[0]])
        self.blocks.pop()
        self.blocks.append(else_block)
        self.emit(e, "STORE", None, temp, [self.coerce(e, else_value, joined)[0]])
        self.blocks.pop()
        self.emit(e, "IF", None, "", [cond], blocks=[{"nodes": then_block}, {"nodes": else_block}])
        self.assigned = saved
        return self.value(e, "LOAD", temp.lstrip("$"), temp, [], joined)

    def int_operand(self, e, what):
        name, t = self.expr(e)
        if prune(t) is BOOL:
            return self.promote((name, t), INT)[0]
        if isinstance(prune(t), TypeVar) and self.discovery:
            return name
        if prune(t) is not INT:
            raise Diagnostic(e, "%s must be int, not %s" % (what, show(t)))
        return name

    # ---- displays, comprehensions, f-strings ----

    def dict_display(self, e):
        if any(k is None for k in e.keys):
            raise unsupported(e, "** unpacking in a dict display")
        result = self.value(e, "CALL_FUNCTION", "dict", "fxn.empty_dict", [], DictT(TypeVar(), TypeVar()))
        for k, v in zip(e.keys, e.values):
            key, value = self.expr(k), self.expr(v)
            self.dict_store(k, result, key, value)
        return result

    def dict_store(self, at, d, key, value):
        dt = prune(d[1])
        if not unify(dt.key, key[1]):
            raise unsupported(at, "dict mixing %s and %s keys" % (show(dt.key), show(key[1])))
        joined = join(dt.value, value[1])
        if joined is None:
            raise unsupported(at, "dict mixing %s and %s values" % (show(dt.value), show(value[1])))
        if joined is not dt.value:
            rebind(dt.value, joined)
        self.setitem(at, d, key, value)

    def set_display(self, e, iterated=False):
        """{a, b, c}: CPython 3.11 builds a display of 3+ constants from a frozenset constant (and
        a loop over such a display iterates the frozenset itself): the orders differ, so does fxn."""
        items = [self.expr(x) for x in e.elts]
        elem = TypeVar()
        for x, item in zip(e.elts, items):
            if not unify(elem, item[1]):
                raise unsupported(x, "set mixing %s and %s" % (show(elem), show(item[1])))
            self.check_key(x, elem, item[1])
        constant = all(isinstance(x, ast.Constant) or literal_int(x) is not None for x in e.elts)
        if iterated and constant:
            target = "fxn.frozenset_const"
        elif constant and len(e.elts) >= 3:
            target = "fxn.build_set_const"
        else:
            target = "fxn.build_set"
        return self.call_op(e, target, items, "{...}")

    def comprehension(self, e, consumer=None):
        """[x for ...], {x for ...}, {k: v for ...}; consumer(item) instead builds a generator's consumer."""
        if consumer is None:
            if isinstance(e, ast.ListComp):
                result = self.value(e, "CALL_FUNCTION", "empty_list", "fxn.empty_list", [], ListT(TypeVar()))
            elif isinstance(e, ast.SetComp):
                result = self.value(e, "CALL_FUNCTION", "set", "fxn.empty_set", [], SetT(TypeVar()))
            else:
                result = self.value(e, "CALL_FUNCTION", "dict", "fxn.empty_dict", [], DictT(TypeVar(), TypeVar()))
            holder = self.new_temp(result[1], "comp")
            self.store(e, holder, result)

            def consumer():
                acc = self.load_var(e, holder)
                if isinstance(e, ast.DictComp):
                    self.dict_store(e, acc, self.expr(e.key), self.expr(e.value))
                    return
                item = self.expr(e.elt)
                if isinstance(e, ast.ListComp):
                    joined = join(acc[1].elem, item[1])
                    if joined is None:
                        raise unsupported(e.elt, "list mixing %s and %s" % (show(acc[1].elem), show(item[1])))
                    if joined is not acc[1].elem:
                        rebind(acc[1].elem, joined)
                    item = self.coerce(e.elt, item, acc[1].elem)
                    self.call_op(e, "list.append", [acc, item], "append", statement=True)
                else:
                    if not unify(acc[1].elem, item[1]):
                        raise unsupported(e.elt, "set mixing %s and %s" % (show(acc[1].elem), show(item[1])))
                    self.check_key(e.elt, acc[1].elem, item[1])
                    self.call_op(e, "set.add", [acc, item], "add", statement=True)
        else:
            holder = None
        saved_renames = dict(self.renames)
        saved_assigned = set(self.assigned)
        self.generators(e, e.generators, consumer)
        self.renames = saved_renames
        self.assigned = saved_assigned
        if holder is not None:
            return self.load_var(e, holder)
        return None

    def generators(self, e, gens, consumer, stop=None):
        """The loops of a comprehension's `for ... if ...` clauses around consumer(); with `stop`
        (a bool variable the consumer sets), every level breaks out once it is set."""
        if not gens:
            consumer()
            return
        gen = gens[0]
        if gen.is_async:
            raise unsupported(gen, "async comprehension")
        # The first iterable is evaluated in the enclosing scope; targets are the comprehension's own.
        for sub in ast.walk(gen.target):
            if isinstance(sub, ast.Name):
                self.renames[sub.id] = self.new_temp(self.comp_var_type(gen, sub.id), "c_" + sub.id + "_")
        before = set(self.assigned)

        def body():
            def with_conditions(conds):
                if not conds:
                    self.generators(e, gens[1:], consumer, stop)
                    if stop is not None:
                        self.emit(e, "IF", None, "", [self.load_var(e, stop)[0]],
                                  blocks=[{"nodes": [self.break_node(e)]}, {"nodes": []}])
                    return
                cond, _ = self.truth(conds[0])
                saved = set(self.assigned)
                saved_narrowed = set(self.narrowed)
                var = self.narrowing(conds[0], True)
                if var is not None:
                    self.narrowed.add(var)
                block = self.emitted(lambda: with_conditions(conds[1:]))
                self.narrowed = saved_narrowed
                self.assigned = saved
                self.emit(conds[0], "IF", None, "", [cond], blocks=[block, {"nodes": []}])
            with_conditions(gen.ifs)

        self.loop_depth += 1
        self.break_flags.append(None)
        self.iterate(gen, gen.target, gen.iter, body, before)
        self.break_flags.pop()
        self.loop_depth -= 1
        self.assigned = before

    def comp_var_type(self, gen, ident):
        key = (id(gen), ident)
        if key not in self.m.comp_types:
            self.m.comp_types[key] = TypeVar()
        return self.m.comp_types[key]

    def fstring(self, e):
        pieces = []
        for v in e.values:
            if isinstance(v, ast.Constant):
                pieces.append(self.constant(v, v.value))
            else:
                pieces.append(self.formatted(v, self.expr(v.value), v.conversion, v.format_spec))
        if not pieces:
            return self.constant(e, "")
        if len(pieces) == 1:
            return pieces[0] if prune(pieces[0][1]) is STR else self.to_str(e, pieces[0])
        return self.value(e, "CALL_FUNCTION", "concat", "fxn.concat", [n for n, _ in pieces], STR)

    def formatted(self, at, value, conversion, spec_ast):
        if conversion == 97:
            raise unsupported(at, "!a conversion")
        self.check_printable(at, value[1])
        if conversion == 114:
            value = self.call_op(at, "builtins.repr", [value], "repr()")
        elif conversion == 115:
            value = self.to_str(at, value)
        if spec_ast is None:
            return self.to_str(at, value)
        spec = self.expr(spec_ast)
        if isinstance(prune(value[1]), OptT):
            value = self.unwrap(at, value, "unsupported format string passed to NoneType.__format__")
        return self.call_op(at, "builtins.format", [value, spec], "format()")

    def check_printable(self, at, t):
        def plain(x):
            return isinstance(x, ClassT) and not x.info.dataclass
        if contains(t, plain):
            raise unsupported(at, "str() or repr() of an instance of a class without @dataclass (CPython prints "
                              "its memory address)")
        if contains(t, lambda x: isinstance(x, SetT) and not order_is_known(x.elem)):
            raise unsupported(at, "str() of a set of str (CPython's order depends on the string hash seed)")
        if contains(t, lambda x: x is EXC) and prune(t) is not EXC:
            raise unsupported(at, "str() of a container of exceptions")

    def to_str(self, at, value):
        if prune(value[1]) is STR:
            return value
        self.check_printable(at, value[1])
        return self.call_op(at, "builtins.str", [value], "str()")

    def str_format(self, e, fmt):
        """'literal {} {:.2f}'.format(a, b) with a literal format string."""
        try:
            parsed = list(string.Formatter().parse(fmt))
        except ValueError as err:
            raise Diagnostic(e, "invalid format string: %s" % err)
        kwargs = {k.arg: k.value for k in e.keywords}
        if any(k is None for k in kwargs):
            raise unsupported(e, "**kwargs in str.format()")
        pieces, auto = [], 0
        for literal, field, spec, conversion in parsed:
            if literal:
                pieces.append(self.constant(e, literal))
            if field is None:
                continue
            if field == "":
                index, auto = auto, auto + 1
                if index >= len(e.args):
                    raise Diagnostic(e, "Replacement index %d out of range for positional args tuple" % index)
                arg = e.args[index]
            elif field.isdigit():
                if int(field) >= len(e.args):
                    raise Diagnostic(e, "Replacement index %s out of range for positional args tuple" % field)
                arg = e.args[int(field)]
            elif field.isidentifier() and field in kwargs:
                arg = kwargs[field]
            else:
                raise unsupported(e, "format field '{%s}'" % field)
            if spec and "{" in spec:
                raise unsupported(e, "nested format field in a format spec")
            conv = {None: -1, "r": 114, "s": 115, "a": 97}[conversion]
            spec_ast = ast.copy_location(ast.Constant(value=spec), e) if spec else None
            pieces.append(self.formatted(e, self.expr(arg), conv, spec_ast))
        if not pieces:
            return self.constant(e, "")
        return self.value(e, "CALL_FUNCTION", "concat", "fxn.concat", [n for n, _ in pieces], STR)

    # ---- registry calls ----

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
        if result is None and any(isinstance(prune(t), OptT) for t in arg_types) \
                and target not in ("fxn.unwrap", "fxn.unwrap_attr"):
            unwrapped = [self.unwrap(at, o, self.none_message(target, symbol, o, operands))
                         if isinstance(prune(o[1]), OptT) else o for o in operands]
            result = self.m.registry.lookup(target, [t for _, t in unwrapped], result_hint)
            if result is not None:
                operands = unwrapped
        if result is None:
            if self.discovery and any(contains_unknown(t) for t in arg_types):
                return "$unknown", TypeVar()
            raise unsupported(at, "%s applied to %s" % (describe_target(target, symbol),
                                                         ", ".join(show(t) for t in arg_types) or "no arguments"))
        args = [n for n, _ in operands]
        op = "CALL_METHOD" if target.split(".")[0] in ("list", "str", "dict", "set") else "CALL_FUNCTION"
        if statement or prune(result) is NONE and target in ("operator.setitem", "list.append"):
            self.emit(at, op, None, target, args)
            return None, NONE
        return self.value(at, op, target.split(".")[-1].rstrip("_"), target, args, result)

    def none_message(self, target, symbol, operand, operands):
        if target == "builtins.len":
            return "object of type 'NoneType' has no len()"
        if target.startswith(("str.", "list.", "dict.", "set.")) and operand is operands[0]:
            return "'NoneType' object has no attribute '%s'" % target.split(".", 1)[1]  # (raised as TypeError)
        if target == "operator.getitem":
            return "'NoneType' object is not subscriptable"
        return "fxn: %s got None where CPython would raise TypeError" % symbol

    # ---- calls ----

    def resolves_to_builtin(self, name):
        return name not in self.locals and name not in self.renames and name not in self.local_functions \
            and self.m.resolve_global_quiet(name) is getattr(builtins, name, None)

    def call(self, e):
        for a in e.args:
            if isinstance(a, ast.Starred):
                raise unsupported(a, "starred argument (*args) in a call")
        for k in e.keywords:
            if k.arg is None:
                raise unsupported(k, "**kwargs in a call")
        func = e.func
        if isinstance(func, ast.Attribute):
            return self.method_call(e, func)
        if not isinstance(func, ast.Name):
            raise unsupported(func, "calling a computed function")
        if func.id in self.local_functions and func.id not in self.renames:
            target = self.local_functions[func.id]
            return self.m.call_callable(e, self, target, self.bind_args(e, target))
        if func.id in self.locals or func.id in self.renames:
            raise unsupported(func, "calling local variable '%s'" % func.id)
        target = self.m.resolve_global(func, func.id)
        node = self.m.defs.get(func.id)
        if node is not None and node.decorator_list:
            raise unsupported(node.decorator_list[0], "decorator on function '%s'" % func.id)
        if isinstance(node, ast.AsyncFunctionDef):
            raise unsupported(node, "async function '%s'" % func.id)
        if isinstance(target, types.FunctionType) and getattr(target, "__module__", None) == "fxn.image":
            return self.np.image_call(e, target.__name__)
        if isinstance(target, types.FunctionType):
            callable_ = self.m.function_callable(func, target)
            return self.m.call_callable(e, self, callable_, self.bind_args(e, callable_))
        if isinstance(target, type) and issubclass(target, BaseException):
            raise unsupported(e, "creating exception %s outside a raise statement" % target.__name__)
        if isinstance(target, type) and getattr(builtins, target.__name__, None) is not target:
            return self.construct(e, self.m.class_info(func, target))
        if getattr(builtins, func.id, None) is target:
            return self.builtin_call(e, func.id)
        raise unsupported(e, "call to %s '%s'" % (describe_global(target), func.id))

    def bind_args(self, e, target):
        """The call's arguments in parameter order, defaults filled in (Python's binding rules)."""
        fn = target.node
        a = fn.args
        params = [x.arg for x in a.posonlyargs + a.args]
        kwonly = [x.arg for x in a.kwonlyargs]
        skip = 1 if target.kind in ("method", "property") else 0
        params_visible = params[skip:]
        if len(e.args) > len(params_visible):
            raise Diagnostic(e, "%s() takes %d positional arguments but %d were given"
                             % (target.python_name, len(params_visible), len(e.args)))
        bound = {}
        for name, arg in zip(params_visible, e.args):
            bound[name] = self.expr(arg)
        for k in e.keywords:
            if k.arg not in params_visible and k.arg not in kwonly or k.arg in [x.arg for x in a.posonlyargs]:
                raise Diagnostic(k, "%s() got an unexpected keyword argument '%s'" % (target.python_name, k.arg))
            if k.arg in bound:
                raise Diagnostic(k, "%s() got multiple values for argument '%s'" % (target.python_name, k.arg))
            bound[k.arg] = self.expr(k.value)
        defaults = self.m.defaults_of(target)
        out = []
        for name in params_visible + kwonly:
            if name in bound:
                out.append(bound[name])
            elif name in defaults:
                out.append(self.constant(e, defaults[name]))
            else:
                raise Diagnostic(e, "%s() missing required argument: '%s'" % (target.python_name, name))
        return out

    def keyword_args(self, e, target, allowed=()):
        """Positional operands for a registry call, with keywords mapped by KEYWORDS."""
        args = [self.expr(a) for a in e.args]
        if not e.keywords:
            return args
        names = KEYWORDS.get(target)
        for k in e.keywords:
            if k.arg in allowed:
                continue
            if names is None or k.arg not in names:
                raise unsupported(k, "keyword argument '%s' to %s" % (k.arg, target.replace("builtins.", "")))
            pos = names.index(k.arg)
            while len(args) < pos:
                raise unsupported(k, "keyword '%s' without the arguments before it" % k.arg)
            if len(args) > pos:
                raise Diagnostic(k, "%s() got multiple values for argument '%s'" % (target, k.arg))
            args.append(self.expr(k.value))
        return args

    def call_key(self, at, key_ast, item):
        """key(item) for a key= function: a lambda (inlined), a function, or a builtin."""
        if isinstance(key_ast, ast.Lambda):
            params = self.m.param_names(key_ast)
            if len(params) != 1 or key_ast.args.defaults:
                raise unsupported(key_ast, "key= lambda that does not take exactly one argument")
            saved = dict(self.renames)
            var = self.new_temp(item[1], "key_" + params[0] + "_")
            self.renames[params[0]] = var
            self.store(at, var, item)
            result = self.expr(key_ast.body)
            self.renames = saved
            return result
        var = self.new_temp(item[1], "keyarg")
        self.store(at, var, item)
        ident = "$keyarg%d" % self.temp_count
        self.renames[ident] = var
        call = ast.copy_location(ast.Call(func=key_ast, args=[synthetic_name(at, ident)], keywords=[]), at)
        if isinstance(key_ast, ast.Attribute) and isinstance(key_ast.value, ast.Name) \
                and key_ast.value.id in ("str",) and self.resolves_to_builtin("str"):
            # key=str.lower: the method called on the item.
            call = ast.copy_location(ast.Call(func=ast.copy_location(ast.Attribute(
                value=synthetic_name(at, ident), attr=key_ast.attr, ctx=ast.Load()), at), args=[], keywords=[]), at)
        result = self.call(call)
        del self.renames[ident]
        return result

    def iterable_items(self, arg):
        """The items of an argument to sum/min/max/any/all/sorted/list/set...: a list value, or None
        with a generator expression (handled by the caller)."""
        if isinstance(arg, ast.GeneratorExp):
            return None
        return self.as_list(arg, self.expr(arg))

    def gen_to_list(self, g):
        """Materializes a generator expression (for consumers that read every item anyway)."""
        lc = ast.copy_location(ast.ListComp(elt=g.elt, generators=g.generators), g)
        return self.comprehension(lc)

    def builtin_call(self, e, fname):
        if fname in BUILTIN_BANNED:
            raise unsupported(e, "call to builtin %s()" % fname)
        args_ast = e.args
        kw = {k.arg: k.value for k in e.keywords}
        if fname == "isinstance":
            return self.isinstance_call(e)
        if fname == "range":
            if e.keywords:
                raise unsupported(e.keywords[0], "keyword argument to range()")
            bounds = self.range_bounds(e)
            return self.call_op(e, "fxn.range_list", [(b, INT) for b in bounds], "range()")
        if fname in ("any", "all") and len(args_ast) == 1 and isinstance(args_ast[0], ast.GeneratorExp):
            return self.any_all(e, args_ast[0], fname == "any")
        if fname in ("sum", "min", "max", "sorted", "list", "set", "tuple", "any", "all", "dict", "enumerate",
                     "zip", "reversed") and args_ast and isinstance(args_ast[0], ast.GeneratorExp):
            if fname == "tuple":
                raise unsupported(e, "tuple() of a generator (its length is not static)")
            materialized = self.gen_to_list(args_ast[0])
            rest = [self.expr(a) for a in args_ast[1:]]
            return self.builtin_with_values(e, fname, [materialized] + rest, kw)
        if fname in ("sorted", "min", "max") and ("key" in kw or "default" in kw or "reverse" in kw):
            values = [self.expr(a) for a in args_ast]
            return self.builtin_with_values(e, fname, values, kw)
        if fname == "tuple":
            if len(args_ast) != 1:
                return self.build_tuple(e, [])
            value = self.expr(args_ast[0])
            if isinstance(prune(value[1]), TupleT):
                return value
            raise unsupported(e, "tuple() of %s (its length is not static)" % show(value[1]))
        if fname == "str" and not args_ast:
            return self.constant(e, "")
        if fname in ("str", "repr") and len(args_ast) == 1:
            value = self.expr(args_ast[0])
            if fname == "str":
                return self.to_str(e, value)
            self.check_printable(e, value[1])
            if prune(value[1]) is EXC:
                raise unsupported(e, "repr() of an exception")
            return self.call_op(e, "builtins.repr", [value], "repr()")
        if fname == "format":
            args = [self.expr(a) for a in args_ast]
            if len(args) == 1:
                return self.to_str(e, args[0])
            self.check_printable(e, args[0][1])
            return self.call_op(e, "builtins.format", args, "format()")
        if fname in ("float", "int", "bool", "abs", "len") and len(args_ast) == 1 and not kw:
            value = self.expr(args_ast[0])
            if fxn_numpy.is_numpy(value[1]):
                if fname == "abs":
                    return self.np.ufunc(e, "absolute", [value])
                if fname == "len":
                    if not isinstance(prune(value[1]), fxn_numpy.ArrT):
                        raise Diagnostic(e, "TypeError: object of type '%s' has no len()" % show(value[1]))
                    return self.np.emit(e, "numpy.len", [value], INT, "len")
                return self.np.to_python(e, fname, value)
            if fname != "len":
                return self.builtin_with_values(e, fname, [value], {})
            if isinstance(prune(value[1]), TupleT):
                return self.constant(e, len(prune(value[1]).elems))
            return self.call_op(e, "builtins.len", [value], "len()")
        target = "builtins." + fname
        if not self.m.registry.knows(target):
            raise unsupported(e, "call to builtin %s()" % fname)
        values = self.keyword_args(e, target)
        return self.builtin_with_values(e, fname, values, {})

    def builtin_with_values(self, e, fname, values, kw):
        target = "builtins." + fname
        if fname in ("sorted", "min", "max", "sum", "list", "set", "any", "all", "enumerate", "zip", "reversed") \
                and values:
            v0 = prune(values[0][1])
            if isinstance(v0, TupleT) or (isinstance(v0, SetT) and fname not in ("list", "set", "sorted", "min",
                                                                                 "max", "sum", "any", "all")) \
                    or (v0 is STR and fname not in ("list", "set", "sorted", "min", "max")) \
                    or isinstance(v0, DictT) and fname != "dict":
                if not (fname in ("min", "max") and len(values) > 1):
                    values = [self.as_list(e, values[0])] + values[1:]
            if fname in ("sorted", "min", "max", "sum", "any", "all") and isinstance(prune(values[0][1]), SetT):
                if fname in ("sorted", "min", "max") or prune(values[0][1].elem) is not FLOAT:
                    values = [self.call_op(e, "builtins.list", [values[0]], "list()")] + values[1:]
                else:
                    values = [self.as_list(e, values[0])] + values[1:]
        if fname == "sorted":
            if len(values) != 1:
                raise Diagnostic(e, "sorted expected 1 argument, got %d" % len(values))
            items = self.call_op(e, "builtins.list", [values[0]], "list()")  # a new list, sorted in place
            self.sort_in_place(e, items, kw.get("key"), kw.get("reverse"))
            return items
        if fname in ("min", "max") and values and kw.get("key") is None:
            v0 = prune(values[0][1])
            self.check_orderable(e, v0.elem if isinstance(v0, ListT) and len(values) == 1 else v0)
        if fname in ("min", "max") and ("key" in kw or "default" in kw):
            return self.min_max_key(e, fname, values, kw)
        if fname in ("min", "max") and len(values) > 1:
            ts = {show(t) for _, t in values}
            if len(ts) > 1 and not ts <= {"int", "bool"}:
                raise unsupported(e, "%s() over %s (the result's type would depend on the values)"
                                  % (fname, " and ".join(sorted(ts))))
            values = [self.promote(a, INT) if prune(a[1]) is BOOL else a for a in values]
        if fname == "sum" and len(values) == 2:
            v0, s = prune(values[0][1]), prune(values[1][1])
            if isinstance(v0, ListT) and prune(v0.elem) in (INT, BOOL) and s is FLOAT:
                values = [self.call_op(e, "fxn.list_to_float", [values[0]], "float"), values[1]]
            elif isinstance(v0, ListT) and prune(v0.elem) is FLOAT and s in (INT, BOOL):
                values = [values[0], self.promote(values[1], FLOAT)]
        if fname == "dict" and not values:
            return self.value(e, "CALL_FUNCTION", "dict", "fxn.empty_dict", [], DictT(TypeVar(), TypeVar()))
        if fname == "set" and not values:
            return self.value(e, "CALL_FUNCTION", "set", "fxn.empty_set", [], SetT(TypeVar()))
        if fname == "list" and not values:
            return self.value(e, "CALL_FUNCTION", "empty_list", "fxn.empty_list", [], ListT(TypeVar()))
        if fname in ("set", "dict") and values and isinstance(prune(values[0][1]), ListT):
            elem = prune(values[0][1]).elem
            if fname == "set":
                self.check_key(e, elem, elem)
        return self.call_op(e, target, values, fname + "()")

    def check_orderable(self, at, t):
        """Sorting and min/max compare with <: values that may be None cannot be ordered."""
        if not self.discovery and contains(t, lambda x: isinstance(x, (OptT, DictT, SetT, ClassT)) or x is NONE
                                           or x is EXC):
            raise unsupported(at, "ordering values of type %s (< is not defined on them for every value)" % show(t))

    def sort_in_place(self, at, items, key_ast, reverse_ast):
        reverse = self.truth(reverse_ast)[0] if reverse_ast is not None else None
        if isinstance(prune(items[1]), ListT) and key_ast is None:
            self.check_orderable(at, prune(items[1]).elem)
        if key_ast is None or isinstance(key_ast, ast.Constant) and key_ast.value is None:
            args = [items] + ([(reverse, BOOL)] if reverse is not None else [])
            self.call_op(at, "list.sort", args, "sort()", statement=True)
            return
        keys = self.keys_of(at, items, key_ast)
        rev = reverse if reverse is not None else self.constant(at, False)[0]
        self.call_op(at, "fxn.sort_by_keys", [items, keys, (rev, BOOL)], "sort(key=)", statement=True)

    def keys_of(self, at, items, key_ast):
        """[key(x) for x in items], evaluated in order (as list.sort does, before sorting)."""
        result = self.value(at, "CALL_FUNCTION", "empty_list", "fxn.empty_list", [], ListT(TypeVar()))
        holder = self.new_temp(result[1], "keys")
        self.store(at, holder, result)
        item_var = self.new_temp(prune(items[1]).elem if isinstance(prune(items[1]), ListT) else TypeVar(), "kx")
        before = set(self.assigned)

        def body():
            k = self.call_key(at, key_ast, self.load_var(at, item_var))
            acc = self.load_var(at, holder)
            if not unify(acc[1].elem, k[1]) and not self.discovery:
                raise unsupported(at, "key= function returning different types")
            self.check_orderable(at, k[1])
            self.call_op(at, "list.append", [acc, k], "append", statement=True)

        loop_body = self.loop_block(before, None, body, item_var)
        self.emit(at, "FOR_EACH", None, item_var, [items[0]], blocks=[loop_body])
        self.assigned = before | {holder}
        return self.load_var(at, holder)

    def min_max_key(self, e, fname, values, kw):
        if len(values) != 1:
            if "default" in kw:
                raise Diagnostic(e, "Cannot specify a default for %s() with multiple positional arguments" % fname)
            items = self.list_of(e, values)
        else:
            items = self.as_list(e, values[0])
        holder = self.new_temp(items[1], "mm")
        self.store(e, holder, items)
        et = prune(items[1]).elem if isinstance(prune(items[1]), ListT) else TypeVar()
        size = self.call_op(e, "builtins.len", [self.load_var(e, holder)], "len()")
        empty, _ = self.call_op(e, "operator.eq", [size, self.constant(e, 0)], "==")
        default = self.expr(kw["default"]) if "default" in kw else None
        result_type = et if default is None else join(et, default[1])
        if result_type is None:
            raise unsupported(e, "%s() default of a different type than the items" % fname)
        best = self.new_temp(result_type, "best")

        def when_empty():
            if default is None:
                self.emit(e, "RAISE", None, "ValueError", [self.constant(e, "%s() arg is an empty sequence" % fname)[0]])
            else:
                self.store(e, best, default)

        def scan():
            first = self.call_op(e, "operator.getitem", [self.load_var(e, holder), self.constant(e, 0)], "[]")
            self.store(e, best, first)
            key_of = (lambda item: self.call_key(e, kw["key"], item)) if kw.get("key") is not None \
                else (lambda item: item)
            best_key_value = key_of(first)
            best_key = self.new_temp(best_key_value[1], "bk")
            self.store(e, best_key, best_key_value)
            index = self.new_temp(INT, "mi")
            self.assigned = set(self.assigned) | {best, best_key}
            size = self.call_op(e, "builtins.len", [self.load_var(e, holder)], "len()")

            def body():
                item = self.call_op(e, "operator.getitem", [self.load_var(e, holder), self.load_var(e, index)], "[]")
                k = key_of(item)
                better = self.compare_one(e, ast.Lt() if fname == "min" else ast.Gt(), k, self.load_var(e, best_key))

                def take():
                    self.store(e, best, item)
                    self.store(e, best_key, k)
                saved = set(self.assigned)
                self.emit(e, "IF", None, "", [better[0]], blocks=[self.emitted(take), {"nodes": []}])
                self.assigned = saved

            loop = self.loop_block(set(self.assigned), None, body, index)
            self.emit(e, "FOR_RANGE", None, index, [self.constant(e, 1)[0], size[0], self.constant(e, 1)[0]],
                      blocks=[loop])

        saved = set(self.assigned)
        self.emit(e, "IF", None, "", [empty], blocks=[self.emitted(when_empty), self.emitted(scan)])
        self.assigned = saved | {best}
        return self.load_var(e, best)

    def any_all(self, e, g, is_any):
        """any(gen)/all(gen): loops that stop at the first deciding item, as CPython's does."""
        result = self.new_temp(BOOL, "anyall")
        self.store(e, result, self.constant(e, not is_any))
        stop = self.new_temp(BOOL, "stop")
        self.store(e, stop, self.constant(e, False))

        def consumer():
            truth, _ = self.truth(g.elt)
            cond = truth if is_any else self.value(e, "CALL_FUNCTION", "not_", "operator.not_", [truth], BOOL)[0]

            def decide():
                self.store(e, result, self.constant(e, is_any))
                self.store(e, stop, self.constant(e, True))
            saved = set(self.assigned)
            self.emit(e, "IF", None, "", [cond], blocks=[self.emitted(decide), {"nodes": []}])
            self.assigned = saved

        saved_renames = dict(self.renames)
        saved_assigned = set(self.assigned)
        self.generators(e, g.generators, consumer, stop)
        self.renames = saved_renames
        self.assigned = saved_assigned
        return self.load_var(e, result)

    def isinstance_call(self, e):
        if len(e.args) != 2 or e.keywords:
            raise Diagnostic(e, "isinstance expected 2 arguments")
        value = self.expr(e.args[0])
        spec = e.args[1]
        classes = spec.elts if isinstance(spec, ast.Tuple) else [spec]
        wanted = []
        for c in classes:
            if isinstance(c, ast.Constant) and c.value is None:
                wanted.append(type(None))
                continue
            if not isinstance(c, ast.Name) or c.id in self.locals:
                raise unsupported(c, "isinstance() with a computed class")
            wanted.append(self.m.resolve_global(c, c.id))
        t = prune(value[1])

        def matches(static):
            py = {INT: int, FLOAT: float, BOOL: bool, STR: str, NONE: type(None)}.get(static)
            if py is None:
                py = {ListT: list, TupleT: tuple, DictT: dict, SetT: set}.get(type(static))
            if isinstance(static, ClassT):
                py = static.info.cls
            if static is EXC:
                return any(isinstance(w, type) and issubclass(w, BaseException) and w in (Exception, BaseException)
                           for w in wanted)
            return py is not None and any(isinstance(w, type) and issubclass(py, w) for w in wanted)

        if isinstance(t, OptT):
            none_ok, elem_ok = matches(NONE), matches(prune(t.elem))
            if none_ok == elem_ok:
                return self.constant(e, none_ok)
            is_none = self.is_none(e, value)
            if none_ok:
                return is_none
            return self.value(e, "CALL_FUNCTION", "not_", "operator.not_", [is_none[0]], BOOL)
        return self.constant(e, matches(t))

    def method_call(self, e, func):
        if isinstance(func.value, ast.Name) and func.value.id not in self.locals and func.value.id not in self.renames:
            owner = self.m.resolve_global(func.value, func.value.id)
            if isinstance(owner, types.ModuleType):
                qualified = "%s.%s" % (owner.__name__, func.attr)
                if owner is fxn_numpy.numpy() and owner is not None:
                    return self.np.call(e, func.attr)
                if fxn_numpy.is_image_module(owner):
                    return self.np.image_call(e, func.attr)
                if owner is not math or not self.m.registry.knows(qualified):
                    raise unsupported(e, "call to %s" % qualified)
                if e.keywords:
                    raise unsupported(e.keywords[0], "keyword argument to %s" % qualified)
                args = [self.expr(a) for a in e.args]
                return self.call_op(e, qualified, args, qualified)
            if isinstance(owner, type) and owner in (str, list, dict, set) and e.args:
                # str.lower(s), list.append(xs, x): the method on its first argument.
                receiver = self.expr(e.args[0])
                rest = ast.copy_location(ast.Call(func=func, args=e.args[1:], keywords=e.keywords), e)
                return self.registry_method(rest, func.attr, receiver)
            if isinstance(owner, type) and not issubclass(owner, BaseException) \
                    and getattr(builtins, owner.__name__, None) is not owner:
                info = self.m.class_info(func.value, owner)
                method = info.methods.get(func.attr)
                if method is None or method.kind != "staticmethod":
                    raise unsupported(e, "calling %s.%s through the class (only static methods)" % (info.name, func.attr))
                return self.m.call_callable(e, self, method, self.bind_args(e, method))
        if isinstance(func.value, ast.Attribute) and isinstance(func.value.value, ast.Name) \
                and func.value.value.id not in self.locals and func.value.value.id not in self.renames:
            package = self.m.resolve_global_quiet(func.value.value.id)
            if isinstance(package, types.ModuleType) and fxn_numpy.is_image_module(getattr(package, func.value.attr, None)):
                return self.np.image_call(e, func.attr)  # fxn.image.resize_bilinear(...)
        if isinstance(func.value, ast.Constant) and isinstance(func.value.value, str) and func.attr == "format":
            return self.str_format(e, func.value.value)
        receiver = self.expr(func.value)
        rt = prune(receiver[1])
        if isinstance(rt, TypeVar) and self.discovery:
            for a in e.args:
                self.expr(a)
            return "$unknown", TypeVar()
        if isinstance(rt, OptT):
            receiver = self.unwrap(e, receiver, "'NoneType' object has no attribute '%s'" % func.attr,
                                   "AttributeError")
            rt = prune(receiver[1])
        if fxn_numpy.is_numpy(rt):
            return self.np.method(e, func.attr, receiver)
        if isinstance(rt, ClassT):
            method = rt.info.methods.get(func.attr)
            if method is None:
                raise Diagnostic(e, "'%s' object has no attribute '%s'" % (rt.info.name, func.attr))
            if method.kind == "property":
                raise unsupported(e, "calling property %s.%s" % (rt.info.name, func.attr))
            args = self.bind_args(e, method)
            if method.kind == "method":
                args = [receiver] + args
            return self.m.call_callable(e, self, method, args)
        return self.registry_method(e, func.attr, receiver)

    def registry_method(self, e, attr, receiver):
        rt = prune(receiver[1])
        if isinstance(rt, TupleT) and attr == "count" and len(e.args) == 1:
            return self.call_op(e, "list.count", [self.as_list(e, receiver), self.expr(e.args[0])], "tuple.count()")
        if isinstance(rt, TupleT) and attr == "index" and len(e.args) == 1 and not rt.as_list:
            return self.call_op(e, "fxn.tuple_index", [self.as_list(e, receiver), self.expr(e.args[0])],
                                "tuple.index()")
        if rt is STR and attr in ("startswith", "endswith") and e.args and isinstance(e.args[0], ast.Tuple) \
                and not e.keywords:
            # s.startswith(("a", "b")): any prefix, tested in order.
            rest = [self.expr(a) for a in e.args[1:]]
            result = self.constant(e, False)
            for option in e.args[0].elts:
                hit = self.call_op(e, "str." + attr, [receiver, self.expr(option)] + rest, "str.%s()" % attr)
                result = self.value(e, "CALL_FUNCTION", "or_", "operator.or_", [result[0], hit[0]], BOOL)
            return result
        kind = {ListT: "list", DictT: "dict", SetT: "set"}.get(type(rt), "str" if rt is STR else None)
        if kind is None:
            raise unsupported(e, "method %s.%s()" % (show(rt), attr))
        target = "%s.%s" % (kind, attr)
        if kind == "list" and attr == "sort":
            kw = {k.arg: k.value for k in e.keywords}
            if e.args or set(kw) - {"key", "reverse"}:
                raise Diagnostic(e, "sort() takes no positional arguments")
            self.sort_in_place(e, receiver, kw.get("key"), kw.get("reverse"))
            return self.constant(e, None)
        if kind == "str" and attr == "join" and len(e.args) == 1 and isinstance(e.args[0], ast.GeneratorExp):
            items = self.gen_to_list(e.args[0])
            return self.call_op(e, target, [receiver, items], "str.join()")
        if not self.m.registry.knows(target):
            raise unsupported(e, "method %s.%s()" % (show(rt), attr))
        args = self.keyword_args(e, target)
        if kind == "str" and attr == "join" and args and not isinstance(prune(args[0][1]), ListT):
            args = [self.as_list(e, args[0])]
        if kind in ("dict", "set") and args:
            key_t = rt.key if kind == "dict" else rt.elem
            if attr in ("get", "setdefault", "pop", "add", "discard", "remove") and args:
                self.check_key(e, key_t, args[0][1])
                if attr in ("get", "setdefault", "pop") and len(args) == 2 and kind == "dict":
                    joined = join(rt.value, args[1][1])
                    if joined is not None and not isinstance(prune(rt.value), TypeVar):
                        args[1] = self.coerce(e, args[1], rt.value)
            if attr in ("update", "union", "intersection", "difference", "symmetric_difference", "issubset",
                        "issuperset", "isdisjoint") and kind == "set":
                arg_t = prune(args[0][1])
                if isinstance(arg_t, (ListT, SetT)):
                    unify(rt.elem, arg_t.elem)
                if not isinstance(arg_t, SetT) and attr != "update":
                    args = [self.call_op(e, "builtins.set", [self.as_list(e, args[0])], "set()")]
        if kind == "list" and attr in ("append", "insert", "remove", "index", "count") and args:
            value_index = 1 if attr == "insert" else 0
            if len(args) > value_index:
                joined = join(rt.elem, args[value_index][1])
                if joined is not None and joined is not rt.elem and self.discovery and \
                        not isinstance(prune(rt.elem), TypeVar):
                    rebind(rt.elem, joined)
                args[value_index] = self.coerce(e, args[value_index], rt.elem)
                if prune(rt.elem) is FLOAT and prune(args[value_index][1]) in (INT, BOOL):
                    raise unsupported(e, "an int in a list of float (fxn lists hold one type; write %s.0)"
                                      % "the literal")
        if kind == "list" and attr == "extend" and args and not isinstance(prune(args[0][1]), ListT):
            args = [self.as_list(e, args[0])]
        return self.call_op(e, target, [receiver] + args, "%s.%s()" % (kind, attr))

    def construct(self, e, info):
        """ClassName(args): a new instance, initialised by __init__ (or the dataclass's fields)."""
        obj = self.value(e, "NEW_OBJECT", info.name.lower(), info.name, [], ClassT(info))
        if info.dataclass:
            names = [n for n, _ in info.dc_fields]
            if len(e.args) > len(names):
                raise Diagnostic(e, "%s() takes %d positional arguments but %d were given"
                                 % (info.name, len(names), len(e.args)))
            bound = {n: self.expr(a) for n, a in zip(names, e.args)}
            for k in e.keywords:
                if k.arg not in names:
                    raise Diagnostic(k, "%s.__init__() got an unexpected keyword argument '%s'" % (info.name, k.arg))
                bound[k.arg] = self.expr(k.value)
            for name, default in info.dc_fields:
                if name not in bound:
                    if default is MISSING:
                        raise Diagnostic(e, "%s.__init__() missing required argument: '%s'" % (info.name, name))
                    bound[name] = self.constant(e, default)
                self.set_field(e, obj, name, bound[name])
            return obj
        init = info.methods.get("__init__")
        if init is None:
            if e.args or e.keywords:
                raise Diagnostic(e, "%s() takes no arguments" % info.name)
            return obj
        args = self.bind_args(e, init)
        self.m.call_callable(e, self, init, [obj] + args)
        return obj


def rebind(tv_or_type, new):
    """Points the outermost type variable behind tv_or_type at `new` (widening T to T | None)."""
    t = tv_or_type
    last = None
    while isinstance(t, TypeVar):
        last = t
        if t.ref is None:
            break
        t = t.ref
    if last is not None and last is not new:
        last.ref = None
        if prune(new) is not last:
            last.ref = new


def describe_target(target, symbol):
    if target.startswith("operator."):
        return "operator %s" % symbol
    return symbol


class ModuleBuilder:
    def __init__(self, module_obj, tree, filename, registry, observations, classes=None, comp_types=None,
                 lenient=False):
        self.module = module_obj
        self.lenient = lenient  # a round that only discovers types: every pass is a discovery pass
        self.tree = tree
        self.filename = filename
        self.registry = registry
        self.observations = observations
        self.defs = {n.name: n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
        self.class_defs = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
        self.functions = {}  # symbol -> finished function dict
        self.in_progress = {}  # symbol -> return type (TypeVar) of a specialization being built
        self.order = []
        self.classes = classes if classes is not None else {}  # class object -> ClassInfo (kept across rounds)
        self.callables = {}
        self.comp_types = comp_types if comp_types is not None else {}
        self.read_only_uses = read_only_name_uses(tree)
        self.inexact = False  # uses a float operation NumPy computes differently (fxn_numpy.INEXACT_UFUNCS)

    def field_signature(self):
        return [(info.name, [(n, type_str(t, "?")) for n, t in info.fields.items()]) for info in self.classes.values()]

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

    def param_names(self, fn):
        a = fn.args
        return [x.arg for x in a.posonlyargs + a.args + a.kwonlyargs]

    def check_signature(self, fn):
        """Rejects the parameter forms fxn does not compile."""
        args = fn.args
        if args.vararg:
            raise unsupported(args.vararg, "*args parameter")
        if args.kwarg:
            raise unsupported(args.kwarg, "**kwargs parameter")

    def exception_universe(self):
        user = [v for v in vars(self.module).values()
                if isinstance(v, type) and issubclass(v, BaseException) and v not in EXCEPTION_CLASSES]
        return EXCEPTION_CLASSES + user

    def check_exception_class(self, at, cls):
        if cls in EXCEPTION_CLASSES:
            return
        node = self.class_defs.get(cls.__name__)
        if node is None or vars(self.module).get(cls.__name__) is not cls:
            raise unsupported(at, "exception class %s not defined at the top level of this file" % cls.__name__)
        if cls.__name__ in vars(builtins):
            raise unsupported(node, "exception class named like a builtin (%s)" % cls.__name__)
        for stmt in node.body:
            if not (isinstance(stmt, ast.Pass) or isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)):
                raise unsupported(stmt, "exception class with methods or fields (fxn compiles `class E(Base): pass`)")

    def function_callable(self, at, fn):
        node = self.defs.get(fn.__name__)
        if fn.__code__.co_filename != self.filename:
            raise unsupported(at, "call to %s.%s (defined outside this file)" % (fn.__module__, fn.__qualname__))
        if node is None or self.module.__dict__.get(fn.__name__) is not fn:
            raise unsupported(at, "call to function '%s' not defined at the top level of this file" % fn.__qualname__)
        if isinstance(node, ast.AsyncFunctionDef):
            raise unsupported(at, "call to async function '%s'" % fn.__name__)
        if node.decorator_list:
            raise unsupported(node.decorator_list[0], "decorator on function '%s'" % fn.__name__)
        self.check_signature(node)
        key = id(node)
        if key not in self.callables:
            self.callables[key] = Callable(node, fn.__name__, fn.__name__, fn_obj=fn)
        return self.callables[key]

    def defaults_of(self, target):
        """Parameter name -> default value (immutable constants only)."""
        fn = target.node
        a = fn.args
        positional = a.posonlyargs + a.args
        out = {}
        if target.fn_obj is not None:
            values = list(target.fn_obj.__defaults__ or ())
            kw = dict(target.fn_obj.__kwdefaults__ or {})
        else:
            try:
                values = [ast.literal_eval(d) for d in a.defaults]
                kw = {x.arg: ast.literal_eval(d) for x, d in zip(a.kwonlyargs, a.kw_defaults) if d is not None}
            except ValueError:
                raise unsupported(a.defaults[0] if a.defaults else fn, "default value that is not a constant")
        for p, v in zip(positional[len(positional) - len(values):], values):
            out[p.arg] = v
        out.update(kw)
        for name, v in out.items():
            if not (isinstance(v, (bool, int, float, str, tuple)) or v is None):
                raise unsupported(fn, "default value of %s for parameter '%s' (a mutable default is shared "
                                  "between calls)" % (type(v).__name__, name))
        return out

    def annotation_type(self, ann):
        """The type a variable annotation declares, when fxn can read it (else None)."""
        try:
            if isinstance(ann, ast.Constant) and ann.value is None:
                return NONE
            if isinstance(ann, ast.Name):
                return {"int": INT, "float": FLOAT, "str": STR, "bool": BOOL}.get(ann.id)
            if isinstance(ann, ast.BinOp) and isinstance(ann.op, ast.BitOr):
                left, right = self.annotation_type(ann.left), self.annotation_type(ann.right)
                if left is not None and right is not None:
                    return join(left, right)
            if isinstance(ann, ast.Subscript) and isinstance(ann.value, ast.Name):
                inner = ann.slice
                if ann.value.id == "list":
                    t = self.annotation_type(inner)
                    return ListT(t) if t is not None else None
                if ann.value.id == "set":
                    t = self.annotation_type(inner)
                    return SetT(t) if t is not None else None
                if ann.value.id == "dict" and isinstance(inner, ast.Tuple) and len(inner.elts) == 2:
                    k, v = (self.annotation_type(x) for x in inner.elts)
                    return DictT(k, v) if k is not None and v is not None else None
                if ann.value.id == "Optional":
                    t = self.annotation_type(inner)
                    return OptT(t) if t is not None else None
        except RecursionError:
            return None
        return None

    # ---- classes ----

    def class_info(self, at, cls):
        if cls in self.classes:
            return self.classes[cls]
        node = self.class_defs.get(cls.__name__)
        if node is None or vars(self.module).get(cls.__name__) is not cls:
            raise unsupported(at, "class %s not defined at the top level of this file" % cls.__name__)
        for k in node.keywords:
            if k.arg == "metaclass":
                raise unsupported(k, "metaclass")
            raise unsupported(k, "class keyword '%s'" % k.arg)
        for base in node.bases:
            if not (isinstance(base, ast.Name) and base.id == "object"):
                raise unsupported(base, "class deriving from %s (fxn compiles classes without bases)"
                                  % ast.unparse(base))
        is_dc = False
        for d in node.decorator_list:
            name = d.id if isinstance(d, ast.Name) else d.attr if isinstance(d, ast.Attribute) else None
            if name == "dataclass" and isinstance(d, (ast.Name, ast.Attribute)):
                is_dc = True
                continue
            raise unsupported(d, "class decorator %s (fxn compiles plain classes and @dataclass)"
                              % ast.unparse(d))
        info = ClassInfo(cls, node)
        info.dataclass = is_dc and dataclasses.is_dataclass(cls)
        for stmt in node.body:
            if isinstance(stmt, ast.FunctionDef):
                kind = "method"
                for d in stmt.decorator_list:
                    if isinstance(d, ast.Name) and d.id in ("property", "staticmethod"):
                        kind = d.id
                    else:
                        raise unsupported(d, "decorator on method %s.%s" % (info.name, stmt.name))
                # Operator methods would change what ==, str(), len() ... mean for the class;
                # __enter__/__exit__ only serve `with`, which is rejected where it is used.
                if stmt.name.startswith("__") and stmt.name.endswith("__") \
                        and stmt.name not in ("__init__", "__enter__", "__exit__"):
                    raise unsupported(stmt, "operator method %s.%s (fxn compiles __init__, methods, @property and "
                                      "@staticmethod)" % (info.name, stmt.name))
                if info.dataclass and stmt.name == "__init__":
                    raise unsupported(stmt, "__init__ in a dataclass")
                self.check_signature(stmt)
                if kind != "staticmethod" and not (stmt.args.posonlyargs + stmt.args.args):
                    raise Diagnostic(stmt, "method %s.%s has no self parameter" % (info.name, stmt.name))
                info.methods[stmt.name] = Callable(stmt, "%s.%s" % (info.name, stmt.name),
                                                   "%s_%s" % (info.name, stmt.name), fn_obj=vars(cls).get(stmt.name),
                                                   owner=info, kind=kind)
                if kind == "staticmethod":
                    info.methods[stmt.name].fn_obj = vars(cls)[stmt.name].__func__
                elif kind == "property":
                    info.methods[stmt.name].fn_obj = vars(cls)[stmt.name].fget
            elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                if info.dataclass:
                    declared = self.annotation_type(stmt.annotation)
                    info.fields[stmt.target.id] = declared if declared is not None else TypeVar()
                elif stmt.value is not None:
                    info.constants[stmt.target.id] = getattr(cls, stmt.target.id)
            elif isinstance(stmt, ast.Assign) and all(isinstance(t, ast.Name) for t in stmt.targets):
                for t in stmt.targets:
                    value = getattr(cls, t.id)
                    if not (isinstance(value, (bool, int, float, str, tuple)) or value is None):
                        raise unsupported(stmt, "class attribute %s.%s of type %s (only constants)"
                                          % (info.name, t.id, type(value).__name__))
                    info.constants[t.id] = value
            elif isinstance(stmt, ast.Pass) or isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
                pass
            else:
                raise unsupported(stmt, "%s in a class body" % type(stmt).__name__)
        if info.dataclass:
            params = getattr(cls, "__dataclass_params__", None)
            if params is not None and (params.frozen or params.order or not params.eq):
                raise unsupported(node, "dataclass options (frozen, order, eq=False)")
            for f in dataclasses.fields(cls):
                if f.default_factory is not dataclasses.MISSING:
                    raise unsupported(node, "dataclass field(default_factory=...)")
                if not f.init:
                    raise unsupported(node, "dataclass field(init=False)")
                default = f.default if f.default is not dataclasses.MISSING else MISSING
                if default is not MISSING and not (isinstance(default, (bool, int, float, str, tuple))
                                                   or default is None):
                    raise unsupported(node, "dataclass default of type %s" % type(default).__name__)
                info.dc_fields.append((f.name, default))
            if "__post_init__" in vars(cls):
                raise unsupported(node, "dataclass __post_init__")
        self.classes[cls] = info  # only a class that passed every check is kept (across rounds too)
        return info

    # ---- specializations ----

    def call_callable(self, at, caller, target, args):
        captured = []
        for name in target.captures:
            captured.append(caller.load(at, caller.variable(name)))
        all_args = captured + list(args)
        all_types = [t for _, t in all_args]
        for (_, t) in all_args:
            if contains_unknown(t) and not caller.discovery and isinstance(prune(t), TypeVar):
                raise Diagnostic(at, "cannot infer the type of an argument of %s()" % target.python_name)
        if caller.discovery and any(isinstance(prune(t), TypeVar) for t in all_types):
            return "$unknown", TypeVar()
        symbol, ret = self.specialize(at, target, all_types)
        return caller.value(at, "CALL_FUNCTION", target.python_name.split(".")[-1], "user:" + symbol,
                            [n for n, _ in all_args], ret)

    def specialize_function(self, node, fn, arg_types):
        """The entry, called with the samples' arguments; parameters after them take their defaults."""
        target = self.function_callable(node, fn)
        params = self.param_names(node)
        if len(arg_types) < len(params):
            defaults = self.defaults_of(target)
            missing = [p for p in params[len(arg_types):] if p not in defaults]
            if missing:
                raise Diagnostic(node, "%s() missing required argument: '%s' (give it in the samples)"
                                 % (fn.__name__, missing[0]))
            entry = Callable(node, target.python_name, target.symbol_base + "_entry", fn_obj=fn)
            entry.fixed = {p: defaults[p] for p in params[len(arg_types):]}
            target = entry
        return self.specialize(node, target, arg_types)

    def specialize(self, at, target, arg_types):
        """The symbol and return type of target specialized to arg_types, building it if new."""
        node = target.node
        expected = len(target.captures) + len(self.param_names(node)) - len(target.fixed)
        if len(arg_types) != expected:
            raise Diagnostic(at, "%s() takes %d arguments but %d were given"
                             % (target.python_name, expected - len(target.captures),
                                len(arg_types) - len(target.captures)))
        symbol = "%s__%s" % (target.symbol_base, mangle(arg_types))
        if symbol in self.functions:
            return symbol, self.functions[symbol]["$return"]
        if symbol in self.in_progress:
            ret = self.in_progress[symbol]
            if contains_unknown(ret) and target.fn_obj is not None:
                observed = self.observed_return(target.fn_obj, arg_types)
                if observed is not None:
                    unify(ret, observed)
            return symbol, ret
        self.in_progress[symbol] = TypeVar()
        # Pass 1 discovers variable types (a variable may be read, in a loop, above its first
        # assignment); pass 2 builds the IR with them fixed.
        var_types = {}
        for discovery in (True, self.lenient):
            builder = FunctionBuilder(self, target, symbol, arg_types, discovery, var_types)
            builder.return_type = self.in_progress[symbol]
            body = builder.build()
        ret = builder.return_type
        if contains_unknown(ret) and isinstance(prune(ret), TypeVar) and not self.lenient:
            raise Diagnostic(node, "cannot infer the return type of %s(%s): the samples never reached a return "
                             "of it; add a sample that does"
                             % (target.python_name, ", ".join(show(t) for t in arg_types)))
        del self.in_progress[symbol]
        params = target.captures + [p for p in self.param_names(node) if p not in target.fixed]
        variables = [{"name": v, "type": t, "maybeUnbound": v in builder.maybe_unbound}
                     for v, t in var_types.items()]
        self.functions[symbol] = {
            "symbol": symbol, "pythonName": target.python_name,
            "params": [{"name": p, "type": t} for p, t in zip(params, arg_types)],
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
        classes = []
        for info in self.classes.values():
            classes.append({"name": info.name, "dataclass": info.dataclass,
                            "fields": [{"name": n, "type": type_str(t)} for n, t in info.fields.items()]})
        out = {"sourceFile": self.filename, "entry": entry_symbol, "functions": functions}
        if self.inexact:
            out["floatUlps"] = fxn_numpy.FLOAT_ULPS
        if classes:
            out["classes"] = classes
        return out


READ_ONLY_CALLS = {"len", "sorted", "sum", "min", "max", "list", "set", "tuple", "any", "all", "enumerate", "zip",
                   "reversed", "dict"}
READ_ONLY_METHODS = {"get", "keys", "values", "items", "count", "index", "copy", "issubset", "issuperset",
                     "isdisjoint", "union", "intersection", "difference", "symmetric_difference"}


def read_only_name_uses(tree):
    """ids of the Name nodes whose use cannot change the value they name: indexing, `in`,
    iteration, read-only methods and copying builtins (module-level containers may be used so)."""
    uses = set()
    for parent in ast.walk(tree):
        for field, child in ast.iter_fields(parent):
            children = child if isinstance(child, list) else [child]
            for c in children:
                if not (isinstance(c, ast.Name) and isinstance(c.ctx, ast.Load)):
                    continue
                ok = False
                if isinstance(parent, ast.Subscript) and field == "value" and isinstance(parent.ctx, ast.Load):
                    ok = True
                elif isinstance(parent, ast.Compare) and field == "comparators":
                    ok = all(isinstance(op, (ast.In, ast.NotIn)) for op in parent.ops)
                elif isinstance(parent, (ast.For, ast.comprehension)) and field == "iter":
                    ok = True
                elif isinstance(parent, ast.Call) and field == "args" and isinstance(parent.func, ast.Name) \
                        and parent.func.id in READ_ONLY_CALLS:
                    ok = True
                elif isinstance(parent, ast.Attribute) and field == "value" and parent.attr in READ_ONLY_METHODS:
                    ok = True
                if ok:
                    uses.add(id(c))
    return uses


def finalize_types(nodes):
    for n in nodes:
        if "type" in n and not isinstance(n["type"], str):
            n["type"] = type_str(n["type"])
        for b in n.get("blocks", []):
            finalize_types(b["nodes"])
