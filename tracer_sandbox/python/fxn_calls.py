"""Calls to IR: calls of the user's functions, local functions and lambdas (arguments bound by
Python's rules), methods of user classes, constructors, standard-library functions (fxn_stdlib),
methods of str, list, dict and set (registry operations), key= functions. Builtins have
fxn_builtins.
"""

import ast
import builtins
import types

import fxn_arguments
import fxn_numpy_types
import fxn_stdlib
from fxn_closures import map_filter_listcomp
from fxn_callables import MISSING
from fxn_classes import DefaultFactory, field_owner
from fxn_diagnostics import Diagnostic, describe_global, unsupported
from fxn_dunder import has_repr
from fxn_syntax import lazy_values_kept, synthetic_name
from fxn_tables import KEYWORDS
from fxn_types import (BOOL, DYN, FLOAT, INT, STR, ClassT, DictT, GenT, ListT, OptT, SetT, StdlibT, TupleT, TypeVar, join,
                       order_is_known, prune, rebind, show, unify)


class CallLowering:
    """Lowers calls (a FunctionBuilder mixin)."""

    # ---- calls of names ----

    def resolves_to_builtin(self, name):
        return name not in self.locals and name not in self.renames and name not in self.local_functions \
            and self.m.resolve_global_quiet(name) is getattr(builtins, name, None)

    def no_unpacking(self, e):
        """Rejects `*xs` and `**d` in calls other than of the user's functions (fxn_arguments)."""
        for a in e.args:
            if isinstance(a, ast.Starred):
                raise unsupported(a, "starred argument (*args) in a call")
        for k in e.keywords:
            if k.arg is None:
                raise unsupported(k, "**kwargs in a call")

    def check_lazy_value(self, e):
        """Refuses a range(), enumerate(), zip(), reversed(), map(), filter() or dict view that the
        code keeps as a value (fxn_syntax.lazy_values_kept): fxn builds it as a list."""
        if not hasattr(self.m, "kept_lazy_values"):
            self.m.kept_lazy_values = lazy_values_kept(self.m.tree)
        if id(e) not in self.m.kept_lazy_values:
            return
        func = e.func
        if isinstance(func, ast.Name) and func.id not in self.locals and func.id not in self.renames \
                and self.resolves_to_builtin(func.id):
            what = "%s()" % func.id
        elif isinstance(func, ast.Attribute) and isinstance(prune(self.peek_type(func.value)), DictT):
            what = "a dict's %s() view" % func.attr
        else:
            return
        callee = self.m.kept_lazy_values[id(e)]
        if callee is not None:
            raise unsupported(e, "%s passed to %s(), which uses it other than by iterating it once without changing "
                              "a container (fxn passes a list of its items there, which differs from the object "
                              "in repr(), ==, a second pass or later changes); pass list(...) of it to give "
                              "%s() a list" % (what, callee, callee))
        raise unsupported(e, "%s kept as a value (fxn builds it as a list of its items: it compiles where it is "
                             "iterated at once, in a for loop, a comprehension, `in`, or list()/sorted()/sum() and "
                             "the like)" % what)

    def call(self, e):
        func = e.func
        self.check_lazy_value(e)
        if isinstance(func, ast.Attribute):
            return self.method_call(e, func)
        if not isinstance(func, ast.Name):
            return self.call_function_value(e, self.expr(func))  # ops[op](x, y), make_adder(3)(4)
        if func.id in self.local_functions and func.id not in self.renames:
            target = self.local_functions[func.id]
            return self.m.call_callable(e, self, target, self.bind_args(e, target))
        if func.id in self.locals or func.id in self.renames:
            value = self.expr(func)
            if isinstance(prune(value[1]), ClassT):
                return self.dunder_call(e, value)  # an instance's __call__
            return self.call_function_value(e, value)
        target = self.m.resolve_global(func, func.id)
        node = self.m.defs.get(func.id)
        if node is not None and node.decorator_list and self.m.resolve_global_quiet(func.id) is target:
            return self.call_function_value(e, self.decorated_function_value(func, node))
        if isinstance(node, ast.AsyncFunctionDef):
            raise unsupported(node, "async function '%s'" % func.id)
        qualified = fxn_stdlib.qualified_name(target)
        if qualified is not None:
            return self.stdlib_call(e, qualified)  # from heapq import heappush; heappush(h, x)
        if isinstance(target, types.FunctionType) and getattr(target, "__module__", None) == "fxn.image":
            self.no_unpacking(e)
            return self.np.image_call(e, target.__name__)
        if isinstance(target, types.FunctionType):
            callable_ = self.m.function_callable(func, target)
            if self.spreads_a_list(e):
                return self.call_spreading_list(e, callable_)  # f(*xs): fxn_unpacking
            return self.m.call_callable(e, self, callable_, self.bind_args(e, callable_))
        if isinstance(target, type) and issubclass(target, tuple) and hasattr(target, "_fields"):
            return self.new_namedtuple(e, target)  # fxn_stdlib_collections
        if isinstance(target, type) and issubclass(target, BaseException):
            info = self.m.exception_info(target) if target.__name__ in self.m.class_defs else None
            if info is None:
                raise unsupported(e, "creating exception %s outside a raise statement" % target.__name__)
            return self.construct(e, info)
        if isinstance(target, type) and getattr(builtins, target.__name__, None) is not target:
            info = self.m.class_info(func, target)
            if getattr(info, "enum_members", None) is not None:
                return self.enum_call(e, info)  # Color(1): fxn_enum
            return self.construct(e, info)
        self.no_unpacking(e)
        if getattr(builtins, func.id, None) is target:
            return self.builtin_call(e, func.id)
        raise unsupported(e, "call to %s '%s'" % (describe_global(target), func.id))

    def stdlib_call(self, e, qualified):
        """A call of a standard-library function or class (fxn_stdlib; `qualified` is
        "module.name"): the builder's method `call_<module>(e, qualified)` when it has one and it
        does not answer NotImplemented, else the registry's kernel of that name (positional
        arguments, keywords as KEYWORDS names them)."""
        handler = getattr(self, fxn_stdlib.handler_name("call", qualified), None)
        if handler is not None:
            result = handler(e, qualified)
            if result is not NotImplemented:
                return result
        self.no_unpacking(e)
        if not self.m.registry.knows(qualified):
            raise unsupported(e, "call to %s" % qualified)
        return self.call_op(e, qualified, self.keyword_args(e, qualified), qualified)

    def stdlib_class_method(self, func):
        """"module.Class.method" for `Class.method` / `module.Class.method` naming a method of a
        standard-library class (fxn_stdlib), else None."""
        owner = func.value
        if isinstance(owner, ast.Attribute) and isinstance(owner.value, ast.Name) \
                and owner.value.id not in self.locals and owner.value.id not in self.renames:
            module = self.m.resolve_global_quiet(owner.value.id)
            cls = getattr(module, owner.attr, None) if fxn_stdlib.is_stdlib_module(module) else None
        elif isinstance(owner, ast.Name) and owner.id not in self.locals and owner.id not in self.renames:
            cls = self.m.resolve_global_quiet(owner.id)
        else:
            return None
        qualified = fxn_stdlib.qualified_name(cls) if isinstance(cls, type) else None
        return None if qualified is None else "%s.%s" % (qualified, func.attr)

    # ---- arguments ----

    def bind_args(self, e, target):
        """The call's arguments in parameter order, defaults filled in (Python's binding rules:
        fxn_arguments); during discovery, an unknown value while a starred argument is untyped."""
        bound = fxn_arguments.bind(self, e, target)
        return [("$unknown", TypeVar())] if bound is fxn_arguments.UNKNOWN else bound

    def keyword_args(self, e, target, allowed=()):
        """Positional operands for a registry call, with keywords mapped by KEYWORDS."""
        args = [self.expr(a) for a in e.args]
        if not e.keywords:
            return args
        names = KEYWORDS.get(target)
        for k in e.keywords:
            if k.arg in allowed:
                continue
            if names is None or k.arg not in names:
                raise unsupported(k, "keyword argument '%s' to %s" % (k.arg, target.replace("builtins.", "")))
            pos = names.index(k.arg)
            while len(args) < pos:
                raise unsupported(k, "keyword '%s' without the arguments before it" % k.arg)
            if len(args) > pos:
                raise Diagnostic(k, "%s() got multiple values for argument '%s'" % (target, k.arg))
            args.append(self.expr(k.value))
        return args

    def call_key(self, at, key_ast, item):
        """key(item) for a key= function: a lambda (inlined), a function, or a builtin."""
        if isinstance(key_ast, ast.Lambda):
            params = self.m.param_names(key_ast)
            if len(params) != 1 or key_ast.args.defaults:
                raise unsupported(key_ast, "key= lambda that does not take exactly one argument")
            saved = dict(self.renames)
            var = self.new_temp(item[1], "key_" + params[0] + "_")
            self.renames[params[0]] = var
            self.store(at, var, item)
            result = self.expr(key_ast.body)
            self.renames = saved
            return result
        var = self.new_temp(item[1], "keyarg")
        self.store(at, var, item)
        ident = "$keyarg%d" % self.temp_count
        self.renames[ident] = var
        call = ast.copy_location(ast.Call(func=key_ast, args=[synthetic_name(at, ident)], keywords=[]), at)
        if isinstance(key_ast, ast.Attribute) and isinstance(key_ast.value, ast.Name) \
                and key_ast.value.id in ("str",) and self.resolves_to_builtin("str"):
            # key=str.lower: the method called on the item.
            call = ast.copy_location(ast.Call(func=ast.copy_location(ast.Attribute(
                value=synthetic_name(at, ident), attr=key_ast.attr, ctx=ast.Load()), at), args=[], keywords=[]), at)
        result = self.call(call)
        del self.renames[ident]
        return result

    # ---- method calls ----

    def method_call(self, e, func):
        qualified = self.stdlib_class_method(func)
        if qualified is not None:
            return self.stdlib_call(e, qualified)  # itertools.chain.from_iterable(xs)
        if isinstance(func.value, ast.Name) and func.value.id not in self.locals and func.value.id not in self.renames:
            owner = self.m.resolve_global(func.value, func.value.id)
            if isinstance(owner, types.ModuleType):
                self.no_unpacking(e)
                qualified = "%s.%s" % (owner.__name__, func.attr)
                if owner is fxn_numpy_types.numpy() and owner is not None:
                    return self.np.call(e, func.attr)
                if fxn_numpy_types.is_image_module(owner):
                    return self.np.image_call(e, func.attr)
                if fxn_stdlib.is_stdlib_module(owner):
                    return self.stdlib_call(e, qualified)
                raise unsupported(e, "call to %s" % qualified)
            if owner is dict and func.attr == "fromkeys" and 1 <= len(e.args) <= 2 and not e.keywords:
                self.no_unpacking(e)
                keys = self.as_list(e, self.expr(e.args[0]))
                value = self.expr(e.args[1]) if len(e.args) == 2 else self.constant(e, None)
                return self.call_op(e, "dict.fromkeys", [keys, value], "dict.fromkeys()")
            if isinstance(owner, type) and owner in (str, list, dict, set) and e.args:
                self.no_unpacking(e)
                # str.lower(s), list.append(xs, x): the method on its first argument.
                receiver = self.expr(e.args[0])
                rest = ast.copy_location(ast.Call(func=func, args=e.args[1:], keywords=e.keywords), e)
                return self.registry_method(rest, func.attr, receiver)
            if isinstance(owner, type) and getattr(builtins, owner.__name__, None) is not owner \
                    and (not issubclass(owner, BaseException) or self.m.exception_info(owner) is not None):
                return self.class_attribute_call(e, self.m.class_info(func.value, owner), func.attr)
        if isinstance(func.value, ast.Attribute) and isinstance(func.value.value, ast.Name) \
                and func.value.value.id not in self.locals and func.value.value.id not in self.renames:
            package = self.m.resolve_global_quiet(func.value.value.id)
            if isinstance(package, types.ModuleType) and fxn_numpy_types.is_image_module(getattr(package, func.value.attr, None)):
                self.no_unpacking(e)
                return self.np.image_call(e, func.attr)  # fxn.image.resize_bilinear(...)
        if isinstance(func.value, ast.Call) and isinstance(func.value.func, ast.Name) and func.value.func.id == "super" \
                and not func.value.args and self.resolves_to_builtin("super"):
            return self.super_call(e, func)
        if func.attr == "format" and self.known_format_string(func.value) is not None:
            return self.str_format(e, self.known_format_string(func.value))  # fxn_stdlib_text
        receiver = self.expr(func.value)
        rt = prune(receiver[1])
        if isinstance(rt, TypeVar) and self.discovery:
            for a in e.args:
                self.expr(a)
            return "$unknown", TypeVar()
        if isinstance(rt, OptT):
            receiver = self.unwrap(e, receiver, "'NoneType' object has no attribute '%s'" % func.attr,
                                   "AttributeError")
            rt = prune(receiver[1])
        if rt is DYN:  # fxn_dynamic: the receiver as the type that has the method
            receiver = self.dynamic_receiver(e, receiver, func.attr)
            rt = prune(receiver[1])
        if fxn_numpy_types.is_numpy(rt):
            self.no_unpacking(e)
            return self.np.method(e, func.attr, receiver)
        if isinstance(rt, ClassT) and getattr(rt.info, "method_lowering", None):
            return getattr(self, rt.info.method_lowering)(e, receiver, func.attr)  # a stdlib value's class
        if isinstance(rt, ClassT):
            owner = field_owner(rt.info, func.attr) if rt.info.lookup_method(func.attr) is None else None
            if owner is not None and isinstance(prune(owner.fields.get(func.attr)), ClassT):
                return self.dunder_call(e, self.get_attribute(func, receiver, func.attr))  # self.f(x): f's __call__
            if owner is not None:
                return self.call_function_value(e, self.get_attribute(e, receiver, func.attr))  # self.callback(x)
            return self.instance_method(e, receiver, rt.info, func.attr, e)
        if isinstance(rt, StdlibT):  # m.group(1), pattern.findall(s): the module's mixin
            return getattr(self, "method_" + rt.module)(e, receiver, func.attr)
        if isinstance(rt, GenT):  # g.send(v): fxn_generators
            return self.generator_method(e, receiver, func.attr)
        return self.registry_method(e, func.attr, receiver)

    def registry_method(self, e, attr, receiver):
        self.no_unpacking(e)
        rt = prune(receiver[1])
        if isinstance(rt, SetT) and attr == "pop" and not order_is_known(rt.elem):
            raise unsupported(e, "set.pop() of a %s: which item it takes follows CPython's iteration order, which "
                                 "depends on the per-process hash seed" % show(rt))
        arg = e.args[0] if len(e.args) == 1 else None
        if rt is STR and attr == "join" and (isinstance(arg, (ast.Name, ast.Set, ast.SetComp, ast.BinOp)) or isinstance(
                arg, ast.Call) and isinstance(arg.func, ast.Name) and arg.func.id == "set"):
            t = prune(self.peek_type(arg))  # (only shapes that may be sets: peeking a generator would consume it)
            if isinstance(t, SetT) and not order_is_known(t.elem):
                raise unsupported(e, "str.join() of a %s: its result shows CPython's iteration order, which depends "
                                     "on the per-process hash seed (join sorted(...))" % show(t))
        if isinstance(rt, TupleT) and attr == "count" and len(e.args) == 1:
            return self.call_op(e, "list.count", [self.as_list(e, receiver), self.expr(e.args[0])], "tuple.count()")
        if isinstance(rt, TupleT) and attr == "index" and len(e.args) == 1 and not rt.as_list:
            return self.call_op(e, "fxn.tuple_index", [self.as_list(e, receiver), self.expr(e.args[0])],
                                "tuple.index()")
        if rt is STR and attr in ("startswith", "endswith") and e.args and isinstance(e.args[0], ast.Tuple) \
                and not e.keywords:
            # s.startswith(("a", "b")): any prefix, tested in order.
            rest = [self.expr(a) for a in e.args[1:]]
            result = self.constant(e, False)
            for option in e.args[0].elts:
                hit = self.call_op(e, "str." + attr, [receiver, self.expr(option)] + rest, "str.%s()" % attr)
                result = self.value(e, "CALL_FUNCTION", "or_", "operator.or_", [result[0], hit[0]], BOOL)
            return result
        kind = {ListT: "list", DictT: "dict", SetT: "set"}.get(type(rt), "str" if rt is STR else
                                                               "int" if rt is INT else None)
        if kind is None:
            raise unsupported(e, "method %s.%s()" % (show(rt), attr))
        target = "%s.%s" % (kind, attr)
        if kind == "list" and attr == "sort":
            kw = {k.arg: k.value for k in e.keywords}
            if e.args or set(kw) - {"key", "reverse"}:
                raise Diagnostic(e, "sort() takes no positional arguments")
            self.sort_in_place(e, receiver, kw.get("key"), kw.get("reverse"))
            return self.constant(e, None)
        if kind == "str" and attr == "join" and len(e.args) == 1:
            e = ast.copy_location(ast.Call(func=e.func, args=[map_filter_listcomp(e.args[0], self.resolves_to_builtin)],
                                           keywords=e.keywords), e)
        if kind == "str" and attr == "join" and len(e.args) == 1 and isinstance(e.args[0], ast.GeneratorExp):
            items = self.gen_to_list(e.args[0])
            return self.call_op(e, target, [receiver, items], "str.join()")
        if not self.m.registry.knows(target):
            raise unsupported(e, "method %s.%s()" % (show(rt), attr))
        args = self.keyword_args(e, target)
        if kind == "str" and attr == "join" and args and not isinstance(prune(args[0][1]), ListT):
            args = [self.as_list(e, args[0])]
        if kind in ("dict", "set") and args:
            key_t = rt.key if kind == "dict" else rt.elem
            if attr in ("get", "setdefault", "pop", "add", "discard", "remove") and args:
                self.check_key(e, key_t, args[0][1])
                if attr in ("get", "setdefault", "pop") and len(args) == 2 and kind == "dict":
                    joined = join(rt.value, args[1][1])
                    if joined is not None and not isinstance(prune(rt.value), TypeVar):
                        args[1] = self.coerce(e, args[1], rt.value)
            if attr in ("update", "union", "intersection", "difference", "symmetric_difference", "issubset",
                        "issuperset", "isdisjoint") and kind == "set":
                arg_t = prune(args[0][1])
                if isinstance(arg_t, (ListT, SetT)):
                    unify(rt.elem, arg_t.elem)
                if not isinstance(arg_t, SetT) and attr != "update":
                    args = [self.call_op(e, "builtins.set", [self.as_list(e, args[0])], "set()")]
        if kind == "list" and attr in ("append", "insert", "remove", "index", "count") and args:
            value_index = 1 if attr == "insert" else 0
            if len(args) > value_index:
                joined = join(rt.elem, args[value_index][1])
                if joined is not None and joined is not rt.elem and self.discovery and \
                        not isinstance(prune(rt.elem), TypeVar):
                    rebind(rt.elem, joined)
                args[value_index] = self.coerce(e, args[value_index], rt.elem)
                if prune(rt.elem) is FLOAT and prune(args[value_index][1]) in (INT, BOOL):
                    raise unsupported(e, "an int in a list of float (fxn lists hold one type; write %s.0)"
                                      % "the literal")
        if kind == "list" and attr == "index" and isinstance(prune(rt.elem), ClassT) and not has_repr(prune(rt.elem).info):
            raise unsupported(e, "list.index() of instances of %s without __repr__ (CPython's ValueError shows the "
                              "instance's address)" % prune(rt.elem).info.name)
        if kind == "list" and attr == "extend" and args and not isinstance(prune(args[0][1]), ListT):
            args = [self.as_list(e, args[0])]
        return self.call_op(e, target, [receiver] + args, "%s.%s()" % (kind, attr))

    # ---- constructors ----

    def construct(self, e, info):
        """ClassName(args): a new instance, initialised by __init__ (or the dataclass's fields)."""
        obj = self.value(e, "NEW_OBJECT", info.name.lower(), info.name, [], ClassT(info))
        info.instantiated = True
        if info.exception:
            return self.construct_exception(e, info, obj)
        if info.dataclass:
            names = [n for n, _ in info.dc_fields]
            if len(e.args) > len(names):
                raise Diagnostic(e, "%s() takes %d positional arguments but %d were given"
                                 % (info.name, len(names), len(e.args)))
            bound = {n: self.expr(a) for n, a in zip(names, e.args)}
            for k in e.keywords:
                if k.arg not in names:
                    raise Diagnostic(k, "%s.__init__() got an unexpected keyword argument '%s'" % (info.name, k.arg))
                bound[k.arg] = self.expr(k.value)
            for name, default in info.dc_fields:
                if name not in bound:
                    if default is MISSING:
                        raise Diagnostic(e, "%s.__init__() missing required argument: '%s'" % (info.name, name))
                    if isinstance(default, DefaultFactory):  # a new value per instance: field(default_factory=f)
                        call = ast.copy_location(ast.Call(func=ast.copy_location(
                            ast.Name(id=default.name, ctx=ast.Load()), e), args=[], keywords=[]), e)
                        bound[name] = self.expr(call)
                    else:
                        bound[name] = self.constant(e, default)
                self.set_field(e, obj, name, bound[name], initializing=True)
            post_init = info.lookup_method("__post_init__")
            if post_init is not None:
                self.m.call_callable(e, self, post_init, [self.as_class(e, obj, post_init.owner)])
            return obj
        init = info.lookup_method("__init__")
        if init is None:
            if e.args or e.keywords:
                raise Diagnostic(e, "%s() takes no arguments" % info.name)
            return obj
        args = self.bind_args(e, init)
        self.m.call_callable(e, self, init, [self.as_class(e, obj, init.owner)] + args)
        return obj

    def construct_exception(self, e, info, obj):
        """A user exception instance: BaseException keeps the constructor's arguments as its args
        (str(e) until an __init__ passes others to super().__init__), then __init__ runs."""
        init = info.lookup_method("__init__")
        if init is None:
            self.set_exception_args(e, obj, [self.expr(a) for a in e.args], e)
            return obj
        if e.args or e.keywords:
            e = self.evaluated_once(e)
        self.set_exception_args(e, obj, [self.expr(a) for a in e.args], None)
        args = self.bind_args(e, init)
        self.m.call_callable(e, self, init, [self.as_class(e, obj, init.owner)] + args)
        return obj
