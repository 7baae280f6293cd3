"""Functions as values: lambdas, local functions, module functions, builtins, methods and classes
stored in variables and containers, passed, returned and called; closures capturing variables by
reference; `nonlocal`.

Design (defunctionalization): a function value's static type is a FuncT, the set of functions it
may be (FnTargets). At run time every function value is an instance of one synthesized class,
`fxn_closure`, holding a `tag` (which target) and, for targets that capture variables, one
field per captured variable. A call of a function value specializes each possible target for
the call's argument types and dispatches on the tag (a single target is a direct call).
A variable captured by a closure that may outlive the statement creating it (a lambda or local
function used as a value) or rebound through `nonlocal` lives in a cell: an instance of a
synthesized class `fxn_cell_<function>_<var>` with one field `v`, shared by the enclosing
function and every closure (capture by reference, as CPython's cells). Other local functions keep
fxn's direct calls with captured values passed as arguments.
"""

import ast
import builtins
import functools
import types

import fxn_arguments
import fxn_stdlib

from fxn_callables import Callable, ClassInfo
from fxn_diagnostics import Diagnostic, unsupported
from fxn_marks import start_line
from fxn_ssa import python_name
from fxn_syntax import synthetic_name, walk_scope
from fxn_types import BOOL, INT, NONE, STR, ClassT, FnGroups, FuncT, OptT, TypeVar, contains, join, prune, show, unify

CELL_PREFIX = "$cell_"
UNDECORATED = "$undecorated"  # in a decorated function's maker: the function as written
# Builtins that may be used as values (key=, map(), a dict of converters): called like the builtin.
BUILTIN_VALUES = {"len", "abs", "str", "int", "float", "bool", "min", "max", "sum", "sorted", "round", "repr", "ord",
                  "chr", "list", "tuple", "set", "dict"}
STR_METHOD_VALUES = {"upper", "lower", "strip", "lstrip", "rstrip", "title", "capitalize", "split", "isdigit",
                     "isalpha", "isspace", "isupper", "islower", "isalnum", "swapcase", "casefold"}


class _Closure:
    """The Python class behind the synthesized `fxn_closure` ClassInfo (never instantiated)."""


_Closure.__name__ = "fxn_closure"


class FnTarget:
    """One function a function value may be. kind: "function" (a Callable, with captured values or
    cells in env fields), "builtin" (a builtin's name), "str_method" (str.<name>), "class" (a
    ClassInfo: calling constructs), "bound" (a method Callable with its receiver in a field),
    "stdlib" (a standard-library function such as math.sqrt, called as written)."""

    def __init__(self, key, kind, name, callable_=None, env=(), info=None):
        self.key = key
        self.kind = kind
        self.name = name          # the builtin's or method's name; a function's Python name
        self.callable = callable_
        self.env = list(env)      # (capture name as the callee's parameter, field name)
        self.info = info
        self.defaults = None      # parameter -> field holding its default (a lambda's or local def's)


def nonlocal_names(fn):
    """The names `fn` declares nonlocal (in its own scope)."""
    body = fn.body if isinstance(fn.body, list) else [fn.body]
    names = set()
    for stmt in body:
        for sub in [stmt, *ast.walk(stmt)]:
            if isinstance(sub, ast.Nonlocal):
                names.update(sub.names)
    return names


def undecorated(obj, node, depth):
    """The function object `node` defined, found behind its decorators' wrappers (__wrapped__, or a
    closure cell); None when it cannot be found."""
    if depth > 6 or obj is None:
        return None
    if isinstance(obj, types.FunctionType) and obj.__code__.co_name == node.name \
            and obj.__code__.co_firstlineno in [node.lineno, start_line(node)] + [d.lineno for d in node.decorator_list]:
        return obj
    inner = [getattr(obj, "__wrapped__", None)]
    for cell in getattr(obj, "__closure__", None) or ():
        try:
            inner.append(cell.cell_contents)
        except ValueError:
            pass
    for candidate in inner:
        found = undecorated(candidate, node, depth + 1)
        if found is not None:
            return found
    return None


def is_wraps(dec, module):
    """Whether a decorator is functools.wraps(...) (which only copies names fxn never reads)."""
    if not isinstance(dec, ast.Call):
        return False
    f = dec.func
    if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.attr == "wraps":
        return getattr(vars(module).get(f.value.id), "wraps", None) is functools.wraps
    return isinstance(f, ast.Name) and vars(module).get(f.id) is functools.wraps


def map_filter_listcomp(node, is_builtin):
    """map(f, xs, ...) as [f(x, ...) for x, ... in zip(xs, ...)] and filter(f, xs) as
    [x for x in xs if f(x)], for a consumer that iterates the result once (list(), sorted(), sum(),
    a for loop, str.join ...); node itself when it is no such call. f must be a name, str.method or
    a lambda: evaluated per item, which only CPython's order of evaluation could tell apart."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("map", "filter")
            and is_builtin(node.func.id)) or node.keywords:
        return node
    name = node.func.id
    if len(node.args) < 2 or name == "filter" and len(node.args) != 2:
        raise Diagnostic(node, "%s() must have at least two arguments." % name if name == "map"
                         else "filter expected 2 arguments, got %d" % len(node.args))
    f = node.args[0]
    simple = isinstance(f, (ast.Name, ast.Lambda)) or isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) \
        or isinstance(f, ast.Constant) and f.value is None and name == "filter"
    if not simple:
        raise unsupported(f, "%s() of a computed function (name it first: f = ...; %s(f, ...))" % (name, name))
    items = [synthetic_store(node, "$%s_item%d_%d_%d" % (name, k, node.lineno, node.col_offset))
             for k in range(len(node.args) - 1)]
    loads = [synthetic_name(node, n.id) for n in items]
    if len(items) == 1:
        target, source = items[0], node.args[1]
    else:
        target = ast.copy_location(ast.Tuple(elts=items, ctx=ast.Store()), node)
        source = ast.copy_location(ast.Call(func=synthetic_name(node, "zip"), args=node.args[1:], keywords=[]), node)
    if name == "map":
        elt = ast.copy_location(ast.Call(func=f, args=loads, keywords=[]), node)
        conditions = []
    else:
        elt = loads[0]
        conditions = [loads[0] if isinstance(f, ast.Constant)
                      else ast.copy_location(ast.Call(func=f, args=[loads[0]], keywords=[]), node)]
    generator = ast.comprehension(target=target, iter=source, ifs=conditions, is_async=0)
    return ast.copy_location(ast.ListComp(elt=elt, generators=[generator]), node)


def synthetic_store(at, ident):
    return ast.copy_location(ast.Name(id=ident, ctx=ast.Store()), at)


# Operations that compare, order, hash or print their operands: a function value compares by
# identity in CPython (and prints its address), which fxn's function values do not keep.
IDENTITY_OPERATIONS = {"operator.eq", "operator.ne", "operator.lt", "operator.le", "operator.gt", "operator.ge",
                       "operator.contains", "builtins.str", "builtins.repr", "builtins.format", "builtins.max",
                       "builtins.min", "builtins.sorted", "list.sort", "list.index", "list.count", "list.remove",
                       "builtins.set", "set.add", "builtins.hash", "fxn.sort_by_keys", "fxn.sorted_by_keys"}


def refuse_function_operands(at, target, operand_types):
    """Rejects comparing, ordering, hashing or printing function values (a registry operation's
    operands; for `in`, the item looked for)."""
    if target not in IDENTITY_OPERATIONS:
        return
    checked = operand_types[1:] if target == "operator.contains" else operand_types
    if any(contains(t, lambda x: isinstance(x, FuncT)) for t in checked):
        raise unsupported(at, "%s of a function value (CPython compares functions by identity and prints their "
                          "address)" % target.split(".")[-1].rstrip("_"))


def function_groups_signature(classes):
    """The groups of function values found so far (a round that changes them is not settled)."""
    info = classes.get("$closure")
    return [("$function values", info.groups.signature())] if info is not None else []


def lambda_reads(e):
    """The names lambdas inside expression e read from outside themselves (key= lambdas, inlined
    where they are used, left out)."""
    parents = {}
    for node in ast.walk(e):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    names = set()
    for node in ast.walk(e):
        if isinstance(node, ast.Lambda) and not (isinstance(parents.get(node), ast.keyword)
                                                 and parents[node].arg == "key"):
            names.update({sub.id for sub in ast.walk(node.body) if isinstance(sub, ast.Name)} - own_names(node))
    return names


def own_names(scope):
    """The names a function or lambda binds itself: parameters and assigned names, not nonlocal ones."""
    a = scope.args
    names = {x.arg for x in a.posonlyargs + a.args + a.kwonlyargs}
    names.update(x.arg for x in (a.vararg, a.kwarg) if x is not None)
    if isinstance(scope, ast.FunctionDef):
        for sub in walk_scope(scope):
            if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store):
                names.add(sub.id)
            elif isinstance(sub, ast.FunctionDef):
                names.add(sub.name)
    return names - nonlocal_names(scope)


def cell_variables(fn, local_names):
    """The variables of `fn` that live in cells: those a nested function or lambda that may outlive
    the statement creating it reads or writes, and those a nested function rebinds (nonlocal)."""
    body = fn.body if isinstance(fn.body, list) else [fn.body]
    parents = {}
    for stmt in body:
        for node in ast.walk(stmt):
            for child in ast.iter_child_nodes(node):
                parents[child] = node
    direct_calls = set()
    value_uses = set()
    for stmt in body:
        for node in ast.walk(stmt):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
                parent = parents.get(node)
                if isinstance(parent, ast.Call) and parent.func is node:
                    direct_calls.add(node.id)
                else:
                    value_uses.add(node.id)
    cells = set()
    for stmt in body:
        for node in ast.walk(stmt):
            if not isinstance(node, (ast.FunctionDef, ast.Lambda)):
                continue
            if needs_cells(node, parents, value_uses):
                inner = set()
                for sub in ast.walk(node):
                    if isinstance(sub, ast.Name):
                        inner.add(sub.id)
                    elif isinstance(sub, ast.Nonlocal):
                        inner.update(sub.names)
                cells.update(n for n in inner - own_names(node) if n in local_names)
    return cells


def needs_cells(scope, parents, value_uses):
    """Whether the variables `scope` reads from its enclosing functions must be shared by reference."""
    for sub in ast.walk(scope):
        if isinstance(sub, ast.Nonlocal):
            return True
        if sub is not scope and isinstance(sub, (ast.FunctionDef, ast.Lambda)) and escapes(sub, parents, value_uses):
            return True
    return escapes(scope, parents, value_uses)


def escapes(scope, parents, value_uses):
    parent = parents.get(scope)
    if isinstance(scope, ast.FunctionDef):
        return scope.name in value_uses or bool(scope.decorator_list)
    if isinstance(parent, ast.keyword) and parent.arg == "key":
        return False  # inlined where it is used (sorted, min, max, sort)
    if isinstance(parent, ast.Assign) and len(parent.targets) == 1 and isinstance(parent.targets[0], ast.Name):
        return parent.targets[0].id in value_uses
    return True


class ClosureLowering:
    """Function values, closures and cells (a FunctionBuilder mixin)."""

    # ---- cells ----

    def setup_cells(self):
        """Decides which variables live in cells; creates the cells of this function's own ones
        (before the parameters are stored, so a captured parameter is stored into its cell)."""
        self.cells = set()
        for name in list(self.locals):
            if name.startswith(CELL_PREFIX):  # a cell passed in by the enclosing function
                var = name[len(CELL_PREFIX):]
                self.cells.add(var)
                if var not in self.locals:
                    self.locals.append(var)
        own = (cell_variables(self.fn, [n for n in self.locals if not n.startswith("$")])
               | (self.m.forced_cells.get(self.symbol, set()) & set(self.locals))) - self.cells
        for var in sorted(own):
            info = self.cell_info(var)
            info.fields["v"] = self.var_types[var]
            cell = CELL_PREFIX + var
            self.var_types[cell] = ClassT(info)
            self.names.add(cell)
            obj = self.value(self.fn, "NEW_OBJECT", "cell_" + var, info.name, [], ClassT(info))
            self.emit(self.fn, "STORE", None, cell, [obj[0]])
            self.assigned.add(cell)
            self.cells.add(var)

    def comprehension_variable(self, e, gen, name):
        """The variable of a comprehension's target `name`; in a cell when a lambda made in the
        comprehension reads it (one cell per run of the comprehension, as CPython's)."""
        temp = self.new_temp(self.comp_var_type(gen, name), "c_" + name + "_")
        recorded = self.comprehension_blocks.get(id(e))
        if gen is (getattr(e, "generators", None) or [None])[0] or not any(b is recorded for b in self.blocks):
            self.comprehension_blocks[id(e)] = self.blocks[-1]
        if name not in lambda_reads(e):
            return temp
        info = self.cell_info(temp)
        info.fields["v"] = self.var_types[temp]
        cell = CELL_PREFIX + temp
        self.var_types[cell] = ClassT(info)
        self.blocks.append(self.comprehension_blocks.get(id(e), self.blocks[-1]))  # before the outermost loop
        obj = self.value(e, "NEW_OBJECT", "cell_" + name, info.name, [], ClassT(info))
        self.emit(e, "STORE", None, cell, [obj[0]])
        self.blocks.pop()
        self.assigned.add(cell)
        self.cells.add(temp)
        self.renames[CELL_PREFIX + name] = cell
        return temp

    def cell_info(self, var):
        key = ("$cell", self.symbol, var)
        info = self.m.classes.get(key)
        if info is None:
            cls = type("fxn_cell_%s_%s" % (self.symbol, "".join(c if c.isalnum() or c == "_" else "_" for c in var)),
                       (), {})
            info = ClassInfo(cls, None)
            info.fields["v"] = TypeVar()
            info.fields["bound"] = BOOL  # whether v holds a value yet (CPython's empty cell raises on read)
            self.m.classes[key] = info
        return info

    def bind_captured_cells(self):
        """A variable received in a cell has the type of the cell's `v` field."""
        for var in sorted(self.cells):  # sorted: the IR must not depend on str hashing
            cell_t = prune(self.var_types.get(CELL_PREFIX + var))
            if isinstance(cell_t, ClassT) and CELL_PREFIX + var in self.target.captures:
                self.var_types[var] = cell_t.info.fields["v"]
                self.assigned.add(var)

    def load_cell(self, at, var):
        cell = self.load_var(at, CELL_PREFIX + var)
        t = prune(cell[1]).info.fields["v"]
        if isinstance(prune(t), TypeVar) and self.discovery:
            return "$unknown", TypeVar()
        self.check_cell_bound(at, var, cell)
        return self.value(at, "GET_FIELD", var, "v", [cell[0]], t)

    def check_cell_bound(self, at, var, cell):
        """Raises CPython's error when the cell is still empty: a closure reading a variable the
        enclosing function has not assigned yet (NameError), or the enclosing function reading one
        of its own cell variables on a path that may not have assigned it (UnboundLocalError)."""
        free = CELL_PREFIX + var in self.target.captures
        if not free and (self.assigned is None or var in self.assigned):
            return
        bound = self.value(at, "GET_FIELD", "bound", "bound", [cell[0]], BOOL)
        empty = self.value(at, "CALL_FUNCTION", "not_", "operator.not_", [bound[0]], BOOL)
        name = python_name(var)
        if free:
            error = ("NameError", "cannot access free variable '%s' where it is not associated with a value in "
                     "enclosing scope" % name)
        else:
            error = ("UnboundLocalError", "cannot access local variable '%s' where it is not associated with a "
                     "value" % name)

        def raise_it():
            self.emit(at, "RAISE", None, error[0], [self.constant(at, error[1])[0]])

        self.emit(at, "IF", None, "", [empty[0]], blocks=[self.emitted(raise_it), {"nodes": []}])

    def store_cell(self, at, var, value):
        cell = self.load_var(at, CELL_PREFIX + var)
        info = prune(cell[1]).info
        t = info.fields["v"]
        if not unify(t, value[1]):
            joined = join(t, value[1])
            if joined is None:
                raise Diagnostic(at, "variable '%s' holds %s elsewhere but is assigned %s here; fxn gives each "
                                 "variable one type" % (var, show(t), show(value[1])))
            info.fields["v"] = joined
            self.var_types[var] = joined
        if value[0] == "$unknown":
            return
        value = self.coerce(at, value, info.fields["v"])
        self.emit(at, "SET_FIELD", None, "v", [cell[0], value[0]])
        if self.assigned is None or var not in self.assigned or CELL_PREFIX + var in self.target.captures:
            self.emit(at, "SET_FIELD", None, "bound", [cell[0], self.constant(at, True)[0]])
        if self.assigned is not None:
            self.assigned.add(var)

    def static_none_test(self, s):
        """For `if f is None`, `if f is not None` or `if f` where f's type decides the test (a callback
        left at its default None, a function value) and the branch left out calls f: the outcome;
        else None (the if statement is built as usual)."""
        if self.discovery:
            return None
        test = s.test
        negate = False
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            test, negate = test.operand, True
        if isinstance(test, ast.Name):
            name, truth = test, True
        elif isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Is, ast.IsNot)) \
                and isinstance(test.left, ast.Name) and isinstance(test.comparators[0], ast.Constant) \
                and test.comparators[0].value is None:
            name, truth = test.left, isinstance(test.ops[0], ast.IsNot)
        else:
            return None
        var = self.variable(name.id)
        if var not in self.var_types or name.id not in self.locals and name.id not in self.renames:
            return None
        t = prune(self.var_types[var])
        if t is NONE:
            outcome = not truth
        elif isinstance(t, FuncT):
            outcome = truth
        else:
            return None
        outcome = outcome != negate
        dead = s.orelse if outcome else s.body
        if not any(isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id == name.id
                   for stmt in dead for sub in ast.walk(stmt)):
            return None
        return outcome

    def plain_target(self, target):
        """Whether a loop may write `target` directly (a name not living in a cell)."""
        return isinstance(target, ast.Name) and self.variable(target.id) not in self.cells

    def capture_name(self, name):
        """How a nested function receives `name`: its cell, or its value."""
        return CELL_PREFIX + name if self.variable(name) in self.cells else name

    def nonlocal_statement(self, s):
        for name in s.names:
            if name not in self.cells:
                raise unsupported(s, "nonlocal '%s' (not a variable of an enclosing function)" % name)

    # ---- making function values ----

    def closure_info(self):
        info = self.m.classes.get("$closure")
        if info is None:
            info = ClassInfo(_Closure, None)
            info.fields["tag"] = INT
            info.tags = {}
            info.groups = FnGroups()
            self.m.classes["$closure"] = info
        return info

    def tag_of(self, target):
        tags = self.closure_info().tags
        if target.key not in tags:
            tags[target.key] = len(tags) + 1
        return tags[target.key]

    def make_function_value(self, at, target, env_values=(), fields=None):
        """A new fxn_closure instance for target, its env fields (target.env, or `fields`) set from
        env_values."""
        info = self.closure_info()
        tag = self.constant(at, self.tag_of(target))
        obj = self.value(at, "NEW_OBJECT", "fnval", info.name, [], ClassT(info))
        self.emit(at, "SET_FIELD", None, "tag", [obj[0], tag[0]])
        for (_, field), value in zip(target.env if fields is None else fields, env_values):
            if field not in info.fields or isinstance(prune(info.fields[field]), TypeVar):
                info.fields[field] = value[1]
            elif not unify(info.fields[field], value[1]):
                joined = join(info.fields[field], value[1])
                if joined is None:
                    raise unsupported(at, "function value capturing %s here and %s elsewhere"
                                      % (show(value[1]), show(info.fields[field])))
                info.fields[field] = joined
            if value[0] != "$unknown":
                value = self.coerce(at, value, info.fields[field])
                self.emit(at, "SET_FIELD", None, field, [obj[0], value[0]])
        return obj[0], FuncT(info.groups, info.groups.add(target))

    def callable_value(self, at, callable_, key):
        """A function value of a user Callable: its captured cells (or values) go in env fields, and
        its default values, evaluated now as CPython does when it makes the function."""
        env, values = [], []
        for capture in callable_.captures:
            field = "e_%s_%s" % (key, capture.lstrip("$"))
            env.append((capture, field))
            values.append(self.load(at, self.variable(capture)) if not capture.startswith(CELL_PREFIX)
                          else self.load_var(at, self.variable(capture)))
        a = callable_.node.args
        positional = a.posonlyargs + a.args
        with_defaults = list(zip(positional[len(positional) - len(a.defaults):], a.defaults)) + \
            [(p, d) for p, d in zip(a.kwonlyargs, a.kw_defaults) if d is not None]
        defaults = []
        for param, expr in with_defaults:
            field = "d_%s_%s" % (key, param.arg)
            defaults.append((param.arg, field))
            values.append(self.expr(expr))
        target = FnTarget(key, "function", callable_.python_name, callable_, env + defaults)
        target.defaults = dict(defaults)
        target.env = env
        return self.make_function_value(at, target, values, env + defaults)

    def lambda_value(self, e):
        captures = self.free_variables(e)
        key = "lambda_L%dC%d_%s" % (e.lineno, e.col_offset, self.symbol)
        callable_ = Callable(e, "<lambda>", "%s_lambda_L%dC%d" % (self.target.symbol_base, e.lineno, e.col_offset),
                             captures=captures, scope=self.local_functions)
        return self.callable_value(e, callable_, key)

    def local_function_value(self, e, name):
        callable_ = self.local_functions[name]
        key = "local_%s_L%d_%s" % (name, callable_.node.lineno, self.symbol)
        return self.callable_value(e, callable_, key)

    def global_function_value(self, e, name, value):
        """A module-level function, a builtin or a user class named as a value; None if it is none."""
        node = self.m.defs.get(name)
        if node is not None and node.decorator_list and vars(self.m.module).get(name) is value:
            return self.decorated_function_value(e, node)
        if isinstance(value, types.FunctionType) and getattr(value, "__module__", None) != "fxn.image":
            callable_ = self.m.function_callable(e, value)
            return self.make_function_value(e, FnTarget("fn_" + value.__name__, "function", value.__name__,
                                                        callable_))
        if getattr(builtins, name, None) is value and name in BUILTIN_VALUES:
            return self.make_function_value(e, FnTarget("builtin_" + name, "builtin", name))
        qualified = fxn_stdlib.qualified_name(value)
        if qualified is not None and self.m.registry.knows(qualified):
            return self.stdlib_function_value(e, qualified)  # from operator import mul; reduce(mul, xs)
        if isinstance(value, type) and getattr(builtins, value.__name__, None) is not value \
                and not issubclass(value, BaseException):
            info = self.m.class_info(e, value)
            if getattr(info, "enum_members", None) is not None:
                return self.enum_members_value(e, info)  # for c in Color: fxn_enum
            return self.make_function_value(e, FnTarget("class_" + info.name, "class", info.name, info=info))
        return None

    def str_method_value(self, e):
        """str.upper as a value: called as the method of its first argument."""
        if e.attr not in STR_METHOD_VALUES:
            raise unsupported(e, "str.%s used as a value" % e.attr)
        return self.make_function_value(e, FnTarget("str_" + e.attr, "str_method", e.attr))

    def stdlib_function_value(self, e, qualified):
        """math.sqrt as a value: called as written (the module's name as this module spells it)."""
        target = FnTarget(qualified.replace(".", "_"), "stdlib", qualified)
        target.func_ast = e
        return self.make_function_value(e, target)

    def bound_method_value(self, at, obj, info, attr):
        """obj.method as a value: the method with its receiver kept in the function value."""
        method = info.lookup_method(attr)
        if method.kind != "method":
            raise unsupported(at, "%s %s.%s used as a value" % (method.kind, info.name, attr))
        key = "bound_%s_%s" % (info.name, attr)
        target = FnTarget(key, "bound", method.python_name, method, [("self", "e_%s_self" % key)])
        return self.make_function_value(at, target, [obj])

    def decorated_function_value(self, at, node):
        """A decorated module function's value: its decorators applied to it, innermost first, in a
        function of no arguments made once (IR `once`), as CPython applies them once at import:
        what a decorator keeps in its closure (a memo cache, a counter) lives as long as CPython's."""
        self.m.check_signature(node)
        raw = Callable(node, node.name, node.name, fn_obj=undecorated(vars(self.m.module).get(node.name), node, 0))
        expr = ast.copy_location(ast.Name(id=UNDECORATED, ctx=ast.Load()), node)
        for dec in reversed(node.decorator_list):
            if isinstance(dec, ast.Call) and self.stdlib_named(dec.func) == "functools.lru_cache":
                # @lru_cache(maxsize=n) applied as lru_cache(f, maxsize=n) (fxn_stdlib_functools)
                if len(dec.args) > 1:
                    raise unsupported(dec, "functools.lru_cache with more than one positional argument")
                kws = [ast.copy_location(ast.keyword(arg="maxsize", value=a), a) for a in dec.args] + dec.keywords
                expr = ast.copy_location(ast.Call(func=dec.func, args=[expr], keywords=kws), dec)
                continue
            expr = ast.copy_location(ast.Call(func=dec, args=[expr], keywords=[]), dec)
        no_params = ast.arguments(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None,
                                  defaults=[])
        maker_node = ast.copy_location(ast.Lambda(args=no_params, body=expr), node)
        maker = Callable(maker_node, node.name, node.name + "_decorated", scope={UNDECORATED: raw})
        maker.once = True
        symbol, ret = self.m.specialize(at, maker, [])
        return self.value(at, "CALL_FUNCTION", node.name, "user:" + symbol, [], ret)

    def stdlib_named(self, e):
        """"module.name" when e names a standard-library object (`lru_cache`, `functools.cache`)."""
        if isinstance(e, ast.Name) and e.id not in self.locals and e.id not in self.renames:
            return fxn_stdlib.qualified_name(self.m.resolve_global_quiet(e.id))
        if isinstance(e, ast.Attribute) and isinstance(e.value, ast.Name) and e.value.id not in self.locals:
            owner = self.m.resolve_global_quiet(e.value.id)
            if fxn_stdlib.is_stdlib_module(owner):
                return fxn_stdlib.qualified_name(getattr(owner, e.attr, None))
        return None

    def function_attribute(self, at, fval, attr):
        """f.__name__ of a function value: the name of whichever function it is."""
        if attr not in ("__name__", "__qualname__"):
            raise unsupported(at, "attribute '.%s' of a function" % attr)
        names = {}
        for target in prune(fval[1]).targets:
            node = target.callable.node if target.callable is not None else None
            if isinstance(node, ast.FunctionDef) and any(is_wraps(d, self.m.module) for d in node.decorator_list):
                raise unsupported(at, "%s of a function made with functools.wraps" % attr)
            if target.kind == "str_method":
                names[target.key] = target.name if attr == "__name__" else "str." + target.name
            elif target.kind == "stdlib":
                names[target.key] = target.name.split(".")[-1]
            elif target.kind == "bound":
                names[target.key] = target.name.split(".")[-1] if attr == "__name__" else target.name
            elif target.kind == "function" and attr == "__qualname__" and not isinstance(node, ast.Lambda) \
                    and target.callable.fn_obj is None:
                raise unsupported(at, "__qualname__ of a nested function")
            else:
                names[target.key] = target.name
        if len(set(names.values())) == 1:
            return self.constant(at, next(iter(names.values())))
        temp = self.new_temp(STR, "fnname")
        tag = self.value(at, "GET_FIELD", "tag", "tag", [fval[0]], INT)
        for key, name in names.items():
            test = self.call_op(at, "operator.eq", [tag, self.constant(at, self.closure_info().tags[key])], "==")
            then = self.emitted(lambda: self.emit(at, "STORE", None, temp, [self.constant(at, name)[0]]))
            self.emit(at, "IF", None, "", [test[0]], blocks=[then, {"nodes": []}])
        return self.load_var(at, temp)

    # ---- calling function values ----

    def call_function_value(self, e, fval, positional=None, keywords=None):
        """Calls a function value (with e's arguments, or the evaluated ones given): each possible
        target, chosen by the value's tag."""
        ft = prune(fval[1])
        if isinstance(ft, OptT):
            fval = self.unwrap(e, fval, "'NoneType' object is not callable")
            ft = prune(fval[1])
        if positional is None:
            positional, keywords = fxn_arguments.evaluated_arguments(self, e)
            if positional is fxn_arguments.UNKNOWN:
                return "$unknown", TypeVar()
        if ft is NONE and self.discovery:
            return "$unknown", TypeVar()  # a callback left at None, in a branch the final pass leaves out
        if isinstance(ft, TypeVar) or fval[0] == "$unknown":
            if self.discovery:
                return "$unknown", TypeVar()
            raise Diagnostic(e, "cannot infer which function is called here")
        if not isinstance(ft, FuncT):
            raise Diagnostic(e, "'%s' object is not callable" % show(ft))
        if any(v[0] == "$unknown" or isinstance(prune(v[1]), TypeVar) for v in positional + [v for _, v in keywords]):
            if self.discovery:
                return "$unknown", TypeVar()
        if len(ft.targets) == 1:
            return self.call_target(e, fval, ft.targets[0], positional, keywords)
        # Several targets: the arguments are evaluated once, then each target is a branch.
        positional = [self.spill(e, v) for v in positional]
        keywords = [(k, self.spill(e, v)) for k, v in keywords]
        tag = self.value(e, "GET_FIELD", "tag", "tag", [fval[0]], INT)
        branches = []
        for target in ft.targets:
            self.blocks.append([])
            result = self.call_target(e, fval, target, positional, keywords)
            branches.append((self.blocks.pop(), result, target))
        result_t = branches[0][1][1]
        for _, result, target in branches[1:]:
            joined = join(result_t, result[1])
            if joined is None:
                if self.discovery and (isinstance(prune(result_t), TypeVar) or isinstance(prune(result[1]), TypeVar)):
                    continue
                raise unsupported(e, "calling a function value that may be %s() returning %s or %s() returning %s "
                                  "(fxn gives each call one result type)"
                                  % (branches[0][2].name, show(result_t), target.name, show(result[1])))
            result_t = joined
        if any(r[0] == "$unknown" for _, r, _ in branches) and self.discovery:
            return "$unknown", TypeVar()
        temp = self.new_temp(result_t, "fnret")
        for nodes, result, _ in branches:
            self.blocks.append(nodes)
            if result[0] is not None:
                self.emit(e, "STORE", None, temp, [self.coerce(e, result, result_t)[0]])
            self.blocks.pop()
        else_block = {"nodes": branches[-1][0]}
        for nodes, _, target in reversed(branches[:-1]):
            self.blocks.append([])
            wanted = self.constant(e, self.tag_of(target))
            test = self.call_op(e, "operator.eq", [tag, wanted], "==")
            chain = self.blocks.pop()
            chain.append({"op": "IF", "target": "", "args": [test[0]], "blocks": [{"nodes": nodes}, else_block],
                          "line": e.lineno, "col": e.col_offset + 1})
            else_block = {"nodes": chain}
        self.blocks[-1].extend(else_block["nodes"])
        if prune(result_t) is NONE:
            return self.constant(e, None)
        return self.load_var(e, temp)

    def spill(self, at, value):
        temp = self.new_temp(value[1], "fnarg")
        self.store(at, temp, value)
        return self.load_var(at, temp)

    def call_target(self, e, fval, target, positional, keywords):
        if target.kind in ("function", "bound"):
            callable_ = target.callable
            env = [self.value(e, "GET_FIELD", field.lstrip("$"), field, [fval[0]], self.closure_info().fields[field])
                   for _, field in target.env]
            receiver = []
            if target.kind == "bound":
                receiver, env = env, []
            bound = self.bind_values(e, callable_, positional, keywords, self.default_fields(e, fval, target))
            if getattr(bound, "kwarg_keys", None) is not None:  # a **kwargs only read or forwarded
                callable_ = self.m.keyed_callable(callable_, bound.kwarg_keys)
            args = receiver + bound
            captured = env
            all_args = captured + args
            if self.discovery and any(isinstance(prune(t), TypeVar) or n == "$unknown" for n, t in all_args):
                return "$unknown", TypeVar()
            symbol, ret = self.m.specialize(e, callable_, [t for _, t in all_args])
            return self.value(e, "CALL_FUNCTION", callable_.python_name.split(".")[-1].strip("<>"), "user:" + symbol,
                              [n for n, _ in all_args], ret)
        # Builtins, str methods and classes: the call as if written with their names.
        names = []
        for value in positional:
            ident = "$fnarg%d" % (self.temp_count + 1)
            var = self.new_temp(value[1], "fncall")
            self.emit(e, "STORE", None, var, [value[0]])
            self.renames[ident] = var
            names.append(synthetic_name(e, ident))
        kws = []
        for k, value in keywords:
            ident = "$fnkw%d" % (self.temp_count + 1)
            var = self.new_temp(value[1], "fncall")
            self.emit(e, "STORE", None, var, [value[0]])
            self.renames[ident] = var
            kws.append(ast.keyword(arg=k, value=synthetic_name(e, ident)))
        try:
            if target.kind == "str_method":
                if not names:
                    raise Diagnostic(e, "unbound method str.%s() needs an argument" % target.name)
                func = ast.copy_location(ast.Attribute(value=names[0], attr=target.name, ctx=ast.Load()), e)
                call = ast.copy_location(ast.Call(func=func, args=names[1:], keywords=kws), e)
                return self.call(call)
            func = target.func_ast if target.kind == "stdlib" else synthetic_name(e, target.name)
            call = ast.copy_location(ast.Call(func=func, args=names, keywords=kws), e)
            if target.kind == "stdlib":
                # By its qualified name: the call may be lowered in prelude code (fxn_prelude),
                # where the user's names for the module do not resolve.
                return self.stdlib_call(call, target.name)
            if target.kind == "class":
                return self.construct(call, target.info)
            return self.builtin_call(call, target.name)
        finally:
            for n in names + [k.value for k in kws]:
                self.renames.pop(n.id, None)

    def default_fields(self, e, fval, target):
        if target.defaults is None:
            return None
        return {p: self.value(e, "GET_FIELD", field, field, [fval[0]], self.closure_info().fields[field])
                for p, field in target.defaults.items()}

    def bind_values(self, e, target, positional, keywords, defaults=None):
        """Evaluated arguments bound to target's parameters by Python's rules, defaults filled in."""
        a = target.node.args
        params = [x.arg for x in a.posonlyargs + a.args]
        kwonly = [x.arg for x in a.kwonlyargs]
        if target.kind in ("method", "property"):
            params = params[1:]
        name = target.python_name
        if len(positional) > len(params) and a.vararg is None:
            raise Diagnostic(e, "%s() takes %d positional arguments but %d were given"
                             % (name, len(params), len(positional)))
        bound = dict(zip(params, positional))
        extra_keywords = []  # for **kwargs
        for k, value in keywords:
            if k not in params and k not in kwonly:
                if a.kwarg is not None:
                    extra_keywords.append((k, value))
                    continue
                raise Diagnostic(e, "%s() got an unexpected keyword argument '%s'" % (name, k))
            if k in bound:
                raise Diagnostic(e, "%s() got multiple values for argument '%s'" % (name, k))
            bound[k] = value
        if defaults is None:
            defaults = {p: self.constant(e, v) for p, v in self.m.defaults_of(target).items()}
        out = []
        for p in params + kwonly:
            if p in bound:
                out.append(bound[p])
            elif p in defaults:
                out.append(defaults[p])
            else:
                raise Diagnostic(e, "%s() missing required argument: '%s'" % (name, p))
        return fxn_arguments.gather_extra(self, e, target, out, len(params), positional, extra_keywords)
