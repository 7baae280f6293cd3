"""The tracer's driver, run inside the sandbox's embedded CPython.

Executes the user's module, runs the entry on each sample with the PEP 523 hook (the
_fxn_hook module, provided by the C++ host) recording every frame of the user's file, keeps
CPython's outputs as the reference, and hands everything to the front end. Returns a
TraceResult in protobuf's JSON form.
"""

import base64
import importlib
import json
import sys
import traceback
import types

import _fxn_hook
import fxn_frontend
import fxn_fuzz
from fxn_diagnostics import Diagnostic
from fxn_globals import snapshot
from fxn_marks import marks_of
from fxn_types import INT64_MAX, INT64_MIN, Registry
from fxn_values import float_json, lone_surrogate

TRACER_VERSION = "fxn-tracer-1"

NUMPY_DTYPES = ("bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
                "float32", "float64")


def numpy_or_none():
    """NumPy when the user's code has imported it (the tracer imports it only for a tensor argument)."""
    return sys.modules.get("numpy")


def numpy_for_tensor():
    """NumPy for decoding a tensor argument: a function may take an ndarray in a module that never
    imports numpy itself (`def total(a): return a.sum()`)."""
    np = numpy_or_none()
    if np is None:
        try:
            np = importlib.import_module("numpy")
        except ImportError:
            raise ValueError("a tensor argument needs NumPy, which is not installed")
    return np


def from_json_value(v):
    """A sample argument decoded from JSON: {"tensor": {...}} becomes a NumPy array."""
    if isinstance(v, list):
        return [from_json_value(x) for x in v]
    if isinstance(v, dict):
        if len(v) == 1 and "tensor" in v and isinstance(v["tensor"], dict):
            np = numpy_for_tensor()
            t = v["tensor"]
            if t.get("dtype") not in NUMPY_DTYPES:
                raise ValueError("unsupported tensor dtype %r" % (t.get("dtype"),))
            return np.array(t.get("data", []), dtype=t["dtype"]).reshape(t.get("shape", []))
        return {k: from_json_value(x) for k, x in v.items()}
    return v


def to_value(v):
    """A Python value as a fxn.proto.Value (JSON form)."""
    np = numpy_or_none()
    if np is not None:
        if isinstance(v, np.ndarray):
            if v.dtype.name not in NUMPY_DTYPES:
                raise TypeError("fxn cannot represent an array of dtype %s" % v.dtype.name)
            data = np.ascontiguousarray(v).astype(v.dtype.newbyteorder("<"), copy=False).tobytes()
            return {"tensor": {"dtype": v.dtype.name, "shape": [str(n) for n in v.shape],
                               "data": base64.b64encode(data).decode("ascii")}}
        if isinstance(v, np.generic) and not isinstance(v, (float, int, bool)):
            if isinstance(v, np.bool_):
                return {"boolValue": bool(v)}
            if isinstance(v, np.integer):
                return to_value(int(v))
            if isinstance(v, np.floating) and v.dtype.name in NUMPY_DTYPES:
                return to_value(float(v))
            raise TypeError("fxn cannot represent a %s" % type(v).__name__)
    if isinstance(v, bool):
        return {"boolValue": v}
    if isinstance(v, int):
        if INT64_MIN <= v <= INT64_MAX:
            return {"intValue": str(v)}
        try:
            return {"bigInt": str(v)}
        except ValueError:  # past sys.get_int_max_str_digits(): fxn's limit, not the value's error
            raise TypeError("fxn cannot carry an int of more than %d digits" % sys.get_int_max_str_digits())
    if isinstance(v, float):  # np.float64 too: a subclass of float
        return {"floatValue": float_json(float(v))}
    if v is None:
        return {"none": True}
    if isinstance(v, str):
        surrogate = lone_surrogate(v)
        if surrogate is not None:
            raise TypeError("fxn cannot carry a str holding a lone surrogate (U+%04X) between its processes"
                            % ord(surrogate))
        return {"strValue": v}
    if isinstance(v, list):
        return {"listValue": {"items": [to_value(x) for x in v]}}
    if isinstance(v, tuple):
        return {"tupleValue": {"items": [to_value(x) for x in v]}}
    if isinstance(v, dict):
        return {"dictValue": {"keys": [to_value(k) for k in v], "values": [to_value(x) for x in v.values()]}}
    raise TypeError("fxn cannot represent a %s" % type(v).__name__)


def stack_depth():
    depth, frame = 0, sys._getframe()
    while frame is not None:
        depth += 1
        frame = frame.f_back
    return depth


def diagnostic(filename, line, col, message):
    return {"file": filename, "line": line, "col": col, "message": message}


def pick_entry(module, tree, tree_functions, entry, filename):
    if entry:
        fn = getattr(module, entry, None)
        if not isinstance(fn, types.FunctionType):
            # Say where the name is bound, when it is (a class, an import, ...).
            fxn_frontend.entry_definition(tree, None, entry, filename)
            raise Diagnostic(None, "no function named '%s' in %s" % (entry, filename))
        return entry
    declared = getattr(module, "ENTRY", None)
    if isinstance(declared, types.FunctionType):
        return declared.__name__
    if isinstance(declared, str):
        return declared
    if len(tree_functions) == 1:
        return tree_functions[0]
    raise Diagnostic(None, "%s defines %d functions; choose one with --entry" % (filename, len(tree_functions)))


def run(request_json, signatures_json):
    request = json.loads(request_json)
    filename = request["filename"]
    source = request["source"]
    result = {"tracerVersion": TRACER_VERSION, "samples": [], "diagnostics": []}
    try:
        code = compile(source, filename, "exec", dont_inherit=True)
    except SyntaxError as e:
        result["diagnostics"].append(diagnostic(filename, e.lineno or 0, e.offset or 0,
                                                "invalid Python: %s" % e.msg))
        return json.dumps(result)

    module = types.ModuleType("__fxn_user__")
    module.__file__ = filename
    sys.modules["__fxn_user__"] = module
    try:
        exec(code, module.__dict__)
    except BaseException as e:  # the user's module failed at import: say where
        tb = traceback.extract_tb(e.__traceback__)
        line = next((f.lineno for f in reversed(tb) if f.filename == filename), 0)
        result["diagnostics"].append(diagnostic(filename, line, 0, "running the module raised %s: %s"
                                                % (type(e).__name__, e)))
        return json.dumps(result)

    import ast
    tree = ast.parse(source, filename)
    if request.get("listMarks"):  # `fxn push FILE` without --entry: the @fxn.compile functions
        try:
            result["marks"] = marks_of(module, tree, filename)
        except Diagnostic as d:
            result["diagnostics"].append(diagnostic(filename, d.line, d.col, d.message))
        return json.dumps(result)
    tree_functions = [n.name for n in tree.body if isinstance(n, ast.FunctionDef)]
    try:
        entry = pick_entry(module, tree, tree_functions, request.get("entry", ""), filename)
    except Diagnostic as d:
        result["diagnostics"].append(diagnostic(filename, d.line, d.col, d.message))
        return json.dumps(result)
    result["entry"] = entry
    fn = getattr(module, entry)
    # The module state's initial value: the module right after import, before a sample changes it.
    initial_state = snapshot(module, ast.parse(source, filename))

    samples = []
    for text in request.get("samplesJson", []):
        try:
            args = from_json_value(json.loads(text))
        except ValueError as e:
            result["diagnostics"].append(diagnostic(filename, 0, 0, "sample inputs are not valid JSON: %s" % e))
            return json.dumps(result)
        if not isinstance(args, list):
            result["diagnostics"].append(diagnostic(filename, 0, 0, "each --inputs must be a JSON array of arguments"))
            return json.dumps(result)
        samples.append(args)
    if not samples:
        result["diagnostics"].append(diagnostic(filename, 0, 0, "no samples: give --inputs at least once"))
        return json.dumps(result)

    # Give the entry the full default recursion limit of 1000 frames, as compiled code has,
    # however deep the driver itself is.
    sys.setrecursionlimit(1000 + stack_depth())
    unrepresentable = None
    for args in samples:
        # The arguments as given: the function may mutate them (a list argument, say).
        try:
            args_value = to_value(tuple(args))
        except TypeError as e:
            result["diagnostics"].append(diagnostic(filename, 0, 0, "sample input: %s" % e))
            return json.dumps(result)
        _fxn_hook.enable(filename)
        returned = False
        try:
            value = fn(*args)
            returned = True
        except RecursionError as e:
            outcome = {"error": {"type": "RecursionError", "message": "maximum recursion depth exceeded"}}
        except Exception as e:
            outcome = {"error": {"type": type(e).__name__, "message": str(e)}}
        except BaseException as e:
            _fxn_hook.disable()
            result["diagnostics"].append(diagnostic(filename, 0, 0, "the sample %s raised %s, which fxn does not "
                                                    "compile" % (json.dumps(args), type(e).__name__)))
            return json.dumps(result)
        finally:
            _fxn_hook.disable()
        if returned:
            try:
                outcome = {"value": to_value(value)}
            except TypeError as e:
                # fxn's own limit, not an error of the sample's: said after the analysis, unless
                # that names the construct (a generator returned, say) at its line
                unrepresentable = unrepresentable or "sample %s's result: %s" % (json.dumps(args), e)
                continue
        result["samples"].append({"args": args_value, "expected": outcome})

    observations = _fxn_hook.observations()
    result["framesObserved"] = sum(o["count"] for o in observations)
    registry = Registry(json.loads(signatures_json))
    try:
        result["module"] = fxn_frontend.analyze(module, source, filename, entry, samples, registry, observations,
                                                initial_state)
    except Diagnostic as d:
        result["diagnostics"].append(diagnostic(filename, d.line, d.col, d.message))
    except RecursionError:
        result["diagnostics"].append(diagnostic(filename, 0, 0, "the function is nested too deeply to analyze"))
    if unrepresentable is not None:
        result.pop("module", None)
        if not result["diagnostics"]:
            result["diagnostics"].append(diagnostic(filename, 0, 0, unrepresentable))
    if "module" in result and int(request.get("fuzzInputs", 0)) > 0:
        fuzz(result, request, fn, tree, filename)
    return json.dumps(result)


def call_for_fuzz(fn, args):
    """One generated input's sample (args, CPython's outcome), as a sample's is made; None to drop it
    (an outcome fxn cannot represent, or an exception that is no Python error, such as SystemExit)."""
    try:
        args_value = to_value(tuple(args))
    except TypeError:
        return None
    try:
        value = fn(*args)
    except RecursionError:
        # Dropped, as a run over the time budget is: CPython counts frames from its own stack and
        # compiled code from the entry, so near the limit they part (a documented limit), and a
        # recursion CPython stops at once may run to completion compiled - fib(1000) runs for ever.
        return None
    except MemoryError:
        return None  # over the sandbox's memory budget: dropped, as a run over the time budget
    except Exception as e:
        return {"args": args_value, "expected": {"error": {"type": type(e).__name__, "message": str(e)}}}
    try:
        outcome = {"value": to_value(value)}
    except TypeError:
        return None  # a result fxn cannot carry (a lone surrogate, say): its limit, not the input's error
    return {"args": args_value, "expected": outcome}


def fuzz(result, request, fn, tree, filename):
    """`--fuzz N`: inputs generated from the entry's parameter types, run by CPython after the samples
    (on the same module, as the harness runs them after the samples on one loaded library)."""
    import ast
    seed = int(request.get("fuzzSeed", 0))
    count = int(request["fuzzInputs"])
    module_ir = result["module"]
    entry_fn = next(f for f in module_ir["functions"] if f["symbol"] == module_ir["entry"])
    node = next((n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == result["entry"]), None)
    report = {"requested": count, "seed": str(seed),
              "location": diagnostic(filename, node.lineno if node else entry_fn.get("line", 0),
                                     node.col_offset + 5 if node else 0, "")}  # the name after "def "
    result["fuzzReport"] = report
    try:
        if request.get("fuzzShrinkFrom"):  # a shrinking round: the inputs one step simpler than a failing one
            inputs = fxn_fuzz.shrink_candidates(json.loads(request["fuzzShrinkFrom"]),
                                                [p["type"] for p in entry_fn["params"]])
        else:
            inputs = fxn_fuzz.generate([p["type"] for p in entry_fn["params"]], count, seed)
    except fxn_fuzz.Unsupported as e:
        report["note"] = "not fuzzed: fxn does not generate %s yet" % e
        return
    report["generated"] = len(inputs)
    # State that outlives a call: module state, and values made once (a decorator's closure, say).
    has_state = bool(module_ir.get("stateInit")) or any(f.get("once") for f in module_ir["functions"])
    kept, dropped, note = fxn_fuzz.run_inputs(fn, inputs, call_for_fuzz, has_state)
    result["fuzz"] = kept
    report["dropped"] = dropped
    if note:
        report["note"] = note
