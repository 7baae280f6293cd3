"""Statements to IR: the statement dispatcher, return, assert, if, and exceptions (try/except/
else/finally, raise). Assignments, loops and `match` have their own modules.
"""

import ast

from fxn_callables import Callable
from fxn_diagnostics import Diagnostic, StaticRaise, unsupported
from fxn_dunder import is_not_implemented
from fxn_tables import UNSUPPORTED_STATEMENTS
from fxn_classes import handler_class
from fxn_types import BOOL, DYN, EXC, NONE, ClassT, OptT, join, prune, rebind, show, unify


class StatementLowering:
    """Lowers statements (a FunctionBuilder mixin)."""

    # ---- statement sequences and the dispatcher ----

    def statements(self, stmts):
        saved = set(self.narrowed)
        for k, stmt in enumerate(stmts):
            if self.assigned is None:
                break  # unreachable (after return/break/continue/raise): CPython never runs it either
            depth = len(self.blocks)
            try:
                self.statement(stmt)
            except StaticRaise as r:
                # What the statement evaluated before stays; then it raises (no statement follows).
                if len(self.blocks) != depth:
                    raise unsupported(r.node, "%s raised in a conditionally evaluated part of an expression"
                                      % r.message)
                self.emit(r.node, "RAISE", None, r.exc, [self.constant(r.node, r.text)[0]])
                self.assigned = None
            variables, self.pending_narrowing = self.pending_narrowing, []
            self.narrowed |= {v for v in variables if not self.assigns(stmts[k + 1:], v)}
        self.narrowed = saved

    def statement(self, s):
        kind = type(s).__name__
        if isinstance(s, ast.Global):
            return  # its names were checked and routed to the module state (fxn_globals) in build()
        if kind == "TryStar":
            raise unsupported(s.handlers[0] if s.handlers else s, UNSUPPORTED_STATEMENTS[kind])
        if kind in UNSUPPORTED_STATEMENTS:
            raise unsupported(s, UNSUPPORTED_STATEMENTS[kind])
        if isinstance(s, ast.Nonlocal):
            return self.nonlocal_statement(s)
        if isinstance(s, ast.Expr):
            if isinstance(s.value, ast.Constant) and isinstance(s.value.value, str):
                return  # docstring
            if isinstance(s.value, ast.Yield):
                return self.yield_statement(s.value)
            if isinstance(s.value, ast.YieldFrom):
                return self.yield_from(s.value, want_result=False)
            self.expr(s.value, allow_none=True)
        elif isinstance(s, ast.Pass):
            pass
        elif isinstance(s, ast.FunctionDef):
            if s.name not in self.local_functions:  # a def inside a loop or a branch
                self.define_local_function(s)
            # else defined up front (define_local_function); its body is built when called
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
            value = self.yield_from(s.value, want_result=True) if isinstance(s.value, ast.YieldFrom) \
                else self.expr(s.value)
            for target in s.targets:
                self.assign(target, value)
        elif isinstance(s, ast.AnnAssign):
            if s.value is None:
                return
            if isinstance(s.target, ast.Name):
                declared = self.m.annotation_type(s.annotation)
                if declared is not None:
                    var = self.variable(s.target.id, s.target)
                    joined = join(self.var_types[var], declared)
                    if joined is not None and self.discovery:
                        self.var_types[var] = joined
            self.assign(s.target, self.expr(s.value))
        elif isinstance(s, ast.AugAssign):
            self.aug_assign(s)
        elif isinstance(s, ast.Return) and s.value is not None and is_not_implemented(s.value, self.m.resolve_global_quiet):
            if not self.discovery:  # fxn_dunder decides statically which calls return NotImplemented
                raise unsupported(s, "NotImplemented returned where the argument types do not decide it")
            self.assigned = None
        elif isinstance(s, ast.With):
            self.with_statement(s)
        elif isinstance(s, ast.Return):
            if isinstance(s.value, ast.YieldFrom):
                value = self.yield_from(s.value, want_result=True)
            else:
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
        if value is None or value[0] not in self.never_returned_values:
            self.returns = True
        t = NONE if value is None else value[1]
        if not unify(self.return_type, t):
            joined = join(self.return_type, t)
            if joined is None:
                raise Diagnostic(at, "function '%s' returns %s here but %s elsewhere"
                                 % (self.target.python_name, show(t), show(self.return_type)))
            if self.discovery:
                rebind(self.return_type, joined)
        if value is not None and prune(t) is not NONE or isinstance(prune(self.return_type), OptT) \
                or prune(self.return_type) is DYN:
            value = value if value is not None else self.constant(at, None)
            value = self.coerce(at, value, self.return_type)
            self.emit(at, "OUTPUT", None, "", [value[0]])
        else:
            self.emit(at, "OUTPUT")
        self.assigned = None

    # ---- assert, if ----

    def assert_statement(self, s):
        if s.msg is None:
            cond, _ = self.truth(s.test)
            self.emit(s, "CALL_FUNCTION", None, "fxn.assert_", [cond])
            return
        cond, _ = self.truth(s.test)
        failed, _ = self.value(s, "CALL_FUNCTION", "not_", "operator.not_", [cond], BOOL)
        saved = set(self.assigned)

        def raise_it():
            value = self.expr(s.msg)
            message = self.to_str(s.msg, value)
            args = [message[0]]
            if self.m.reads_exception_args():  # e.args of `assert x, 42` is (42,): fxn_exc_args
                args.append(self.to_dynamic(s.msg, self.build_tuple(s.msg, [value]))[0])
            self.emit(s, "RAISE", None, "AssertionError", args)

        self.emit(s, "IF", None, "", [failed], blocks=[self.emitted(raise_it), {"nodes": []}])
        self.assigned = saved

    def if_statement(self, s):
        known = self.static_none_test(s)
        if known is not None:  # `if callback is not None:` where callback is statically None (or a function)
            return self.statements(s.body if known else s.orelse)
        decided = self.static_test(s.test)
        if decided is not None:  # isinstance()/type() tests the static types decide: only the live branch
            self.statements(s.body if decided else s.orelse)
            return
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

    # ---- exceptions: try, raise ----

    def exception_class(self, e):
        """The class an `except`/`raise` names, as the live Python class."""
        if isinstance(e, ast.Name) and e.id not in self.locals:
            cls = self.m.resolve_global(e, e.id)
            if isinstance(cls, type) and issubclass(cls, BaseException):
                self.m.check_exception_class(e, cls)
                return cls
        raise unsupported(e, "exception class given by an expression (name a class directly)")

    def raised_instance_class(self, e):
        """The ClassInfo of the user exception class (with a body) that `raise` names, else None."""
        if isinstance(e, ast.Name) and e.id not in self.locals:
            cls = self.m.resolve_global_quiet(e.id)
            if isinstance(cls, type) and issubclass(cls, BaseException) and e.id in self.m.class_defs:
                self.m.check_exception_class(e, cls)
                return self.m.exception_info(cls)
        return None

    def caught_instance_class(self, classes):
        """The common class of an except clause's classes when each is a user exception class
        with a body (the `as` variable holds the instance), else None."""
        return handler_class(classes, lambda c: self.m.exception_info(c) if c.__name__ in self.m.class_defs
                             else None)

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
            saved_renames = dict(self.renames)
            if h.name:
                caught = self.caught_instance_class(classes) if h.type is not None else None
                if caught is not None:
                    # An instance of a user exception class: a variable of its own (CPython
                    # unbinds the name after the handler), so other handlers' `e` keep EXC.
                    var = self.new_temp(ClassT(caught), "exc_" + h.name)
                    self.renames[h.name] = var
                else:
                    var = self.variable(h.name, h)
                    self.store_type(h, var, EXC)
                    self.note_caught_names(var, names if h.type is not None else None)  # for e.args
                self.assigned.add(var)
            self.handler_depth += 1
            hbody = self.block(h.body)
            self.handler_depth -= 1
            self.renames = saved_renames
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
        if isinstance(e, ast.Name) and self.variable(e.id, e) in self.var_types \
                and isinstance(prune(self.var_types[self.variable(e.id, e)]), ClassT):
            return self.raise_instance(s, self.load(e, self.variable(e.id, e)))
        if isinstance(e, (ast.Call, ast.Name)):
            info = self.raised_instance_class(e.func if isinstance(e, ast.Call) else e)
            if info is not None:
                call = e if isinstance(e, ast.Call) else ast.copy_location(ast.Call(func=e, args=[], keywords=[]), e)
                return self.raise_instance(s, self.construct(call, info))
        if isinstance(e, ast.Name) and self.variable(e.id, e) in self.var_types \
                and prune(self.var_types[self.variable(e.id, e)]) is EXC:
            self.emit(s, "RAISE", None, "", [self.load(e, self.variable(e.id, e))[0]])
            self.assigned = None
            return
        if isinstance(e, ast.Call):
            cls = self.exception_class(e.func)
            if e.keywords:
                raise unsupported(e.keywords[0], "keyword argument to an exception")
            if any(isinstance(a, ast.Starred) for a in e.args):
                raise unsupported(e, "*args in a built-in exception's arguments")
            if len(e.args) > 1 and issubclass(cls, (OSError, SyntaxError, UnicodeError, BaseExceptionGroup)):
                raise unsupported(e.args[1], "%s with more than one argument" % cls.__name__)  # str() of its own
            if self.m.reads_exception_args():
                return self.raise_builtin_with_args(s, e, cls)  # fxn_exc_args: e.args reads them
            args = []
            if len(e.args) > 1:  # str(e) is the repr of the args tuple
                args = [self.call_op(e, "builtins.repr", [self.build_tuple(e, [self.expr(a) for a in e.args])],
                                     "repr()")[0]]
            elif e.args:
                value = self.expr(e.args[0])
                if issubclass(cls, KeyError) and prune(value[1]) is not NONE:
                    message = self.call_op(e, "builtins.repr", [value], "repr()")  # str(KeyError(k)) is repr(k)
                else:
                    message = self.to_str(e.args[0], value)
                args = [message[0]]
            self.emit(s, "RAISE", None, cls.__name__, args)
        else:
            cls = self.exception_class(e)
            if self.m.reads_exception_args():
                return self.raise_builtin_with_args(s, None, cls)
            self.emit(s, "RAISE", None, cls.__name__, [])
        self.assigned = None
