"""fxn's front end: Python source + what the trace observed -> typed IR.

Runs inside the tracer sandbox's embedded CPython; fxn_tracer (the driver) calls analyze(). It
reads the function's AST, infers a static type for every expression from the sample arguments'
types and the operator registry's signatures (fxn_types), and emits the IR in the JSON form of
proto/ir.proto. Anything outside the compiled subset raises Diagnostic, naming file:line:col and
the construct: a function compiles to exactly what CPython computes, or not at all.

Desugaring happens in the lowering modules, so lowering to C++ sees few shapes: comprehensions,
generator expressions, enumerate/zip/reversed loops, `match`, f-strings, key= functions and
dataclass constructors all become loops, branches and registry calls.

The modules, each importing only those above it:
  fxn_types          static types, unification, join, the registry's signatures
  fxn_diagnostics    Diagnostic and the wording of refusals
  fxn_tables         operators, keywords, banned builtins, exception classes, by AST node or name
  fxn_syntax         queries over the AST (scopes, loop bodies, literals, read-only uses)
  fxn_numpy_types    NumPy's types, typed by running NumPy on probe values
  fxn_values         sample and module-level values -> types
  fxn_fixpoint       the fixed point of type discovery (settle)
  fxn_callables      Callable and ClassInfo
  fxn_arguments      argument binding by Python's rules (*args, **kwargs, keyword-only, positional-only)
  fxn_globals        module state: module-level values functions change, mutable defaults
  fxn_marks          @fxn.compile: dropped before analysis, listed for `fxn push FILE`
  fxn_dunder         operator methods: which compile, static isinstance() tests, NotImplemented
  fxn_emit           IREmitter: nodes, names, variables, coercions, registry operations
  fxn_stmt, fxn_assign, fxn_loops, fxn_match, fxn_expr, fxn_operators, fxn_calls, fxn_builtins,
  fxn_dunder_lowering
                     one lowering mixin each (statements, assignments, loops and comprehensions,
                     match, expressions, operators, calls, builtins, operator methods and the
                     class hooks kernels call)
  fxn_numpy_calls, fxn_numpy
                     NumpyBuilder: the IR of NumPy operations
  fxn_function       FunctionBuilder = IREmitter + the mixins
  fxn_module         ModuleBuilder: specializations, classes, globals, the finished module
  fxn_frontend       analyze: the entry's types from the samples, the rounds to the fixed point
  fxn_tracer         the driver: runs the user's module and samples, then analyze
(fxn_loader, which imports these from the copies embedded in fxn-trace, imports none of them.)
tests/test_frontend_layering.py fails on an import cycle, local imports included.
"""

import ast

from fxn_diagnostics import Diagnostic, describe_unsupported_value, unsupported
from fxn_class_hooks import specialize_class_hooks
from fxn_fixpoint import settle
from fxn_globals import snapshot
from fxn_marks import start_line, strip_compile_marks
from fxn_module import ModuleBuilder
from fxn_generators import yields_of
from fxn_types import EXC, INT, ClassT, DictT, FuncT, GenT, ListT, OptT, SetT, StdlibT, TupleT, TypeVar, contains, join, prune, show
from fxn_values import describe_value, int_in_range

# Rounds of the module after its first (discovery) round before the fields' types must have settled.
ROUNDS = 4


def analyze(module_obj, source, filename, entry_name, sample_args, registry, observations, initial_state=None):
    """Returns the IR module (proto JSON form) for entry_name specialized to the samples' types.
    initial_state: fxn_globals.snapshot of the module right after import (the module state's
    initial value; without it, the module's values now)."""
    tree = strip_compile_marks(ast.parse(source, filename), module_obj)  # @fxn.compile changes nothing
    node = entry_definition(tree, getattr(module_obj, entry_name, None), entry_name, filename)
    if node.decorator_list:
        raise unsupported(node.decorator_list[0], "decorator on function '%s'" % entry_name)
    if node.args.vararg:
        raise unsupported(node.args.vararg, "*args parameter of the entry function (its samples give each "
                          "argument by position; write a list parameter)")
    if node.args.kwarg:
        raise unsupported(node.args.kwarg, "**kwargs parameter of the entry function")
    yields = yields_of(node)
    if yields:
        raise unsupported(yields[0], "the entry function '%s' is a generator (a generator object is not a value "
                          "fxn can return; return list(...) of it from another function)" % entry_name)
    if initial_state is None:
        initial_state = snapshot(module_obj, tree)
    fn = getattr(module_obj, entry_name)
    used = {}

    def attempt(exact):
        param_types = sample_types(node, entry_name, sample_args)
        builder, symbol, ret = build_module(module_obj, tree, filename, registry, observations, node, fn,
                                            param_types, initial_state, exact, used)
        if contains(ret, lambda t: isinstance(t, (SetT, ClassT, GenT, FuncT, StdlibT)) or t is EXC):
            raise unsupported(node, "returning %s from the entry function (the value model has no sets or objects)"
                              % show(ret))
        # Item types no code constrained (an always-empty list argument) become int, consistently
        # in the signature, the variables and the body.
        for t in param_types:
            default_unknowns(t)
        return builder.finish(symbol)

    try:
        return attempt(exact=True)
    except Diagnostic:
        if not used.get("value_dependent"):
            raise
    # A float sum() typed exactly (dynamic: the int 0 when empty) met something dynamic values
    # cannot do here; build again with sum() a float that raises fxn's TypeError on an empty list
    # (a documented limit, WORKSPACE.md), so that the module compiles as it did before.
    return attempt(exact=False)


def module_level_statements(stmts, inside=None):
    """(statement, the compound statement it is nested in or None) for the statements that run at
    module level: the top level, and the bodies of if/try/for/while/with there."""
    for stmt in stmts:
        yield stmt, inside
        if isinstance(stmt, (ast.If, ast.For, ast.While, ast.With, ast.Try, getattr(ast, "TryStar", ast.Try))):
            outer = inside or stmt
            for field in ("body", "orelse", "finalbody"):
                yield from module_level_statements(getattr(stmt, field, []), outer)
            for h in getattr(stmt, "handlers", []):
                yield from module_level_statements(h.body, outer)


# What follows "fxn_" in the names the C API of every artifact declares (runtime/include/fxn/fxn.h):
# an entry exported as fxn_<entry> must not be one of them.
C_API_NAMES = frozenset((
    "abi_version", "alloc", "bool", "call", "call_json", "dict", "dict_item", "dict_key",
    "dict_set", "dtype", "dtype_name", "dtype_size", "error", "error_clear", "float", "int", "int_from_digits",
    "kind", "list", "none", "seq_append", "seq_item", "signature", "status", "str", "string_free", "tensor",
    "tensor_data", "tensor_dtype", "tensor_mutable_data", "tensor_ndim", "tensor_shape", "tuple",
    "value", "value_bool", "value_float", "value_free", "value_from_json", "value_int", "value_int_digits",
    "value_int_fits", "value_kind", "value_len", "value_str", "value_to_json"
))


def entry_definition(tree, fn_obj, entry_name, filename):
    """The FunctionDef of the entry (the one CPython bound to the name, when it is defined twice),
    or a diagnostic at the definition that makes the name something fxn does not compile."""
    first_line = getattr(getattr(fn_obj, "__code__", None), "co_firstlineno", None)
    found = []
    for stmt, inside in module_level_statements(tree.body):
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and stmt.name == entry_name:
            found.append((stmt, inside))
        elif isinstance(stmt, (ast.Assign, ast.AnnAssign)):
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            if any(isinstance(t, ast.Name) and t.id == entry_name for t in targets):
                found.append((stmt, inside))
        elif isinstance(stmt, (ast.Import, ast.ImportFrom)):
            if any((a.asname or a.name.split(".")[0]) == entry_name for a in stmt.names):
                found.append((stmt, inside))
    # The definition whose code the samples ran, else the last binding of the name.
    ran = [(stmt, inside) for stmt, inside in found if isinstance(stmt, ast.FunctionDef) and start_line(stmt) == first_line]
    for stmt, inside in ran[-1:] or reversed(found):
        if isinstance(stmt, ast.FunctionDef):
            if entry_name in C_API_NAMES:
                raise Diagnostic(stmt, "entry '%s' would be exported as fxn_%s, a name the C API of every artifact "
                                 "already declares (fxn.h); rename the function" % (entry_name, entry_name))
            if inside is not None:
                raise unsupported(stmt, "function '%s' defined inside a module-level %s statement (fxn compiles "
                                  "functions defined at the top level)" % (entry_name, type(inside).__name__.lower()))
            return stmt
        if isinstance(stmt, ast.AsyncFunctionDef):
            raise unsupported(stmt, "async function '%s' as the entry (fxn compiles plain functions)" % entry_name)
        if isinstance(stmt, ast.ClassDef):
            raise unsupported(stmt, "class '%s' as the entry (fxn compiles a function)" % entry_name)
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            raise unsupported(stmt, "entry '%s' imported from another module (fxn compiles functions defined "
                              "in this file)" % entry_name)
        value = stmt.value
        if isinstance(value, ast.Lambda):
            raise unsupported(value, "lambda assigned to '%s' as the entry (define it with def)" % entry_name)
        raise unsupported(stmt, "entry '%s' bound by an assignment (fxn compiles a function defined with def)"
                          % entry_name)
    raise Diagnostic(None, "no top-level function named '%s' in %s" % (entry_name, filename))


def build_module(module_obj, tree, filename, registry, observations, node, fn, param_types, initial_state=None,
                 exact=True, used=None):
    """Builds the entry and what it reaches, in rounds, to the fixed point of the fields' types.

    Fields of classes are typed by every method that assigns them, in whatever order the methods
    are reached: the module is built again, with the field types found so far, until a round
    changes no field's type (fxn_fixpoint.settle; at most ROUNDS rounds, else a Diagnostic names
    the field and the function that kept changing it). The first round only discovers types:
    every pass of it is a discovery pass, its diagnostics are dropped and nothing it emits is
    kept. exact: a float sum() is dynamic (else a float raising on an empty list); used["value_dependent"]
    says whether one was. Returns the ModuleBuilder of the settled round, the entry's symbol and
    return type."""
    state = {"classes": None, "comp_types": None, "sent": {}}

    def build_round(lenient, exact):
        builder = ModuleBuilder(module_obj, tree, filename, registry, observations, state["classes"],
                                state["comp_types"], lenient, initial_state, state["sent"])
        builder.value_dependent_types = exact
        before = builder.field_signature()
        outcome = None
        try:
            symbol, ret = builder.specialize_function(node, fn, list(param_types))
            specialize_class_hooks(builder)
            outcome = (builder, symbol, ret)
        except Diagnostic as d:
            if not lenient:
                outcome = d
        state["classes"], state["comp_types"] = builder.classes, builder.comp_types
        if used is not None and builder.value_dependent_used:
            used["value_dependent"] = True
        return outcome, builder.field_changes(before)

    build_round(lenient=True, exact=exact)
    outcome = settle(lambda: build_round(lenient=False, exact=exact), ROUNDS)
    if isinstance(outcome, Diagnostic):
        raise outcome  # the settled round's own diagnostic
    return outcome


def sample_types(node, entry_name, sample_args):
    """The entry's parameter types: each sample argument's type, joined across the samples."""
    params = [a.arg for a in node.args.posonlyargs + node.args.args]
    required = len(params) - len(node.args.defaults)
    param_types = None
    for k, args in enumerate(sample_args):
        given = len(sample_args[0])
        if not required <= len(args) <= len(params) or len(args) != given:
            raise Diagnostic(node, "%s() takes %s arguments but sample %d has %d (every sample gives the same "
                             "arguments; the ones left out take their defaults)"
                             % (entry_name, len(params) if required == len(params) else "%d to %d" % (required, len(params)),
                                k + 1, len(args)))
        params_given = params[:len(args)]
        types_ = []
        for p, v in zip(params_given, args):
            t = describe_value(v)
            if t is None:
                raise unsupported(node, "argument '%s' is a %s in sample %d"
                                  % (p, describe_unsupported_value(v) if not isinstance(v, (list, dict))
                                     else "%s mixing types" % type(v).__name__, k + 1))
            if not int_in_range(v):
                raise Diagnostic(node, "argument '%s' of sample %d does not fit in fxn's 64-bit int" % (p, k + 1))
            types_.append(t)
        if param_types is None:
            param_types = types_
        else:
            for i, (p, a, b) in enumerate(zip(params, param_types, types_)):
                joined = join(a, b)
                if joined is None:
                    raise Diagnostic(node, "argument '%s' is %s in one sample and %s in another; fxn compiles one "
                                     "type per argument" % (p, show(a), show(b)))
                param_types[i] = joined
    return param_types or []


def default_unknowns(t):
    t = prune(t)
    if isinstance(t, TypeVar):
        t.ref = INT
    elif isinstance(t, (ListT, SetT, OptT)):
        default_unknowns(t.elem)
    elif isinstance(t, DictT):
        default_unknowns(t.key)
        default_unknowns(t.value)
    elif isinstance(t, TupleT):
        for e in t.elems:
            default_unknowns(e)
