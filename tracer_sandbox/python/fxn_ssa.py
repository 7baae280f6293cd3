"""Names that rebind: the webs of a function's locals (SSA over Python names).

Python rebinds a name freely (`x = int(x)`, `for _ in ...` here and `_ = parts[0]` there), so a
name is not one variable: each definition starts a new version of it. The definitions that reach
a common use must share one variable (they meet at a join after a branch, around a loop's back
edge, into an except handler, ...): `webs` computes, by reaching definitions over the function's
structured control flow and a union-find, which definitions and uses form each web. Every web is
a variable of its own, with its own type. The first web of a name (the parameter's, or the
earliest definition's) keeps the Python name; the others are spelled `x.1`, `x.2`, ... (no Python
name has a dot; lowering spells them `l1_x`, ...; messages name them `x`).

Over-approximations are safe here: a definition wrongly thought to reach a use only merges two
webs into one variable (which then needs one type, as before). So an except handler starts from
every definition made anywhere in its try body, a `finally` from every definition made anywhere
in its try statement, a failed `case` from the bindings its pattern may have made.

Names read by a nested function or lambda, or declared global/nonlocal, stay one variable.
A read that an `except ... as x` handler's unbinding of x may reach is recorded
(`deleted_reads`): the builder rejects it (CPython raises there; fxn would read a stale value).

Pure: reads only the AST. Used by FunctionBuilder (fxn_function.py) to map each Name to its web.
"""

import ast

DELETED = -1  # a reaching "definition" that unbinds the name (end of an `except ... as x`)
DEL_STATEMENT = -2  # `del x`: unbinds the name too; reads it may reach check a bound flag at run time


def python_name(var):
    """The Python name of a variable (`x.2` -> `x`; temporaries `$t3` -> `t3`), as messages show it."""
    return var.lstrip("$").split(".")[0]


class Webs:
    """The result: var_of maps id(node) of each Name (load or store), ExceptHandler, MatchAs and
    MatchStar of the function's own scope to its variable; versions: name -> its variables, first
    web first; deleted_reads: ids of Name loads an `except ... as` unbinding may reach."""

    def __init__(self):
        self.var_of = {}
        self.versions = {}
        self.deleted_reads = set()


class _Loop:
    def __init__(self):
        self.breaks = []
        self.continues = []


def _join(*states):
    out = None
    for st in states:
        if st is None:
            continue
        if out is None:
            out = dict(st)
            continue
        for name, defs in st.items():
            out[name] = out.get(name, frozenset()) | defs
    return out


class _Analysis:
    def __init__(self, fn, params):
        self.fn = fn
        self.defs = []          # def index -> (key, name)
        self.def_index = {}     # key (id of node, or ("param", name)) -> def index
        self.parent = []        # union-find over def indices
        self.uses = {}          # id(node) -> (name, set of def indices reaching it, including DELETED)
        self.pinned = set()     # names that stay one variable
        self.collectors = []    # per enclosing try region: name -> defs made inside it
        self.loops = []
        state = {}
        for p in params:
            state[p] = frozenset([self.new_def(("param", p), p)])
        self.params = list(params)
        self.entry = state

    # ---- definitions, uses, webs ----

    def new_def(self, key, name):
        k = self.def_index.get(key)
        if k is None:
            k = len(self.defs)
            self.def_index[key] = k
            self.defs.append((key, name))
            self.parent.append(k)
        return k

    def find(self, k):
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a, b):
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)

    def define(self, state, node, name):
        k = self.new_def(id(node), name)
        self.note_def(name, k)
        state[name] = frozenset([k])
        return k

    def note_def(self, name, k):
        for collector in self.collectors:
            collector[name] = collector.get(name, frozenset()) | {k}

    def use(self, state, node, name):
        reaching = state.get(name, frozenset())
        _, seen = self.uses.setdefault(id(node), (name, set()))
        seen |= reaching
        real = [k for k in seen if k >= 0]
        for k in real[1:]:
            self.union(real[0], k)
        return real

    # ---- expressions: the loads they make, and the definitions of := ----

    def expr(self, e, state):
        if e is None:
            return
        if isinstance(e, ast.Name):
            if isinstance(e.ctx, ast.Load):
                self.use(state, e, e.id)
            return
        if isinstance(e, ast.NamedExpr):
            self.expr(e.value, state)
            self.define(state, e.target, e.target.id)
            return
        # Parts evaluated only sometimes (`a and (x := f())`, the arms of `p if t else q`, the
        # links after the first of `a < b < c`): their definitions may or may not have happened.
        if isinstance(e, ast.BoolOp):
            self.expr(e.values[0], state)
            self.sometimes(e.values[1:], state)
            return
        if isinstance(e, ast.IfExp):
            self.expr(e.test, state)
            self.sometimes([e.body, e.orelse], state)
            return
        if isinstance(e, ast.Compare):
            self.expr(e.left, state)
            self.expr(e.comparators[0], state)
            self.sometimes(e.comparators[1:], state)
            return
        if isinstance(e, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            self.comprehension(e, state, set())
            return
        if isinstance(e, ast.Lambda):
            self.pin_free(e)
            for d in e.args.defaults + [d for d in e.args.kw_defaults if d is not None]:
                self.expr(d, state)
            return
        for child in ast.iter_child_nodes(e):
            self.expr(child, state)

    def sometimes(self, parts, state):
        """Each part from the state before it, which then also keeps what reached it."""
        for part in parts:
            after = dict(state)
            self.expr(part, after)
            for name, defs in after.items():
                state[name] = state.get(name, frozenset()) | defs

    def comprehension(self, e, state, bound):
        """Loads of the enclosing scope inside a comprehension: its own targets are its own."""
        bound = set(bound)
        for k, gen in enumerate(e.generators):
            # The first iterable is evaluated in the enclosing scope, before any target is bound.
            self.expr_outside(gen.iter, state, bound)
            for sub in ast.walk(gen.target):
                if isinstance(sub, ast.Name):
                    bound.add(sub.id)
            for cond in gen.ifs:
                self.expr_outside(cond, state, bound)
        parts = [e.key, e.value] if isinstance(e, ast.DictComp) else [e.elt]
        for part in parts:
            self.expr_outside(part, state, bound)

    def expr_outside(self, e, state, bound):
        if isinstance(e, ast.Name):
            if isinstance(e.ctx, ast.Load) and e.id not in bound:
                self.use(state, e, e.id)
            return
        if isinstance(e, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            self.comprehension(e, state, bound)
            return
        if isinstance(e, ast.Lambda):
            self.pin_free(e)
            return
        for child in ast.iter_child_nodes(e):
            self.expr_outside(child, state, bound)

    def pin_free(self, fn):
        """A nested function or lambda reads the enclosing names as one variable each."""
        own = {a.arg for a in fn.args.posonlyargs + fn.args.args + fn.args.kwonlyargs}
        if fn.args.vararg:
            own.add(fn.args.vararg.arg)
        if fn.args.kwarg:
            own.add(fn.args.kwarg.arg)
        body = fn.body if isinstance(fn.body, list) else [fn.body]
        for stmt in body:
            for sub in ast.walk(stmt):
                if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store):
                    own.add(sub.id)
        for stmt in body:
            for sub in ast.walk(stmt):
                if isinstance(sub, ast.Name) and sub.id not in own:
                    self.pinned.add(sub.id)
                elif isinstance(sub, (ast.Global, ast.Nonlocal)):
                    self.pinned.update(sub.names)

    # ---- assignment targets ----

    def target(self, t, state):
        if isinstance(t, ast.Name):
            self.define(state, t, t.id)
        elif isinstance(t, (ast.Tuple, ast.List)):
            for sub in t.elts:
                self.target(sub, state)
        elif isinstance(t, ast.Starred):
            self.target(t.value, state)
        else:  # x[i] = ..., x.f = ...: loads
            self.expr(t, state)

    # ---- statements ----

    def statements(self, stmts, state):
        for s in stmts:
            if state is None:
                break  # unreachable, as the builder sees it
            state = self.statement(s, state)
        return state

    def statement(self, s, state):
        state = dict(state)
        if isinstance(s, ast.Assign):
            self.expr(s.value, state)
            for t in s.targets:
                self.target(t, state)
        elif isinstance(s, ast.AnnAssign):
            if s.value is not None:
                self.expr(s.value, state)
                self.target(s.target, state)
        elif isinstance(s, ast.AugAssign):
            if isinstance(s.target, ast.Name):
                reaching = self.use(state, s.target, s.target.id)
                k = self.define(state, s.target, s.target.id)
                for r in reaching:  # x += y reads and writes x: one variable
                    self.union(r, k)
            else:
                self.expr(s.target, state)
            self.expr(s.value, state)
        elif isinstance(s, (ast.Return, ast.Raise)):
            for child in ast.iter_child_nodes(s):
                self.expr(child, state)
            return None
        elif isinstance(s, ast.If):
            self.expr(s.test, state)
            return _join(self.statements(s.body, state), self.statements(s.orelse, state))
        elif isinstance(s, (ast.For, ast.AsyncFor)):
            return self.for_statement(s, state)
        elif isinstance(s, ast.While):
            return self.while_statement(s, state)
        elif isinstance(s, (ast.Break, ast.Continue)):
            if self.loops:
                loop = self.loops[-1]
                (loop.breaks if isinstance(s, ast.Break) else loop.continues).append(state)
            return None
        elif isinstance(s, (ast.Try, getattr(ast, "TryStar", ast.Try))):
            return self.try_statement(s, state)
        elif isinstance(s, (ast.With, ast.AsyncWith)):
            return self.with_statement(s, state)
        elif isinstance(s, ast.Match):
            return self.match_statement(s, state)
        elif isinstance(s, ast.Delete):
            for t in s.targets:
                if isinstance(t, ast.Name):
                    self.use(state, t, t.id)
                    self.note_def(t.id, DEL_STATEMENT)
                    state[t.id] = frozenset([DEL_STATEMENT])
                else:
                    self.expr(t, state)
        elif isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)):
            self.pin_free(s)
            for d in s.args.defaults + [d for d in s.args.kw_defaults if d is not None] + s.decorator_list:
                self.expr(d, state)
        elif isinstance(s, (ast.Global, ast.Nonlocal)):
            self.pinned.update(s.names)
        elif isinstance(s, ast.ClassDef):
            pass  # rejected by the builder
        else:  # Expr, Assert, Pass, ...
            for child in ast.iter_child_nodes(s):
                if isinstance(child, ast.expr):
                    self.expr(child, state)
        return state

    def loop(self, entry, body_entry_of, body, test=None):
        """The loop's head state at its fixed point; the loop frame with its breaks."""
        head = entry
        while True:
            frame = _Loop()
            self.loops.append(frame)
            if test is not None:
                self.expr(test, head)
            end = self.statements(body, body_entry_of(head))
            self.loops.pop()
            new_head = _join(entry, end, *frame.continues)
            if new_head == head:
                return head, frame
            head = new_head

    def for_statement(self, s, state):
        self.expr(s.iter, state)

        def body_entry(head):
            st = dict(head)
            self.target(s.target, st)
            return st

        head, frame = self.loop(state, body_entry, s.body)
        return _join(self.statements(s.orelse, head), *frame.breaks)

    def while_statement(self, s, state):
        head, frame = self.loop(state, dict, s.body, s.test)
        infinite = isinstance(s.test, ast.Constant) and s.test.value is True
        exhausted = None if infinite else self.statements(s.orelse, head)
        return _join(exhausted, *frame.breaks)

    def try_statement(self, s, state):
        whole, body_defs = {}, {}
        self.collectors += [whole, body_defs]
        marks = [(len(loop.breaks), len(loop.continues)) for loop in self.loops]
        body_end = self.statements(s.body, state)
        self.collectors.pop()  # body_defs
        # A handler starts from any point of the try body: every definition made in it may reach.
        handler_entry = _join(state, body_defs)
        ends = [self.statements(s.orelse, body_end) if body_end is not None else None]
        for h in s.handlers:
            st = dict(handler_entry)
            self.expr(h.type, st)
            if h.name:
                self.define(st, h, h.name)
            end = self.statements(h.body, st)
            if end is not None and h.name:
                self.note_def(h.name, DELETED)
                end[h.name] = frozenset([DELETED])  # CPython unbinds it when the handler ends
            ends.append(end)
        self.collectors.pop()  # whole
        after = _join(*ends)
        if not s.finalbody:
            return after
        # The finally runs on every way out: from any point of the statement.
        fin_defs = {}
        self.collectors.append(fin_defs)
        fin_end = self.statements(s.finalbody, _join(after, state, whole))
        self.collectors.pop()  # fin_defs
        # break/continue inside the try went through the finally first.
        for loop, (b, c) in zip(self.loops, marks):
            loop.breaks[b:] = [_join(st, fin_defs) for st in loop.breaks[b:]]
            loop.continues[c:] = [_join(st, fin_defs) for st in loop.continues[c:]]
        return fin_end if after is not None else None

    def with_statement(self, s, state):
        for item in s.items:
            self.expr(item.context_expr, state)
            if item.optional_vars is not None:
                self.target(item.optional_vars, state)
        body_defs = {}
        self.collectors.append(body_defs)
        body_end = self.statements(s.body, state)
        self.collectors.pop()
        # __exit__ may suppress an exception raised at any point of the body: execution then
        # continues after the statement with whatever the body had defined so far.
        return _join(body_end, _join(state, body_defs))

    def match_statement(self, s, state):
        self.expr(s.subject, state)
        unmatched = state
        ends = []
        for case in s.cases:
            matched = dict(unmatched)
            bound = {}
            for sub in ast.walk(case.pattern):
                if isinstance(sub, (ast.MatchAs, ast.MatchStar)) and sub.name:
                    k = self.new_def(id(sub), sub.name)
                    self.note_def(sub.name, k)
                    bound[sub.name] = bound.get(sub.name, frozenset()) | {k}
                elif isinstance(sub, ast.MatchValue):
                    self.expr(sub.value, unmatched)
                elif isinstance(sub, ast.MatchClass):
                    self.expr(sub.cls, unmatched)
            matched.update(bound)
            self.expr(case.guard, matched)
            ends.append(self.statements(case.body, matched))
            # A failed pattern or guard may leave some of its names bound.
            unmatched = _join(unmatched, matched)
        return _join(unmatched, *ends)

    # ---- the webs ----

    def run(self):
        fn = self.fn
        if isinstance(fn, ast.Lambda):
            self.expr(fn.body, dict(self.entry))
        else:
            self.statements(fn.body, dict(self.entry))
        by_name = {}
        for k, (_, name) in enumerate(self.defs):
            by_name.setdefault(name, []).append(k)
        for name in self.pinned:
            ks = by_name.get(name, [])
            for k in ks[1:]:
                self.union(ks[0], k)
        webs = Webs()
        root_var = {}
        for name, ks in by_name.items():
            versions = []
            for k in ks:  # in order of first definition: the first web keeps the Python name
                root = self.find(k)
                if root not in root_var:
                    root_var[root] = name if not versions else "%s.%d" % (name, len(versions))
                    versions.append(root_var[root])
            webs.versions[name] = versions
        for k, (key, _) in enumerate(self.defs):
            if not isinstance(key, tuple):
                webs.var_of[key] = root_var[self.find(k)]
        for node_id, (name, reaching) in self.uses.items():
            real = [k for k in reaching if k >= 0]
            if DELETED in reaching:
                webs.deleted_reads.add(node_id)
            if real:
                webs.var_of[node_id] = root_var[self.find(real[0])]
            elif name in by_name:
                # Never bound here (CPython raises UnboundLocalError): any version will do.
                webs.var_of[node_id] = webs.versions[name][0]
        return webs


def webs(fn, params):
    """The webs of fn (a FunctionDef or Lambda) whose parameters (and captured names) are params."""
    return _Analysis(fn, params).run()
