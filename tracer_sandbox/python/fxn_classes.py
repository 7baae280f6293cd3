"""User classes: what a class statement declares (analyze_class: bases, methods, constants,
dataclass fields; the checks for what fxn does not compile) and the queries over class
hierarchies that lowering asks (which class owns a field, the classes an instance of a static
class may be at run time, the common base of two classes).

Hierarchies (WORKSPACE.md "Design decisions"): a class extends the layout of its first user base
(C++ struct inheritance: the base's fields come first); further user bases must be mixins
(methods only, no fields of their own, no bases). Instances of a class in a hierarchy carry their
run-time class; a value's static class is a class, its run-time class any subclass that the
module instantiates. User exception classes with a body are classes too (their instances are
raised; str() is the hidden field `$message`, repr() uses `$args_repr`).
"""

import ast
import builtins
import dataclasses
import enum
import types
import typing

from fxn_callables import MISSING, Callable, ClassInfo
from fxn_diagnostics import Diagnostic, unsupported
from fxn_iter_delegation import as_generator, delegated_iterable
from fxn_dunder import check_operator_method, is_total_ordering
from fxn_enum import analyze_enum, is_plain_enum
from fxn_types import STR, TupleT, TypeVar, prune, unify

# Hidden fields of user exception classes: str(e) and the args' reprs, set from the arguments
# the instance was created with, or those of super().__init__(...).
EXC_FIELDS = ("$message", "$args_repr")
EXC_ARGS = "$args"  # BaseException's args as a tuple: a field only in modules that read `.args`

METHOD_DECORATORS = ("property", "staticmethod", "classmethod")


def is_trivial_body(node):
    """A class body of `pass` and docstrings only."""
    return all(isinstance(s, ast.Pass) or isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant)
               for s in node.body)


def is_builtin_class(cls):
    return getattr(builtins, cls.__name__, None) is cls


def assigns_self_fields(node):
    """Whether a class's methods assign attributes of their first parameter (a class with fields)."""
    for stmt in node.body:
        if isinstance(stmt, ast.FunctionDef) and stmt.args.args:
            me = stmt.args.args[0].arg
            for sub in ast.walk(stmt):
                if isinstance(sub, ast.Attribute) and isinstance(sub.ctx, ast.Store) \
                        and isinstance(sub.value, ast.Name) and sub.value.id == me:
                    return True
        if isinstance(stmt, ast.AnnAssign):
            return True
    return False


def is_mixin(info):
    """A class that adds methods only: no fields, no bases, not an exception."""
    return info.base is None and not info.mro[1:] and not assigns_self_fields(info.node) and not info.exception


def always_raises(fn_node):
    """A function whose body ends with raise and has no return: an abstract method."""
    if isinstance(fn_node, ast.Lambda):
        return False
    body = [s for s in fn_node.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    if not body or not isinstance(body[-1], ast.Raise):
        return False
    return not any(isinstance(n, ast.Return) for n in ast.walk(fn_node))


def is_generic_base(m, base_ast):
    """Whether a base is typing.Generic[...] (written Generic[T] or typing.Generic[T])."""
    if not isinstance(base_ast, ast.Subscript):
        return False
    f = base_ast.value
    if isinstance(f, ast.Name):
        return m.resolve_global_quiet(f.id) is typing.Generic
    return isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.attr == "Generic" \
        and m.resolve_global_quiet(f.value.id) is typing


def analyze_class(m, at, cls):
    """The ClassInfo of a user class (m: the ModuleBuilder; its bases analyzed first)."""
    node = m.class_defs.get(cls.__name__)
    if node is None or vars(m.module).get(cls.__name__) is not cls:
        raise unsupported(at, "class %s not defined at the top level of this file" % cls.__name__)
    for k in node.keywords:
        if k.arg == "metaclass":
            raise unsupported(k, "metaclass")
        raise unsupported(k, "class keyword '%s'" % k.arg)
    user_bases = []
    exception_base = None
    enum_base = False
    for base_ast in node.bases:
        if isinstance(base_ast, ast.Name) and base_ast.id == "object" or is_generic_base(m, base_ast):
            continue  # Generic[T]: type parameters for type checkers, no layout or behaviour
        base = m.resolve_global(base_ast, base_ast.id) if isinstance(base_ast, ast.Name) else None
        if isinstance(base_ast, ast.Attribute) and isinstance(base_ast.value, ast.Name) \
                and isinstance(m.resolve_global_quiet(base_ast.value.id), types.ModuleType):
            base = getattr(m.resolve_global_quiet(base_ast.value.id), base_ast.attr, None)  # enum.Enum
        if not isinstance(base, type):
            raise unsupported(base_ast, "class deriving from %s (name a class of this file)" % ast.unparse(base_ast))
        if is_plain_enum(base):
            enum_base = True  # members and their tables: fxn_enum
            continue
        if issubclass(base, BaseException) and (is_builtin_class(base) or not m.exception_has_instances(base)):
            exception_base = base  # a built-in exception, or a user one without a body: no layout
            continue
        if is_builtin_class(base):
            raise unsupported(base_ast, "class deriving from built-in %s" % base.__name__)
        if vars(m.module).get(base.__name__) is not base or base.__name__ not in m.class_defs:
            raise unsupported(base_ast, "class deriving from %s.%s (defined outside this file)"
                              % (base.__module__, base.__qualname__))
        user_bases.append((base_ast, m.class_info(base_ast, base)))
    is_dc = False
    for d in node.decorator_list:
        func = d.func if isinstance(d, ast.Call) else d  # @dataclass(frozen=True, ...)
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
        if name == "dataclass" and isinstance(func, (ast.Name, ast.Attribute)):
            if isinstance(d, ast.Call):
                for k in d.keywords:
                    if k.arg not in ("frozen", "order", "eq", "repr", "init") or k.arg in ("repr", "init") \
                            and not (isinstance(k.value, ast.Constant) and k.value.value is True):
                        raise unsupported(k, "dataclass option %s" % ast.unparse(k))
            is_dc = True
            continue
        if is_total_ordering(d, m.resolve_global_quiet) or enum_base and m.resolve_global_quiet(name or "") is enum.unique:
            continue  # @enum.unique: a module that imported has no duplicate values
        raise unsupported(d, "class decorator %s (fxn compiles plain classes and @dataclass)" % ast.unparse(d))
    info = ClassInfo(cls, node)
    info.dataclass = is_dc and dataclasses.is_dataclass(cls)
    info.total_ordering = any(is_total_ordering(d, m.resolve_global_quiet) for d in node.decorator_list)
    if len(user_bases) == 1:
        info.base = user_bases[0][1]
    elif user_bases:
        layout = [(base_ast, b) for base_ast, b in user_bases if not is_mixin(b)]
        if len(layout) > 1:
            raise unsupported(layout[1][0], "multiple inheritance from %s and %s, which both have fields or bases "
                              "(fxn lays out one base class; the others must be mixins with methods only)"
                              % (layout[0][1].name, layout[1][1].name))
        info.base = layout[0][1] if layout else None
    if exception_base is not None or (info.base is not None and info.base.exception):
        if user_bases and exception_base is not None:
            raise unsupported(node, "exception class %s with several bases" % info.name)
        info.exception = True
    by_class = {i.cls: i for _, i in user_bases}
    for base_info in list(by_class.values()):
        for ancestor in base_info.mro:
            by_class.setdefault(ancestor.cls, ancestor)
    info.mro = [info] + [by_class[c] for c in cls.__mro__[1:] if c in by_class]
    if info.base is not None or info.exception:
        info.polymorphic = True
        for ancestor in layout_chain(info.base):
            ancestor.polymorphic = True
            ancestor.subclasses.append(info)
    for stmt in node.body:
        if isinstance(stmt, ast.FunctionDef):
            kind = "method"
            for d in stmt.decorator_list:
                if isinstance(d, ast.Name) and d.id in METHOD_DECORATORS:
                    kind = d.id
                else:
                    raise unsupported(d, "decorator on method %s.%s" % (info.name, stmt.name))
            check_operator_method(info, stmt)
            if info.dataclass and stmt.name == "__init__":
                raise unsupported(stmt, "__init__ in a dataclass")
            m.check_signature(stmt)
            if kind != "staticmethod" and not (stmt.args.posonlyargs + stmt.args.args):
                raise Diagnostic(stmt, "method %s.%s has no self parameter" % (info.name, stmt.name))
            delegated = delegated_iterable(stmt) if stmt.name == "__iter__" and kind == "method" else None
            info.methods[stmt.name] = Callable(as_generator(stmt, delegated) if delegated is not None else stmt,
                                               "%s.%s" % (info.name, stmt.name),
                                               "%s_%s" % (info.name, stmt.name), fn_obj=vars(cls).get(stmt.name),
                                               owner=info, kind=kind)
            info.methods[stmt.name].delegated_iter = delegated is not None  # fxn_iter_delegation
            if kind in ("staticmethod", "classmethod"):
                info.methods[stmt.name].fn_obj = vars(cls)[stmt.name].__func__
            elif kind == "property":
                info.methods[stmt.name].fn_obj = vars(cls)[stmt.name].fget
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            if info.dataclass and field_owner(info.base, stmt.target.id) is not None:
                pass  # a base's field given another default: it keeps the base's place (and layout)
            elif info.dataclass:
                declared = m.annotation_type(stmt.annotation)
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
                if enum_base and isinstance(value, cls):
                    continue  # a member (fxn_enum)
                if not (isinstance(value, (bool, int, float, str, tuple, list, dict, set)) or value is None):
                    raise unsupported(stmt, "class attribute %s.%s of type %s (only constants, lists, dicts and "
                                            "sets)" % (info.name, t.id, type(value).__name__))
                info.constants[t.id] = value
        elif isinstance(stmt, ast.Pass) or isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
            pass
        else:
            raise unsupported(stmt, "%s in a class body" % type(stmt).__name__)
    if info.exception and info.base is None:
        for name in EXC_FIELDS:
            info.fields[name] = STR
        if m.reads_exception_args():
            info.fields[EXC_ARGS] = TypeVar()
    if info.dataclass:
        analyze_dataclass(m, info, cls, node)
    check_dataclass_hierarchy(m, info, node)
    if enum_base:
        if user_bases or info.dataclass or "__init__" in info.methods or "__new__" in info.methods:
            raise unsupported(node, "Enum %s with bases, __init__ or __new__" % info.name)
        analyze_enum(m, info, cls, node)
    return info


HIERARCHY_DATACLASS_METHODS = ("__repr__", "__str__", "__format__", "__eq__", "__ne__", "__hash__")


def check_dataclass_hierarchy(m, info, node):
    """A dataclass in a class hierarchy compiles when every class of its layout chain is a
    dataclass with the same eq and no order=True (repr() and == then follow the run-time class,
    lower.cc's RunTimeDataclass*); a plain class deriving from a dataclass, or a dataclass from a
    plain class, is refused (its repr would mix the two kinds of attributes)."""
    chain = layout_chain(info)
    if not any(c.dataclass for c in chain) or len(chain) == 1:
        return
    if info.exception:
        raise unsupported(node, "dataclass exception class %s" % info.name)
    for c in chain:
        if not c.dataclass:
            raise unsupported(node, "class hierarchy mixing dataclasses and plain classes (%s is %sa dataclass, "
                              "%s is %sa dataclass)" % (info.name, "" if info.dataclass else "not ",
                                                      c.name, "" if c.dataclass else "not "))
        if c.order:
            raise unsupported(node, "dataclass(order=True) in a class hierarchy (%s)" % c.name)
        if c.eq != info.eq:
            raise unsupported(node, "dataclasses %s and %s of one hierarchy with different eq=" % (info.name, c.name))
        # @dataclass writes __repr__/__eq__ into each class that does not define its own, so
        # along a chain the method that applies changes class by class; the run-time field
        # printing and comparison above know none of that.
        own = [n for n in HIERARCHY_DATACLASS_METHODS if n in c.methods]
        if own:
            raise unsupported(c.methods[own[0]].node, "dataclass %s of a class hierarchy defining %s (fxn prints, compares and "
                                    "hashes the dataclasses of a hierarchy by their fields)" % (c.name, own[0]))


def exception_args_field(info, attr, settled):
    """The hidden field `e.args` reads on a user exception instance (EXC_ARGS), or None. Once
    types are settled, args no instance was ever given is the empty tuple (the class is never
    instantiated: the read is never reached)."""
    if attr != "args" or not info.exception or field_owner(info, attr) is not None or info.lookup_method(attr):
        return None
    owner = field_owner(info, EXC_ARGS)
    if owner is None:
        return None
    if settled and isinstance(prune(owner.fields[EXC_ARGS]), TypeVar):
        unify(owner.fields[EXC_ARGS], TupleT([]))
    return EXC_ARGS


class DefaultFactory:
    """A dataclass field's default_factory: the name of what is called for each instance."""

    def __init__(self, name):
        self.name = name


def order_key(at, info):
    """lambda o: (o.f1, o.f2, ...): the order @dataclass(order=True) compares instances in."""
    o = "$order_key"
    fields = [ast.Attribute(value=ast.Name(id=o, ctx=ast.Load()), attr=n, ctx=ast.Load()) for n, _ in info.dc_fields]
    body = ast.Tuple(elts=fields, ctx=ast.Load())
    args = ast.arguments(posonlyargs=[], args=[ast.arg(arg=o)], vararg=None, kwonlyargs=[], kw_defaults=[],
                         kwarg=None, defaults=[])
    lam = ast.Lambda(args=args, body=body)
    for n in ast.walk(lam):
        ast.copy_location(n, at)
    return lam


def analyze_dataclass(m, info, cls, node):
    params = getattr(cls, "__dataclass_params__", None)
    if params is not None:
        info.frozen, info.order, info.eq = params.frozen, params.order, params.eq
    for name, f in getattr(cls, "__dataclass_fields__", {}).items():
        if isinstance(f.type, dataclasses.InitVar) \
                or getattr(f, "_field_type", None) is getattr(dataclasses, "_FIELD_INITVAR", object()):
            at = next((st for st in node.body if isinstance(st, ast.AnnAssign) and isinstance(st.target, ast.Name)
                       and st.target.id == name), node)
            raise unsupported(at, "dataclass InitVar field '%s' (an argument of __init__ and __post_init__ that is "
                              "not stored; fxn compiles stored fields)" % name)
    for f in dataclasses.fields(cls):
        options = [name for name, given in (("compare=False", not f.compare), ("repr=False", not f.repr),
                                            ("hash=", f.hash is not None), ("kw_only=True", f.kw_only is True),
                                            ("metadata=", bool(f.metadata)))
                   if given]
        if options:
            at = next((st for st in node.body if isinstance(st, ast.AnnAssign) and isinstance(st.target, ast.Name)
                       and st.target.id == f.name), node)
            raise unsupported(at, "dataclass field %s with %s (fxn takes field() with default= and default_factory= only)"
                              % (f.name, options[0]))
        if f.default_factory is not dataclasses.MISSING:
            factory = f.default_factory
            if factory not in (list, dict, set) and not (
                    isinstance(factory, types.FunctionType) and factory.__name__ != "<lambda>"
                    and vars(m.module).get(factory.__name__) is factory):
                raise unsupported(node, "dataclass field(default_factory=...) other than list, dict, set or a "
                                  "function of this file")
            info.dc_fields.append((f.name, DefaultFactory(factory.__name__)))
            continue
        if not f.init:
            raise unsupported(node, "dataclass field(init=False)")
        default = f.default if f.default is not dataclasses.MISSING else MISSING
        if default is not MISSING and not (isinstance(default, (bool, int, float, str, tuple)) or default is None):
            raise unsupported(node, "dataclass default of type %s" % type(default).__name__)
        info.dc_fields.append((f.name, default))


# ---- queries over hierarchies ----


def is_subclass(info, ancestor):
    return ancestor in info.mro


def layout_chain(info):
    """info and the classes whose layout it extends, nearest first."""
    out = []
    while info is not None:
        out.append(info)
        info = info.base
    return out


def field_owner(info, name):
    """The class of info's layout chain that holds field `name`, or None."""
    for c in layout_chain(info):
        if name in c.fields:
            return c
    return None


def add_field(info, name):
    """Creates field `name` in info's layout; a subclass that held it already gives it up (a base's
    method assigns it too: the field belongs to the base)."""
    info.fields[name] = TypeVar()
    for sub in all_subclasses(info):
        if name in sub.fields:
            unify(info.fields[name], sub.fields.pop(name))
    return info


def all_subclasses(info):
    out, todo = [], list(info.subclasses)
    while todo:
        c = todo.pop(0)
        if c not in out:
            out.append(c)
            todo.extend(c.subclasses)
    return out


def run_time_classes(info):
    """The classes an instance of static class info may have at run time: info and its
    subclasses that the module instantiates (in a stable order)."""
    return [c for c in [info] + all_subclasses(info) if c.instantiated]


def common_base(a, b):
    """The nearest class whose layout both a and b extend, or None."""
    chain = layout_chain(a)
    for c in layout_chain(b):
        if c in chain:
            return c
    return None


# ---- which fields construction leaves unset ----


class _Construction:
    """What running a constructor's body does to `self`'s attributes (see construction)."""

    def __init__(self, me, base_assigned):
        self.me = me
        self.base_assigned = base_assigned  # "super" or a base's name -> construction() of its __init__
        self.unsure = set()  # attributes a read may find unset
        self.escapes = []  # the assigned set at each point where self escaped

    def is_self(self, n):
        return isinstance(n, ast.Name) and n.id == self.me

    def self_attr(self, n):
        return n.attr if isinstance(n, ast.Attribute) and self.is_self(n.value) else None

    def scan(self, node, done):
        """Reads of self's attributes and escapes of self inside an expression or statement."""
        for n in ast.walk(node):
            attr = self.self_attr(n)
            if attr is not None and isinstance(n.ctx, ast.Load) and attr not in done:
                self.unsure.add(attr)
            if isinstance(n, ast.Call):
                uses_self = any(self.is_self(a) for a in ast.walk(n) if a is not n.func) \
                    or self.self_attr(n.func) is not None
                if uses_self:
                    self.escapes.append(set(done))

    def super_init(self, stmt):
        """The base __init__ a statement `super().__init__(...)` / `Base.__init__(self, ...)` runs."""
        if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)):
            return None
        f = stmt.value.func
        if not (isinstance(f, ast.Attribute) and f.attr == "__init__"):
            return None
        if isinstance(f.value, ast.Call) and isinstance(f.value.func, ast.Name) and f.value.func.id == "super":
            return "super"
        if isinstance(f.value, ast.Name) and stmt.value.args and self.is_self(stmt.value.args[0]):
            return f.value.id
        return None

    def block(self, stmts, done):
        """The attributes definitely assigned after stmts run from `done`; None when they never
        finish (return or raise on every path)."""
        done = set(done)
        for stmt in stmts:
            if isinstance(stmt, (ast.Return, ast.Raise)):
                self.scan(stmt, done)
                return None
            base = self.super_init(stmt)
            if base is not None:
                for a in stmt.value.args + [k.value for k in stmt.value.keywords]:
                    self.scan(a, done)
                assigned, unsure, escapes = self.base_assigned(base)
                self.unsure |= {u for u in unsure if u not in done}
                if escapes:  # the base's __init__ passes self on: that code may read any field
                    self.escapes.append(set(done))
                done |= assigned
                continue
            if isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
                targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                if stmt.value is not None:
                    self.scan(stmt.value, done)
                for t in targets:
                    if isinstance(stmt, ast.AugAssign) and self.self_attr(t) is not None and t.attr not in done:
                        self.unsure.add(t.attr)  # `self.x += 1` reads x first (its ctx is Store)
                    if isinstance(stmt, ast.AugAssign) or self.self_attr(t) is None:
                        self.scan(t, done)
                for t in targets:
                    for n in ast.walk(t):
                        if self.self_attr(n) is not None and isinstance(n.ctx, ast.Store):
                            done.add(n.attr)
                continue
            if isinstance(stmt, ast.If):
                self.scan(stmt.test, done)
                a, b = self.block(stmt.body, done), self.block(stmt.orelse, done)
                if a is None and b is None:
                    return None
                done = a if b is None else b if a is None else a & b
                continue
            if isinstance(stmt, ast.With):
                for item in stmt.items:
                    self.scan(item, done)
                after = self.block(stmt.body, done)
                if after is None:
                    return None
                done = after
                continue
            # loops, try, match and the rest: bodies may not run (or stop part way); their reads
            # count, their assignments do not.
            for field in ("test", "iter", "subject"):
                if hasattr(stmt, field):
                    self.scan(getattr(stmt, field), done)
            for field in ("body", "orelse", "finalbody", "handlers", "cases"):
                for sub in getattr(stmt, field, []) or []:
                    inner = sub.body if isinstance(sub, (ast.ExceptHandler, ast.match_case)) else [sub]
                    self.block(inner, done)
            if not isinstance(stmt, (ast.For, ast.While, ast.Try, ast.Match, ast.AsyncFor, ast.AsyncWith)):
                self.scan(stmt, done)
        return done


def construction(info, in_progress=None):
    """(assigned, unsure, escapes) for constructing an instance of class info: the attributes its
    __init__ (found along the MRO) assigns on every path that finishes, those a read may find
    unset because a read or a call that sees self comes before their assignment, and whether
    the constructor passes self to any call. A dataclass's generated __init__ assigns its
    fields, then __post_init__ runs. Kept on the class: it depends only on the class's source
    and its bases', and every field read and write asks (field_maybe_unset)."""
    if info.construction is not None:
        return info.construction
    in_progress = set() if in_progress is None else in_progress
    if info.name in in_progress:
        return set(), set(), True  # `C.__init__(self)` inside C's own __init__: nothing is known
    in_progress.add(info.name)
    info.construction = construction_of(info, in_progress)
    return info.construction


def construction_of(info, in_progress):
    """construction(info), computed: the constructor's body walked by _Construction."""
    init = info.lookup_method("__init__")
    start = {name for name, _ in info.dc_fields} if info.dataclass and init is None else set()
    node = init.node if init is not None else None
    if node is None and info.dataclass:
        post = info.lookup_method("__post_init__")
        node = post.node if post is not None else None
    if node is None or not node.args.args:
        return start, set(), False
    owner = init.owner if init is not None else info

    def base_assigned(base):
        target = owner.base if base == "super" else next((c for c in owner.mro if c.name == base), None)
        if target is None:
            return set(), set(), False  # BaseException.__init__ and object's: they only set args
        return construction(target, in_progress)
    walker = _Construction(node.args.args[0].arg, base_assigned)
    after = walker.block(node.body, start)
    assigned = after if after is not None else set()
    unsure = set(walker.unsure)
    for seen in walker.escapes:
        unsure |= {a for a in assigned if a not in seen}
    return assigned, unsure, bool(walker.escapes)


def field_maybe_unset(owner, attr):
    """Whether a read of field attr (held by class owner) may find it unset on an instance of
    owner or of any subclass: construction does not assign it first on every path. Hidden
    fields ($...) are set by fxn itself."""
    if attr.startswith("$") or owner.node is None or getattr(owner, "enum_members", None) is not None:
        return False  # (classes fxn makes itself, enum members: fxn sets their fields)
    for c in [owner] + all_subclasses(owner):
        assigned, unsure, _ = construction(c)
        if attr not in assigned or attr in unsure:
            return True
    return False


def handler_class(classes, infos_of):
    """The common class of an `except` clause's classes when each is a user exception class with
    a body (its `as` variable is then an instance), else None."""
    infos = [infos_of(c) for c in classes]
    if not infos or any(i is None for i in infos):
        return None
    common = infos[0]
    for i in infos[1:]:
        common = common_base(common, i)
        if common is None:
            return None
    return common
