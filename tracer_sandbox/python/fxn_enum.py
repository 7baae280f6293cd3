"""enum.Enum classes: each member is an instance of the enum's class (a user class with the fields
`name` and `value` and the methods written in its body), all made once, in definition order, by a
function of no parameters marked `once` in the IR (fxn_enum_<Class>_members, a list kept for the
life of the library), so identity (`is`, `==`, dict keys, `in`) is CPython's: one object per member.
`Color.RED` is that list's item; `Color(v)` looks the value up (`enum.lookup_value`, CPython's
ValueError), `Color["RED"]` the name (aliases included, KeyError); `Color` used as a value (`for c
in Color`, `list(Color)`, `len(Color)`) is the list of members. str() and repr() are the methods
CPython's Enum gives ("Color.RED", "<Color.RED: 1>"). CPython hashes a member by its name
(seeded per process): fxn's __hash__ is the name's length, so dicts and sets work, hash() of a
member is refused and sets of members are not iterated (fxn_types.order_is_known). An IntEnum's
members are ints too: INT_ENUM_METHODS gives them int's protocols over their value, and where an
operation takes an int (int(), an index, range, %d, math) the member's value goes in
(`int_enum_as_int`). Flag, StrEnum and enums with __init__ or __new__ stay rejected (fxn_classes).
"""

import ast
import enum

from fxn_callables import Callable
from fxn_diagnostics import Diagnostic, unsupported
from fxn_types import BOOL, INT, STR, ClassT, ListT, prune, show

# str() and repr() of a member, as CPython 3.11's Enum defines them.
ENUM_METHODS = '''
def __repr__(self):
    return "<%s." + self.name + ": " + repr(self.value) + ">"
def __str__(self):
    return "%s." + self.name
def __format__(self, spec):
    return format(str(self), spec)
def __hash__(self):
    return len(self.name)
'''


# An IntEnum member is also an int (CPython 3.11): int's str, format, hash, truth, comparisons and
# arithmetic, Enum's repr. Each protocol goes to the member's value for the operand types int's
# own methods accept and returns NotImplemented for the others, so CPython's TypeError names the
# enum class ("unsupported operand type(s) for +: 'Status' and 'str'").
INT_ENUM_METHODS = '''
def __repr__(self):
    return "<%s." + self.name + ": " + repr(self.value) + ">"
def __str__(self):
    return str(self.value)
def __format__(self, spec):
    return format(self.value, spec)
def __hash__(self):
    return hash(self.value)
def __bool__(self):
    return self.value != 0
def __neg__(self):
    return -self.value
def __pos__(self):
    return self.value
def __invert__(self):
    return ~self.value
def __abs__(self):
    return abs(self.value)
''' + "".join('''
def __%(name)s__(self, other):
    if isinstance(other, %(accepts)s):
        return self.value %(op)s other
    return NotImplemented
''' % {"name": name, "op": op, "accepts": "(int, float)"} for name, op in (
    ("eq", "=="), ("ne", "!="), ("lt", "<"), ("le", "<="), ("gt", ">"), ("ge", ">="))) + "".join('''
def __%(name)s__(self, other):
    if isinstance(other, %(accepts)s):
        return self.value %(op)s other
    return NotImplemented
def __r%(name)s__(self, other):
    if isinstance(other, %(accepts)s):
        return other %(op)s self.value
    return NotImplemented
''' % {"name": name, "op": op, "accepts": accepts} for name, op, accepts in (
    ("add", "+", "(int, float)"), ("sub", "-", "(int, float)"), ("mul", "*", "(int, float, str, list, tuple)"),
    ("truediv", "/", "(int, float)"), ("floordiv", "//", "(int, float)"), ("mod", "%%", "(int, float)"),
    ("pow", "**", "(int, float)"), ("lshift", "<<", "int"), ("rshift", ">>", "int"), ("and", "&", "int"),
    ("or", "|", "int"), ("xor", "^", "int")))


def is_plain_enum(base):
    """Whether a class base is enum.Enum or enum.IntEnum (Flag, StrEnum ... are not compiled)."""
    return base is enum.Enum or base is enum.IntEnum


def analyze_enum(m, info, cls, node):
    """The enum's members (canonical, in definition order), the names and their members' indices
    (aliases included), the fields name/value and the str()/repr() methods."""
    members = list(cls)
    if not members:
        raise unsupported(node, "Enum %s without members" % info.name)
    kinds = {type(mb.value) for mb in members}
    if kinds == {int}:
        value_t = INT
    elif kinds == {str}:
        value_t = STR
    else:
        raise unsupported(node, "Enum %s with values of type %s (fxn compiles enums of int or of str values)"
                          % (info.name, ", ".join(sorted(k.__name__ for k in kinds))))
    info.enum_members = [(mb.name, mb.value) for mb in members]
    info.enum_names = list(cls.__members__)
    info.enum_name_index = [members.index(cls.__members__[n]) for n in info.enum_names]
    info.fields["name"] = STR
    info.fields["value"] = value_t
    methods = INT_ENUM_METHODS % info.name if issubclass(cls, enum.IntEnum) else ENUM_METHODS % (info.name, info.name)
    for stmt in ast.parse(methods).body:
        if stmt.name in info.methods:
            continue
        for sub in ast.walk(stmt):
            if hasattr(sub, "lineno"):
                sub.lineno, sub.col_offset = node.lineno, node.col_offset
                sub.end_lineno, sub.end_col_offset = node.lineno, node.col_offset
        info.methods[stmt.name] = Callable(stmt, "%s.%s" % (info.name, stmt.name), "%s_%s" % (info.name, stmt.name),
                                           owner=info, kind="method")


def is_int_enum(t):
    """Whether t is the type of an IntEnum's members (ints too: int's hash, str, arithmetic)."""
    t = prune(t)
    return isinstance(t, ClassT) and enum_info_of(t.info) is not None and issubclass(t.info.cls, enum.IntEnum)


# Operations that take an IntEnum member as the int it is and return nothing of the member itself
# (a conversion, a float function, an index or key, a membership test): the member's value goes
# in. Not max/min/sorted and the like, whose result is the member and would lose its repr.
INT_ENUM_AS_INT = {"builtins.int", "builtins.float", "builtins.round", "builtins.divmod", "builtins.chr",
                   "builtins.hex", "builtins.oct", "builtins.bin", "builtins.pow", "operator.getitem",
                   "operator.contains", "dict.get", "list.index", "list.count"}


def takes_int_enum_as_int(target):
    return target in INT_ENUM_AS_INT or target.startswith("math.")


def enum_info_of(info):
    """The ClassInfo when it is an enum's, else None."""
    return info if getattr(info, "enum_members", None) is not None else None


class EnumLowering:
    """Lowering of enum members, lookups and the class as a list of its members."""

    def enum_class_info(self, node):
        """The ClassInfo of the enum class `node` names, else None."""
        if not isinstance(node, ast.Name) or node.id in self.locals or node.id in self.renames:
            return None
        value = self.m.resolve_global_quiet(node.id)
        if isinstance(value, type) and issubclass(value, enum.Enum) and value.__name__ in self.m.class_defs:
            return enum_info_of(self.m.class_info(node, value))
        return None

    def enum_members_value(self, at, info):
        """The list of the enum's members, made once."""
        maker = getattr(info, "enum_maker", None)
        if maker is None:
            node = info.node
            elts = []
            for name, value in info.enum_members:
                call = ast.Call(func=ast.Name(id=info.name, ctx=ast.Load()),
                                args=[ast.Constant(value=name), ast.Constant(value=value)], keywords=[])
                call.fxn_enum_construct = True
                elts.append(call)
            no_params = ast.arguments(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[],
                                      kwarg=None, defaults=[])
            lam = ast.Lambda(args=no_params, body=ast.List(elts=elts, ctx=ast.Load()))
            for sub in ast.walk(lam):
                sub.lineno, sub.col_offset, sub.end_lineno, sub.end_col_offset = \
                    node.lineno, node.col_offset, node.lineno, node.col_offset
            maker = Callable(lam, info.name, "fxn_enum_%s_members" % info.name)
            maker.once = True
            info.enum_maker = maker
        symbol, ret = self.m.specialize(at, maker, [])
        return self.value(at, "CALL_FUNCTION", "members", "user:" + symbol, [], ret)

    def int_enum_as_int(self, at, value):
        """An IntEnum member where CPython takes it as the int it also is (int(), float(), %d): its
        value; any other value unchanged."""
        if is_int_enum(value[1]):
            return self.value(at, "GET_FIELD", "value", "value", [value[0]], INT)
        return value

    def enum_item(self, at, info, index):
        members = self.enum_members_value(at, info)
        return self.call_op(at, "operator.getitem", [members, index], "%s member" % info.name)

    def enum_member(self, e, info, attr):
        """`Color.RED` (an alias names its member)."""
        index = [n for n, _ in info.enum_members].index(getattr(info.cls, attr).name)
        return self.enum_item(e, info, self.constant(e, index))

    def enum_call(self, e, info):
        """`Color(value)`: the member with that value (a member gives itself); the synthetic
        constructor calls of enum_members_value make the members."""
        if getattr(e, "fxn_enum_construct", False):
            obj = self.value(e, "NEW_OBJECT", "member", info.name, [], ClassT(info))
            for field, arg in zip(("name", "value"), e.args):
                self.emit(e, "SET_FIELD", None, field, [obj[0], self.constant(e, arg.value)[0]])
            return obj
        if len(e.args) != 1 or e.keywords or isinstance(e.args[0], ast.Starred):
            raise unsupported(e, "%s() with other than one positional argument" % info.name)
        arg = self.expr(e.args[0])
        t = prune(arg[1])
        if isinstance(t, ClassT) and t.info is info:
            return arg
        value_t = prune(info.fields["value"])
        if t is BOOL and value_t is INT:
            arg = self.promote(arg, INT)
        elif t is not value_t:
            raise unsupported(e, "%s() of a %s (its values are %s)" % (info.name, show(t), show(value_t)))
        values = self.call_op(e, "fxn.build_list", [self.constant(e, v) for _, v in info.enum_members], "values")
        index = self.call_op(e, "enum.lookup_value", [values, arg, self.constant(e, info.name)], "%s()" % info.name)
        return self.enum_item(e, info, index)

    def enum_by_name(self, e, info):
        """`Color["RED"]`: KeyError for another name."""
        key = self.expr(e.slice)
        if prune(key[1]) is not STR:
            raise unsupported(e, "%s[...] with a %s key" % (info.name, show(key[1])))
        names = self.call_op(e, "fxn.build_list", [self.constant(e, n) for n in info.enum_names], "names")
        indices = self.call_op(e, "fxn.build_list", [self.constant(e, i) for i in info.enum_name_index], "indices")
        index = self.call_op(e, "enum.lookup_name", [names, indices, key], "%s[...]" % info.name)
        return self.enum_item(e, info, index)

    def enum_set_field(self, at, info, attr):
        if enum_info_of(info) is not None:
            raise Diagnostic(at, "AttributeError: cannot assign attribute '%s' of %s member (fxn compiles "
                                 "enum members as read-only)" % (attr, info.name))
