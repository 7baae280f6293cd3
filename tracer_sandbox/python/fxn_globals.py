"""Module state: the module-level values compiled functions change, living as long as the loaded
library as CPython's module globals live as long as the module.

Which names are state (state_names): every name a function declares `global`, and every
module-level list, dict, set or instance of a user class that some function uses in a way that
may change it (anything but the read-only uses of fxn_syntax.read_only_name_uses; an instance
always), closed over aliasing (a mutable module-level value reachable from a state value is state
too, so both names keep naming one object). Module-level containers only ever read keep being
rebuilt from their value (fxn_expr.container_constant).

The state is one record, the synthetic class STATE_CLASS_NAME, a field per state name: its
initial value is the module's value right after import (the tracer's snapshot, taken before any
sample ran), built by the function STATE_INIT_SYMBOL, which lowering memoises in a static of the
library (ir Module.state_init): the first call of the entry builds it, later calls share it.
Reads and writes of a state name are GET_FIELD / SET_FIELD on that record. Mutable default
values of parameters (`def add(x, seen=[])`) are state too: fields named `name.param`, created
once as CPython evaluates them once, at `def`.
"""

import ast
import copy

from fxn_callables import Callable, ClassInfo
from fxn_diagnostics import Diagnostic, unsupported
from fxn_syntax import read_only_name_uses
from fxn_types import BOOL, FLOAT, INT, NONE, STR, ClassT, DictT, ListT, SetT, TupleT, TypeVar, join, unify

STATE_CLASS_NAME = "fxn_module_state"
STATE_INIT_SYMBOL = "fxn_module_state_init"


class ModuleStateKey:
    """The key of the state's ClassInfo in ModuleBuilder.classes (kept across rounds like a class)."""


def is_user_instance(value, module_name):
    cls = type(value)
    return getattr(cls, "__module__", None) == module_name and not isinstance(value, BaseException) \
        and not isinstance(value, type) and hasattr(value, "__dict__") and not callable(value)


def is_mutable_default(value):
    return isinstance(value, (list, dict, set)) or hasattr(value, "__dict__") and not callable(value) \
        and not isinstance(value, (type, BaseException))


def defaults_key(fn):
    return "$defaults:%s:%d" % (fn.__qualname__, fn.__code__.co_firstlineno)


def snapshot(module, tree):
    """The module's data right after import (before any sample runs and may change it): name ->
    a deep copy, aliasing between names kept; functions' defaults under defaults_key. Only the
    state (state_names) is copied: large data the functions only read is not. Names whose value
    cannot be copied are left out."""
    wanted = {}
    functions = []
    live = {n: v for n, v in vars(module).items() if not n.startswith("__")}
    state = set(state_names(tree, module, live, read_only_name_uses(tree)))
    for name, value in live.items():
        if isinstance(value, (bool, int, float, str)) or value is None:
            wanted[name] = value
        elif name in state and (isinstance(value, (tuple, list, dict, set))
                                or is_user_instance(value, module.__name__)):
            wanted[name] = value
        elif isinstance(value, type) and value.__module__ == module.__name__:
            functions.extend(getattr(v, "__func__", getattr(v, "fget", v)) for v in vars(value).values())
        else:
            functions.append(value)
    wanted.update(class_attribute_state(tree, module))
    for fn in functions:
        if hasattr(fn, "__defaults__") and hasattr(fn, "__code__") and fn.__module__ == module.__name__:
            wanted[defaults_key(fn)] = (fn.__defaults__ or (), dict(fn.__kwdefaults__ or {}))
    try:
        return copy.deepcopy(wanted)
    except Exception:  # noqa: BLE001 - an uncopyable value: copy name by name, leaving it out
        out = {}
        for name, value in wanted.items():
            try:
                out[name] = copy.deepcopy(value)
            except Exception:  # noqa: BLE001
                pass
        return out


def class_attribute_state(tree, module):
    """The class attributes that are state, as {"Class.attr": value right now}: those a function
    assigns through their class (`Counter.count += 1`), and those holding a list, dict or set.
    Only attributes a module class holds in its own namespace count (CPython's `Sub.attr = v`
    would give Sub an attribute of its own: refused where it is written)."""
    classes = {n: v for n, v in vars(module).items()
               if isinstance(v, type) and getattr(v, "__module__", None) == module.__name__}
    out = {}
    for name, cls in classes.items():
        for attr, value in vars(cls).items():
            if not attr.startswith("__") and isinstance(value, (list, dict, set)):
                out["%s.%s" % (name, attr)] = value
    for fn in function_nodes(tree):
        for sub in ast.walk(fn):
            targets = sub.targets if isinstance(sub, ast.Assign) else [sub.target] \
                if isinstance(sub, (ast.AugAssign, ast.AnnAssign)) else []
            for t in targets:
                if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id in classes \
                        and t.attr in vars(classes[t.value.id]) and not t.attr.startswith("__"):
                    value = vars(classes[t.value.id])[t.attr]
                    if isinstance(value, (bool, int, float, str, tuple, list, dict, set)) or value is None:
                        out["%s.%s" % (t.value.id, t.attr)] = value
    return out


def mutable(value, module_name):
    return isinstance(value, (list, dict, set)) or is_user_instance(value, module_name)


def reachable_mutables(value, module_name, seen):
    """ids of the mutable objects inside value (itself included)."""
    stack = [value]
    while stack:
        v = stack.pop()
        if id(v) in seen:
            continue
        if mutable(v, module_name):
            seen.add(id(v))
        if isinstance(v, dict):
            stack.extend(v.values())
        elif isinstance(v, (list, tuple, set)):
            stack.extend(v)
        elif is_user_instance(v, module_name):
            stack.extend(vars(v).values())
    return seen


def fn_params(fn):
    return fn.args.posonlyargs + fn.args.args


def function_nodes(tree):
    return [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.Lambda))]


def declared_globals(fn):
    """Names a function declares `global` (its own scope only)."""
    if isinstance(fn, ast.Lambda):
        return []
    names = []
    stack = list(fn.body)
    while stack:
        n = stack.pop()
        if isinstance(n, ast.Global):
            names.extend(x for x in n.names if x not in names)
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue
        stack.extend(ast.iter_child_nodes(n))
    return names


def own_locals(fn):
    a = fn.args
    names = {x.arg for x in a.posonlyargs + a.args + a.kwonlyargs}
    if a.vararg:
        names.add(a.vararg.arg)
    if a.kwarg:
        names.add(a.kwarg.arg)
    for sub in ast.walk(fn):
        if isinstance(sub, ast.Name) and isinstance(sub.ctx, (ast.Store, ast.Del)):
            names.add(sub.id)
    return names - set(declared_globals(fn))


def state_names(tree, module, initial, read_only_uses):
    """The module-level names that are state (see the module docstring), in source order of first use."""
    module_name = module.__name__
    names = []
    for fn in function_nodes(tree):
        for name in declared_globals(fn):
            if name not in names:
                names.append(name)
        local = own_locals(fn)
        for sub in ast.walk(fn):
            if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Load) and sub.id not in local \
                    and sub.id in initial and sub.id not in names:
                value = initial[sub.id]
                if is_user_instance(value, module_name) or \
                        isinstance(value, (list, dict, set)) and id(sub) not in read_only_uses:
                    names.append(sub.id)
    # Aliases: a mutable module-level value reachable from state, or holding a part of it, is state.
    while True:
        inside = set()
        for name in names:
            if name in initial:
                reachable_mutables(initial[name], module_name, inside)
        more = [n for n, v in initial.items() if n not in names and mutable(v, module_name)
                and reachable_mutables(v, module_name, set()) & inside]
        if not more:
            return names
        names.extend(more)


class ModuleState:
    """The module's state for one round: which names are state and the record holding them."""

    def __init__(self, builder, initial):
        self.m = builder
        self.initial = initial if initial is not None else {}
        self.names = state_names(builder.tree, builder.module, self.initial, builder.read_only_uses)
        # (the module now, after the samples ran: only attributes the class had at import count)
        self.names += [n for n in class_attribute_state(builder.tree, builder.module)
                       if n not in self.names and n in self.initial]
        if ModuleStateKey not in builder.classes:
            info = ClassInfo(ModuleStateKey, None)
            info.name = STATE_CLASS_NAME
            builder.classes[ModuleStateKey] = info
        self.info = builder.classes[ModuleStateKey]
        self.defaults = {}  # field -> default value object (mutable parameter defaults)
        self.type_memo = {}  # id of a mutable initial value -> its type
        self.built = False

    def initial_defaults(self, fn):
        """fn's (positional defaults, keyword-only defaults) as right after import."""
        saved = self.initial.get(defaults_key(fn))
        if saved is None:
            return list(fn.__defaults__ or ()), dict(fn.__kwdefaults__ or {})
        return list(saved[0]), dict(saved[1])

    def has(self, name):
        return name in self.names

    def check_declared_globals(self, fn):
        """The names fn declares `global`, each checked: defined by the module at import, and
        assigned only by `=` or an augmented assignment."""
        names = declared_globals(fn)
        if not names:
            return set()
        for stmt in ast.walk(fn):
            if isinstance(stmt, ast.Global):
                for name in stmt.names:
                    if name not in self.initial:
                        raise unsupported(stmt, "global '%s' that the module does not define at import (fxn "
                                          "compiles `global` for names the module assigns at its top level)" % name)
        for sub in ast.walk(fn):
            targets = []
            if isinstance(sub, (ast.For, ast.comprehension, ast.NamedExpr, ast.AnnAssign)):
                targets = [sub.target]
            elif isinstance(sub, ast.Delete):
                targets = sub.targets
            elif isinstance(sub, (ast.With,)):
                targets = [i.optional_vars for i in sub.items if i.optional_vars is not None]
            for t in targets:
                for n in ast.walk(t):
                    if isinstance(n, ast.Name) and n.id in names:
                        raise unsupported(n, "%s of global '%s' (fxn assigns globals with = and augmented "
                                          "assignment)" % (type(sub).__name__, n.id))
            if isinstance(sub, ast.ExceptHandler) and sub.name in names:
                raise unsupported(sub, "except ... as global '%s'" % sub.name)
        return set(names)

    def record(self, fb, at):
        """The state record: the memoised call of the state's initializer."""
        self.build_init()
        return fb.value(at, "CALL_FUNCTION", "module_state", "user:" + STATE_INIT_SYMBOL, [], ClassT(self.info))

    def field(self, at, name, value):
        """Declares the field for a state value, typed by its initial value before any function
        reads it (so discovery never guesses its type from a use)."""
        if name not in self.info.fields:
            self.info.fields[name] = self.type_of(at, value)

    def type_of(self, at, v):
        """The static type of an initial value (unknown items of empty containers: TypeVars); one
        object reached through two names has one type."""
        if mutable(v, self.m.module.__name__):
            if id(v) not in self.type_memo:
                self.type_memo[id(v)] = self.fresh_type_of(at, v)
            return self.type_memo[id(v)]
        return self.fresh_type_of(at, v)

    def fresh_type_of(self, at, v):
        if type(v).__module__ == "collections" or isinstance(v, tuple) and hasattr(v, "_fields"):
            raise unsupported(at, "module-level %s value (collections types are made inside functions)"
                              % type(v).__name__)
        if isinstance(v, bool):
            return BOOL
        if isinstance(v, int):
            return INT
        if isinstance(v, float):
            return FLOAT
        if isinstance(v, str):
            return STR
        if v is None:
            return NONE
        if isinstance(v, tuple):
            return TupleT([self.type_of(at, x) for x in v])
        if isinstance(v, (list, set)):
            elem = TypeVar()
            for x in v:
                elem = join(elem, self.type_of(at, x)) or TypeVar()
            return ListT(elem) if isinstance(v, list) else SetT(elem)
        if isinstance(v, dict):
            key, value = TypeVar(), TypeVar()
            for k, x in v.items():
                key = join(key, self.type_of(at, k)) or TypeVar()
                value = join(value, self.type_of(at, x)) or TypeVar()
            return DictT(key, value)
        if is_user_instance(v, self.m.module.__name__):
            info = self.m.class_info(at, type(v))
            for field, x in vars(v).items():  # its fields typed by their values too
                if field not in info.fields:
                    info.fields[field] = self.type_of(at, x)
            return ClassT(info)
        raise unsupported(at, "module state of type %s" % type(v).__name__)

    def load(self, fb, at, name):
        if name not in self.initial:
            raise Diagnostic(at, "name '%s' is not defined" % name)
        self.field(at, name, self.initial[name])
        return fb.get_attribute(at, self.record(fb, at), name)

    def store(self, fb, at, name, value):
        self.field(at, name, self.initial[name])
        try:
            fb.set_field(at, self.record(fb, at), name, value)
        except Diagnostic as d:  # name the global, not the synthetic record's field
            d.message = d.message.replace("field %s.%s holds" % (STATE_CLASS_NAME, name),
                                          "module-level name '%s' holds" % name)
            raise

    def default(self, fb, at, target, param, value):
        """A mutable default value of target's parameter: one object for every call, as CPython's."""
        field = "$default_%s_%s" % (target.python_name.replace(".", "_"), param)
        if field not in self.defaults and target.fn_obj is not None:
            # A default that is also a module-level value: one object, so that value must be state
            # too (then the snapshot and the initializer keep them one object); else rejected.
            fn = target.fn_obj
            live = dict(zip([x.arg for x in fn_params(target.node)][-len(fn.__defaults__ or ()):],
                            fn.__defaults__ or ())) if fn.__defaults__ else {}
            live.update(fn.__kwdefaults__ or {})
            for global_name, global_value in vars(self.m.module).items():
                if param in live and global_value is live[param] and global_name not in self.names:
                    raise unsupported(at, "mutable default of parameter '%s' that is the module-level '%s' too"
                                      % (param, global_name))
        if field not in self.defaults:
            self.defaults[field] = value
        self.field(at, field, value)
        return fb.get_attribute(at, self.record(fb, at), field)

    # ---- the initializer ----

    def build_init(self):
        """Adds the initializer function to the module (once per round)."""
        if self.built:
            return
        self.built = True
        node = ast.parse("def %s(): pass" % STATE_INIT_SYMBOL).body[0]
        node.lineno = 1
        target = Callable(node, STATE_INIT_SYMBOL, STATE_INIT_SYMBOL)
        self.m.state_pending = target

    def finish_init(self, function_builder_class):
        """Builds the initializer's IR from the snapshot (after every function, so every default
        and field is known); returns its function dict or None when nothing uses the state."""
        if not self.built:
            return None
        target = self.m.state_pending
        fb = function_builder_class(self.m, target, STATE_INIT_SYMBOL, [], False, {})
        fb.locals, fb.assigned = [], set()
        at = target.node
        obj = fb.value(at, "NEW_OBJECT", "state", STATE_CLASS_NAME, [], ClassT(self.info))
        memo = {}
        values = [(n, self.initial[n]) for n in self.names if n in self.initial] + list(self.defaults.items())
        for name, v in values:
            if name not in self.info.fields:
                continue  # a state name no compiled function reached
            fb.set_field(at, obj, name, self.build_value(fb, at, v, memo))
        fb.emit(at, "OUTPUT", None, "", [obj[0]])
        return {"symbol": STATE_INIT_SYMBOL, "pythonName": STATE_INIT_SYMBOL, "params": [],
                "returnType": ClassT(self.info), "variables": [{"name": v, "type": t, "maybeUnbound": False}
                                                              for v, t in fb.var_types.items()],
                "body": {"nodes": fb.blocks[0]}, "line": 1, "$return": ClassT(self.info)}

    def build_value(self, fb, at, v, memo):
        """IR that builds the Python value v (objects shared in v stay shared)."""
        if id(v) in memo:
            return memo[id(v)]
        module_name = self.m.module.__name__
        if isinstance(v, list):
            items = [self.build_value(fb, at, x, memo) for x in v]
            out = fb.list_of(at, items) if items else \
                fb.value(at, "CALL_FUNCTION", "empty_list", "fxn.empty_list", [], ListT(TypeVar()))
        elif isinstance(v, dict):
            out = fb.value(at, "CALL_FUNCTION", "dict", "fxn.empty_dict", [], DictT(TypeVar(), TypeVar()))
            for k, x in v.items():
                fb.dict_store(at, out, fb.constant(at, k), self.build_value(fb, at, x, memo))
        elif isinstance(v, set):
            out = fb.value(at, "CALL_FUNCTION", "set", "fxn.empty_set", [], SetT(TypeVar()))
            items = list(v) if all(type(x) is int for x in v) else sorted(v, key=repr)
            for x in items:
                item = fb.constant(at, x)
                if not unify(out[1].elem, item[1]):
                    raise unsupported(at, "module-level set mixing types")
                fb.call_op(at, "set.add", [out, item], "set.add()", statement=True)
        elif isinstance(v, tuple):
            out = fb.build_tuple(at, [self.build_value(fb, at, x, memo) for x in v])
        elif is_user_instance(v, module_name):
            info = self.m.class_info(at, type(v))
            out = fb.value(at, "NEW_OBJECT", info.name.lower(), info.name, [], ClassT(info))
            for field, x in vars(v).items():
                if field in info.fields:
                    fb.set_field(at, out, field, self.build_value(fb, at, x, memo))
        else:
            out = fb.constant(at, v)
        memo[id(v)] = out
        return out
