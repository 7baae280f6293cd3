"""Calls that spread a list: `f(*xs)` of a module function, where the list's length is known only at
run time (a lowering mixin).

The list is evaluated once into a temporary; then one branch per length the callee can bind (0 to
its number of positional parameters), chosen by len(xs) at run time, calls f with `xs[0]`,
`xs[1]`, ... as written-out positional arguments, so each branch binds by Python's rules at compile
time (fxn_arguments). xs must be a local variable (its type is read without emitting anything).
A branch whose binding CPython rejects (too few items: "f() missing 1 required positional
argument: 'c'") raises that TypeError instead, and every longer list raises CPython's
"f() takes 3 positional arguments but N were given" with N computed at run time. The other
arguments must be names, constants or attributes of names (evaluating them after the list cannot
be seen); a callee with *args (the tuple's arity would be a run-time value) stays rejected.
"""

import ast

from fxn_diagnostics import Diagnostic, unsupported
from fxn_types import ListT, join, prune, show


def _simple(e):
    """An argument whose evaluation has no effects and cannot see the order it runs in."""
    if isinstance(e, (ast.Name, ast.Constant)):
        return True
    return isinstance(e, ast.Attribute) and _simple(e.value)


class UnpackingLowering:
    """`f(*xs)` with xs a list (a FunctionBuilder mixin)."""

    def spreads_a_list(self, e):
        """Whether call e has one `*xs`, xs a local list, and otherwise only simple arguments."""
        stars = [a for a in e.args if isinstance(a, ast.Starred)]
        if len(stars) != 1 or any(k.arg is None for k in e.keywords):
            return False
        others = [a for a in e.args if not isinstance(a, ast.Starred)] + [k.value for k in e.keywords]
        spread = stars[0].value
        if not all(_simple(a) for a in others) or not isinstance(spread, ast.Name):
            return False
        if spread.id not in self.locals or spread.id in self.renames:
            return False
        # Its variable's type, read without emitting anything (a tuple's call keeps its IR as it was).
        t = self.var_types.get(self.variable(spread.id, spread))
        return t is not None and isinstance(prune(t), ListT)

    def call_spreading_list(self, e, target):
        fn = target.node
        if fn.args.vararg is not None:
            raise unsupported(e, "*list in a call of a function with *%s (the tuple's length would be known "
                              "only at run time; pass a tuple)" % fn.args.vararg.arg)
        star_at = next(i for i, a in enumerate(e.args) if isinstance(a, ast.Starred))
        star = e.args[star_at]
        items = self.expr(star.value)
        holder = self.new_temp(items[1], "spread")
        self.store(star, holder, items)
        # A synthetic Name (no Python identifier, so it never clashes), the same in every pass.
        ident = "$spread@%d:%d" % (star.lineno, star.col_offset)
        self.renames[ident] = holder
        size = self.call_op(e, "builtins.len", [self.load_var(e, holder)], "len()")
        most = len(fn.args.posonlyargs) + len(fn.args.args)
        calls = self.m.__dict__.setdefault("spread_calls", {})  # synthetic nodes live as long as the module
        branches = []  # (length, block, value or None when the branch raises)
        saved = set(self.assigned) if self.assigned is not None else None
        for length in range(most + 2):
            key = (id(e), length)
            if key not in calls:
                args = [ast.copy_location(ast.Subscript(value=ast.copy_location(ast.Name(id=ident, ctx=ast.Load()), star),
                                                        slice=ast.copy_location(ast.Constant(value=i), star),
                                                        ctx=ast.Load()), star) for i in range(length)]
                call = ast.copy_location(ast.Call(func=e.func, args=e.args[:star_at] + args + e.args[star_at + 1:],
                                                  keywords=e.keywords), e)
                calls[key] = (call, ast.fix_missing_locations(call))
            call = calls[key][0]
            self.blocks.append([])
            self.assigned = set(saved) if saved is not None else None
            try:
                value = self.m.call_callable(call, self, target, self.bind_args(call, target))
            except Diagnostic as d:
                if not d.message.startswith(target.python_name + "()") or "argument" not in d.message:
                    raise
                self.blocks.pop()
                self.blocks.append([])
                given = length + len(e.args) - 1
                if length <= most:
                    self.emit(e, "RAISE", None, "TypeError", [self.constant(e, d.message)[0]])
                else:  # every longer list: the count CPython prints is computed at run time
                    head, _, tail = d.message.partition(" but %d " % given)
                    count = self.call_op(e, "operator.add", [size, self.constant(e, len(e.args) - 1)], "+")
                    text = self.call_op(e, "builtins.str", [count], "str()")
                    text = self.call_op(e, "operator.add", [self.constant(e, head + " but "), text], "+")
                    text = self.call_op(e, "operator.add", [text, self.constant(e, " " + tail)], "+")
                    self.emit(e, "RAISE", None, "TypeError", [text[0]])
                value = None
            branches.append((length, self.blocks.pop(), value))
        self.assigned = saved
        results = [v for _, _, v in branches if v is not None]
        if not results:
            raise Diagnostic(e, "%s() cannot be called with these arguments" % target.python_name)
        joined = results[0][1]
        for v in results[1:]:
            joined = join(joined, v[1])
            if joined is None:
                raise unsupported(e, "*list in a call whose result type depends on the list's length (%s and %s)"
                                  % (show(results[0][1]), show(v[1])))
        result = self.new_temp(joined, "result")
        # From the last branch (any longer list) up: IF len == k THEN branch k ELSE the rest.
        rest = branches[-1][1]
        if branches[-1][2] is not None:
            self.blocks.append(rest)
            self.emit(e, "STORE", None, result, [self.coerce(e, branches[-1][2], joined)[0]])
            self.blocks.pop()
        for length, block, value in reversed(branches[:-1]):
            if value is not None:
                self.blocks.append(block)
                self.emit(e, "STORE", None, result, [self.coerce(e, value, joined)[0]])
                self.blocks.pop()
            self.blocks.append([])
            test = self.call_op(e, "operator.eq", [size, self.constant(e, length)], "==")
            self.emit(e, "IF", None, "", [test[0]], blocks=[{"nodes": block}, {"nodes": rest}])
            rest = self.blocks.pop()
        for node in rest:
            self.blocks[-1].append(node)
        del self.renames[ident]
        if saved is not None:
            self.assigned = saved | {result}
        return self.value(e, "LOAD", result.lstrip("$"), result, [], joined)
