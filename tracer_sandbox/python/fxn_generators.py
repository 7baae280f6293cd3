"""Generators to IR: generator functions (`yield`, `yield from`, `return value`), generator
expressions used as values, and the consumers that need a generator's laziness (any/all, zip).

A generator function is specialized like any function; its return type is `gen[T, R]` (GenT:
the items it yields, the value it returns). `yield v` is the statement CALL_FUNCTION fxn.yield
and lowering makes the function a C++20 coroutine (runtime/fxn_gen.hpp), so the body runs only
as far as its consumer asks, exactly when CPython's would. `yield from it` is a loop yielding
each item of `it`. A generator expression used as a value becomes a generator function of its
own (one per expression, cached so every pass sees the same nodes): its first iterable (or the
arguments of range/enumerate/zip/reversed there) is evaluated at creation, as CPython does, and
the enclosing variables it reads are passed in; since CPython reads those when the generator
runs, a variable that may be reassigned after the creation is rejected rather than read stale.
Iterating a generator is FOR_EACH over it; consumers that read every item first (list, sorted,
sum, min, max, set, dict, str.join) get it as a list (fxn.gen_to_list).
"""

import ast

from fxn_diagnostics import Diagnostic, unsupported
from fxn_callables import Callable
from fxn_syntax import walk_scope
from fxn_types import (BOOL, INT, NONE, DictT, GenT, SetT, TypeVar, join, link_sent, prune, rebind, sent_type,
                       set_sent_type, show, type_str, unify)

# Synthetic AST built once per user node, so that every pass and round sees the same nodes and
# node ids (comprehension variable types are keyed by node id). Each entry holds its user node,
# so that node's id cannot be reused by another while the entry lives.
_SYNTHETIC = {}


def _synthetic(node, tag, build):
    key = (id(node), tag)
    entry = _SYNTHETIC.get(key)
    if entry is None or entry[0] is not node:
        entry = (node, build())
        _SYNTHETIC[key] = entry
    return entry[1]

# Builtins that read every item of their argument before anything else can happen.
CONSUMING_BUILTINS = ("sum", "min", "max", "sorted", "list", "set", "dict", "tuple", "enumerate")
# Builtins whose first iterable keeps its arguments when a generator expression starts from it.
ITERATOR_BUILTINS = ("range", "enumerate", "zip", "reversed")


def yields_of(fn):
    """The yield and yield-from nodes of fn's own scope, in source order."""
    if isinstance(fn, ast.Lambda):
        return []
    return sorted((n for n in walk_scope(fn) if isinstance(n, (ast.Yield, ast.YieldFrom))),
                  key=lambda n: (n.lineno, n.col_offset))


def _stores_with_loops(fn):
    """(name, store node, the loops around it) for each assignment of a name in fn's scope."""
    out = []

    def visit(node, loops):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
                continue
            inner = loops + [child] if isinstance(child, (ast.For, ast.While, ast.comprehension)) else loops
            if isinstance(child, ast.Name) and isinstance(child.ctx, ast.Store):
                out.append((child.id, child, loops))
            elif isinstance(child, ast.ExceptHandler) and child.name:
                out.append((child.name, child, loops))
            visit(child, inner)

    visit(fn, [])
    return out


def _contains(outer, inner):
    return any(n is inner for n in ast.walk(outer))


class GeneratorLowering:
    """Lowers generator functions and generator values (a FunctionBuilder mixin)."""

    # ---- generator functions ----

    def begin_generator(self, fn):
        """Called before the body of a function with yields: its return type becomes gen[T, R]
        and `return v` gives R."""
        self.gen_type = None
        yields = yields_of(fn)
        if not yields:
            return
        self.check_yield_positions(fn)
        # What is sent to this specialization's generators, kept by the module across rounds.
        holder = self.m.sent_holders.setdefault(self.symbol, TypeVar())
        if getattr(self.target, "prelude", None) is not None or getattr(fn, "fxn_iterator_kind", None):
            # An itertools object, or an __iter__ rewritten from `return iter(self.items)`: compiled
            # as generators, but CPython's objects have no send() (AttributeError).
            name = self.target.python_name
            holder.not_generator = "%s %s object" % ("an" if name[:1] in "aeiou" else "a", name) \
                if getattr(self.target, "prelude", None) is not None else fn.fxn_iterator_kind
        gen = prune(self.return_type)
        if not isinstance(gen, GenT):
            gen = GenT(TypeVar(), TypeVar(), holder)
            if not unify(self.return_type, gen):
                raise Diagnostic(fn, "generator function '%s' is used as %s" % (fn.name, show(self.return_type)))
        link_sent(gen.sent, holder)
        self.gen_type = gen
        self.return_type = gen.result

    def end_generator(self):
        if self.gen_type is not None:
            self.return_type = self.gen_type

    def check_yield_positions(self, fn):
        """yield from only as a statement, `x = yield from g` or `return (yield from g)`; no
        yield inside a try with a finally or a catch-all handler, nor inside a with statement
        (CPython runs those when a generator that is not exhausted is closed; fxn frees it
        without running them). A yield may be a value anywhere (yield_expression)."""
        allowed = set()
        for n in walk_scope(fn):
            if isinstance(n, ast.Expr) and isinstance(n.value, ast.YieldFrom):
                allowed.add(id(n.value))
            if isinstance(n, ast.Assign) and isinstance(n.value, ast.YieldFrom) and len(n.targets) == 1:
                allowed.add(id(n.value))
            if isinstance(n, ast.Return) and isinstance(n.value, ast.YieldFrom):
                allowed.add(id(n.value))
        for n in walk_scope(fn):
            if isinstance(n, ast.YieldFrom) and id(n) not in allowed:
                raise unsupported(n, "yield from inside an expression (fxn compiles it as a statement, "
                                  "`x = yield from g` or `return (yield from g)`)")
            if isinstance(n, ast.With):  # its __exit__ is a finally (fxn_dunder_lowering's `with`)
                inner = [y for part in n.body for y in ast.walk(part) if isinstance(y, (ast.Yield, ast.YieldFrom))]
                if inner:
                    raise unsupported(inner[0], "yield inside a with statement (CPython runs __exit__ when an "
                                      "unfinished generator is closed)")
            if isinstance(n, ast.Try):
                catch_all = any(h.type is None or isinstance(h.type, ast.Name) and h.type.id in
                                ("BaseException", "GeneratorExit") for h in n.handlers)
                if n.finalbody or catch_all:
                    for part in n.body + n.orelse + [s for h in n.handlers for s in h.body]:
                        inner = [y for y in ast.walk(part) if isinstance(y, (ast.Yield, ast.YieldFrom))]
                        if inner:
                            raise unsupported(inner[0], "yield inside try/%s (CPython runs it when an unfinished "
                                              "generator is closed)" % ("finally" if n.finalbody else "except:"))

    def yield_statement(self, y):
        """`yield v` (statement)."""
        self.emit_yield(y, None if y.value is None else self.expr(y.value), False)

    def yield_expression(self, y):
        """`yield v` as a value: None when the generator is resumed by next() (for, list(), ...),
        the value passed when it is resumed by send(); its type is sent_type (None joined with
        what every send() passes)."""
        return self.emit_yield(y, None if y.value is None else self.expr(y.value), True)

    def emit_yield(self, y, value, want_value):
        """Yields `value` (None: the constant None); with want_value, returns what the yield
        evaluates to."""
        if self.gen_type is None:
            raise Diagnostic(y, "yield outside a generator function")
        rep = prune(self.gen_type.sent)
        if getattr(rep, "sent_conflict", None) is not None:
            a, b = rep.sent_conflict
            raise Diagnostic(y, "generator is sent %s and %s (fxn gives the values a yield receives one type)"
                             % (show(a), show(b)))
        if value is None:
            value = self.constant(y, None)
        item = self.gen_type.item
        if not unify(item, value[1]):
            joined = join(item, value[1])
            if joined is None:
                raise Diagnostic(y, "generator yields %s here but %s elsewhere (fxn gives a generator's items one "
                                 "type)" % (show(value[1]), show(item)))
            if self.discovery:
                rebind(item, joined)
        value = self.coerce(y, value, item)
        if want_value:
            sent = sent_type(self.gen_type)
            self.none_yield_values = sent is NONE  # for the diagnostic of an operation on it (IREmitter.call_op)
            if sent is NONE and self.m.lenient:
                # The module's first round only discovers types, and the send() that widens this
                # may come after this body: its uses are not typed None yet (nor refused).
                sent = TypeVar()
            return self.value(y, "CALL_FUNCTION", "sent", "fxn.yield", [value[0]], sent)
        self.emit(y, "CALL_FUNCTION", None, "fxn.yield", [value[0]])
        return None

    def yield_from(self, y, want_result):
        """`yield from it`: each item of it yielded in turn; with want_result, the value of the
        expression (what a delegated generator returned)."""
        if self.gen_type is None:
            raise Diagnostic(y, "yield from outside a generator function")
        inner_yield, target = _synthetic(y, "yield_from", lambda: (
            ast.copy_location(ast.Yield(value=ast.copy_location(ast.Name(id="$yielded", ctx=ast.Load()), y)), y),
            ast.copy_location(ast.Name(id="$yielded", ctx=ast.Store()), y)))
        source = self.expr(y.value)
        not_generator = getattr(prune(prune(source[1]).sent), "not_generator", None) \
            if isinstance(prune(source[1]), GenT) else None
        if isinstance(prune(source[1]), GenT) and not_generator is None:
            link_sent(self.gen_type.sent, prune(source[1]).sent)  # what is sent here is sent there
            if sent_type(self.gen_type) is not NONE:
                return self.yield_from_sending(y, source, want_result)
        elif not_generator is not None and sent_type(self.gen_type) is not NONE:
            raise unsupported(y, "yield from %s in a generator that is sent values (CPython passes each sent value "
                              "to its send(), which it lacks)" % not_generator)
        elif sent_type(self.gen_type) is not NONE and not isinstance(prune(source[1]), TypeVar):
            raise unsupported(y, "yield from a %s in a generator that is sent values (CPython passes each sent "
                              "value to the iterator's send(), which only a generator has)" % show(source[1]))
        holder = self.new_temp(source[1], "yf")
        self.store(y, holder, source)
        item_var = self.new_temp(TypeVar(), "yv")
        saved = dict(self.renames)
        self.renames["$yielded"] = item_var
        before = set(self.assigned)
        self.loop_depth += 1
        self.break_flags.append(None)
        is_gen = isinstance(prune(source[1]), GenT)
        held = self.load_var(y, holder)
        if is_gen:
            self.iterate_items(y, target, held, prune(source[1]).item, lambda: self.yield_statement(inner_yield),
                               before)
        else:
            self.iterate_held(y, target, held, lambda: self.yield_statement(inner_yield), before)
        self.break_flags.pop()
        self.loop_depth -= 1
        self.renames = saved
        self.assigned = before | {holder}
        if not want_result:
            return None
        if not is_gen:
            return self.constant(y, None)
        return self.call_op(y, "fxn.gen_return", [self.load_var(y, holder)], "yield from")

    def yield_from_sending(self, y, source, want_result):
        """`yield from g` in a generator that is sent values: as CPython's SEND loop, each value
        this generator is resumed with (None after next()) resumes g, whose items it yields."""
        holder = self.new_temp(source[1], "yf")
        self.store(y, holder, source)
        sent_t = sent_type(self.gen_type)
        sent_var = self.new_temp(sent_t, "ys")
        self.store(y, sent_var, self.coerce(y, self.constant(y, None), sent_t))
        before = set(self.assigned) if self.assigned is not None else set()
        self.loop_depth += 1
        self.break_flags.append(None)

        def loop_body():
            got = self.call_op(y, "fxn.gen_send_step", [self.load_var(y, holder), self.load_var(y, sent_var)],
                               "yield from")
            stop, _ = self.value(y, "CALL_FUNCTION", "not_", "operator.not_", [got[0]], BOOL)
            self.emit(y, "IF", None, "", [stop], blocks=[{"nodes": [self.break_node(y)]}, {"nodes": []}])
            item = self.call_op(y, "fxn.gen_current", [self.load_var(y, holder)], "yield from")
            self.store(y, sent_var, self.emit_yield(y, item, True))

        body = self.loop_block(before, None, loop_body, None)
        self.emit(y, "LOOP", None, "", [], blocks=[body])
        self.break_flags.pop()
        self.loop_depth -= 1
        self.assigned = before
        if not want_result:
            return None
        return self.call_op(y, "fxn.gen_return", [self.load_var(y, holder)], "yield from")

    # ---- send() ----

    def generator_method(self, e, receiver, attr):
        """g.send(v); every other method of a generator object (throw, close) is refused."""
        gen = prune(receiver[1])
        if attr != "send" or e.keywords or len(e.args) != 1 or isinstance(e.args[0], ast.Starred):
            if attr == "send" and not e.keywords and len(e.args) != 1:
                raise Diagnostic(e, "generator.send() takes exactly one argument (%d given)" % len(e.args))
            raise unsupported(e, "method %s.%s()" % (show(gen), attr))
        not_generator = getattr(prune(gen.sent), "not_generator", None)
        if not_generator is not None:
            raise unsupported(e, "send() to what may be %s (CPython's has no send(); fxn compiles it as a "
                              "generator)" % not_generator)
        value = self.expr(e.args[0])
        vt = prune(value[1])
        if isinstance(vt, TypeVar):
            if self.discovery:
                return "$unknown", TypeVar()
            raise Diagnostic(e.args[0], "cannot infer the type of the value sent")
        if vt is NONE:
            return self.call_op(e, "builtins.next", [receiver], "send()")  # send(None) is next(g)
        current = sent_type(gen)
        joined = join(current, vt)
        if joined is None:
            raise Diagnostic(e, "generator.send() of %s to a generator that is sent %s elsewhere (fxn gives the "
                             "values a yield receives one type)" % (show(vt), show(current)))
        if type_str(joined, "?") != type_str(current, "?"):
            set_sent_type(gen, joined)  # the generator's body is built again with it (ModuleBuilder.field_changes)
        value = self.coerce(e, value, sent_type(gen))
        return self.call_op(e, "fxn.gen_send", [receiver, value], "send()")

    def iterate_held(self, at, target, seq, body_fn, before):
        """A loop over a value already computed (what iterate_value does for an expression)."""
        name = _synthetic(at, "held", lambda: ast.copy_location(ast.Name(id="$held", ctx=ast.Load()), at))
        var = self.new_temp(seq[1], "yh")
        self.store(at, var, seq)
        self.renames["$held"] = var
        self.iterate_value(at, target, name, body_fn, before | {var})

    # ---- generator expressions as values ----

    def generator_value(self, e):
        """A generator expression used as a value: a call of its own generator function."""
        callable_, parts = self.genexpr_function(e)
        self.check_late_binding(e, callable_.captures)
        args = [self.expr(p) for p in parts]
        if args and isinstance(prune(args[0][1]), (DictT, SetT)) and id(e) not in getattr(self, "consumed_at_once", ()):
            # CPython takes the dict's (set's) iterator when the generator is made and raises if
            # the size changed before an item is read; fxn's loop starts at the first item.
            raise unsupported(e, "generator expression over a %s kept as a value (CPython's iterator sees size "
                              "changes made before its first item; iterate a list of it instead)"
                              % ("dict" if isinstance(prune(args[0][1]), DictT) else "set"))
        return self.m.call_callable(e, self, callable_, args)

    def genexpr_function(self, e):
        return _synthetic(e, ("genexpr", self.target.symbol_base), lambda: self.build_genexpr_function(e))

    def build_genexpr_function(self, e):
        first = e.generators[0]
        parts, iterable = self.split_first_iterable(first.iter)
        body = ast.copy_location(ast.Expr(value=ast.copy_location(ast.Yield(value=e.elt), e.elt)), e.elt)
        for k in range(len(e.generators) - 1, -1, -1):
            gen = e.generators[k]
            if gen.is_async:
                raise unsupported(gen, "async comprehension")
            for cond in reversed(gen.ifs):
                body = ast.copy_location(ast.If(test=cond, body=[body], orelse=[]), cond)
            body = ast.copy_location(ast.For(target=gen.target, iter=iterable if k == 0 else gen.iter,
                                             body=[body], orelse=[], type_comment=None), gen.iter)
        params = [ast.arg(arg="$genit%d" % k) for k in range(len(parts))]
        fn = ast.FunctionDef(name="<genexpr>", args=ast.arguments(posonlyargs=[], args=params, vararg=None,
                                                                 kwonlyargs=[], kw_defaults=[], kwarg=None,
                                                                 defaults=[]),
                             body=[body], decorator_list=[], returns=None, type_comment=None)
        ast.copy_location(fn, e)
        ast.fix_missing_locations(fn)
        captures = self.genexpr_captures(e, fn)
        symbol = "%s_genexpr_%d_%d" % (self.target.symbol_base, e.lineno, e.col_offset)
        return Callable(fn, "<genexpr>", symbol, captures=captures, scope=self.local_functions), parts

    def split_first_iterable(self, it):
        """(the expressions evaluated when the generator is created, the iterable the generator
        function loops over, reading them as its parameters $genit0, ...)."""
        def param(k, at):
            return ast.copy_location(ast.Name(id="$genit%d" % k, ctx=ast.Load()), at)
        if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id in ITERATOR_BUILTINS \
                and self.resolves_to_builtin(it.func.id) and not any(isinstance(a, ast.Starred) for a in it.args):
            parts = list(it.args) + [k.value for k in it.keywords]
            args = [param(k, a) for k, a in enumerate(it.args)]
            keywords = [ast.keyword(arg=kw.arg, value=param(len(it.args) + k, kw.value))
                        for k, kw in enumerate(it.keywords)]
            return parts, ast.copy_location(ast.Call(func=it.func, args=args, keywords=keywords), it)
        if isinstance(it, ast.Call) and isinstance(it.func, ast.Attribute) and not it.args and not it.keywords \
                and it.func.attr in ("items", "keys", "values", "split"):
            func = ast.copy_location(ast.Attribute(value=param(0, it.func.value), attr=it.func.attr,
                                                   ctx=ast.Load()), it.func)
            return [it.func.value], ast.copy_location(ast.Call(func=func, args=[], keywords=[]), it)
        return [it], param(0, it)

    def genexpr_captures(self, e, fn):
        """The enclosing function's variables the generator expression reads (besides its first
        iterable, evaluated at creation)."""
        own = set()
        for gen in e.generators:
            for n in ast.walk(gen.target):
                if isinstance(n, ast.Name):
                    own.add(n.id)
        skip = {id(n) for n in ast.walk(e.generators[0].iter)}
        used = []
        for n in ast.walk(e):
            if id(n) in skip or not isinstance(n, ast.Name) or not isinstance(n.ctx, ast.Load) or n.id in own:
                continue
            if n.id in self.local_functions and n.id not in self.locals:
                names = self.local_functions[n.id].captures
            elif (n.id in self.locals or n.id in self.renames) and n.id not in self.local_functions:
                names = [n.id]
            else:
                names = []
            for name in names:
                if name not in used:
                    used.append(name)
        return used

    def check_late_binding(self, at, captures):
        """CPython reads a captured variable when the generator runs; fxn passes its value at
        creation. The two agree unless the variable may be reassigned after the creation: every
        assignment must come before it and outside any loop around it."""
        for name in captures:
            if name in self.renames:
                raise unsupported(at, "generator reading comprehension variable '%s' (CPython reads its value "
                                  "when the generator runs, not when it is created)" % name)
            for ident, store, loops in _stores_with_loops(self.fn):
                if ident != name:
                    continue
                after = (store.lineno, store.col_offset) > (at.lineno, at.col_offset)
                around = any(_contains(loop, at) for loop in loops)
                if after or around:
                    raise unsupported(at, "generator reading variable '%s', which is assigned again after the "
                                      "generator is created (line %d; CPython reads its value when the generator "
                                      "runs)" % (name, store.lineno))

    def check_local_generator(self, target):
        """A local generator function reads its captured variables when it runs: the same rule
        as for generator expressions, from its def statement on."""
        if target.captures and yields_of(target.node) and not isinstance(target.node, ast.Lambda):
            self.check_late_binding(target.node, target.captures)

    # ---- consumers ----

    def peek_type(self, e):
        """The type of expression e, its nodes discarded (to choose how a call consumes it)."""
        saved_assigned = None if self.assigned is None else set(self.assigned)
        saved_unbound = set(self.maybe_unbound)
        saved_names, saved_temps, saved_vars = set(self.names), self.temp_count, set(self.var_types)
        self.blocks.append([])
        try:
            _, t = self.expr(e)
        finally:
            # Nothing of the look remains: the IR of code without generators is unchanged.
            self.blocks.pop()
            self.assigned = saved_assigned
            self.maybe_unbound = saved_unbound
            self.names, self.temp_count = saved_names, saved_temps
            for name in set(self.var_types) - saved_vars:
                del self.var_types[name]
        return prune(t)

    def as_generator_expression(self, arg):
        """`(v for v in arg)`: what any()/all()/zip() of a generator value consume lazily."""
        def build():
            target = ast.copy_location(ast.Name(id="$item", ctx=ast.Store()), arg)
            elt = ast.copy_location(ast.Name(id="$item", ctx=ast.Load()), arg)
            comp = ast.comprehension(target=target, iter=arg, ifs=[], is_async=0)
            return ast.copy_location(ast.GeneratorExp(elt=elt, generators=[comp]), arg)
        return _synthetic(arg, "wrapped", build)

    def note_consumed_at_once(self, fname, args_ast):
        """Marks the call that is the argument of a builtin reading every item at once (list(zip(g,
        ...))): there zip/enumerate of a generator may be built eagerly, nothing runs in between."""
        if fname in ("list", "sorted", "set", "dict", "sum", "min", "max") and args_ast \
                and isinstance(args_ast[0], (ast.Call, ast.GeneratorExp)):
            if not hasattr(self, "consumed_at_once"):
                self.consumed_at_once = set()
            self.consumed_at_once.add(id(args_ast[0]))

    def check_consumed_at_once(self, e, what):
        if id(e) not in getattr(self, "consumed_at_once", ()):
            raise unsupported(e, "%s of a generator kept as a value (CPython's is lazy: use it in a for loop or "
                              "pass it straight to list(), dict(), sorted(), ...)" % what)

    def generator_builtin(self, e, fname):
        """any/all/zip of generator values, which consume them lazily; None when no argument is a
        generator (the builtin is lowered as usual)."""
        if e.keywords or not e.args or any(isinstance(a, (ast.Starred, ast.GeneratorExp)) for a in e.args):
            return None
        if fname in ("any", "all") and len(e.args) == 1:
            if isinstance(self.peek_type(e.args[0]), GenT):
                return self.any_all(e, self.as_generator_expression(e.args[0]), fname == "any")
            return None
        if fname == "zip" and any(isinstance(self.peek_type(a), GenT) for a in e.args):
            self.check_consumed_at_once(e, "zip()")
            def build():
                target = ast.copy_location(ast.Name(id="$zipped", ctx=ast.Store()), e)
                elt = ast.copy_location(ast.Name(id="$zipped", ctx=ast.Load()), e)
                comp = ast.comprehension(target=target, iter=e, ifs=[], is_async=0)
                return ast.copy_location(ast.ListComp(elt=elt, generators=[comp]), e)
            return self.comprehension(_synthetic(e, "zip_list", build))
        return None

    def iterate_zip_generators(self, at, target, call, body_fn, before):
        """for a, b in zip(g, xs) with a generator among them: each round takes one item of each
        argument in order and stops at the first that is exhausted, as CPython's zip does."""
        if not (isinstance(target, (ast.Tuple, ast.List)) and len(target.elts) == len(call.args)):
            if not isinstance(target, ast.Name):
                raise unsupported(target, "zip() loop target other than one name per sequence")
        sources = [self.expr(a) for a in call.args]
        holders, indexes = [], []
        for value in sources:
            if not isinstance(prune(value[1]), GenT):
                value = self.as_list(call, value)  # a str, a range, ...: its items, indexed below
            holder = self.new_temp(value[1], "zg")
            self.store(call, holder, value)
            holders.append(holder)
            index = None
            if not isinstance(prune(value[1]), GenT):
                index = self.new_temp(INT, "zi")
                self.store(call, index, self.constant(call, 0))
            indexes.append(index)

        def loop_body():
            items = []
            for holder, index in zip(holders, indexes):
                t = prune(self.var_types[holder])
                if isinstance(t, GenT):
                    slot = self.new_temp(t.item, "zv")
                    got = self.call_op(call, "fxn.gen_step", [self.load_var(call, holder)], "zip()")
                    stop, _ = self.value(call, "CALL_FUNCTION", "not_", "operator.not_", [got[0]], BOOL)
                    self.emit(call, "IF", None, "", [stop], blocks=[{"nodes": [self.break_node(call)]},
                                                                   {"nodes": []}])
                    item = self.call_op(call, "fxn.gen_current", [self.load_var(call, holder)], "zip()")
                    self.store(call, slot, item)
                    items.append(self.load_var(call, slot))
                else:
                    i = self.load_var(call, index)
                    size = self.call_op(call, "builtins.len", [self.load_var(call, holder)], "len()")
                    done, _ = self.call_op(call, "operator.ge", [i, size], ">=")
                    self.emit(call, "IF", None, "", [done], blocks=[{"nodes": [self.break_node(call)]},
                                                                   {"nodes": []}])
                    items.append(self.call_op(call, "operator.getitem", [self.load_var(call, holder),
                                                                        self.load_var(call, index)], "[]"))
                    self.store(call, index, self.call_op(call, "operator.add", [self.load_var(call, index),
                                                                               self.constant(call, 1)], "+"))
            if isinstance(target, ast.Name):
                self.assign(target, self.build_tuple(at, items))
            else:
                for sub, item in zip(target.elts, items):
                    self.assign(sub, item)
            body_fn()

        self.assigned = set(before)
        extra = {h for h in holders} | {i for i in indexes if i is not None}
        body = self.loop_block(before | extra, None, loop_body, None)
        self.emit(at, "LOOP", None, "", [], blocks=[body])
