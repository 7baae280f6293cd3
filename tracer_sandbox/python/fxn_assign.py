"""Assignments to IR: `=` to names, items, slices, fields and unpacked targets (starred too),
augmented assignment, `del`, and the fused counting idiom `d[k] = d.get(k, n) + m`.
"""

import ast

from fxn_diagnostics import Diagnostic, unsupported
from fxn_types import (DYN, FLOAT, INT, INT64_MAX, STR, ArrT, DictT, ListT, SetT, TupleT, TypeVar, join, prune, rebind, show,
                       unify)


class AssignmentLowering:
    """Lowers assignments (a FunctionBuilder mixin)."""

    def assign(self, target, value):
        name, t = value
        if isinstance(target, ast.Name) and target.id in self.global_names and target.id not in self.renames:
            self.m.state.store(self, target, target.id, value)  # `global x; x = ...`
        elif isinstance(target, ast.Name):
            var = self.variable(target.id, target)
            self.store_type(target, var, t)
            self.store(target, var, value)
        elif isinstance(target, ast.Subscript):
            container = self.expr(target.value)
            if isinstance(prune(container[1]), ArrT):
                self.np.setitem(target, container, target.slice, value)
                return
            if isinstance(target.slice, ast.Slice):
                bounds = self.slice_bounds(target.slice)
                self.call_op(target, "fxn.setslice", [container, *bounds, value], "[:]=", statement=True)
                return
            index = self.expr(target.slice)
            self.setitem(target, container, index, value)
        elif isinstance(target, ast.Attribute) and (state := self.class_attribute_target(target)) is not None:
            self.m.state.store(self, target, state, value)
        elif isinstance(target, ast.Attribute) and self.names_module_class(target.value):
            raise unsupported(target, "assigning %s.%s, which is not an attribute of %s's own at import (CPython "
                                      "would give the class a new attribute)" % (target.value.id, target.attr,
                                                                                 target.value.id))
        elif isinstance(target, ast.Attribute):
            obj = self.expr(target.value)
            self.set_field(target, obj, target.attr, value)
        elif isinstance(target, (ast.Tuple, ast.List)):
            pt = prune(t)
            if isinstance(pt, TypeVar) and self.discovery:
                pt = TupleT([TypeVar() for _ in target.elts])
                unify(t, pt)
            stars = [k for k, sub in enumerate(target.elts) if isinstance(sub, ast.Starred)]
            if len(stars) > 1:
                raise Diagnostic(target, "multiple starred expressions in assignment")
            if stars:
                self.assign_starred(target, value, stars[0])
                return
            if pt is DYN:  # a, b = e.args: the dynamic value's items, checked as CPython unpacks
                value = self.call_op(target, "fxn.dyn_unpack", [value, self.constant(target, len(target.elts))],
                                     "unpacking")
                parts = [self.call_op(target, "operator.getitem", [value, self.constant(target, i)], "[]")
                         for i in range(len(target.elts))]
            elif isinstance(pt, ListT):
                # a, b = some_list: CPython checks the length, then unpacks.
                n = len(target.elts)
                size = self.call_op(target, "builtins.len", [value], "len()")
                self.emit(target, "CALL_FUNCTION", None, "fxn.check_unpack", [size[0], self.constant(target, n)[0]])
                parts = [self.call_op(target, "operator.getitem", [value, self.constant(target, i)], "[]")
                         for i in range(n)]
            elif isinstance(pt, TupleT):
                if len(pt.elems) != len(target.elts):
                    raise Diagnostic(target, "cannot unpack a tuple of %d into %d names"
                                     % (len(pt.elems), len(target.elts)))
                parts = [self.tuple_get(target, name, pt, i) for i in range(len(pt.elems))]
            else:
                raise unsupported(target, "unpacking %s" % show(t))
            for sub, part in zip(target.elts, parts):
                self.assign(sub, part)
        else:
            raise unsupported(target, "assignment to %s" % type(target).__name__)

    def assign_starred(self, target, value, star):
        """first, *rest = seq: the names around the star take single items, the star a list."""
        pt = prune(value[1])
        before, after = star, len(target.elts) - star - 1
        if isinstance(pt, TupleT):
            n = len(pt.elems)
            if n < before + after:
                raise Diagnostic(target, "not enough values to unpack (expected at least %d, got %d)"
                                 % (before + after, n))
            items = [self.tuple_get(target, value[0], pt, i) for i in range(n)]
            middle = items[before:n - after]
            rest = self.list_of(target, middle) if middle else \
                self.value(target, "CALL_FUNCTION", "empty_list", "fxn.empty_list", [], ListT(TypeVar()))
            parts = items[:before] + [rest] + items[n - after:]
        elif isinstance(pt, (ListT, TupleT)) or pt is STR:
            if pt is STR:
                value = self.as_list(target, value)
            size = self.call_op(target, "builtins.len", [value], "len()")
            self.emit(target, "CALL_FUNCTION", None, "fxn.check_unpack_star",
                      [size[0], self.constant(target, before + after)[0]])
            parts = [self.call_op(target, "operator.getitem", [value, self.constant(target, i)], "[]")
                     for i in range(before)]
            stop = self.constant(target, -after if after else INT64_MAX)
            parts.append(self.call_op(target, "fxn.slice", [value, self.constant(target, before), stop,
                                                             self.constant(target, 1)], "[:]"))
            parts += [self.call_op(target, "operator.getitem", [value, self.constant(target, -after + j)], "[]")
                      for j in range(after)]
        else:
            raise unsupported(target, "starred unpacking of %s" % show(pt))
        for k, (sub, part) in enumerate(zip(target.elts, parts)):
            self.assign(sub.value if k == star else sub, part)

    def setitem(self, at, container, index, value):
        if self.uses_operator_methods(container):
            return self.dunder_setitem(at, container, index, value)
        ct = prune(container[1])
        if isinstance(ct, DictT):
            self.check_key(at, ct.key, index[1])
            if not unify(ct.key, index[1]) and prune(ct.key) is not FLOAT:
                raise unsupported(at, "dict keyed by %s indexed with %s" % (show(ct.key), show(index[1])))
            joined = join(ct.value, value[1])
            if joined is None:
                raise unsupported(at, "dict of %s values assigned %s" % (show(ct.value), show(value[1])))
            if joined is not ct.value and self.discovery:
                rebind(ct.value, joined)
            value = self.coerce(at, value, ct.value)
            index = self.coerce(at, index, ct.key)
        elif isinstance(ct, ListT):
            value = self.coerce(at, value, ct.elem)
        self.call_op(at, "operator.setitem", [container, index, value], "[]=", statement=True)

    def aug_assign(self, s):
        target = s.target
        if isinstance(target, ast.Name):
            current = self.m.state.load(self, target, target.id) if target.id in self.global_names \
                else self.load(target, self.variable(target.id, target))
            ct = prune(current[1])
            if isinstance(ct, ListT) and isinstance(s.op, ast.Add):
                # xs += ys extends the list in place: every alias sees it.
                value = self.expr(s.value)
                self.call_op(s, "list.extend", [current, self.as_list(s.value, value)], "+=", statement=True)
                return
            if isinstance(ct, ListT) and isinstance(s.op, ast.Mult):
                raise unsupported(s, "in-place list repetition (xs *= n)")
            if isinstance(ct, SetT) and type(s.op) in (ast.BitOr, ast.BitAnd, ast.Sub, ast.BitXor):
                op = {ast.BitOr: "operator.ior", ast.BitAnd: "operator.iand", ast.Sub: "operator.isub",
                      ast.BitXor: "operator.ixor"}[type(s.op)]
                result = self.call_op(s, op, [current, self.expr(s.value)], "|=")
                self.assign(target, result)
                return
            if isinstance(ct, DictT):
                raise unsupported(s, "augmented assignment to a dict")
            result = self.binop(s, s.op, current, self.expr(s.value), augmented=True)
            if isinstance(ct, ArrT):
                self.np.in_place(s, current, result)  # a += x writes into a's buffer: aliases see it
                return
            self.assign(target, result)
        elif isinstance(target, ast.Subscript):
            if isinstance(target.slice, ast.Slice):
                raise unsupported(target.slice, "slice augmented assignment")
            container = self.expr(target.value)
            if isinstance(prune(container[1]), ArrT):
                # The index is built twice (read, then write back): only side-effect-free ones.
                if any(isinstance(n, (ast.Call, ast.NamedExpr, ast.Await, ast.Yield)) for n in ast.walk(target.slice)):
                    raise unsupported(target.slice, "augmented assignment to an array item whose index calls a function")
                current = self.np.subscript(target, container)
                result = self.binop(s, s.op, current, self.expr(s.value), augmented=True)
                self.np.setitem(target, container, target.slice, result)
                return
            index = self.expr(target.slice)
            current = self.subscript(target, container, index)
            result = self.binop(s, s.op, current, self.expr(s.value), augmented=True)
            self.setitem(target, container, index, result)
        elif isinstance(target, ast.Attribute) and (state := self.class_attribute_target(target)) is not None:
            current = self.m.state.load(self, target, state)
            result = self.binop(s, s.op, current, self.expr(s.value), augmented=True)
            self.m.state.store(self, target, state, result)
        elif isinstance(target, ast.Attribute) and self.names_module_class(target.value):
            raise unsupported(target, "augmented assignment to %s.%s, which is not an attribute of %s's own at "
                                      "import" % (target.value.id, target.attr, target.value.id))
        elif isinstance(target, ast.Attribute):
            obj = self.expr(target.value)
            current = self.get_attribute(target, obj, target.attr)
            result = self.binop(s, s.op, current, self.expr(s.value), augmented=True)
            self.set_field(target, obj, target.attr, result)
        else:
            raise unsupported(target, "augmented assignment to %s" % type(target).__name__)

    def delete(self, target):
        if isinstance(target, ast.Subscript):
            container = self.expr(target.value)
            if isinstance(target.slice, ast.Slice):
                bounds = self.slice_bounds(target.slice)
                self.call_op(target, "fxn.delslice", [container, *bounds], "del [:]", statement=True)
                return
            index = self.expr(target.slice)
            if self.uses_operator_methods(container):
                return self.dunder_delitem(target, container, index)
            self.call_op(target, "operator.delitem", [container, index], "del []", statement=True)
        elif isinstance(target, ast.Name) and target.id in self.locals and target.id not in self.renames:
            self.delete_local(target)
        elif isinstance(target, ast.Tuple):  # del a, b / del (a, b): one target after the other
            for item in target.elts:
                self.delete(item)
        else:
            raise unsupported(target, "del of %s (only local variables, del x[i], del x[i:j] and del d[k])"
                              % ("a global or captured name" if isinstance(target, ast.Name) else type(target).__name__))

    def delete_local(self, target):
        """`del x`: reads x (UnboundLocalError if it holds nothing), then unbinds every version of x
        (fxn_ssa: a read `del` may reach is maybe-unbound and checks its flag; whichever version
        was bound before, none is after, as in CPython)."""
        var = self.variable(target.id, target)
        if var in self.cells:
            raise unsupported(target, "del of '%s', a variable a nested function reads" % target.id)
        self.load(target, var)
        versions = self.webs.versions.get(target.id, [target.id]) if self.webs is not None else [target.id]
        for version in versions:
            if version in self.var_types:
                self.emit(target, "UNBIND", None, version)
            if self.assigned is not None:
                self.assigned.discard(version)

    def counting_idiom(self, s):
        """d[k] = d.get(k, n) + m with d a dict of int and k, n, m names or constants: one fused
        operation (one hash lookup), with the same effects in the same order."""
        simple = (ast.Name, ast.Constant)
        if len(s.targets) != 1 or not isinstance(s.targets[0], ast.Subscript):
            return False
        target, v = s.targets[0], s.value
        if not (isinstance(target.value, ast.Name) and isinstance(target.slice, simple)
                and isinstance(v, ast.BinOp) and isinstance(v.op, ast.Add) and isinstance(v.right, simple)
                and isinstance(v.left, ast.Call) and isinstance(v.left.func, ast.Attribute)
                and v.left.func.attr == "get" and isinstance(v.left.func.value, ast.Name)
                and v.left.func.value.id == target.value.id and len(v.left.args) == 2 and not v.left.keywords
                and ast.dump(v.left.args[0]) == ast.dump(target.slice) and isinstance(v.left.args[1], simple)):
            return False
        name = target.value.id
        if name not in self.locals and name not in self.renames:
            return False
        d = self.expr(target.value)
        dt = prune(d[1])
        if not (isinstance(dt, DictT) and prune(dt.value) is INT):
            return False
        key, fallback, delta = self.expr(target.slice), self.expr(v.left.args[1]), self.expr(v.right)
        if prune(fallback[1]) is not INT or prune(delta[1]) is not INT or not unify(dt.key, key[1]):
            return False
        self.check_key(target, dt.key, key[1])
        self.call_op(s, "fxn.dict_get_add", [d, key, fallback, delta], "d[k] = d.get(k, n) + m", statement=True)
        return True
