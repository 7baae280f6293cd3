"""Class hierarchies to IR (a FunctionBuilder mixin): method calls and class attributes that
dispatch on the run-time class, super(), calls through a class, fields along the layout chain,
isinstance across a hierarchy, type(x).__name__, and user exception classes with a body
(instances created, raised and caught).

Dispatch (WORKSPACE.md "Design decisions"): the classes an instance of static class S may be at
run time are S and its subclasses that the module instantiates (fxn_classes.run_time_classes;
the module's rounds settle them). When they all resolve a method (or class attribute) to the
same thing, the call is direct; else a chain of IFs tests the run-time class
(`fxn.class_in`) and calls each class's own method with `self` cast to the class defining it,
storing the results (joined to their common type) in a temporary.
"""

import ast

from fxn_classes import (EXC_ARGS, EXC_FIELDS, add_field, all_subclasses, always_raises, exception_args_field,
                         field_owner, is_subclass, layout_chain, run_time_classes)
from fxn_diagnostics import Diagnostic, unsupported
from fxn_syntax import synthetic_name
from fxn_types import BOOL, FLOAT, INT, NONE, STR, ClassT, OptT, TupleT, TypeVar, join, prune, show


def immutable_type(t):
    """Whether values of type t never change in place (ints, floats, strs, None, tuples of them)."""
    t = prune(t)
    if t in (INT, FLOAT, STR, BOOL, NONE):
        return True
    if isinstance(t, TupleT):
        return all(immutable_type(e) for e in t.elems)
    if isinstance(t, OptT):
        return immutable_type(t.elem)
    return False


class ClassNarrowing(str):
    """A variable name in the narrowed set, known there to hold an instance of `info`."""

    info = None


class HierarchyLowering:
    """Lowers what class hierarchies add (a FunctionBuilder mixin)."""

    # ---- dispatch on the run-time class ----

    def dispatch_groups(self, info, choose, classes=None):
        """[(key, [classes])]: the run-time classes of static class info (or `classes`, when known
        more exactly) grouped by choose(class)."""
        groups = []
        for c in (run_time_classes(info) if classes is None else classes) or [info]:
            key = choose(c)
            for g in groups:
                if g[0] == key:
                    g[1].append(c)
                    break
            else:
                groups.append((key, [c]))
        return groups

    def class_in(self, at, receiver, members):
        names = self.constant(at, ",".join(c.name for c in members))
        return self.value(at, "CALL_FUNCTION", "is_class", "fxn.class_in", [receiver[0], names[0]], BOOL)

    def emit_dispatch(self, at, receiver, groups, branch, what):
        """One branch per group (branch(key, classes) -> value, or None where it always raises);
        the last group needs no test. Returns the joined value."""
        if len(groups) == 1:
            return branch(*groups[0])
        branches = []
        for k, (key, members) in enumerate(groups):
            self.blocks.append([])
            cond = self.class_in(at, receiver, members) if k < len(groups) - 1 else None
            cond_nodes = self.blocks.pop()
            self.blocks.append([])
            value = branch(key, members)
            branches.append((cond_nodes, cond, self.blocks.pop(), value))
        joined = None
        for _, _, _, value in branches:
            if value is None:
                continue
            if isinstance(prune(value[1]), TypeVar):
                if self.discovery:
                    joined = joined or TypeVar()
                    continue
            joined = value[1] if joined is None else join(joined, value[1])
            if joined is None:
                raise Diagnostic(at, "%s gives %s in one subclass and %s in another; fxn gives each value one type"
                                 % (what, show(value[1]), show(branches[0][3][1])))
        if joined is None:
            joined = NONE
        temp = self.new_temp(joined, "disp")
        saved = None if self.assigned is None else set(self.assigned)
        for _, _, block, value in branches:
            if value is not None and not isinstance(prune(value[1]), TypeVar):
                self.blocks.append(block)
                self.store(at, temp, value)
                self.blocks.pop()
        else_nodes = branches[-1][2]
        for cond_nodes, cond, block, _ in reversed(branches[:-1]):
            self.blocks.append(list(cond_nodes))
            self.emit(at, "IF", None, "", [cond[0]], blocks=[{"nodes": block}, {"nodes": else_nodes}])
            else_nodes = self.blocks.pop()
        self.blocks[-1].extend(else_nodes)
        self.assigned = saved
        if saved is not None:
            self.assigned.add(temp)
        if isinstance(prune(joined), TypeVar):
            return "$unknown", TypeVar()
        return self.load_var(at, temp)

    def evaluated_once(self, e):
        """e (a call) with its arguments evaluated into temporaries: a call each branch of a
        dispatch may bind by its own method's parameters without evaluating them again."""
        def hold(arg):
            value = self.expr(arg)
            var = self.new_temp(value[1], "arg")
            self.store(arg, var, value)
            ident = "$arg%d" % self.temp_count
            self.renames[ident] = var
            return synthetic_name(arg, ident)
        args = [hold(a) for a in e.args]
        keywords = [ast.copy_location(ast.keyword(arg=k.arg, value=hold(k.value)), k) for k in e.keywords]
        return ast.copy_location(ast.Call(func=e.func, args=args, keywords=keywords), e)

    def as_class(self, at, receiver, owner):
        """receiver passed as `self` to a method of owner: cast down when its static class is above owner."""
        t = prune(receiver[1])
        if is_subclass(t.info, owner):
            return receiver
        return self.object_cast(at, receiver, ClassT(owner))

    # ---- methods and attributes of instances ----

    def instance_method(self, e, receiver, info, attr, call):
        """receiver.attr(...) (call: the ast.Call) or the property receiver.attr (call None)."""
        def choose(c):
            method = c.lookup_method(attr)
            return ("missing", c.name) if method is None else method
        groups = self.dispatch_groups(info, choose)
        if len(groups) > 1 and call is not None and (call.args or call.keywords):
            call = self.evaluated_once(call)

        def branch(method, members):
            if isinstance(method, tuple):
                if len(groups) == 1:
                    raise Diagnostic(e, "'%s' object has no attribute '%s'" % (info.name, attr))
                message = self.constant(e, "'%s' object has no attribute '%s'" % (members[0].name, attr))
                self.emit(e, "RAISE", None, "AttributeError", [message[0]])
                return None
            if call is None:
                if method.kind != "property":
                    raise unsupported(e, "method %s used as a value" % method.python_name)
                args = [self.as_class(e, receiver, method.owner)]
            elif method.kind == "classmethod":
                if len(members) > 1 or members[0] is not info and len(groups) == 1 and run_time_classes(info) != [info]:
                    raise unsupported(e, "classmethod %s called through an instance of several classes" % method.python_name)
                bound = self.m.classmethod_on(method, members[0])
                return self.m.call_callable(e, self, bound, self.bind_args(call, bound))
            else:
                if method.kind == "property":
                    raise unsupported(e, "calling property %s" % method.python_name)
                args = self.bind_args(call, method)
                if method.kind == "method":
                    args = [self.as_class(e, receiver, method.owner)] + args
            result = self.m.call_callable(e, self, method, args)
            if len(groups) > 1 and always_raises(method.node):
                return None
            return result

        return self.emit_dispatch(e, receiver, groups, branch, "%s.%s" % (info.name, attr))

    def instance_constant(self, at, receiver, info, attr):
        """A class attribute read through an instance: the run-time class's value."""
        def choose(c):
            found, value = c.lookup_constant(attr)
            state = self.class_attribute_state(c, attr)
            return (found, "state", state) if state is not None else (found, type(value), value)
        groups = self.dispatch_groups(info, choose)
        if any(not key[0] for key, _ in groups):
            return None

        def branch(key, members):
            if key[1] == "state":
                return self.m.state.load(self, at, key[2])
            return self.global_constant(at, "%s.%s" % (members[0].name, attr), key[2])

        return self.emit_dispatch(at, receiver, groups, branch, "%s.%s" % (info.name, attr))

    def class_attribute_state(self, info, attr):
        """The module-state name of class attribute attr as info finds it along its MRO
        ("Owner.attr", fxn_globals.class_attribute_state), or None when it is a constant."""
        for c in info.mro:
            if attr in c.constants:
                name = "%s.%s" % (c.name, attr)
                return name if self.m.state.has(name) else None
        return None

    def names_module_class(self, e):
        """Whether e is a name of a class the module defines (not a local)."""
        if not isinstance(e, ast.Name) or e.id in self.locals or e.id in self.renames:
            return False
        value = self.m.resolve_global_quiet(e.id)
        return isinstance(value, type) and getattr(value, "__module__", None) == self.m.module.__name__

    def class_attribute_target(self, target):
        """For `Class.attr = ...`: the module-state name it assigns, when the target names a class
        of the module and an attribute of that class's own that is state; else None."""
        if not (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)
                and target.value.id not in self.locals and target.value.id not in self.renames):
            return None
        name = "%s.%s" % (target.value.id, target.attr)
        return name if self.m.state.has(name) else None

    def class_name_of(self, at, value):
        """type(x).__name__ of an instance."""
        info = prune(value[1]).info
        groups = self.dispatch_groups(info, lambda c: c.name)
        return self.emit_dispatch(at, value, groups, lambda name, _: self.constant(at, name), "type().__name__")

    def field_class(self, at, info, attr, creating):
        """The class of info's layout chain that holds field attr; in a discovery pass, a new
        field goes to the class whose method assigns it (or to info)."""
        owner = field_owner(info, attr)
        if owner is not None:
            return owner
        for sub in all_subclasses(info):
            if attr in sub.fields and not self.discovery:
                raise unsupported(at, "field '%s' of only some subclasses of %s, read through a value of class %s"
                                  % (attr, info.name, info.name))
        if not self.discovery or not creating and (info.base is not None or info.name in self.m.base_names):
            return None  # a read creates no field in a hierarchy: it may belong to a subclass
        me = self.target.owner
        return add_field(me if me is not None and me in layout_chain(info) else info, attr)

    # ---- isinstance narrowing ----

    def class_narrowing(self, test, when_true):
        """`isinstance(x, C)` (true) or `not isinstance(x, C)` (false) with x a variable of a base
        class of C: x, marked with C, for the narrowed set."""
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            return self.class_narrowing(test.operand, not when_true)
        if not (when_true and isinstance(test, ast.Call) and isinstance(test.func, ast.Name)
                and test.func.id == "isinstance" and self.resolves_to_builtin("isinstance") and len(test.args) == 2
                and isinstance(test.args[0], ast.Name) and isinstance(test.args[1], ast.Name)):
            return None
        var = self.renames.get(test.args[0].id, test.args[0].id)
        t = prune(self.var_types.get(var))
        cls = self.m.resolve_global_quiet(test.args[1].id)
        if not isinstance(t, ClassT) or not isinstance(cls, type) or test.args[1].id in self.locals \
                or cls not in self.m.classes or cls is t.info.cls or not issubclass(cls, t.info.cls):
            return None
        narrowed = ClassNarrowing(var)
        narrowed.info = self.m.classes[cls]
        return narrowed

    def narrowed_instance(self, at, var, value):
        for n in self.narrowed:
            if n == var and isinstance(n, ClassNarrowing):
                return self.object_cast(at, value, ClassT(n.info))
        return value

    # ---- super(), calls through a class ----

    def super_call(self, e, func):
        """super().attr(...) in a method: the next class along the MRO after the method's class."""
        here = self.target.owner
        if here is None or self.target.kind != "method" or not self.fn.args.args:
            raise unsupported(e, "super() outside a method")
        for sub in all_subclasses(here):
            if sub.mro[sub.mro.index(here) + 1:] != here.mro[1:]:
                raise unsupported(e, "super() in %s, whose subclass %s has another MRO after it"
                                  % (here.name, sub.name))
        receiver = self.load(e, self.variable(self.fn.args.args[0].arg))
        method = None
        for c in here.mro[1:]:
            if func.attr in c.methods:
                method = c.methods[func.attr]
                break
        if method is None:
            if func.attr == "__init__":
                if here.exception:
                    self.set_exception_args(e, receiver, [self.expr(a) for a in e.args], e)
                    return self.constant(e, None)
                if e.args or e.keywords:
                    raise Diagnostic(e, "object.__init__() takes exactly one argument (the instance to initialize)")
                return self.constant(e, None)
            raise unsupported(e, "super().%s() (no class after %s along the MRO defines it)" % (func.attr, here.name))
        args = self.bind_args(e, method)
        if method.kind == "method":
            args = [receiver] + args
        elif method.kind != "staticmethod":
            raise unsupported(e, "super().%s (a property)" % func.attr)
        return self.m.call_callable(e, self, method, args)

    def class_attribute_call(self, e, info, attr):
        """Class.method(instance, ...) or Class.static_method(...)."""
        method = info.lookup_method(attr)
        if method is None or method.kind not in ("staticmethod", "method", "classmethod"):
            raise unsupported(e, "calling %s.%s through the class" % (info.name, attr))
        if method.kind == "classmethod":
            bound = self.m.classmethod_on(method, info)
            return self.m.call_callable(e, self, bound, self.bind_args(e, bound))
        if method.kind == "staticmethod":
            return self.m.call_callable(e, self, method, self.bind_args(e, method))
        if not e.args:
            raise Diagnostic(e, "%s() missing 1 required positional argument: 'self'" % method.python_name)
        receiver = self.expr(e.args[0])
        t = prune(receiver[1])
        if not (isinstance(t, ClassT) and is_subclass(t.info, method.owner) or self.discovery):
            raise unsupported(e, "calling %s on a %s" % (method.python_name, show(t)))
        rest = ast.copy_location(ast.Call(func=e.func, args=e.args[1:], keywords=e.keywords), e)
        args = self.bind_args(rest, method)
        return self.m.call_callable(e, self, method, [receiver] + args)

    # ---- isinstance across a hierarchy ----

    def isinstance_of_instance(self, e, value, wanted):
        """isinstance(x, wanted classes) for an instance: decided statically where the hierarchy
        allows, else by its run-time class."""
        info = prune(value[1]).info
        if any(isinstance(w, type) and issubclass(info.cls, w) for w in wanted):
            return self.constant(e, True)
        run_time = run_time_classes(info)
        members = [c for c in run_time if any(isinstance(w, type) and issubclass(c.cls, w) for w in wanted)]
        if not members:
            return self.constant(e, False)
        if len(members) == len(run_time):
            return self.constant(e, True)
        return self.class_in(e, value, members)

    # ---- user exception classes with a body ----

    def set_exception_args(self, at, obj, args, call):
        """The hidden fields of a user exception from the arguments of BaseException.__init__:
        str(e) (no args: '', one: str(arg), more: the tuple's repr) and the args' reprs."""
        if call is not None and getattr(call, "keywords", None):
            raise Diagnostic(call.keywords[0], "%s() takes no keyword arguments" % prune(obj[1]).info.name)
        reprs = [self.call_op(at, "builtins.repr", [a], "repr()") for a in args]
        if not args:
            message = args_repr = self.constant(at, "")
        else:
            args_repr = reprs[0]
            for r in reprs[1:]:
                args_repr = self.concat(at, [args_repr, self.constant(at, ", "), r])
            if len(args) == 1:
                message = self.to_str(at, args[0])
            else:
                message = self.concat(at, [self.constant(at, "("), args_repr, self.constant(at, ")")])
        self.set_field(at, obj, EXC_FIELDS[0], message)
        self.set_field(at, obj, EXC_FIELDS[1], args_repr)
        if field_owner(prune(obj[1]).info, EXC_ARGS) is not None:
            self.set_field(at, obj, EXC_ARGS, self.build_tuple(at, args))

    def concat(self, at, pieces):
        return self.value(at, "CALL_FUNCTION", "concat", "fxn.concat", [n for n, _ in pieces], STR)

    def exception_message(self, at, obj):
        """str() of a user exception instance, as its raise records it (what `except Exception
        as e: str(e)` and an uncaught exception report). CPython calls __str__ only then, so a
        __str__ is called at the raise only when calling it later could not differ: it must be
        a plain function of the instance's immutable fields (stable_str_method)."""
        info = prune(obj[1]).info
        for c in [info] + self.possible_classes(info):
            method = c.lookup_method("__str__")
            if method is not None:
                self.check_stable_str_method(at, c, method)
        if self.prints_by_methods(obj):
            return self.dunder_str(at, obj)
        return self.get_attribute(at, obj, EXC_FIELDS[0])

    STABLE_STR_CALLS = {"str", "repr", "len", "format", "int", "float", "abs", "round", "hex", "oct", "bin", "chr",
                        "ord", "upper", "lower", "title", "capitalize", "strip", "lstrip", "rstrip", "zfill", "ljust",
                        "rjust", "center", "replace", "join"}

    def check_stable_str_method(self, at, info, method):
        """Refuses the raise of an exception whose class's __str__ could give another answer, or
        act, when CPython calls it later than the raise: it must be one `return` of an expression
        over constants and fields of self holding immutable values, with builtin str/len/format
        calls only."""
        def field_is_immutable(name):
            name = exception_args_field(info, name, False) or name  # self.args: the hidden tuple field
            owner = field_owner(info, name)
            return owner is not None and (isinstance(prune(owner.fields[name]), TypeVar)
                                          or immutable_type(owner.fields[name]))
        body = [s for s in method.node.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
        self_name = method.node.args.args[0].arg if method.node.args.args else None
        why = None
        if len(body) != 1 or not isinstance(body[0], ast.Return) or body[0].value is None:
            why = "its body is not one return"
        else:
            for n in ast.walk(body[0].value):
                if isinstance(n, ast.Call):
                    f = n.func
                    name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
                    if name not in self.STABLE_STR_CALLS or isinstance(f, ast.Attribute) and isinstance(
                            f.value, ast.Name) and f.value.id == self_name:
                        why = "it calls %s" % (name or "a computed function")
                elif isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == self_name:
                    if not field_is_immutable(n.attr):
                        why = "it reads self.%s, which may change after the raise" % n.attr
                elif isinstance(n, ast.Name) and n.id != self_name and n.id not in self.STABLE_STR_CALLS:
                    why = "it reads %s" % n.id
                elif isinstance(n, (ast.NamedExpr, ast.Lambda, ast.Await, ast.Yield, ast.YieldFrom, ast.Subscript,
                                    ast.ListComp, ast.GeneratorExp, ast.DictComp, ast.SetComp)):
                    why = "it uses %s" % type(n).__name__
                if why:
                    break
        if why:
            raise unsupported(at, "raise of a %s, whose %s CPython calls only when the message is read: fxn calls "
                                  "it at the raise, the same only for one return of immutable fields (%s)"
                                  % (info.name, method.python_name, why))

    def raise_instance(self, s, obj):
        t = prune(obj[1])
        message = self.exception_message(s, obj)
        self.emit(s, "RAISE", None, t.info.name, [message[0], obj[0]])
        self.assigned = None
