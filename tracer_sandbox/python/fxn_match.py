"""`match` to IR: a chain of guarded tests over the subject, one per case (literals, None, captures,
`|`, sequences with a star, class patterns).
"""

import ast
import builtins

from fxn_diagnostics import Diagnostic, unsupported
from fxn_types import BOOL, FLOAT, INT, INT64_MAX, STR, ClassT, ListT, OptT, TupleT, prune, show


class MatchLowering:
    """Lowers match statements (a FunctionBuilder mixin)."""

    def match_statement(self, s):
        subject = self.expr(s.subject)
        holder = self.new_temp(subject[1], "subject")
        self.store(s.subject, holder, subject)
        done = self.new_temp(BOOL, "matched")
        self.store(s, done, self.constant(s, False))
        before = set(self.assigned)
        ends = []
        irrefutable = False
        saved_binds, self.pending_binds = getattr(self, "pending_binds", []), []
        for case in s.cases:
            def on_match(case=case):
                self.flush_binds(0)  # the whole pattern matched: CPython binds its names now

                def run_body():
                    self.store(case.pattern, done, self.constant(case.pattern, True))
                    self.statements(case.body)
                    ends.append(self.assigned)

                if case.guard is not None:
                    cond, _ = self.truth(case.guard)
                    saved = set(self.assigned)
                    self.emit(case.guard, "IF", None, "", [cond], blocks=[self.emitted(run_body), {"nodes": []}])
                    self.assigned = saved
                else:
                    run_body()

            def attempt(case=case, on_match=on_match):
                self.assigned = set(before) | {done, holder}
                self.match_pattern(case.pattern, self.load_var(case.pattern, holder), on_match)

            not_done, _ = self.value(case.pattern, "CALL_FUNCTION", "not_", "operator.not_",
                                     [self.load_var(case.pattern, done)[0]], BOOL)
            self.emit(case.pattern, "IF", None, "", [not_done], blocks=[self.emitted(attempt), {"nodes": []}])
            if case.guard is None and isinstance(case.pattern, ast.MatchAs) and case.pattern.pattern is None:
                irrefutable = True
        self.pending_binds = saved_binds
        self.assigned = set(before) | {done, holder}
        if irrefutable and all(end is None for end in ends):
            self.assigned = None

    def flush_binds(self, start):
        """Binds the names captured since pending_binds[start] (a failed pattern binds none)."""
        for node, ident, value in self.pending_binds[start:]:
            self.bind_name(node, ident, value)

    def bind_then(self, node, ident, value, on_match):
        """ident = value once the enclosing pattern has matched, then on_match()."""
        self.pending_binds.append((node, ident, value))
        on_match()
        self.pending_binds.pop()

    def match_pattern(self, p, subject, on_match):
        """Emits the test of pattern p against subject; on_match() emits what runs when it matches."""
        def when(cond):
            saved = set(self.assigned)
            self.emit(p, "IF", None, "", [cond], blocks=[self.emitted(on_match), {"nodes": []}])
            self.assigned = saved

        if isinstance(p, ast.MatchValue):
            value = self.expr(p.value)
            when(self.compare_one(p, ast.Eq(), subject, value)[0])
        elif isinstance(p, ast.MatchSingleton):
            if p.value is None:
                when(self.is_none(p, subject)[0])
            else:
                st = prune(subject[1])
                if st is not BOOL:
                    return  # True/False match only bools (by identity)
                cond = subject[0] if p.value else self.value(p, "CALL_FUNCTION", "not_", "operator.not_",
                                                              [subject[0]], BOOL)[0]
                when(cond)
        elif isinstance(p, ast.MatchAs):
            def bind_and_continue():
                if p.name:
                    self.bind_then(p, p.name, subject, on_match)
                else:
                    on_match()
            if p.pattern is None:
                bind_and_continue()
            else:
                self.match_pattern(p.pattern, subject, bind_and_continue)
        elif isinstance(p, ast.MatchOr):
            flag = self.new_temp(BOOL, "alt")
            self.store(p, flag, self.constant(p, False))
            mark = len(self.pending_binds)

            def alternative_matched(alt):
                self.flush_binds(mark)  # an alternative binds its names when it matches
                self.store(alt, flag, self.constant(alt, True))
            for alt in p.patterns:
                not_yet, _ = self.value(alt, "CALL_FUNCTION", "not_", "operator.not_", [self.load_var(alt, flag)[0]],
                                        BOOL)
                saved = set(self.assigned)
                block = self.emitted(lambda alt=alt: self.match_pattern(
                    alt, subject, lambda: alternative_matched(alt)))
                self.emit(alt, "IF", None, "", [not_yet], blocks=[block, {"nodes": []}])
                self.assigned = saved
            when(self.load_var(p, flag)[0])
        elif isinstance(p, ast.MatchSequence):
            st = prune(subject[1])
            stars = [k for k, x in enumerate(p.patterns) if isinstance(x, ast.MatchStar)]
            if stars and isinstance(st, ListT):
                star = stars[0]
                before, after = star, len(p.patterns) - star - 1
                size = self.call_op(p, "builtins.len", [subject], "len()")
                enough, _ = self.call_op(p, "operator.ge", [size, self.constant(p, before + after)], ">=")

                def star_items_then():
                    items = [self.call_op(p, "operator.getitem", [subject, self.constant(p, i)], "[]")
                             for i in range(before)]
                    items += [self.call_op(p, "operator.getitem", [subject, self.constant(p, -after + j)], "[]")
                              for j in range(after)]
                    patterns = p.patterns[:star] + p.patterns[star + 1:]

                    def bind_star_then():
                        if p.patterns[star].name:
                            stop = self.constant(p, -after if after else INT64_MAX)
                            rest = self.call_op(p, "fxn.slice", [subject, self.constant(p, before), stop,
                                                                 self.constant(p, 1)], "[:]")
                            self.bind_then(p.patterns[star], p.patterns[star].name, rest, on_match)
                        else:
                            on_match()
                    self.match_items(patterns, items, bind_star_then)
                saved = set(self.assigned)
                self.emit(p, "IF", None, "", [enough], blocks=[self.emitted(star_items_then), {"nodes": []}])
                self.assigned = saved
                return
            if stars:
                raise unsupported(p, "star pattern in match over %s" % show(st))
            n = len(p.patterns)
            if isinstance(st, TupleT):
                if len(st.elems) != n:
                    return  # never matches
                items = [self.tuple_get(p, subject[0], st, i) for i in range(n)]
                self.match_items(p.patterns, items, on_match)
            elif isinstance(st, ListT):
                size = self.call_op(p, "builtins.len", [subject], "len()")
                same, _ = self.call_op(p, "operator.eq", [size, self.constant(p, n)], "==")

                def items_then():
                    items = [self.call_op(p, "operator.getitem", [subject, self.constant(p, i)], "[]")
                             for i in range(n)]
                    self.match_items(p.patterns, items, on_match)
                saved = set(self.assigned)
                self.emit(p, "IF", None, "", [same], blocks=[self.emitted(items_then), {"nodes": []}])
                self.assigned = saved
            else:
                raise unsupported(p, "sequence pattern over %s" % show(st))
        elif isinstance(p, ast.MatchClass):
            self.match_class(p, subject, on_match)
        else:
            raise unsupported(p, "%s in match (fxn matches literals, None, captures, | and sequences)"
                              % {"MatchClass": "class pattern", "MatchMapping": "mapping pattern"}.get(
                                  type(p).__name__, type(p).__name__))

    def match_class(self, p, subject, on_match):
        """case Point(x=0, y=n) / case Point(0, n) (by __match_args__) / case int(n)."""
        if not isinstance(p.cls, ast.Name) or p.cls.id in self.locals:
            raise unsupported(p.cls, "class pattern naming a computed class")
        cls = self.m.resolve_global(p.cls, p.cls.id)
        st = prune(subject[1])
        if isinstance(st, OptT):
            not_none, _ = self.value(p, "CALL_FUNCTION", "not_", "operator.not_", [self.is_none(p, subject)[0]], BOOL)
            saved = set(self.assigned)
            block = self.emitted(lambda: self.match_class(
                p, self.unwrap(p, subject, "fxn: matched value was None"), on_match))
            self.emit(p, "IF", None, "", [not_none], blocks=[block, {"nodes": []}])
            self.assigned = saved
            return
        builtin = {int: INT, float: FLOAT, str: STR, bool: BOOL}
        if cls in builtin:
            matches = st is builtin[cls] or cls is int and st is BOOL
            if not matches:
                return
            if p.kwd_patterns or len(p.patterns) > 1:
                raise unsupported(p, "sub-patterns of %s()" % cls.__name__)
            self.match_items(p.patterns, [subject], on_match)
            return
        if not isinstance(cls, type) or getattr(builtins, cls.__name__, None) is cls:
            raise unsupported(p.cls, "class pattern for %s" % p.cls.id)
        info = self.m.class_info(p.cls, cls)
        if not (isinstance(st, ClassT) and st.info is info):
            return  # a value of another static type is never an instance of this class
        match_args = getattr(cls, "__match_args__", ())
        if len(p.patterns) > len(match_args):
            raise Diagnostic(p, "%s() accepts %d positional sub-patterns (%d given)"
                             % (info.name, len(match_args), len(p.patterns)))
        attrs = list(match_args[:len(p.patterns)]) + list(p.kwd_attrs)
        patterns = list(p.patterns) + list(p.kwd_patterns)
        items = [self.get_attribute(p, subject, a) for a in attrs]
        self.match_items(patterns, items, on_match)

    def match_items(self, patterns, items, on_match):
        if not patterns:
            on_match()
            return
        self.match_pattern(patterns[0], items[0], lambda: self.match_items(patterns[1:], items[1:], on_match))
