"""The front end's modules import one way: no cycle through any import, at module level or inside a
function, and no module longer than MAX_LINES."""

import ast
from pathlib import Path

FRONT_END = Path(__file__).resolve().parents[1]
MODULES = {p.stem: p for p in sorted(FRONT_END.glob("*.py"))}
MAX_LINES = 800


def imported_front_end_modules(path):
    """{module: first line} of every front-end module `path` imports, wherever the import is."""
    found = {}
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name.split(".")[0] for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module.split(".")[0]]
        else:
            continue
        for name in names:
            if name in MODULES and name != path.stem:
                found.setdefault(name, node.lineno)
    return found


def import_graph():
    return {name: imported_front_end_modules(path) for name, path in MODULES.items()}


def find_cycle(graph):
    """A list of modules forming an import cycle (first == last), or None."""
    state = {}  # name -> "visiting" | "done"
    stack = []

    def visit(name):
        state[name] = "visiting"
        stack.append(name)
        for dep in sorted(graph[name]):
            if state.get(dep) == "visiting":
                return stack[stack.index(dep):] + [dep]
            if dep not in state:
                cycle = visit(dep)
                if cycle:
                    return cycle
        stack.pop()
        state[name] = "done"
        return None

    for name in sorted(graph):
        if name not in state:
            cycle = visit(name)
            if cycle:
                return cycle
    return None


def test_the_modules_are_found():
    for name in ("fxn_types", "fxn_frontend", "fxn_tracer", "fxn_loader", "fxn_function", "fxn_module"):
        assert name in MODULES, f"{name}.py is missing from {FRONT_END}"


def test_imports_between_front_end_modules_form_no_cycle():
    graph = import_graph()
    cycle = find_cycle(graph)
    if cycle:
        links = ", ".join(f"{a} imports {b} (line {graph[a][b]})" for a, b in zip(cycle, cycle[1:]))
        raise AssertionError(f"import cycle {' -> '.join(cycle)}: {links}")


def test_a_function_local_import_counts_too(tmp_path):
    (tmp_path / "a.py").write_text("import b\n")
    (tmp_path / "b.py").write_text("def f():\n    from a import x\n    return x\n")
    global MODULES
    saved = MODULES
    MODULES = {"a": tmp_path / "a.py", "b": tmp_path / "b.py"}
    try:
        assert find_cycle(import_graph()) == ["a", "b", "a"]
    finally:
        MODULES = saved


def test_the_driver_and_the_loader_sit_at_the_ends():
    graph = import_graph()
    assert not graph["fxn_loader"], "fxn_loader imports front-end modules: it must be loadable first"
    importers = sorted(name for name, deps in graph.items() if "fxn_tracer" in deps)
    assert not importers, f"{importers} import the tracer's driver"
    assert "fxn_frontend" in graph["fxn_tracer"]


def test_no_module_is_too_long():
    long = {name: n for name, path in MODULES.items()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"modules over {MAX_LINES} lines (split them along a seam): {long}"


def test_lowering_mixins_do_not_shadow_each_other_by_accident():
    """FunctionBuilder is composed of many mixins: a method name defined by two of them must be a
    deliberate override that falls back with super(), never two unrelated methods where one
    silently wins (two stdlib mixins once both defined `call_prelude`)."""
    owners = {}
    for name, path in MODULES.items():
        for cls in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(cls, ast.ClassDef) or not cls.name.endswith(("Lowering", "Emitter")):
                continue
            for f in cls.body:
                if isinstance(f, ast.FunctionDef):
                    calls_super = any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                                      and isinstance(n.func.value, ast.Call)
                                      and getattr(n.func.value.func, "id", "") == "super" for n in ast.walk(f))
                    owners.setdefault(f.name, []).append((cls.name, calls_super))
    clashes = {m: o for m, o in owners.items() if len(o) > 1 and sum(1 for _, s in o if not s) > 1}
    assert not clashes, clashes
