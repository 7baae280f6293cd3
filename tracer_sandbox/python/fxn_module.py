"""ModuleBuilder: the IR module of one entry point and everything it reaches.

It owns the specializations (one per function and tuple of argument types: discovery passes until
the variables' types settle, then the final pass; see specialize), the user classes (ClassInfo,
their fields typed by every method that assigns them), the module's globals and the finished IR
(finish). One ModuleBuilder builds one round of fxn_frontend.build_module's fixed point; it
records which function changed each field's type, so that a round can say what it changed
(field_changes).
"""

import ast
import builtins
import copy
import dataclasses

import fxn_prelude

from fxn_callables import Callable
from fxn_classes import always_raises, analyze_class, is_trivial_body
from fxn_diagnostics import Diagnostic, unsupported
from fxn_dunder import check_operator_method, is_total_ordering
from fxn_dyncopy import check_dynamic_copies
from fxn_fixpoint import Change, settle
from fxn_closures import function_groups_signature
from fxn_function import FunctionBuilder
from fxn_arguments import param_names
from fxn_globals import STATE_INIT_SYMBOL, ModuleState, ModuleStateKey, is_mutable_default
from fxn_numpy_types import FLOAT_ULPS
from fxn_syntax import read_only_name_uses
from fxn_ssa import python_name
from fxn_tables import EXCEPTION_CLASSES
from fxn_types import (BOOL, FLOAT, INT, NONE, STR, DictT, GenT, ListT, OptT, SetT, TypeVar, compatible, contains_unknown, join,
                       mangle, parse_type, prune, sent_type, show, type_str, unify)

# Discovery passes over one specialization before its variables' types must have settled.
DISCOVERY_PASSES = 4


class ModuleBuilder:
    """One round of the module: the specializations reached from the entry, the user classes and
    globals they use. classes and comp_types come from the round before (field and comprehension
    variable types); lenient: the first round, which only discovers types."""

    value_dependent_types = True  # a float sum() is dynamic (fxn_frontend.build_module)
    value_dependent_used = False  # ... and this round made one

    def __init__(self, module_obj, tree, filename, registry, observations, classes=None, comp_types=None,
                 lenient=False, initial_state=None, sent_holders=None):
        self.module = module_obj
        self.lenient = lenient  # a round that only discovers types: every pass is a discovery pass
        self.tree = tree
        self.filename = filename
        self.registry = registry
        self.observations = observations
        self.defs = {n.name: n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
        self.class_defs = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
        # Names of the classes some class of the file derives from (they may have subclasses).
        self.base_names = {b.id for c in self.class_defs.values() for b in c.bases if isinstance(b, ast.Name)}
        self.functions = {}  # symbol -> finished function dict
        self.in_progress = {}  # symbol -> return type (TypeVar) of a specialization being built
        self.never_return = set()  # symbols of specializations whose body reaches no return (every path raises)
        self.forced_cells = {}  # symbol -> its variables that a directly called local function may read unbound
        self.order = []
        self.classes = classes if classes is not None else {}  # class object -> ClassInfo (kept across rounds)
        self.callables = {}
        self.comp_types = comp_types if comp_types is not None else {}
        self.read_only_uses = read_only_name_uses(tree)
        self.inexact = False  # uses a float operation NumPy computes differently (fxn_numpy_types.INEXACT_UFUNCS)
        # Which function changed each field's type (for the fixed point's diagnostic): the
        # specializations being built (innermost last) and the field types last seen.
        self.building = []
        self.field_writers = {}  # (class name, field) -> the Callable being built when its type changed
        # Generator specialization symbol -> its GenT's `sent` (fxn_types.sent_type), kept across
        # rounds: a send() seen after the generator's body was built widens it for the next round.
        self.sent_holders = sent_holders if sent_holders is not None else {}
        self.fields_seen = self.field_types()
        self.class_hooks = {}  # class name -> [(hook, symbol)]: operator methods kernels call
        self.fields_at_start = dict(self.fields_seen)
        # Module state (fxn_globals): module-level values the functions change, and mutable defaults.
        self.state = ModuleState(self, initial_state)

    # ---- what a round changed (fxn_fixpoint) ----

    def field_signature(self):
        # Which classes are instantiated is part of it: method calls dispatch over them.
        return [(info.name, info.instantiated, [(n, type_str(t, "?")) for n, t in info.fields.items()])
                for info in self.classes.values()] \
            + function_groups_signature(self.classes) + self.sent_signature()

    def sent_signature(self):
        """What is sent to each generator specialization that is sent values (fxn_generators
        .generator_method); one nothing is sent to (None) is left out, so that a generator first
        specialized in a later round is no change."""
        spelled = [(symbol, type_str(sent_type(GenT(None, None, holder)), "?"))
                   for symbol, holder in sorted(self.sent_holders.items(), key=lambda item: item[0])]
        return [("$sent", symbol, t) for symbol, t in spelled if t != "None"]

    def field_types(self):
        """(class name, field) -> (its type in the IR's spelling, with '?' for unknown items; as
        messages spell it)."""
        return {(info.name, n): (type_str(t, "?"), show(t)) for info in self.classes.values()
                for n, t in info.fields.items()}

    def note_field_changes(self):
        """Attributes the field types that changed since the last look to the specialization
        being built (the innermost one)."""
        now = self.field_types()
        if self.building:
            for key, t in now.items():
                if self.fields_seen.get(key, (None,))[0] != t[0]:
                    self.field_writers[key] = self.building[-1]
        self.fields_seen = now

    def field_changes(self, before):
        """The fields whose types differ from this builder's start (`before`: field_signature() at
        its start), as fxn_fixpoint.Changes; empty when the round changed none."""
        if self.field_signature() == before:
            return []
        self.note_field_changes()
        changes = []
        for key, (spelled, shown) in self.field_types().items():
            start = self.fields_at_start.get(key)
            if start is None or start[0] != spelled:
                writer = self.field_writers.get(key)
                changes.append(Change("field %s.%s" % key, writer.python_name if writer else None,
                                      writer.node if writer else None, start[1] if start else None, shown))
        sent_before = {entry[1]: entry[2] for entry in before if isinstance(entry, tuple) and entry[:1] == ("$sent",)}
        for _, symbol, spelled in self.sent_signature():
            if sent_before.get(symbol, "None") != spelled:
                changes.append(Change("the values sent to generator %s" % symbol, None, None,
                                      sent_before.get(symbol, "None"), spelled))
        if not changes:  # the same fields and types, in another order
            changes.append(Change("the fields of the module's classes", None, None, str(before),
                                  str(self.field_signature())))
        return changes

    def resolve_global_quiet(self, name):
        if self.building and name in self.building[-1].class_aliases:
            return self.building[-1].class_aliases[name]  # `cls` in a classmethod
        prelude = fxn_prelude.namespace_of(self.building[-1]) if self.building else None
        if prelude is not None:
            return fxn_prelude.resolve(prelude, name)[1]
        if self.building and name in getattr(self.building[-1], "prelude_names", ()):
            return self.building[-1].prelude_names[name]  # stdlib code compiled from Python (fxn_stdlib_heapq)
        g = vars(self.module)
        if name in g:
            return g[name]
        return getattr(builtins, name, None)

    def resolve_global(self, at, name):
        if self.building and name in self.building[-1].class_aliases:
            return self.building[-1].class_aliases[name]  # `cls` in a classmethod
        prelude = fxn_prelude.namespace_of(self.building[-1]) if self.building else None
        if prelude is not None:  # names in prelude code (fxn_prelude)
            found, value = fxn_prelude.resolve(prelude, name)
            if found:
                return value
            raise Diagnostic(at, "name '%s' is not defined" % name)
        if self.building and name in getattr(self.building[-1], "prelude_names", ()):
            return self.building[-1].prelude_names[name]  # stdlib code compiled from Python (fxn_stdlib_heapq)
        g = vars(self.module)
        if name in g:
            return g[name]
        if hasattr(builtins, name):
            return getattr(builtins, name)
        raise Diagnostic(at, "name '%s' is not defined" % name)

    def param_names(self, fn):
        return param_names(fn)

    def check_signature(self, fn):
        """Rejects the parameter forms fxn does not compile (*args and **kwargs compile: fxn_arguments)."""

    def exception_universe(self):
        user = [v for v in vars(self.module).values()
                if isinstance(v, type) and issubclass(v, BaseException) and v not in EXCEPTION_CLASSES]
        # dataclasses.FrozenInstanceError (an AttributeError) is raised by assignments to frozen fields.
        frozen = [dataclasses.FrozenInstanceError] if any(i.frozen for i in self.classes.values()) else []
        return EXCEPTION_CLASSES + user + [c for c in frozen if c not in user]

    def check_exception_class(self, at, cls):
        if cls in EXCEPTION_CLASSES or cls is dataclasses.FrozenInstanceError:
            return
        node = self.class_defs.get(cls.__name__)
        if node is None or vars(self.module).get(cls.__name__) is not cls:
            raise unsupported(at, "exception class %s not defined at the top level of this file" % cls.__name__)
        if cls.__name__ in vars(builtins):
            raise unsupported(node, "exception class named like a builtin (%s)" % cls.__name__)
        if self.exception_has_instances(cls):
            self.class_info(at, cls)  # a class of its own: raised as an instance

    def function_callable(self, at, fn):
        if fxn_prelude.prelude_of(fn) is not None:  # a standard-library function fxn compiles
            key = ("prelude", fn.__name__, id(fn.__globals__))
            if key not in self.callables:
                self.callables[key] = fxn_prelude.make_callable(fn)
            return self.callables[key]
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

    def keyed_callable(self, target, keys):
        """target specialized to the names of the keywords its **kwargs gathers (fxn_arguments)."""
        key = (id(target.node), target.symbol_base, keys)
        if key not in self.callables:
            keyed = copy.copy(target)
            keyed.symbol_base = "%s__kw_%s" % (target.symbol_base, "_".join(keys) if keys else "none")
            keyed.kwarg_keys = keys
            self.callables[key] = keyed
        return self.callables[key]

    def defaults_of(self, target):
        """Parameter name -> default value (immutable constants only)."""
        fn = target.node
        a = fn.args
        positional = a.posonlyargs + a.args
        out = {}
        if target.fn_obj is not None:
            # As right after import: a sample may have changed a mutable default.
            values, kw = self.state.initial_defaults(target.fn_obj)
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
            if not (isinstance(v, (bool, int, float, str, tuple)) or v is None or is_mutable_default(v)):
                raise unsupported(fn, "default value of %s for parameter '%s'" % (type(v).__name__, name))
        return out

    def default_value(self, fb, at, target, name, value):
        """The IR value of a parameter's default: a constant, or for a mutable default (a list,
        dict, set, instance) the one object CPython created at `def`, shared by every call."""
        if is_mutable_default(value):
            return self.state.default(fb, at, target, name, value)
        return fb.constant(at, value)

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
        info = analyze_class(self, at, cls)
        self.classes[cls] = info  # only a class that passed every check is kept (across rounds too)
        return info

    def classmethod_on(self, method, info):
        """A classmethod called on class info: a Callable of its own whose `cls` is info."""
        key = ("classmethod", id(method.node), info.name)
        if key not in self.callables:
            bound = Callable(method.node, method.python_name, "%s__on_%s" % (method.symbol_base, info.name),
                             fn_obj=method.fn_obj, owner=method.owner, kind="classmethod")
            bound.class_aliases = {self.param_names(method.node)[0]: info.cls}
            self.callables[key] = bound
        return self.callables[key]

    def exception_info(self, cls):
        """The ClassInfo of a user exception class with a body (raised as an instance), else None."""
        if not self.exception_has_instances(cls):
            return None
        return self.class_info(self.class_defs[cls.__name__], cls)

    def reads_exception_args(self):
        """Whether the module reads `.args` anywhere: its user exceptions are then instances
        (fxn_classes.EXC_ARGS holds the args; a built-in exception keeps only its message)."""
        if not hasattr(self, "_reads_args"):
            self._reads_args = any(isinstance(n, ast.Attribute) and n.attr == "args" for n in ast.walk(self.tree))
        return self._reads_args

    def exception_has_instances(self, cls):
        """Whether a user exception class, or a user class it derives from, has a body."""
        for c in cls.__mro__:
            node = self.class_defs.get(c.__name__)
            if c not in EXCEPTION_CLASSES and node is not None and vars(self.module).get(c.__name__) is c \
                    and (not is_trivial_body(node) or self.reads_exception_args()):
                return True
        return False

    # ---- specializations ----

    def call_callable(self, at, caller, target, args):
        if getattr(args, "kwarg_keys", None) is not None:
            target = self.keyed_callable(target, args.kwarg_keys)
        captured = []
        for name in target.captures:
            var = caller.variable(name)
            if caller.assigned is not None and var not in caller.assigned and var in caller.locals \
                    and var not in caller.cells:
                # The callee may read it before the caller assigns it (CPython: NameError in the
                # callee, if it reads it): it lives in a cell from the next discovery pass on.
                self.forced_cells.setdefault(caller.symbol, set()).add(var)
            captured.append(caller.load(at, var))
        all_args = captured + list(args)
        all_types = [t for _, t in all_args]
        for (_, t) in all_args:
            if contains_unknown(t) and not caller.discovery and isinstance(prune(t), TypeVar):
                raise Diagnostic(at, "cannot infer the type of an argument of %s()" % target.python_name)
        if caller.discovery and any(isinstance(prune(t), TypeVar) for t in all_types):
            return "$unknown", TypeVar()
        symbol, ret = self.specialize(at, target, all_types)
        value = caller.value(at, "CALL_FUNCTION", target.python_name.split(".")[-1], "user:" + symbol,
                             [n for n, _ in all_args], ret)
        if symbol in self.never_return:  # `return g()` of it is never reached either
            caller.never_returned_values.add(value[0])
        return value

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
        result = self.specialize(node, target, arg_types)
        init = self.state.finish_init(FunctionBuilder)
        if init is not None:  # the state's initializer, once every function has told what it uses
            self.functions[STATE_INIT_SYMBOL] = init
            self.order.insert(0, STATE_INIT_SYMBOL)
        return result

    def specialize(self, at, target, arg_types):
        """The symbol and return type of target specialized to arg_types, building it if new."""
        node = target.node
        # The types as they are now: a caller's later discovery pass may widen the variable
        # behind an argument (an instance of a subclass to its base), which names another
        # specialization; this one keeps the types it was built for.
        arg_types = [prune(t) for t in arg_types]
        expected = len(target.captures) + len(self.param_names(node)) - len(target.params_bound_here())
        if len(arg_types) != expected:
            raise Diagnostic(at, "%s() takes %d arguments but %d were given"
                             % (target.python_name, expected - len(target.captures),
                                len(arg_types) - len(target.captures)))
        symbol = "%s__%s" % (target.symbol_base, mangle(arg_types))
        if symbol in self.functions:
            # An argument still partly unknown here (the `[]` of `Tree(0, [])`, made afresh by each
            # pass of the caller) takes the types the specialization found for it when it was built
            # from an argument unknown the same way (else it would default to int at the end).
            for t, param in zip(arg_types, self.functions[symbol]["params"]):
                if contains_unknown(t) and compatible(t, param["type"]):
                    unify(t, param["type"])
            return symbol, self.functions[symbol]["$return"]
        if symbol in self.in_progress:
            ret = self.in_progress[symbol]
            if contains_unknown(ret) and target.fn_obj is not None:
                observed = self.observed_return(target.fn_obj, arg_types)
                if observed is not None:
                    unify(ret, observed)
            return symbol, ret
        self.in_progress[symbol] = TypeVar()
        # Discovery passes find the variables' types (a variable may be read, in a loop, above its
        # first assignment; a later assignment may widen it to `T | None`), until a pass changes
        # none (fxn_fixpoint.settle); the final pass builds the IR with them fixed.
        var_types = {}
        self.note_field_changes()  # what changed so far belongs to the caller
        self.building.append(target)
        try:
            settle(lambda: self.discovery_pass(target, symbol, arg_types, var_types), DISCOVERY_PASSES,
                   ("discovery pass", "discovery passes"))
            builder = FunctionBuilder(self, target, symbol, arg_types, self.lenient, var_types)
            builder.return_type = self.in_progress[symbol]
            body = builder.build()
        finally:
            self.note_field_changes()
            self.building.pop()
        ret = builder.return_type
        if contains_unknown(ret) and isinstance(prune(ret), TypeVar) and always_raises(node):
            unify(ret, NONE)  # an abstract method: it never returns
        if contains_unknown(ret) and isinstance(prune(ret), TypeVar) and not builder.returns:
            # A body that reaches no return (every path raises) leaves its result to the caller's
            # use: no value ever comes out of it.
            self.never_return.add(symbol)
        elif contains_unknown(ret) and isinstance(prune(ret), TypeVar) and not self.lenient:
            raise Diagnostic(node, "cannot infer the return type of %s(%s): the samples never reached a return "
                             "of it; add a sample that does"
                             % (target.python_name, ", ".join(show(t) for t in arg_types)))
        del self.in_progress[symbol]
        params = target.captures + [p for p in self.param_names(node) if p not in target.params_bound_here()]
        variables = [{"name": v, "type": t, "maybeUnbound": v in builder.maybe_unbound}
                     for v, t in var_types.items()]
        self.functions[symbol] = {
            "symbol": symbol, "pythonName": target.python_name,
            "params": [{"name": p, "type": t} for p, t in zip(params, arg_types)],
            "returnType": ret, "variables": variables, "body": {"nodes": body}, "line": node.lineno,
            "$return": ret,
        }
        if getattr(target, "once", False):  # a decorated function's value (fxn_closures)
            self.functions[symbol]["once"] = True
        self.order.append(symbol)
        return symbol, ret

    def discovery_pass(self, target, symbol, arg_types, var_types):
        """One discovery pass over a specialization: (None, the Changes of the variables' and the
        return type's types from the pass's start)."""
        before = self.variable_types(symbol, var_types)
        cells_before = set(self.forced_cells.get(symbol, ()))
        builder = FunctionBuilder(self, target, symbol, arg_types, True, var_types)
        builder.return_type = self.in_progress[symbol]
        builder.build()
        after = self.variable_types(symbol, var_types)
        changes = [Change("the cell of variable '%s'" % python_name(var), target.python_name, target.node, None,
                          "cell") for var in sorted(self.forced_cells.get(symbol, set()) - cells_before)]
        for key, (spelled, shown) in after.items():
            start = before.get(key)
            if start is None or start[0] != spelled:
                what = "the return type of %s()" % target.python_name if key is None else "variable '%s'" % python_name(key)
                changes.append(Change(what, target.python_name, target.node, start[1] if start else None, shown))
        return None, changes

    def variable_types(self, symbol, var_types):
        """name (None: the return type) -> (its type in the IR's spelling with '?' for unknown
        items, as messages spell it)."""
        out = {v: (type_str(t, "?"), show(t)) for v, t in var_types.items()}
        ret = self.in_progress[symbol]
        out[None] = (type_str(ret, "?"), show(ret))
        return out

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
        check_dynamic_copies([self.functions[symbol] for symbol in self.order], entry_symbol)  # fxn_dyncopy: no visible copy
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
        # Bases before the classes that extend them (C++ struct inheritance).
        for key, info in sorted(self.classes.items(), key=lambda item: len(item[1].cls.__mro__)):
            if key is ModuleStateKey and STATE_INIT_SYMBOL not in self.functions:
                continue  # no module state
            fields = list(info.fields.items())
            if info.dataclass:  # @dataclass fields first; the attributes methods add after them, left out of repr/==
                declared = {n for n, _ in info.dc_fields}
                extra = [(n, t) for n, t in fields if n not in declared]
                fields = [(n, t) for n, t in fields if n in declared] + extra
            c = {"name": info.name, "dataclass": info.dataclass,
                 "fields": [{"name": n, "type": type_str(t)} for n, t in fields]}
            if info.dataclass and extra:
                c["extraFields"] = len(extra)
            if info.base is not None:
                c["base"] = info.base.name
            if info.polymorphic:
                c["polymorphic"] = True
            if info.exception:
                c["exception"] = True
            if info.dataclass and not info.eq:
                c["identityEq"] = True
            hooks = self.class_hooks.get(info.name)  # fxn_dunder_lowering.specialize_class_hooks
            if hooks:
                c["hooks"] = [{"name": h, "symbol": s} for h, s in hooks]
            classes.append(c)
        out = {"sourceFile": self.filename, "entry": entry_symbol, "functions": functions}
        if STATE_INIT_SYMBOL in self.functions:
            out["stateInit"] = STATE_INIT_SYMBOL
        if self.inexact:
            out["floatUlps"] = FLOAT_ULPS
        if classes:
            out["classes"] = classes
        return out


def finalize_types(nodes):
    for n in nodes:
        if "type" in n and not isinstance(n["type"], str):
            n["type"] = type_str(n["type"])
        for b in n.get("blocks", []):
            finalize_types(b["nodes"])
