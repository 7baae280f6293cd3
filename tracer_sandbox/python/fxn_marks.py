"""@fxn.compile marks (python/fxn/marks.py) as the front end and the tracer see them.

The decorator returns the function it marks unchanged, so compiling a marked function means
compiling it as if it were not decorated: strip_compile_marks drops the decorator from the AST
before anything else reads it (keeping the line CPython's code object starts at, the decorator's).
marks_of lists the marked module-level functions for `fxn push FILE` without --entry: names,
samples as JSON arrays (the --inputs form, tensors included) and targets.
"""

import ast
import json
import types

from fxn_diagnostics import Diagnostic

# What a stripped FunctionDef keeps: the line of its first decorator, where co_firstlineno points.
FIRST_LINE = "fxn_first_line"


def is_compile_mark(decorator, module_obj):
    """Whether a decorator is fxn.compile (`@fxn.compile(...)`, `@fxn.compile`, or the name
    imported with `from fxn import compile`), resolved in the module's globals."""
    func = decorator.func if isinstance(decorator, ast.Call) else decorator
    names = vars(module_obj)
    if isinstance(func, ast.Attribute) and func.attr == "compile" and isinstance(func.value, ast.Name):
        owner = names.get(func.value.id)
        return isinstance(owner, types.ModuleType) and owner.__name__ == "fxn"
    if isinstance(func, ast.Name):
        value = names.get(func.id)
        return isinstance(value, types.FunctionType) and value.__module__ == "fxn.marks" and value.__name__ == "compile"
    return False


def start_line(node):
    """The line CPython's code object of a (possibly stripped) FunctionDef starts at."""
    first = getattr(node, FIRST_LINE, None)
    if first is not None:
        return first
    return node.decorator_list[0].lineno if node.decorator_list else node.lineno


def strip_compile_marks(tree, module_obj):
    """Removes @fxn.compile from the module-level functions of tree (it changes nothing at run time)."""
    for stmt in tree.body:
        if isinstance(stmt, ast.FunctionDef) and stmt.decorator_list:
            kept = [d for d in stmt.decorator_list if not is_compile_mark(d, module_obj)]
            if len(kept) != len(stmt.decorator_list):
                setattr(stmt, FIRST_LINE, start_line(stmt))
                stmt.decorator_list = kept
    return tree


def misplaced_mark(tree, module_obj):
    """The first @fxn.compile on something other than a module-level function, or None."""
    top = {id(s) for s in tree.body if isinstance(s, ast.FunctionDef)}
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and id(node) not in top:
            for d in node.decorator_list:
                if is_compile_mark(d, module_obj):
                    return node, d
    return None


def tensor_json(value):
    """json.dumps's fallback: a NumPy array as fxn's tensor form, a NumPy scalar as its number."""
    np = getattr(type(value), "__module__", "").split(".")[0] == "numpy"
    if np and hasattr(value, "dtype") and hasattr(value, "shape") and hasattr(value, "tolist"):
        if value.shape == () and not type(value).__name__ == "ndarray":
            return value.item()
        return {"tensor": {"dtype": value.dtype.name, "shape": list(value.shape), "data": value.ravel().tolist()}}
    raise TypeError("a %s is not a value fxn passes to a compiled function" % type(value).__name__)


def check_json_keys(value):
    """Dict keys must be str: JSON would turn 1 into "1" and change the argument's type."""
    if isinstance(value, dict):
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError("a dict with %s keys (samples travel as JSON, whose keys are str)" % type(k).__name__)
            check_json_keys(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            check_json_keys(v)


def marks_of(module_obj, tree, filename):
    """[{"entry", "samplesJson", "targets", "line"}] of the module's @fxn.compile functions, in
    source order; a Diagnostic for a mark fxn cannot follow."""
    misplaced = misplaced_mark(tree, module_obj)
    if misplaced is not None:
        node, d = misplaced
        raise Diagnostic(d, "@fxn.compile marks module-level functions; '%s' is not one (give its module-level "
                         "caller the mark)" % node.name)
    found = []
    for stmt in tree.body:
        if not (isinstance(stmt, ast.FunctionDef) and any(is_compile_mark(d, module_obj) for d in stmt.decorator_list)):
            continue
        fn = vars(module_obj).get(stmt.name)
        mark = getattr(fn, "__fxn_compile__", None)
        if mark is None:
            raise Diagnostic(stmt, "the module's name '%s' is not the function @fxn.compile marked here (a later "
                             "definition or decorator rebinds it)" % stmt.name)
        samples = []
        for i, args in enumerate(mark.inputs):
            try:
                check_json_keys(args)
                samples.append(json.dumps(list(args), default=tensor_json))
            except (TypeError, ValueError) as e:
                raise Diagnostic(stmt.decorator_list[0], "sample %d in @fxn.compile(inputs=...) of '%s': %s"
                                 % (i + 1, stmt.name, e))
        found.append({"entry": stmt.name, "samplesJson": samples, "targets": list(mark.targets or []),
                      "line": stmt.decorator_list[0].lineno})
    return found
