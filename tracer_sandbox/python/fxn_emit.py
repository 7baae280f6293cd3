"""The IR emitter under every FunctionBuilder: the state of one function being built, and the
primitives every lowering uses: fresh value names, nodes appended to the current block, constants,
variables and their types, `T | None` coercions, and registry operations typed by their signatures.
"""

import ast

from fxn_closures import refuse_function_operands
from fxn_diagnostics import Diagnostic, describe_unsupported_value, unsupported
from fxn_enum import is_int_enum, takes_int_enum_as_int
from fxn_tables import NO_FLOAT_PROMOTION, VALUE_DEPENDENT_FLOAT_FOLDS
from fxn_types import (BOOL, DYN, FLOAT, INT, INT64_MAX, INT64_MIN, NONE, STR, ClassT, ListT, OptT, TupleT, TypeVar, compatible,
                       contains, contains_unknown, is_hashable_key, join, prune, show, unify)
from fxn_ssa import python_name
from fxn_values import float_json, lone_surrogate


class IREmitter:
    """Emits the IR nodes of one specialization of one function."""

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
        self.returns = False  # a return of a value of its own was lowered (fxn_module.specialize)
        self.never_returned_values = set()  # results of calls to functions that never return
        self.loop_depth = 0
        self.temp_count = 0
        self.renames = {}       # source name -> variable (comprehension targets, lambda parameters)
        self.local_functions = dict(target.scope)
        self.break_flags = []   # per enclosing loop: the flag its `break` sets (loops with else:), or None
        self.narrowed = set()   # `T | None` variables known here to hold a T (after `x is not None`)
        self.pending_narrowing = []
        self.handler_depth = 0  # inside except blocks: a bare `raise` re-raises
        self.webs = None        # fxn_ssa.Webs: the version of each local each name refers to
        self.cells = set()      # variables living in cells (fxn_closures): read and written through them
        self.comprehension_blocks = {}  # comprehension -> the block its outermost loop goes in

    # ---- nodes and blocks ----

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
            surrogate = lone_surrogate(v)
            if surrogate is not None:
                raise unsupported(node_ast, "a str constant holding a lone surrogate (U+%04X)" % ord(surrogate))
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

    # ---- variables ----

    def new_temp(self, type_, base="t"):
        self.temp_count += 1
        name = "$%s%d" % (base, self.temp_count)
        self.var_types[name] = type_
        return name

    def store(self, at, var, value):
        """var := value, coercing to the variable's `T | None` type where needed."""
        if var in self.cells:
            return self.store_cell(at, var, value)
        value = self.coerce(at, value, self.var_types[var])
        self.emit(at, "STORE", None, var, [value[0]])
        if self.assigned is not None:
            self.assigned.add(var)

    def load_var(self, at, var):
        return self.value(at, "LOAD", var.lstrip("$"), var, [], self.var_types[var])

    def variable(self, ident, node=None):
        """The variable a name refers to: a comprehension's or lambda's own, else the version of
        the local that node (the Name, ExceptHandler or MatchAs naming it) belongs to (fxn_ssa)."""
        if ident in self.renames:
            return self.renames[ident]
        var = self.web_variable(ident, node)
        if var != ident:
            self.var_types.setdefault(var, TypeVar())
        return var

    def web_variable(self, ident, node):
        if node is None or self.webs is None:
            return ident
        return self.webs.var_of.get(id(node), ident)

    def bind_name(self, at, ident, value):
        """ident = value for a name a pattern binds (at: its MatchAs or MatchStar)."""
        name = ast.copy_location(ast.Name(id=ident, ctx=ast.Store()), at)
        if self.webs is not None and id(at) in self.webs.var_of:
            self.webs.var_of[id(name)] = self.webs.var_of[id(at)]
        self.assign(name, value)

    def store_type(self, at, var, t):
        if not unify(self.var_types[var], t):
            joined = join(self.var_types[var], t)
            if joined is None or (not self.discovery and not compatible(joined, self.var_types[var])):
                raise Diagnostic(at, "variable '%s' holds %s elsewhere but is assigned %s here; fxn gives each "
                                 "variable one type" % (python_name(var), show(self.var_types[var]), show(t)))
            self.var_types[var] = joined

    def load(self, at, var):
        if var in self.cells:
            return self.load_cell(at, var)
        if self.assigned is not None and var not in self.assigned:
            self.maybe_unbound.add(var)
        t = self.var_types[var]
        if contains_unknown(t) and isinstance(prune(t), TypeVar) and not self.discovery:
            raise Diagnostic(at, "cannot infer the type of variable '%s'" % python_name(var))
        value = self.value(at, "LOAD", var.lstrip("$"), var, [], t)
        if var in self.narrowed and isinstance(prune(t), OptT):
            return self.unwrap(at, value, "fxn: narrowed value was None")  # cannot fail: tested above
        if var in self.narrowed and isinstance(prune(t), ClassT):
            return self.narrowed_instance(at, var, value)  # after isinstance(x, Subclass)
        return value

    # ---- which variables are assigned on every path ----

    def merge(self, a, b):
        if a is None:
            return b
        if b is None:
            return a
        return a & b

    # ---- values: tuple items, hashable keys, numbers and `T | None` ----

    def tuple_get(self, at, name, tuple_type, i):
        elem = tuple_type.elems[i]
        idx, _ = self.constant(at, i)
        return self.value(at, "CALL_FUNCTION", "item", "fxn.tuple_get", [name, idx], elem)

    def check_key(self, at, key_type, t):
        key = prune(key_type) if not isinstance(prune(key_type), TypeVar) else t
        if not self.discovery and contains(key, lambda x: isinstance(x, ClassT)):
            self.check_instance_key(at, key)  # fxn_dunder_lowering: __hash__, or CPython's TypeError
            return
        if not self.discovery and not is_hashable_key(prune(key_type) if not isinstance(prune(key_type), TypeVar)
                                                      else t):
            raise unsupported(at, "dict or set keyed by %s (fxn hashes int, bool, str, None and tuples of them; "
                              "float keys are refused because of NaN)" % show(t))

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
        if isinstance(to_p, OptT) and isinstance(t, ClassT) and isinstance(prune(to_p.elem), ClassT):
            value = self.coerce(at, value, to_p.elem)  # an instance of a subclass, into `Base | None`
            t = prune(value[1])
        if isinstance(to_p, ClassT) and isinstance(t, ClassT) and to_p.info is not t.info:
            return self.object_cast(at, value, to_p)  # an instance of a subclass, seen as its base
        if to_p is DYN and t is not DYN and not isinstance(t, TypeVar):
            return self.call_op(at, "fxn.to_dyn", [value], "value")  # a static value into a dynamic one
        if isinstance(to_p, OptT) and not isinstance(t, OptT) and not isinstance(t, TypeVar):
            if t is NONE:
                return self.call_op(at, "fxn.none_of", [value], "None", result_hint=to_p)
            return self.call_op(at, "fxn.some", [value], "value", result_hint=to_p)
        return value

    def object_cast(self, at, value, to):
        """The instance `value` seen as class `to` (a base, or the subclass a dispatch found)."""
        return self.value(at, "CALL_FUNCTION", "as_" + to.info.name.lower(), "fxn.object_cast", [value[0]], to)

    def unwrap(self, at, value, message, error="TypeError"):
        """The T of a `T | None` that the code uses as a T; CPython's error when it is None."""
        msg = self.constant(at, message)
        target = "fxn.unwrap" if error == "TypeError" else "fxn.unwrap_attr"
        return self.call_op(at, target, [value, msg], "unwrap")

    # ---- registry operations ----

    def call_op(self, at, target, operands, symbol, statement=False, result_hint=None):
        """A registry operation; its result type comes from the registry's signature."""
        arg_types = [t for _, t in operands]
        if self.discovery and any(isinstance(prune(t), TypeVar) for t in arg_types):
            return "$unknown", TypeVar()  # typed in the final pass, once variables are known
        if target == "operator.pow" and symbol != "**" and len(operands) == 2 \
                and all(prune(t) in (INT, BOOL) for t in arg_types):
            # operator.pow(a, b) called or passed as a value (starmap, reduce): `a ** b`, whose
            # result is a float for a negative exponent (fxn_operators.power)
            return self.power(at, operands[0], operands[1])
        refuse_function_operands(at, target, arg_types)
        result = self.m.registry.lookup(target, arg_types, result_hint)
        if result is None and BOOL in map(prune, arg_types) and all(prune(t) in (INT, BOOL) for t in arg_types):
            # divmod(flag, 2): a bool is the int 0 or 1 to arithmetic (not a float)
            as_int = [self.promote(o, INT) if prune(o[1]) is BOOL else o for o in operands]
            result = self.m.registry.lookup(target, [t for _, t in as_int], result_hint)
            if result is not None:
                operands = as_int
        if result is None and target.startswith(("math.", "builtins.")) and target not in NO_FLOAT_PROMOTION:
            if any(prune(t) in (INT, BOOL) for t in arg_types):
                promoted = [self.promote(o, FLOAT) if prune(o[1]) in (INT, BOOL) else o for o in operands]
                result = self.m.registry.lookup(target, [t for _, t in promoted], result_hint)
                if result is not None:
                    operands = promoted
        if result is None and any(is_int_enum(t) for t in arg_types) and takes_int_enum_as_int(target):
            result = self.m.registry.lookup(target, [INT if is_int_enum(t) else t for t in arg_types], result_hint)
            if result is not None:
                operands = [self.int_enum_as_int(at, o) for o in operands]  # fxn_enum
                arg_types = [t for _, t in operands]
        if result is None and any(isinstance(prune(t), OptT) for t in arg_types) \
                and target not in ("fxn.unwrap", "fxn.unwrap_attr"):
            unwrapped = [self.unwrap(at, o, self.none_message(target, symbol, o, operands))
                         if isinstance(prune(o[1]), OptT) else o for o in operands]
            result = self.m.registry.lookup(target, [t for _, t in unwrapped], result_hint)
            if result is not None:
                operands = unwrapped
        if result is None and any(prune(t) is DYN for t in arg_types):
            return self.dynamic_operation(at, target, symbol, operands, statement)  # fxn_dynamic
        if prune(result) is DYN and target in VALUE_DEPENDENT_FLOAT_FOLDS and len(arg_types) == 1 \
                and isinstance(prune(arg_types[0]), ListT) and prune(prune(arg_types[0]).elem) is FLOAT:
            if self.m.value_dependent_types:
                self.m.value_dependent_used = True
            else:  # fxn_frontend.build_module's second try: a float, raising when empty
                target = VALUE_DEPENDENT_FLOAT_FOLDS[target]
                result = self.m.registry.lookup(target, arg_types)
        if result is None:
            if self.discovery and any(contains_unknown(t) for t in arg_types):
                return "$unknown", TypeVar()
            hint = ""
            if getattr(self, "none_yield_values", False) and any(prune(t) is NONE for t in arg_types):
                hint = " (a yield's value is None in this generator: nothing is sent to it with send())"
            raise unsupported(at, "%s applied to %s%s" % (describe_target(target, symbol),
                                                           ", ".join(show(t) for t in arg_types) or "no arguments",
                                                           hint))
        args = [n for n, _ in operands]
        op = "CALL_METHOD" if target.split(".")[0] in ("list", "str", "dict", "set") else "CALL_FUNCTION"
        if statement or prune(result) is NONE and target in ("operator.setitem", "list.append"):
            self.emit(at, op, None, target, args)
            return None, NONE
        value = self.value(at, op, target.split(".")[-1].rstrip("_"), target, args, result)
        if isinstance(prune(result), OptT) and prune(prune(result).elem) is DYN:
            return self.call_op(at, "fxn.to_dyn", [value], "value")  # d.get(k) of dynamic values: None is one
        return value

    def none_message(self, target, symbol, operand, operands):
        if target == "builtins.len":
            return "object of type 'NoneType' has no len()"
        if target.startswith(("str.", "list.", "dict.", "set.")) and operand is operands[0]:
            return "'NoneType' object has no attribute '%s'" % target.split(".", 1)[1]  # (raised as TypeError)
        if target == "operator.getitem":
            return "'NoneType' object is not subscriptable"
        return "fxn: %s got None where CPython would raise TypeError" % symbol


def describe_target(target, symbol):
    if target.startswith("operator."):
        return "operator %s" % symbol
    return symbol

