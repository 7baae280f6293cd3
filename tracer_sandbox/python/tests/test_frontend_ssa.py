"""fxn_ssa.webs: which definitions of a name meet at a use (one variable), and which do not
(versions of their own), over branches, loops, try/except/finally, match and nested functions."""

import ast
import textwrap

from fxn_ssa import python_name, webs


def variables(source):
    """{(name, line): [variable of each occurrence on that line, left to right]} and the Webs."""
    fn = ast.parse(textwrap.dedent(source)).body[0]
    params = [a.arg for a in fn.args.args]
    result = webs(fn, params)
    out = {}
    nodes = [n for n in ast.walk(fn) if isinstance(n, (ast.Name, ast.ExceptHandler, ast.MatchAs))]
    for n in sorted(nodes, key=lambda n: (n.lineno, n.col_offset)):
        name = n.id if isinstance(n, ast.Name) else n.name
        if id(n) in result.var_of:
            out.setdefault((name, n.lineno), []).append(result.var_of[id(n)])
    return out, result


def test_straight_line_rebinding_starts_new_versions():
    v, w = variables("""
        def f(x):
            x = int(x)
            y = x + 1
            x = str(y)
            return x
    """)
    assert v[("x", 3)] == ["x.1", "x"]  # store, then the read of the parameter
    assert v[("x", 4)] == ["x.1"]
    assert v[("x", 5)] == ["x.2"]
    assert v[("x", 6)] == ["x.2"]
    assert w.versions["x"] == ["x", "x.1", "x.2"]


def test_definitions_meeting_after_a_branch_are_one_variable():
    v, _ = variables("""
        def f(n):
            if n:
                s = 1
            else:
                s = 2
            return s
    """)
    assert v[("s", 4)] == v[("s", 6)] == v[("s", 7)] == ["s"]


def test_branches_that_never_meet_stay_apart():
    v, w = variables("""
        def f(n):
            if n:
                s = 1
                return s
            s = "a"
            return s
    """)
    assert v[("s", 4)] == ["s"] and v[("s", 6)] == ["s.1"] and v[("s", 7)] == ["s.1"]


def test_loop_back_edge_joins_the_accumulator():
    v, w = variables("""
        def f(xs):
            total = 0
            for x in xs:
                total = total + x
            total = str(total)
            return total
    """)
    assert v[("total", 3)] == ["total"]
    assert v[("total", 5)] == ["total", "total"]
    assert v[("total", 6)] == ["total.1", "total"]
    assert w.versions["total"] == ["total", "total.1"]


def test_loop_variable_reused_with_another_type():
    v, w = variables("""
        def f(n, words):
            for _ in range(n):
                pass
            for i in range(n):
                pass
            for i in words:
                _ = i
            return 0
    """)
    assert v[("_", 3)] == ["_"] and v[("_", 8)] == ["_.1"]
    assert v[("i", 5)] == ["i"] and v[("i", 7)] == ["i.1"]


def test_use_after_loop_meets_the_definition_before_it():
    v, _ = variables("""
        def f(xs):
            last = None
            for x in xs:
                last = x
            return last
    """)
    assert v[("last", 3)] == v[("last", 5)] == v[("last", 6)] == ["last"]


def test_except_handler_sees_every_definition_in_the_try_body():
    v, _ = variables("""
        def f(s):
            n = 0
            try:
                n = int(s)
                n = n * 2
            except ValueError:
                return n
            n = str(n)
            return n
    """)
    assert v[("n", 3)] == v[("n", 5)] == ["n"]
    assert v[("n", 6)] == ["n", "n"]
    assert v[("n", 8)] == ["n"]
    assert v[("n", 9)] == ["n.1", "n"]


def test_finally_break_carries_finally_definitions():
    v, _ = variables("""
        def f(xs):
            k = 0
            for x in xs:
                try:
                    break
                finally:
                    k = "done"
            return k
    """)
    assert v[("k", 3)] == v[("k", 8)] == v[("k", 9)] == ["k"]


def test_except_as_name_is_unbound_after_the_handler():
    _, w = variables("""
        def f(s):
            try:
                return int(s)
            except ValueError as e:
                pass
            return e
    """)
    assert len(w.deleted_reads) == 1


def test_match_cases_bind_their_own_versions():
    v, _ = variables("""
        def f(cmd):
            match cmd:
                case [x]:
                    return x
                case (a, x):
                    return x
            return 0
    """)
    assert v[("x", 4)] == v[("x", 5)] == ["x"]
    assert v[("x", 6)] == v[("x", 7)] == ["x.1"]


def test_names_read_by_a_nested_function_stay_one_variable():
    v, w = variables("""
        def f(n):
            k = 1
            def g(y):
                return y * k
            k = "a"
            return g(n)
    """)
    assert w.versions["k"] == ["k"]


def test_comprehension_targets_are_their_own():
    v, w = variables("""
        def f(xs):
            x = "s"
            ys = [x * 2 for x in xs]
            x = 1
            return x, ys
    """)
    assert w.versions["x"] == ["x", "x.1"]
    assert ("x", 4) not in v


def test_python_name():
    assert python_name("x.2") == "x" and python_name("$t3") == "t3" and python_name("x") == "x"


def test_augmented_assignment_reads_and_writes_one_variable():
    v, w = variables("""
        def f(xs):
            s = 0
            s += 1
            s = "t"
            s += "u"
            return s
    """)
    assert v[("s", 3)] == v[("s", 4)] == ["s"]
    assert v[("s", 5)] == v[("s", 6)] == v[("s", 7)] == ["s.1"]


def test_while_else_and_break_meet_after_the_loop():
    v, _ = variables("""
        def f(xs):
            i = 0
            while i < len(xs):
                if xs[i]:
                    found = i
                    break
                i += 1
            else:
                found = -1
            return found
    """)
    assert v[("found", 6)] == v[("found", 10)] == v[("found", 11)] == ["found"]


def test_name_read_by_a_lambda_stays_one_variable():
    _, w = variables("""
        def f(xs):
            k = 1
            ys = sorted(xs, key=lambda x: x * k)
            k = "a"
            return ys, k
    """)
    assert w.versions["k"] == ["k"]


def test_code_after_return_is_not_analyzed():
    v, w = variables("""
        def f(n):
            x = 1
            return x
            x = "dead"
    """)
    assert w.versions["x"] == ["x"] and ("x", 5) not in v
