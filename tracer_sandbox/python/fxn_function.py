"""FunctionBuilder: one specialization of one function to IR, composed from the lowering mixins
(one module per shape of construct); here: the function itself, its parameters, locals and local
functions.
"""

import ast

from fxn_assign import AssignmentLowering
from fxn_builtins import BuiltinLowering
from fxn_callables import Callable
from fxn_calls import CallLowering
from fxn_closures import CELL_PREFIX, ClosureLowering, is_wraps, nonlocal_names
from fxn_diagnostics import Diagnostic, unsupported
from fxn_dunder_lowering import DunderLowering
from fxn_dynamic import DynamicLowering
from fxn_enum import EnumLowering
from fxn_exc_args import ExceptionArgsLowering
from fxn_emit import IREmitter
from fxn_expr import ExpressionLowering
from fxn_generators import GeneratorLowering
from fxn_hierarchy import HierarchyLowering
from fxn_loops import LoopLowering
from fxn_match import MatchLowering
from fxn_numpy import NumpyBuilder
from fxn_operators import OperatorLowering
from fxn_stdlib_functools import FunctoolsLowering
from fxn_stdlib_heapq import HeapqLowering
from fxn_stdlib_math import MathLowering
from fxn_stdlib_text import TextLowering
from fxn_stdlib_re import ReLowering
from fxn_stmt import StatementLowering
from fxn_stdlib_collections import CollectionsLowering
from fxn_stdlib_namedtuple import NamedTupleLowering
from fxn_stdlib_itertools import ItertoolsLowering
from fxn_ssa import webs
from fxn_unpacking import UnpackingLowering
from fxn_stdlib_random import RandomLowering
from fxn_stdlib_typing import TypingLowering
from fxn_syntax import walk_scope
from fxn_types import TypeVar, join, show, unify


class FunctionBuilder(IREmitter, CollectionsLowering, NamedTupleLowering,
                      StatementLowering, AssignmentLowering, LoopLowering, MatchLowering,
                      ExpressionLowering, OperatorLowering, CallLowering, BuiltinLowering, GeneratorLowering,
                      ClosureLowering, HierarchyLowering,
                      DunderLowering, ItertoolsLowering, RandomLowering, TypingLowering, EnumLowering,
                      HeapqLowering, FunctoolsLowering, MathLowering, TextLowering, ReLowering, UnpackingLowering,
                      DynamicLowering, ExceptionArgsLowering):
    """Builds the IR of one specialization of one function: `build()` returns its body's nodes.

    module: the ModuleBuilder (specializations, classes, globals); target: the Callable; discovery:
    a pass that only discovers variable types (see ModuleBuilder.specialize); var_types: name ->
    type, shared by the passes over one specialization."""

    global_names = frozenset()  # names the function declares `global` (module state, fxn_globals)

    def __init__(self, module, target, symbol, param_types, discovery, var_types):
        super().__init__(module, target, symbol, param_types, discovery, var_types)
        self.np = NumpyBuilder(self)

    def build(self):
        fn = self.fn
        is_lambda = isinstance(fn, ast.Lambda)
        self.begin_generator(fn)  # a function with yields returns gen[T, R] (fxn_generators)
        params = [p for p in self.m.param_names(fn) if p not in self.target.params_bound_here()]
        all_params = self.target.captures + params
        self.global_names = self.m.state.check_declared_globals(fn)
        self.locals = [n for n in self.collect_locals(fn, all_params + list(self.target.fixed))
                       if n not in self.global_names]
        self.webs = webs(fn, all_params + self.target.params_bound_here())
        for name in self.locals:
            self.var_types.setdefault(name, TypeVar())
        self.assigned = set()
        self.setup_cells()
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
        self.bind_captured_cells()
        for name, value in self.target.fixed.items():  # the entry's defaults the samples rely on
            default = self.m.default_value(self, fn, self.target, name, value)
            self.store_type(fn, name, default[1])
            self.store(fn, name, default)
        if is_lambda:  # as `return <body>`: a body that always raises raises there (fxn_stmt.statements)
            self.statements([ast.copy_location(ast.Return(value=fn.body), fn.body)])
            return self.blocks[0]
        for stmt in fn.body:
            if isinstance(stmt, ast.FunctionDef):
                self.define_local_function(stmt)
        self.statements(fn.body)
        if self.assigned is not None:  # the end of the body is reachable: return None
            last = fn.body[-1]
            self.do_return(last, None)
        self.end_generator()
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
        for dec in stmt.decorator_list:
            if not is_wraps(dec, self.m.module):
                raise unsupported(dec, "decorator on local function '%s' (fxn applies decorators to module-level "
                                  "functions, and ignores functools.wraps)" % stmt.name)
        self.m.check_signature(stmt)
        captures = self.free_variables(stmt)
        self.local_functions[stmt.name] = Callable(
            stmt, stmt.name, "%s_%s" % (self.target.symbol_base, stmt.name), captures=captures,
            scope=self.local_functions)
        self.check_local_generator(self.local_functions[stmt.name])

    def free_variables(self, fn):
        own = set(self.m.param_names(fn))
        body = fn.body if isinstance(fn.body, list) else [fn.body]
        for stmt in body:
            for sub in [stmt, *ast.walk(stmt)]:
                if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store):
                    own.add(sub.id)
        rebound = nonlocal_names(fn)
        own -= rebound
        used = [self.capture_name(name) for name in sorted(rebound) if name in self.cells]
        for stmt in body:
            for sub in ast.walk(stmt):
                if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Load) and sub.id not in own:
                    if sub.id == getattr(fn, "name", None):
                        continue  # a local function calling itself: found in its scope (define_local_function)
                    if sub.id in self.local_functions and sub.id not in self.locals:
                        # Calling a sibling local function: its captures come along.
                        names = self.local_functions[sub.id].captures
                    elif (sub.id in self.locals or sub.id in self.renames) and sub.id not in self.local_functions:
                        names = [self.capture_name(sub.id)]
                    else:
                        names = []
                    for name in names:
                        if name not in used:
                            used.append(name)
        for name in used:
            for stmt in body:
                for sub in ast.walk(stmt):
                    if isinstance(sub, ast.Name) and sub.id == name and isinstance(sub.ctx, ast.Store) \
                            and not name.startswith(CELL_PREFIX):
                        raise unsupported(sub, "assignment to '%s' of the enclosing function (nonlocal)" % name)
        return used
