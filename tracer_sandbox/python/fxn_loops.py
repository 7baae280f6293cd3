"""Loops to IR: while, for (every iterable shape becomes FOR_RANGE, FOR_EACH or LOOP: one method per
shape), loops with `else:`, and comprehensions and generator expressions, which are loops.
"""

import ast

from fxn_closures import map_filter_listcomp
from fxn_diagnostics import Diagnostic, unsupported
from fxn_syntax import walk_loop_body
from fxn_types import (BOOL, DYN, INT, STR, ArrT, ClassT, DequeT, DictT, GenT, ListT, SetT, TupleT, TypeVar, join, order_is_known, prune, rebind,
                       show, unify)


class LoopLowering:
    """Lowers loops and comprehensions (a FunctionBuilder mixin)."""

    # ---- for and while ----

    def for_statement(self, s):
        before = set(self.assigned)

        def body():
            self.statements(s.body)

        self.loop_with_else(s, lambda: self.iterate(s, s.target, s.iter, body, before))

    def while_statement(self, s):
        infinite = isinstance(s.test, ast.Constant) and s.test.value is True
        before = set(self.assigned)

        def emit_loop():
            self.blocks.append([])
            if not infinite:
                cond, _ = self.truth(s.test)
                exit_cond, _ = self.value(s.test, "CALL_FUNCTION", "not_", "operator.not_", [cond], BOOL)
                self.emit(s.test, "IF", None, "", [exit_cond],
                          blocks=[{"nodes": [self.break_node(s.test)]}, {"nodes": []}])
            self.assigned = set(before)
            self.statements(s.body)
            body = {"nodes": self.blocks.pop()}
            self.emit(s, "LOOP", None, "", [], blocks=[body])

        self.loop_with_else(s, emit_loop)
        has_break = any(isinstance(n, ast.Break) for n in walk_loop_body(s.body))
        # `while True` without break only ends by return: what follows is unreachable.
        if infinite and not has_break:
            self.assigned = None

    def loop_with_else(self, s, emit_loop):
        """Runs emit_loop() (which emits one IR loop); a loop's `else:` runs when it ends without break."""
        before = set(self.assigned)
        flag = None
        if s.orelse:
            flag = self.new_temp(BOOL, "broke")
            self.store(s, flag, self.constant(s, False))
        self.break_flags.append(flag)
        self.loop_depth += 1
        emit_loop()
        self.loop_depth -= 1
        self.break_flags.pop()
        self.assigned = set(before) | ({flag} if flag else set())
        if s.orelse:
            broke = self.load_var(s, flag)
            not_broke, _ = self.value(s, "CALL_FUNCTION", "not_", "operator.not_", [broke[0]], BOOL)
            orelse = self.block(s.orelse)
            after_else = self.assigned
            self.assigned = set(before)
            self.emit(s, "IF", None, "", [not_broke], blocks=[orelse, {"nodes": []}])
            self.assigned = self.merge(self.assigned, after_else) if after_else is not None else set(before)

    def break_node(self, at):
        return {"op": "BREAK", "target": "", "args": [], "line": at.lineno, "col": at.col_offset + 1}

    def loop_block(self, before, prelude, body_fn, loop_var):
        self.assigned = set(before) | ({loop_var} if loop_var else set())
        self.blocks.append([])
        if prelude:
            prelude()
        body_fn()
        block = {"nodes": self.blocks.pop()}
        self.assigned = set(before)
        return block

    # ---- iteration: every `for` shape becomes FOR_RANGE, FOR_EACH or LOOP ----

    def iterate(self, at, target, iter_ast, body_fn, before):
        """Emits one IR loop binding `target` to each item of iter_ast and running body_fn."""
        iter_ast = map_filter_listcomp(iter_ast, self.resolves_to_builtin)
        call = iter_ast if isinstance(iter_ast, ast.Call) and isinstance(iter_ast.func, ast.Name) else None
        fname = call.func.id if call is not None and self.resolves_to_builtin(call.func.id) else None
        if fname == "range":
            return self.iterate_range(at, target, call, body_fn, before)
        if fname == "enumerate" and 1 <= len(call.args) <= 2 and not call.keywords or \
                fname == "enumerate" and len(call.args) == 1 and [k.arg for k in call.keywords] == ["start"]:
            return self.iterate_enumerate(at, target, call, body_fn, before)
        if fname == "zip" and call.args and not call.keywords:
            if any(isinstance(self.peek_type(a), GenT) for a in call.args):  # lazily (fxn_generators)
                return self.iterate_zip_generators(at, target, call, body_fn, before)
            return self.iterate_zip(at, target, call, body_fn, before)
        if fname == "reversed" and len(call.args) == 1 and not call.keywords:
            return self.iterate_reversed(at, target, call, body_fn, before)
        return self.iterate_value(at, target, iter_ast, body_fn, before)

    def iterate_range(self, at, target, call, body_fn, before):
        """for i in range(...): FOR_RANGE."""
        bounds = self.range_bounds(call)
        var = self.variable(target.id, target) if self.plain_target(target) else None
        if var is not None:
            self.store_type(target, var, INT)
        if var is not None and prune(self.var_types[var]) == INT:
            loop_var = var
            prelude = None
        else:  # a tuple target, or a name whose versions meet as another type (dynamic)
            loop_var = self.new_temp(INT, "i")
            prelude = lambda: self.assign(target, self.load_var(target, loop_var))  # noqa: E731
        body = self.loop_block(before, prelude, body_fn, loop_var)
        self.emit(at, "FOR_RANGE", None, loop_var, bounds, blocks=[body])

    def iterate_enumerate(self, at, target, call, body_fn, before):
        """for i, x in enumerate(xs[, start]): the loop over xs, with a counter."""
        start_ast = call.args[1] if len(call.args) == 2 else (call.keywords[0].value if call.keywords else None)
        # With a start, the index is start + (items seen so far): it leaves int64 only when an index
        # CPython hands out does (enumerate([x], 2**63 - 1) is fine; a counter stepped past the last
        # item would overflow there).
        start_var = None
        if start_ast is not None:
            start_var = self.new_temp(INT, "es")
            self.store(call, start_var, (self.int_operand(start_ast, "enumerate() start"), INT))
        counter = self.new_temp(INT, "n")
        self.store(call, counter, self.constant(call, 0))
        if not (isinstance(target, (ast.Tuple, ast.List)) and len(target.elts) == 2):
            raise unsupported(target, "enumerate() loop target other than a pair (i, item)")
        index_target, item_target = target.elts

        def body_with_counter():
            index = self.load_var(call, counter)
            if start_var is not None:
                index = self.call_op(call, "operator.add", [self.load_var(call, start_var), index], "+")
            self.assign(index_target, index)
            one = self.constant(call, 1)
            self.store(call, counter, self.call_op(call, "operator.add", [self.load_var(call, counter), one], "+"))
            body_fn()

        held = {counter} | ({start_var} if start_var is not None else set())
        self.iterate(at, item_target, call.args[0], body_with_counter, before | held)

    def iterate_zip(self, at, target, call, body_fn, before):
        """for a, b in zip(xs, ys): a LOOP over an index, ending with the shortest sequence."""
        seqs = [self.as_list(a, self.expr(a)) for a in call.args]
        if not (isinstance(target, (ast.Tuple, ast.List)) and len(target.elts) == len(seqs)):
            raise unsupported(target, "zip() loop target other than one name per sequence")
        index = self.new_temp(INT, "z")
        self.store(call, index, self.constant(call, 0))
        holders = []
        for k, seq in enumerate(seqs):
            holder = self.new_temp(seq[1], "zs")
            self.store(call, holder, seq)
            holders.append(holder)

        def loop_body():
            for holder in holders:
                i = self.load_var(call, index)
                size = self.call_op(call, "builtins.len", [self.load_var(call, holder)], "len()")
                done, _ = self.call_op(call, "operator.ge", [i, size], ">=")
                self.emit(call, "IF", None, "", [done], blocks=[{"nodes": [self.break_node(call)]}, {"nodes": []}])
            items = []
            for holder in holders:
                items.append(self.call_op(call, "operator.getitem",
                                          [self.load_var(call, holder), self.load_var(call, index)], "[]"))
            self.store(call, index, self.call_op(call, "operator.add",
                                                 [self.load_var(call, index), self.constant(call, 1)], "+"))
            for sub, item in zip(target.elts, items):
                self.assign(sub, item)
            body_fn()

        self.assigned = set(before)
        body = self.loop_block(before | {index, *holders}, None, loop_body, None)
        self.emit(at, "LOOP", None, "", [], blocks=[body])

    def iterate_reversed(self, at, target, call, body_fn, before):
        """for x in reversed(seq): reversed(range(...)) is a FOR_RANGE stepping down; any other
        sequence, a LOOP over a falling index (re-checked against its length each time)."""
        inner = call.args[0]
        if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name) and inner.func.id == "range" \
                and self.resolves_to_builtin("range") and len(inner.args) in (1, 2):
            # reversed(range(a, b)) is range(b - 1, a - 1, -1), as CPython computes it.
            bounds = self.range_bounds(inner)
            one = self.constant(inner, 1)
            last, _ = self.call_op(inner, "operator.sub", [(bounds[1], INT), one], "-")
            stop, _ = self.call_op(inner, "operator.sub", [(bounds[0], INT), one], "-")
            step, _ = self.constant(inner, -1)
            if self.plain_target(target):
                var = self.variable(target.id, target)
                self.store_type(target, var, INT)
                prelude = None
                if prune(self.var_types[var]) != INT:  # the name's versions meet as another type (dynamic)
                    name_target, var = target, self.new_temp(INT, "i")
                    prelude = lambda: self.assign(name_target, self.load_var(name_target, var))  # noqa: E731
                body = self.loop_block(before, prelude, body_fn, var)
                # Empty ranges stay empty: range(b-1, a-1, -1) is empty exactly when a >= b.
                self.emit(at, "FOR_RANGE", None, var, [last, stop, step], blocks=[body])
                return
        seq = self.expr(inner)
        if isinstance(prune(seq[1]), GenT):
            raise Diagnostic(inner, "TypeError: 'generator' object is not reversible")
        if isinstance(prune(seq[1]), DequeT):  # its iterator checks the deque's state (fxn_stdlib_collections)
            return self.iterate_deque(at, target, seq, body_fn, before, True)
        seq = self.as_list(inner, seq)
        holder = self.new_temp(seq[1], "rs")
        self.store(call, holder, seq)
        index = self.new_temp(INT, "r")
        size = self.call_op(call, "builtins.len", [self.load_var(call, holder)], "len()")
        self.store(call, index, self.call_op(call, "operator.sub", [size, self.constant(call, 1)], "-"))

        def loop_body():
            i = self.load_var(call, index)
            negative, _ = self.call_op(call, "operator.lt", [i, self.constant(call, 0)], "<")
            size = self.call_op(call, "builtins.len", [self.load_var(call, holder)], "len()")
            beyond, _ = self.call_op(call, "operator.ge", [self.load_var(call, index), size], ">=")
            done, _ = self.value(call, "CALL_FUNCTION", "or_", "operator.or_", [negative, beyond], BOOL)
            self.emit(call, "IF", None, "", [done], blocks=[{"nodes": [self.break_node(call)]}, {"nodes": []}])
            item = self.call_op(call, "operator.getitem", [self.load_var(call, holder), self.load_var(call, index)],
                                "[]")
            self.store(call, index, self.call_op(call, "operator.sub",
                                                 [self.load_var(call, index), self.constant(call, 1)], "-"))
            self.assign(target, item)
            body_fn()

        body = self.loop_block(before | {holder, index}, None, loop_body, None)
        self.emit(at, "LOOP", None, "", [], blocks=[body])

    def iterate_value(self, at, target, iter_ast, body_fn, before):
        """for x in <a value>: s.split() streamed, a dict or one of its views, a list, str, set,
        tuple or array."""
        # for w in s.split(): the words streamed, not listed first (the same words: s is immutable).
        split_seq = None
        if isinstance(iter_ast, ast.Call) and isinstance(iter_ast.func, ast.Attribute) and iter_ast.func.attr == "split" \
                and not iter_ast.args and not iter_ast.keywords and self.plain_target(target):
            receiver = self.expr(iter_ast.func.value)
            if prune(receiver[1]) is STR:
                return self.iterate_words(at, target, receiver, body_fn, before)
            split_seq = self.registry_method(iter_ast, "split", receiver)
        # d.items() / d.keys() / d.values(): the dict itself, read live (CPython raises if it changes size).
        view = None
        if isinstance(iter_ast, ast.Call) and isinstance(iter_ast.func, ast.Attribute) and not iter_ast.args \
                and iter_ast.func.attr in ("items", "keys", "values"):
            receiver = self.expr(iter_ast.func.value)
            if isinstance(prune(receiver[1]), DictT):
                view = iter_ast.func.attr
                seq = receiver
        if split_seq is not None:
            seq = split_seq
        elif view is None:
            seq = self.set_display(iter_ast, iterated=True) if isinstance(iter_ast, ast.Set) else self.expr(iter_ast)
        st = prune(seq[1])
        if st is DYN:  # fxn_dynamic: what a dynamic value yields, as a list
            seq = self.dynamic_iterable(iter_ast, seq)
            st = prune(seq[1])
        if isinstance(st, TupleT):
            if not st.elems:
                return  # `for p in parts` over an empty *args: the body never runs (nor gets types)
            seq = self.as_list(iter_ast, seq)
            st = prune(seq[1])
        if isinstance(st, ArrT):
            return self.iterate_array(at, target, iter_ast, seq, body_fn, before)
        if isinstance(st, (ClassT, DequeT)):  # a deque: fxn_stdlib_collections
            return self.iterate_instance(at, target, seq, body_fn, before)
        item_type = self.item_type(iter_ast, st)
        if view in ("items", "values"):
            return self.iterate_dict_view(at, target, iter_ast, seq, view, item_type, body_fn, before)
        self.iterate_items(at, target, seq, item_type, body_fn, before)

    def iterate_words(self, at, target, receiver, body_fn, before):
        """for w in s.split(): FOR_EACH over the words of s, with no list in between."""
        var = self.variable(target.id, target)
        self.store_type(target, var, STR)
        body = self.loop_block(before, None, body_fn, var)
        self.emit(at, "FOR_EACH", None, var, [receiver[0]], blocks=[body], names=["words"])

    def iterate_array(self, at, target, iter_ast, seq, body_fn, before):
        """for row in a: a[0], a[1], ... (views of rows, or items of a 1-d array)."""
        st = prune(seq[1])
        holder = self.new_temp(st, "a")
        self.store(iter_ast, holder, seq)
        size = self.np.emit(iter_ast, "numpy.len", [self.load_var(iter_ast, holder)], INT, "len")
        index = self.new_temp(INT, "i")
        prelude = lambda: self.assign(target, self.np.item_at(at, self.load_var(at, holder),  # noqa: E731
                                                              self.load_var(at, index)))
        body = self.loop_block(before | {holder}, prelude, body_fn, index)
        self.emit(at, "FOR_RANGE", None, index, [self.constant(at, 0)[0], size[0], self.constant(at, 1)[0]],
                  blocks=[body])

    def item_type(self, iter_ast, st):
        """The type of the items iterating a value of type st gives."""
        if isinstance(st, ListT):
            return st.elem
        if st is STR:
            return STR
        if isinstance(st, DictT):
            return st.key
        if isinstance(st, GenT):
            return st.item
        if isinstance(st, SetT):
            if not order_is_known(st.elem):
                raise unsupported(iter_ast, "iteration over a set of str (CPython's order depends on the per-process "
                                  "string hash seed; iterate over sorted(...) instead)")
            return st.elem
        if isinstance(st, TypeVar) and self.discovery:
            return TypeVar()
        raise unsupported(iter_ast, "iteration over %s" % show(st))

    def iterate_dict_view(self, at, target, iter_ast, seq, view, item_type, body_fn, before):
        """for v in d.values() / for k, v in d.items(): FOR_EACH over the keys, each value looked up."""
        key_var = self.new_temp(item_type, "k")
        holder = self.new_temp(seq[1], "d")
        self.store(iter_ast, holder, seq)

        def prelude():
            key = self.load_var(at, key_var)
            value = self.call_op(iter_ast, "operator.getitem", [self.load_var(at, holder), key], "[]")
            if view == "values":
                self.assign(target, value)
            else:
                self.assign(target, self.build_tuple(at, [key, value]))

        body = self.loop_block(before | {holder}, prelude, body_fn, key_var)
        self.emit(at, "FOR_EACH", None, key_var, [seq[0]], blocks=[body])

    def iterate_items(self, at, target, seq, item_type, body_fn, before):
        """for x in xs (a list, str, dict or set): FOR_EACH, unpacking each item into target."""
        if self.plain_target(target):
            var = self.variable(target.id, target)
            self.store_type(target, var, item_type)
            body = self.loop_block(before, None, body_fn, var)
            self.emit(at, "FOR_EACH", None, var, [seq[0]], blocks=[body])
        else:
            loop_var = self.new_temp(item_type, "item")
            body = self.loop_block(before, lambda: self.assign(target, self.load_var(target, loop_var)), body_fn,
                                   loop_var)
            self.emit(at, "FOR_EACH", None, loop_var, [seq[0]], blocks=[body])

    def range_bounds(self, call):
        if call.keywords:
            raise unsupported(call.keywords[0], "keyword argument to range()")
        if not 1 <= len(call.args) <= 3:
            raise Diagnostic(call, "range() takes 1 to 3 arguments")
        bounds = [self.int_operand(a, "range() argument") for a in call.args]
        if len(bounds) == 1:
            bounds = [self.constant(call, 0)[0], bounds[0], self.constant(call, 1)[0]]
        elif len(bounds) == 2:
            bounds.append(self.constant(call, 1)[0])
        return bounds

    # ---- comprehensions and generator expressions ----

    def comprehension(self, e, consumer=None):
        """[x for ...], {x for ...}, {k: v for ...}; consumer(item) instead builds a generator's consumer."""
        if consumer is None:
            if isinstance(e, ast.ListComp):
                result = self.value(e, "CALL_FUNCTION", "empty_list", "fxn.empty_list", [], ListT(TypeVar()))
            elif isinstance(e, ast.SetComp):
                result = self.value(e, "CALL_FUNCTION", "set", "fxn.empty_set", [], SetT(TypeVar()))
            else:
                result = self.value(e, "CALL_FUNCTION", "dict", "fxn.empty_dict", [], DictT(TypeVar(), TypeVar()))
            holder = self.new_temp(result[1], "comp")
            self.store(e, holder, result)

            def consumer():
                acc = self.load_var(e, holder)
                if isinstance(e, ast.DictComp):
                    self.dict_store(e, acc, self.expr(e.key), self.expr(e.value))
                    return
                item = self.expr(e.elt)
                if isinstance(e, ast.ListComp):
                    joined = join(acc[1].elem, item[1])
                    if joined is None:
                        raise unsupported(e.elt, "list mixing %s and %s" % (show(acc[1].elem), show(item[1])))
                    if joined is not acc[1].elem:
                        rebind(acc[1].elem, joined)
                    item = self.coerce(e.elt, item, acc[1].elem)
                    self.call_op(e, "list.append", [acc, item], "append", statement=True)
                else:
                    if not unify(acc[1].elem, item[1]):
                        raise unsupported(e.elt, "set mixing %s and %s" % (show(acc[1].elem), show(item[1])))
                    self.check_key(e.elt, acc[1].elem, item[1])
                    self.call_op(e, "set.add", [acc, item], "add", statement=True)
        else:
            holder = None
        saved_renames = dict(self.renames)
        saved_assigned = set(self.assigned)
        self.generators(e, e.generators, consumer)
        self.renames = saved_renames
        self.assigned = saved_assigned
        if holder is not None:
            return self.load_var(e, holder)
        return None

    def generators(self, e, gens, consumer, stop=None):
        """The loops of a comprehension's `for ... if ...` clauses around consumer(); with `stop`
        (a bool variable the consumer sets), every level breaks out once it is set."""
        if not gens:
            consumer()
            return
        gen = gens[0]
        if gen.is_async:
            raise unsupported(gen, "async comprehension")
        # The first iterable is evaluated in the enclosing scope; targets are the comprehension's own.
        for sub in ast.walk(gen.target):
            if isinstance(sub, ast.Name):
                self.renames[sub.id] = self.comprehension_variable(e, gen, sub.id)
        before = set(self.assigned)

        def body():
            def with_conditions(conds):
                if not conds:
                    self.generators(e, gens[1:], consumer, stop)
                    if stop is not None:
                        self.emit(e, "IF", None, "", [self.load_var(e, stop)[0]],
                                  blocks=[{"nodes": [self.break_node(e)]}, {"nodes": []}])
                    return
                cond, _ = self.truth(conds[0])
                saved = set(self.assigned)
                saved_narrowed = set(self.narrowed)
                var = self.narrowing(conds[0], True)
                if var is not None:
                    self.narrowed.add(var)
                block = self.emitted(lambda: with_conditions(conds[1:]))
                self.narrowed = saved_narrowed
                self.assigned = saved
                self.emit(conds[0], "IF", None, "", [cond], blocks=[block, {"nodes": []}])
            with_conditions(gen.ifs)

        self.loop_depth += 1
        self.break_flags.append(None)
        self.iterate(gen, gen.target, gen.iter, body, before)
        self.break_flags.pop()
        self.loop_depth -= 1
        self.assigned = before

    def comp_var_type(self, gen, ident):
        key = (self.symbol, id(gen), ident)  # per specialization: render(dict) and render(dynamic) differ
        if key not in self.m.comp_types:
            self.m.comp_types[key] = TypeVar()
        return self.m.comp_types[key]

    def gen_to_list(self, g):
        """Materializes a generator expression (for consumers that read every item anyway)."""
        lc = ast.copy_location(ast.ListComp(elt=g.elt, generators=g.generators), g)
        return self.comprehension(lc)
