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
import dataclasses

from fxn_callables import MISSING, Callable, ClassInfo
from fxn_diagnostics import Diagnostic, unsupported
from fxn_dunder import check_operator_method, is_total_ordering
from fxn_fixpoint import Change, settle
from fxn_function import FunctionBuilder
from fxn_numpy_types import FLOAT_ULPS
from fxn_syntax import read_only_name_uses
from fxn_tables import EXCEPTION_CLASSES
from fxn_types import (BOOL, FLOAT, INT, NONE, STR, DictT, ListT, OptT, SetT, TypeVar, contains_unknown, join, mangle,
                       parse_type, prune, show, type_str, unify)

# Discovery passes over one specialization before its variables' types must have settled.
DISCOVERY_PASSES = 4


class ModuleBuilder:
    """One round of the module: the specializations reached from the entry, the user classes and
    globals they use. classes and comp_types come from the round before (field and comprehension
    variable types); lenient: the first round, which only discovers types."""

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
        self.inexact = False  # uses a float operation NumPy computes differently (fxn_numpy_types.INEXACT_UFUNCS)
        # Which function changed each field's type (for the fixed point's diagnostic): the
        # specializations being built (innermost last) and the field types last seen.
        self.building = []
        self.field_writers = {}  # (class name, field) -> the Callable being built when its type changed
        self.fields_seen = self.field_types()
        self.class_hooks = {}  # class name -> [(hook, symbol)]: operator methods kernels call
        self.fields_at_start = dict(self.fields_seen)

    # ---- what a round changed (fxn_fixpoint) ----

    def field_signature(self):
        return [(info.name, [(n, type_str(t, "?")) for n, t in info.fields.items()]) for info in self.classes.values()]

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
        if not changes:  # the same fields and types, in another order
            changes.append(Change("the fields of the module's classes", None, None, str(before),
                                  str(self.field_signature())))
        return changes

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
            if is_total_ordering(d, self.resolve_global_quiet):
                continue
            raise unsupported(d, "class decorator %s (fxn compiles plain classes and @dataclass)"
                              % ast.unparse(d))
        info = ClassInfo(cls, node)
        info.dataclass = is_dc and dataclasses.is_dataclass(cls)
        info.total_ordering = any(is_total_ordering(d, self.resolve_global_quiet) for d in node.decorator_list)
        for stmt in node.body:
            if isinstance(stmt, ast.FunctionDef):
                kind = "method"
                for d in stmt.decorator_list:
                    if isinstance(d, ast.Name) and d.id in ("property", "staticmethod"):
                        kind = d.id
                    else:
                        raise unsupported(d, "decorator on method %s.%s" % (info.name, stmt.name))
                check_operator_method(info, stmt)
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
            elif isinstance(stmt, ast.Assign) and all(isinstance(t, ast.Name) for t in stmt.targets) \
                    and isinstance(stmt.value, ast.Name) and stmt.value.id in info.methods:
                for t in stmt.targets:  # `__radd__ = __add__`: another name for a method above
                    info.methods[t.id] = info.methods[stmt.value.id]
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

    def discovery_pass(self, target, symbol, arg_types, var_types):
        """One discovery pass over a specialization: (None, the Changes of the variables' and the
        return type's types from the pass's start)."""
        before = self.variable_types(symbol, var_types)
        builder = FunctionBuilder(self, target, symbol, arg_types, True, var_types)
        builder.return_type = self.in_progress[symbol]
        builder.build()
        after = self.variable_types(symbol, var_types)
        changes = []
        for key, (spelled, shown) in after.items():
            start = before.get(key)
            if start is None or start[0] != spelled:
                what = "the return type of %s()" % target.python_name if key is None else "variable '%s'" % key.lstrip("$")
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
            hooks = self.class_hooks.get(info.name)  # fxn_dunder_lowering.specialize_class_hooks
            if hooks:
                classes[-1]["hooks"] = [{"name": h, "symbol": s} for h, s in hooks]
        out = {"sourceFile": self.filename, "entry": entry_symbol, "functions": functions}
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
