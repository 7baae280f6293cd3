"""Expressions to IR: the expression dispatcher, names (locals and module-level constants and
containers), attributes and fields, subscripts and slices, conditional expressions, list, dict and
set displays, f-strings, str() and literal str.format().
"""

import ast
import builtins
import types

import fxn_numpy_types
import fxn_stdlib
from fxn_classes import exception_args_field, field_maybe_unset, field_owner
from fxn_diagnostics import Diagnostic, describe_global, describe_unsupported_value, unsupported
from fxn_dunder import has_repr
from fxn_syntax import literal_int, walk_scope
from fxn_tables import UNSUPPORTED_EXPRESSIONS
from fxn_types import (BOOL, DYN, EXC, FLOAT, INT, INT64_MAX, INT64_MIN, NONE, STR, ArrT, ClassT, DictT, FuncT, GenT, ListT, OptT, SetT, StdlibT,
                       TupleT, TypeVar, compatible, contains, contains_unknown, join, join_static, order_is_known, prune,
                       python_type_name, rebind, show, type_str, unify)
from fxn_values import describe_value, float_json


def set_flag_field(owner, attr):
    """The hidden bool field of class owner that says whether an instance assigned field attr
    (fxn_classes.field_maybe_unset), created on first use: false in a new instance."""
    flag = "$set_" + attr
    owner.fields.setdefault(flag, BOOL)
    return flag


class ExpressionLowering:
    """Lowers expressions (a FunctionBuilder mixin)."""

    def expr(self, e, allow_none=False):
        kind = type(e).__name__
        if isinstance(e, ast.Yield) and getattr(self, "gen_type", None) is not None:
            return self.yield_expression(e)  # fxn_generators
        if kind in UNSUPPORTED_EXPRESSIONS:
            raise unsupported(e, UNSUPPORTED_EXPRESSIONS[kind])
        if isinstance(e, ast.Constant):
            return self.constant(e, e.value)
        if isinstance(e, ast.Name):
            return self.name(e)
        if isinstance(e, ast.Lambda):
            return self.lambda_value(e)
        if isinstance(e, ast.Attribute):
            return self.attribute(e)
        if isinstance(e, ast.BinOp):
            return self.binop(e, e.op, self.expr(e.left), self.expr(e.right))
        if isinstance(e, ast.UnaryOp):
            if isinstance(e.op, ast.USub) and isinstance(e.operand, ast.Constant) \
                    and type(e.operand.value) in (int, float):
                return self.constant(e, -e.operand.value)  # so -2**63 is a literal, not an overflow
            return self.unaryop(e)
        if isinstance(e, ast.NamedExpr):
            return self.named_expr(e)
        if isinstance(e, ast.BoolOp):
            return self.boolop(e)
        if isinstance(e, ast.Compare):
            return self.compare(e)
        if isinstance(e, ast.IfExp):
            return self.ifexp(e)
        if isinstance(e, ast.Call):
            return self.call(e)
        if isinstance(e, ast.Subscript):
            if self.enum_class_info(e.value) is not None:
                return self.enum_by_name(e, self.enum_class_info(e.value))  # Color["RED"]: fxn_enum
            container = self.expr(e.value)
            if isinstance(prune(container[1]), ArrT):
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
        if isinstance(e, ast.GeneratorExp):
            return self.generator_value(e)  # fxn_generators
        if isinstance(e, ast.JoinedStr):
            return self.fstring(e)
        raise unsupported(e, "%s expression" % kind)

    # ---- subscripts and slices ----

    def subscript(self, at, container, index):
        if self.uses_operator_methods(container):
            return self.dunder_getitem(at, container, index)
        ct = prune(container[1])
        if isinstance(ct, DictT):
            self.check_key(at, ct.key, index[1])
            index = self.coerce(at, index, ct.key)
        elif isinstance(ct, OptT):
            container = self.unwrap(at, container, "'NoneType' object is not subscriptable")
        if isinstance(prune(container[1]), StdlibT):  # m[1]: the module's mixin
            return getattr(self, "subscript_" + prune(container[1]).module)(at, container, index)
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

    # ---- names: locals, module-level constants and containers ----

    def name(self, e):
        if e.id in self.renames:
            return self.load(e, self.renames[e.id])
        if e.id in self.local_functions:
            return self.local_function_value(e, e.id)
        if e.id in self.locals:
            if self.webs is not None and id(e) in self.webs.deleted_reads:
                raise unsupported(e, "reading '%s' where an `except ... as %s` block that ended may have unbound it "
                                  "(CPython deletes the name when the handler ends)" % (e.id, e.id))
            return self.load(e, self.variable(e.id, e))
        if self.m.state.has(e.id):
            return self.m.state.load(self, e, e.id)
        value = self.m.resolve_global(e, e.id)
        if fxn_numpy_types.describe_array(value) is not None:
            return self.np.global_array(e, e.id, value)
        if isinstance(value, (bool, int, float, str, tuple)) or value is None:
            return self.global_constant(e, e.id, value)
        if type(value).__module__ in fxn_stdlib.MODULES and hasattr(self, "global_" + type(value).__module__):
            return getattr(self, "global_" + type(value).__module__)(e, value)  # WORD = re.compile(...)
        if isinstance(value, (list, dict, set, frozenset)) and id(e) in self.m.read_only_uses:
            return self.container_constant(e, value)
        if isinstance(value, (list, dict, set)):
            raise unsupported(e, "module-level %s '%s' used in a way that may change it (fxn reads module-level "
                              "containers only by indexing, `in`, iteration, len() and .get(); use a tuple)"
                              % (type(value).__name__, e.id))
        function = self.global_function_value(e, e.id, value)
        if function is not None:
            return function
        raise unsupported(e, "using %s '%s' as a value" % (describe_global(value), e.id))

    def container_constant(self, at, value):
        """A module-level list/dict/set the code only reads: rebuilt from its value at trace time."""
        if type(value).__module__ == "collections":
            raise unsupported(at, "module-level %s value (collections types are made inside functions)"
                              % type(value).__name__)
        t = describe_value(value) if not isinstance(value, (set, frozenset, dict)) else None
        if isinstance(value, list):
            if t is None and value and all(self.container_function_item(at, v) is not None for v in value):
                return self.list_of(at, [self.container_item(at, v) for v in value])  # [Circle, Square]
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
        function = self.container_function_item(at, v)
        if function is not None:  # {"circle": Circle, "add": add}: function values (fxn_closures)
            return function
        return self.constant(at, v)

    def container_function_item(self, at, v):
        """A module function, user class or builtin held in a module-level container, as a
        function value; None for other values."""
        name = getattr(v, "__name__", None)
        if not callable(v) or not isinstance(name, str):
            return None
        if vars(self.m.module).get(name) is not v and getattr(builtins, name, None) is not v:
            return None
        return self.global_function_value(at, name, v)

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

    def named_expr(self, e):
        """(x := value): assigns the local x and is its value. Inside a comprehension, Python binds
        x in the enclosing function (and in a lambda, in the lambda's scope): both are rejected."""
        if isinstance(self.fn, ast.Lambda) or self.target.python_name == "<genexpr>" \
                or not any(n is e for n in walk_scope(self.fn)):
            raise unsupported(e, "assignment expression (:=) inside a comprehension or lambda")
        if e.target.id in self.global_names:
            raise unsupported(e, "assignment expression (:=) to the global '%s'" % e.target.id)
        self.assign(e.target, self.expr(e.value))
        return self.load(e, self.variable(e.target.id, e.target))

    # ---- attributes and fields ----

    def attribute(self, e):
        if e.attr == "__name__" and isinstance(e.value, ast.Attribute) and e.value.attr == "__class__":
            value = self.expr(e.value.value)  # x.__class__.__name__
            if isinstance(prune(value[1]), ClassT):
                return self.class_name_of(e, value)
        if e.attr == "__name__" and isinstance(e.value, ast.Call) and isinstance(e.value.func, ast.Name) \
                and e.value.func.id == "type" and self.resolves_to_builtin("type") and len(e.value.args) == 1:
            value = self.expr(e.value.args[0])
            if prune(value[1]) is EXC:
                return self.call_op(e, "fxn.exception_type", [value], "type().__name__")
            if prune(value[1]) is DYN:
                return self.call_op(e, "fxn.dyn_type_name", [value], "type().__name__")  # fxn_dynamic
            if isinstance(prune(value[1]), ClassT):
                return self.class_name_of(e, value)
            return self.constant(e, python_type_name(value[1]))
        if isinstance(e.value, ast.Name) and e.value.id == "str" and self.resolves_to_builtin("str"):
            return self.str_method_value(e)
        if isinstance(e.value, ast.Name) and e.value.id not in self.locals and e.value.id not in self.renames:
            owner = self.m.resolve_global(e.value, e.value.id)
            if isinstance(owner, types.ModuleType) and owner is fxn_numpy_types.numpy() \
                    and e.attr in ("pi", "e", "inf", "nan", "euler_gamma"):
                return self.constant(e, float(getattr(owner, e.attr)))
            if fxn_stdlib.is_stdlib_module(owner):
                return self.stdlib_attribute(e, owner.__name__, e.attr)
            if isinstance(owner, types.ModuleType):
                raise unsupported(e, "module '%s' (fxn compiles %s)" % (owner.__name__, ", ".join(fxn_stdlib.MODULES)))
            if isinstance(owner, type) and not issubclass(owner, BaseException):
                info = self.m.class_info(e.value, owner)
                if getattr(info, "enum_members", None) is not None and isinstance(getattr(owner, e.attr, None), owner):
                    return self.enum_member(e, info, e.attr)  # Color.RED: fxn_enum
                found, value = info.lookup_constant(e.attr)
                state = self.class_attribute_state(info, e.attr)
                if state is not None:
                    return self.m.state.load(self, e, state)
                if found:
                    return self.global_constant(e, "%s.%s" % (info.name, e.attr), value)
                if e.attr == "__name__":
                    return self.constant(e, info.name)
                raise unsupported(e, "class attribute %s.%s" % (info.name, e.attr))
        obj = self.expr(e.value)
        return self.get_attribute(e, obj, e.attr)

    def stdlib_attribute(self, e, module, attr):
        """`module.attr` read as a value, for a standard-library module (fxn_stdlib): the builder's
        method `attribute_<module>(e, qualified)` when it has one and it does not answer
        NotImplemented, else a constant (math.pi, string.ascii_letters) or a registry function as
        a function value (math.sqrt)."""
        qualified = "%s.%s" % (module, attr)
        if not hasattr(fxn_stdlib.MODULES[module], attr):
            raise Diagnostic(e, "module '%s' has no attribute '%s'" % (module, attr))
        handler = getattr(self, fxn_stdlib.handler_name("attribute", qualified), None)
        if handler is not None:
            result = handler(e, qualified)
            if result is not NotImplemented:
                return result
        value = getattr(fxn_stdlib.MODULES[module], attr)
        if type(value) is str:  # string.ascii_letters: a str literal
            return self.constant(e, value)
        if type(value) in (int, float):
            v, t = self.constant_value(e, value)
            return self.value(e, "GET_ATTR", attr, qualified, [], t, v)
        if self.m.registry.knows(qualified):
            return self.stdlib_function_value(e, qualified)
        raise unsupported(e, "%s used as a value" % qualified)

    def instance(self, at, obj, attr):
        """The object whose attribute `attr` is read or set: a `T | None` is unwrapped with
        CPython's AttributeError for None."""
        if isinstance(prune(obj[1]), OptT):
            obj = self.unwrap(at, obj, "'NoneType' object has no attribute '%s'" % attr, "AttributeError")
        return obj, prune(obj[1])

    def get_attribute(self, at, obj, attr):
        if (isinstance(prune(obj[1]), TypeVar) or prune(obj[1]) is NONE) and self.discovery:
            return "$unknown", TypeVar()
        if fxn_numpy_types.is_numpy(obj[1]):
            return self.np.attribute(at, obj, attr)
        obj, t = self.instance(at, obj, attr)
        if isinstance(t, FuncT):
            return self.function_attribute(at, obj, attr)
        if isinstance(t, StdlibT):  # m.lastindex, pattern.groups: the module's mixin
            return getattr(self, "attribute_of_" + t.module)(at, obj, attr)
        if t is EXC and attr == "args":
            return self.builtin_exception_args(at, obj)  # fxn_exc_args
        if not isinstance(t, ClassT):
            raise unsupported(at, "attribute '.%s' of %s" % (attr, show(t)))
        info = t.info
        attr = exception_args_field(info, attr, not self.discovery) or attr  # e.args of a user exception
        method = info.lookup_method(attr)
        if method is not None and method.kind == "method" \
                and len(self.dispatch_groups(info, lambda c: c.lookup_method(attr))) == 1:
            return self.bound_method_value(at, obj, info, attr)  # obj.method as a value
        if method is not None:
            return self.instance_method(at, obj, info, attr, None)  # a property (dispatched)
        owner = field_owner(info, attr)
        if owner is None:
            # (a subclass's own field shadows a class attribute only on its instances: field_class refuses)
            in_subclass = any(attr in c.fields for c in self.possible_classes(info) if c is not info)
            constant = None if in_subclass else self.instance_constant(at, obj, info, attr)
            if constant is not None:
                return constant
            owner = self.field_class(at, info, attr, False)
            if owner is None:
                if self.discovery:
                    return "$unknown", TypeVar()  # a method not reached yet may assign it
                raise Diagnostic(at, "'%s' object has no attribute '%s'" % (info.name, attr))
        ft = owner.fields[attr]
        if isinstance(prune(ft), TypeVar) and not self.discovery:
            raise Diagnostic(at, "cannot infer the type of field %s.%s" % (info.name, attr))
        if field_maybe_unset(owner, attr):
            if any(c.lookup_constant(attr)[0] for c in [info] + self.possible_classes(info)):
                return self.field_or_class_attribute(at, obj, info, owner, attr, ft)
            self.check_field_set(at, obj, owner, attr)
        return self.value(at, "GET_FIELD", attr, attr, [obj[0]], ft)

    def field_or_class_attribute(self, at, obj, info, owner, attr, ft):
        """self.limit where the instance may or may not have assigned its own `limit` and the class
        has one: the instance's when its set-flag says so, else the class attribute's (the
        run-time class's value), as CPython's lookup finds them."""
        flag = set_flag_field(owner, attr)
        is_set = self.value(at, "GET_FIELD", flag, flag, [obj[0]], BOOL)
        holder = self.new_temp(ft, "attr")
        saved = set(self.assigned) if self.assigned is not None else None

        def from_class():
            constant = self.instance_constant(at, obj, info, attr)
            if constant is None:
                raise unsupported(at, "reading %s.%s, an instance attribute that may be unset where some of its "
                                      "classes have no class attribute of that name" % (info.name, attr))
            if not unify(ft, constant[1]):
                raise unsupported(at, "reading %s.%s: the instance attribute holds %s, the class attribute %s"
                                  % (info.name, attr, show(ft), show(constant[1])))
            self.store(at, holder, constant)
        self.emit(at, "IF", None, "", [is_set[0]],
                  blocks=[self.emitted(lambda: self.store(at, holder, self.value(at, "GET_FIELD", attr, attr,
                                                                                 [obj[0]], ft))),
                          self.emitted(from_class)])
        self.assigned = saved
        return self.load_var(at, holder)

    def check_field_set(self, at, obj, owner, attr):
        """CPython's AttributeError when an instance never assigned field attr: its hidden flag
        ($set_attr, false until a SET_FIELD of attr) tested before the read."""
        flag = set_flag_field(owner, attr)
        is_set = self.value(at, "GET_FIELD", flag, flag, [obj[0]], BOOL)

        def fail():
            info = prune(obj[1]).info
            name = self.class_name_of(at, obj) if len(self.possible_classes(info)) > 1 else \
                self.constant(at, (self.possible_classes(info) or [info])[0].name)
            message = self.concat(at, [self.constant(at, "'"), name,
                                       self.constant(at, "' object has no attribute '%s'" % attr)])
            self.emit(at, "RAISE", None, "AttributeError", [message[0]])
        saved = set(self.assigned) if self.assigned is not None else None
        self.emit(at, "IF", None, "", [self.negate(at, is_set[0])[0]], blocks=[self.emitted(fail), {"nodes": []}])
        self.assigned = saved

    def set_field(self, at, obj, attr, value, initializing=False):
        if (isinstance(prune(obj[1]), TypeVar) or prune(obj[1]) is NONE) and self.discovery:
            return
        obj, t = self.instance(at, obj, attr)
        if not isinstance(t, ClassT):
            raise unsupported(at, "setting attribute '.%s' of %s" % (attr, show(t)))
        info = t.info
        self.enum_set_field(at, info, attr)
        if info.lookup_method(attr) is not None:
            raise unsupported(at, "assigning to method or property %s.%s" % (info.name, attr))
        if info.frozen and not initializing:
            message = self.constant(at, "cannot assign to field '%s'" % attr)
            self.emit(at, "RAISE", None, "FrozenInstanceError", [message[0]])
            self.assigned = None
            return
        owner = self.field_class(at, info, attr, True)
        if owner is None:
            raise Diagnostic(at, "field %s.%s first assigned outside the discovery pass" % (info.name, attr))
        info = owner
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
        if field_maybe_unset(info, attr):
            self.emit(at, "SET_FIELD", None, set_flag_field(info, attr), [obj[0], self.constant(at, True)[0]])

    # ---- conditional expressions, int operands ----

    def ifexp(self, e):
        decided = self.static_test(e.test)
        if decided is not None:  # an isinstance()/type() test the static types decide
            return self.expr(e.body if decided else e.orelse)
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
        name, t = self.int_enum_as_int(e, self.expr(e))  # an IntEnum member is its value here (fxn_enum)
        if prune(t) is BOOL:
            return self.promote((name, t), INT)[0]
        if isinstance(prune(t), TypeVar) and self.discovery:
            return name
        if prune(t) is DYN:  # fxn_dynamic: CPython's TypeError when it holds no int
            message = ("slice indices must be integers or None or have an __index__ method" if what.startswith("slice")
                       else "'%s' object cannot be interpreted as an integer")
            return self.dynamic_as(e, (name, t), "int", "TypeError", message)[0]
        if prune(t) is not INT:
            raise Diagnostic(e, "%s must be int, not %s" % (what, show(t)))
        return name

    # ---- displays: dicts, sets, lists ----

    def dict_display(self, e):
        if any(k is None for k in e.keys):
            raise unsupported(e, "** unpacking in a dict display")
        result = self.value(e, "CALL_FUNCTION", "dict", "fxn.empty_dict", [], DictT(TypeVar(), TypeVar()))
        pairs = []
        for k, v in zip(e.keys, e.values):  # each pair's nodes kept apart, emitted before its store
            self.blocks.append([])
            key, value = self.expr(k), self.expr(v)
            pairs.append((k, key, value, self.blocks.pop()))
        common = None
        for _, _, (_, t), _ in pairs:  # instances of several subclasses: the dict holds their base
            common = t if common is None else join(common, t)
        if common is not None and (isinstance(prune(common), ClassT) or prune(common) is DYN):
            unify(prune(result[1]).value, common)  # (values of several types: a dict of dynamic values)
        for k, key, value, nodes in pairs:
            self.blocks[-1].extend(nodes)
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

    def as_list(self, at, value):
        """A list with the items iteration would give (strs, dicts, sets, tuples and lists)."""
        t = prune(value[1])
        if isinstance(t, ListT):
            return value
        if isinstance(t, ClassT):
            return self.instance_items(at, value)  # through __iter__
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
        if isinstance(t, GenT):
            return self.call_op(at, "fxn.gen_to_list", [value], "list()")  # every item, in order
        return self.call_op(at, "builtins.list", [value], "list()")

    def list_of(self, at, items, allow_fixed=False):
        elem = TypeVar()
        for x, (_, t) in zip([at] * len(items), items):
            joined = join_static(elem, t) if DYN not in (prune(elem), prune(t)) else join(elem, t)
            if joined is None and allow_fixed and not any(contains_unknown(t) for _, t in items):
                # A display mixing types: a fixed-length list read by constant index.
                return self.value(at, "CALL_FUNCTION", "list", "fxn.build_tuple", [n for n, _ in items],
                                  TupleT([t for _, t in items], as_list=True))
            if joined is None:
                joined = join(elem, t)  # a list of dynamic values
            if joined is None:
                raise unsupported(x, "list mixing %s and %s (fxn lists hold one type)" % (show(elem), show(t)))
            elem = joined
        items = [self.coerce(at, item, elem) for item in items]
        return self.value(at, "CALL_FUNCTION", "list", "fxn.build_list", [n for n, _ in items], ListT(elem))

    # ---- f-strings, str(), str.format() ----

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
        if conversion == 97:  # ascii(): repr() with non-ASCII code points escaped
            value = self.call_op(at, "fxn.ascii_escape", [self.formatted(at, value, 114, None)], "ascii()")
            conversion = -1
        if self.prints_by_methods(value):
            return self.dunder_formatted(at, value, conversion, spec_ast)
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
            return isinstance(x, ClassT) and not has_repr(x.info) and not x.info.exception
        if contains(t, plain):
            raise unsupported(at, "str() or repr() of an instance of a class without @dataclass (CPython prints "
                              "its memory address)")
        if contains(t, lambda x: isinstance(x, SetT) and not order_is_known(x.elem)):
            raise unsupported(at, "str() of a set of str (CPython's order depends on the string hash seed)")
        if contains(t, lambda x: isinstance(x, GenT)):
            raise unsupported(at, "str() or repr() of a generator object (CPython prints its memory address)")
        if contains(t, lambda x: x is EXC) and prune(t) is not EXC:
            raise unsupported(at, "str() of a container of exceptions")

    def to_str(self, at, value):
        if prune(value[1]) is STR:
            return value
        if self.prints_by_methods(value):
            return self.dunder_str(at, value)
        self.check_printable(at, value[1])
        return self.call_op(at, "builtins.str", [value], "str()")
