"""Argument binding by Python's rules, at compile time: positional and keyword arguments,
positional-only parameters (before `/`), keyword-only ones (after `*` or `*args`), `*args`
parameters (a tuple of the extra positional arguments: its arity is part of the specialization's
types, so each arity compiles once), `**kwargs` parameters (a dict[str, T] of the extra keywords,
in the call's order as CPython's), and `f(*t)` with a tuple (its items known statically).

Every call whose binding fails is known at compile time here, so it is a diagnostic with CPython's
TypeError message. `f(*xs)` with a list is fxn_unpacking's (a branch per length, each bound here).
`f(**d)` binds at compile time when d's keys are known (forwarded_keys); otherwise, in a call of a
module function with no other keywords and d a dict[str, T], at run time (runtime_mapping): the
kernel fxn.bind_kwargs (operator_registry/kernels/ops_dict.hpp) checks d's keys against the
parameters and raises CPython's TypeErrors in CPython's order, then each parameter left is read
from d (or its default). One kernel rather than IR per check: the order of CPython's checks (d's
order for the key errors, the positional-only message listing every such key, then the missing
parameters) is a loop over d that IR would unroll per parameter and per error.
What stays out (a diagnostic): `f(*xs)` with a list where fxn_unpacking does not apply; a
run-time `f(**d)` of a function value, of a mapping that is not a dict[str, T], in a call with
other keywords (CPython's "got multiple values for keyword argument" names the importer's module),
or whose values and a default it may fill differ in type; and **kwargs whose values differ in type.
"""

import ast

from fxn_diagnostics import Diagnostic, unsupported
from fxn_types import DYN, INT, NONE, STR, DictT, ListT, OptT, TupleT, TypeVar, join, prune, show, unify

UNKNOWN = object()  # an argument whose type discovery has not found yet
RUNTIME = object()  # a `**mapping` whose keys are known only at run time (runtime_mapping)


class BoundArgs(list):
    """The bound arguments; kwarg_keys: the names of the extra keywords gathered into the
    callee's **kwargs (part of its specialization: see ModuleBuilder.call_callable), or None."""
    kwarg_keys = None


def static_kwargs(fn, read_only_uses):
    """Whether fn's **kwargs dict keeps the keys it was called with: every use of the name only
    reads it (fxn_syntax.read_only_name_uses) or forwards it (`g(**kwargs)`); then `g(**kwargs)`
    binds by those keys at compile time."""
    name = fn.args.kwarg.arg if fn.args.kwarg else None
    if name is None:
        return False
    forwarded = {id(k.value) for k in ast.walk(fn) if isinstance(k, ast.keyword) and k.arg is None}
    for n in ast.walk(fn):
        if isinstance(n, ast.Name) and n.id == name:
            if not isinstance(n.ctx, ast.Load) or (id(n) not in read_only_uses and id(n) not in forwarded):
                return False
    return True


def param_names(fn):
    """Every parameter in the order compiled functions take them: positional ones, *args,
    keyword-only ones, **kwargs."""
    a = fn.args
    names = [x.arg for x in a.posonlyargs + a.args]
    if getattr(a, "vararg", None):
        names.append(a.vararg.arg)
    names += [x.arg for x in a.kwonlyargs]
    if getattr(a, "kwarg", None):
        names.append(a.kwarg.arg)
    return names


def plural(n, word):
    return "%d %s%s" % (n, word, "" if n == 1 else "s")


def name_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    return "%s and %s" % (", ".join(quoted[:-1]), quoted[-1])


def positional_values(fb, e):
    """The call's positional arguments, `*t` of a tuple expanded; UNKNOWN while discovery has
    not typed a starred one."""
    values = []
    for arg in e.args:
        if not isinstance(arg, ast.Starred):
            values.append(fb.expr(arg))
            continue
        v = fb.expr(arg.value)
        t = prune(v[1])
        if isinstance(t, TupleT):
            values.extend(fb.tuple_get(arg, v[0], t, i) for i in range(len(t.elems)))
        elif isinstance(t, TypeVar) and fb.discovery:
            return UNKNOWN
        elif isinstance(t, ListT):
            raise unsupported(arg, "*list in a call (the number of arguments would be known only at run time; "
                              "pass a tuple)")
        else:
            raise unsupported(arg, "*%s in a call" % show(t))
    return values


def bind(fb, e, target):
    """The call e's arguments in target's parameter order (param_names), defaults filled in; or
    UNKNOWN during discovery when a starred argument is not typed yet."""
    fn = target.node
    a = fn.args
    title = "%s()" % target.python_name
    skip = 1 if target.kind in ("method", "property", "classmethod") else 0
    posonly = [x.arg for x in a.posonlyargs][skip:]
    positional = [x.arg for x in a.posonlyargs + a.args][skip:]
    kwonly = [x.arg for x in a.kwonlyargs]
    vararg = a.vararg.arg if a.vararg else None
    kwarg = a.kwarg.arg if a.kwarg else None
    values = positional_values(fb, e)
    if values is UNKNOWN:
        return UNKNOWN
    defaults = fb.m.defaults_of(target)
    if len(values) > len(positional) and vararg is None:
        given = len(values)
        required = len([p for p in positional if p not in defaults])
        takes = "%d positional argument%s" % (len(positional), "" if len(positional) == 1 else "s") \
            if required == len(positional) else "from %d to %d positional arguments" % (required, len(positional))
        kw_given = [k.arg for k in e.keywords if k.arg in kwonly]
        extra = "(and %s)" % plural(len(kw_given), "keyword-only argument") if kw_given else ""
        raise Diagnostic(e, "%s takes %s but %d%s %s given" % (
            title, takes, given, " positional argument%s" % ("" if given == 1 else "s") if extra else "",
            extra + " were" if extra else ("was" if given == 1 else "were")))
    bound = dict(zip(positional, values))
    extra_keywords = []
    posonly_as_keyword = []
    keywords = []
    mapping = None  # the one `**d` whose keys are known only at run time: its keyword node
    for k in e.keywords:
        if k.arg is not None:
            keywords.append((k, k.arg, None))
            continue
        keys = forwarded_keys(fb, k)
        if keys is UNKNOWN:
            return UNKNOWN
        if keys is RUNTIME:
            if mapping is not None:
                raise mapping_unsupported(k)
            mapping = k
            keywords.append((k, None, RUNTIME))
            continue
        for key in keys:
            if any(key == name for _, name, _ in keywords):
                raise Diagnostic(k, "%s got multiple values for keyword argument '%s'" % (title, key))
            keywords.append((k, key, key))
    runtime = None  # (the `**d` keyword, d's value)
    for k, arg, forwarded_key in keywords:
        if forwarded_key is RUNTIME:
            if len(keywords) > 1:
                # CPython names a key of d that repeats another keyword as "module.f() got multiple
                # values for keyword argument 'a'", with the importer's name of the module.
                raise unsupported(k, "**d with keys known only at run time in a call with other keywords "
                                  "(a key repeating one raises a TypeError naming the caller's module, "
                                  "unknown to fxn)")
            runtime = (k, fb.expr(k.value))
            extra_keywords.append((k, RUNTIME))
            continue
        value = (lambda k=k: fb.expr(k.value)) if forwarded_key is None else \
            (lambda k=k, key=forwarded_key: forwarded_value(fb, k, key))
        k = KeywordAt(k, arg)
        if k.arg in posonly and kwarg is None:
            posonly_as_keyword.append(k.arg)
            value()
            continue
        if k.arg in bound and k.arg not in posonly:
            raise Diagnostic(k, "%s got multiple values for argument '%s'" % (title, k.arg))
        if (k.arg in positional and k.arg not in posonly) or k.arg in kwonly:
            bound[k.arg] = value()
        elif kwarg is not None:
            extra_keywords.append((k, value()))
        else:
            raise Diagnostic(k, "%s got an unexpected keyword argument '%s'" % (title, k.arg))
    if posonly_as_keyword:
        raise Diagnostic(e, "%s got some positional-only arguments passed as keyword arguments: '%s'"
                         % (title, ", ".join(posonly_as_keyword)))
    if runtime is not None:
        return runtime_mapping(fb, e, target, runtime, values, bound, defaults, extra_keywords)
    missing = [p for p in positional if p not in bound and p not in defaults]
    if missing:
        raise Diagnostic(e, "%s missing %s: %s" % (title, plural(len(missing), "required positional argument"),
                                                    name_list(missing)))
    missing = [p for p in kwonly if p not in bound and p not in defaults]
    if missing:
        raise Diagnostic(e, "%s missing %s: %s" % (title, plural(len(missing), "required keyword-only argument"),
                                                    name_list(missing)))
    out = BoundArgs()
    for name in positional:
        out.append(bound[name] if name in bound else fb.m.default_value(fb, e, target, name, defaults[name]))
    if vararg is not None:
        out.append(fb.build_tuple(e, values[len(positional):]))
    for name in kwonly:
        out.append(bound[name] if name in bound else fb.m.default_value(fb, e, target, name, defaults[name]))
    if kwarg is not None:
        out.append(keyword_dict(fb, e, target, kwarg, extra_keywords))
        if static_kwargs(fn, fb.m.read_only_uses):
            out.kwarg_keys = tuple(k.arg for k, _ in extra_keywords)
    return out


class KeywordAt:
    """A keyword of the call as binding sees it: where it is, and its name."""

    def __init__(self, node, arg):
        self.node, self.arg = node, arg
        self.lineno, self.col_offset = node.lineno, node.col_offset
        self.end_lineno, self.end_col_offset = node.end_lineno, node.end_col_offset


def forwarded_keys(fb, k):
    """The keys of `**mapping` in a call, when they are known at compile time: the calling
    function's own **kwargs (static_kwargs), a dict display or dict(k=v, ...) with constant str
    keys, a local variable assigned once such a display and only read, or a module-level dict
    no function changes. Anything else is rejected: its keys bind parameters only at run time."""
    value = k.value
    keys = getattr(fb.target, "kwarg_keys", None)
    own = fb.fn.args.kwarg.arg if not isinstance(fb.fn, ast.Lambda) and fb.fn.args.kwarg else None
    if isinstance(value, ast.Name) and value.id == own and value.id not in fb.renames:
        if keys is not None:
            return keys
        if fb.discovery:
            return UNKNOWN
    display = display_items(value)
    if display is None and isinstance(value, ast.Name) and value.id not in fb.renames:
        definition = single_local_definition(fb.fn, value.id, fb.m.read_only_uses)
        if definition is not None:
            display = display_items(definition)
        elif value.id not in getattr(fb.target, "captures", ()) and not fb.m.state.has(value.id) \
                and value.id not in getattr(fb, "locals", ()):
            found = fb.m.resolve_global_quiet(value.id)
            if isinstance(found, dict) and all(isinstance(key, str) for key in found) \
                    and id(value) in fb.m.read_only_uses:
                return list(found)
    if display is not None and all(key is not None for key, _ in display):
        keys = [key for key, _ in display]
        if len(set(keys)) == len(keys):
            return keys
    return RUNTIME


def mapping_unsupported(k):
    return unsupported(k, "**mapping in a call (fxn binds **{...} with constant keys, a dict variable assigned "
                       "once and only read, a module-level dict no function changes, a function's own "
                       "**kwargs, and one dict[str, T] by its keys at run time in a call of a module "
                       "function; other mappings would bind by keys known only at run time)")


def runtime_mapping(fb, e, target, runtime, values, bound, defaults, extra_keywords):
    """The bound arguments of a call with one `**d` whose keys are known only at run time (d a
    dict[str, T]); bound: what the positional arguments and explicit keywords bound at compile
    time; values: the positional ones. The kernel fxn.bind_kwargs (ops_dict.hpp) checks d's keys
    in CPython's order and raises its TypeErrors (its comment says what the spec string holds);
    then every parameter left that takes
    a keyword is d[name] (present: the kernel checked), d.get(name, default), or d.get(name)
    when the default is None; f's **kwargs gets d's other items at d's place among the call's
    extra keywords."""
    k, d = runtime
    fn = target.node
    a = fn.args
    skip = 1 if target.kind in ("method", "property", "classmethod") else 0
    posonly = [x.arg for x in a.posonlyargs][skip:]
    positional = [x.arg for x in a.posonlyargs + a.args][skip:]
    kwonly = [x.arg for x in a.kwonlyargs]
    kwarg = a.kwarg.arg if a.kwarg else None
    dt = prune(d[1])
    if isinstance(dt, TypeVar) and fb.discovery:
        return UNKNOWN
    if not isinstance(dt, DictT) or dt.kind != "dict" or not unify(dt.key, STR):
        raise unsupported(k, "**%s in a call (fxn binds **d of a dict[str, T] by its keys at run time)" % show(dt))
    bindable = [p for p in positional if p not in posonly] + kwonly
    given = [p for p in bindable if p in bound and p in positional]
    name = target.python_name
    spec = "\n".join([
        "%s()" % name, " ".join(bindable), " ".join(given), " ".join(posonly),
        "1" if kwarg is not None else "0",
        " ".join(p for p in positional if p not in bound and p not in defaults),
        " ".join(p for p in kwonly if p not in bound and p not in defaults)])
    extras = fb.call_op(k, "fxn.bind_kwargs", [d, fb.constant(k, spec)], "**")
    for p in bindable:
        if p in bound:
            continue
        key = fb.constant(k, p)
        if p not in defaults:
            bound[p] = fb.call_op(k, "operator.getitem", [d, key], "[]")
            continue
        default = fb.m.default_value(fb, e, target, p, defaults[p])
        value_t = prune(dt.value)
        if value_t is DYN:
            default = fb.coerce(k, default, DYN)  # d's dynamic values hold the default too
        if prune(default[1]) is NONE and value_t not in (NONE, DYN) and not isinstance(value_t, (TypeVar, OptT)):
            bound[p] = fb.call_op(k, "dict.get", [d, key], "get")
        elif unify(dt.value, default[1]):
            bound[p] = fb.call_op(k, "dict.get", [d, key, default], "get")
        else:
            raise unsupported(k, "**d of %s values binding %s() parameter '%s' whose default is %s "
                              "(fxn parameters hold one type)" % (show(dt.value), name, p, show(default[1])))
    for p in posonly:
        if p not in bound and p not in defaults:
            # missing whatever d holds: the kernel always raises before this read runs, which
            # only gives the argument a value of a type (d's values) for the IR.
            bound[p] = fb.call_op(k, "operator.getitem", [d, fb.constant(k, p)], "[]")
    out = BoundArgs()
    for p in positional:
        out.append(bound[p] if p in bound else fb.m.default_value(fb, e, target, p, defaults[p]))
    if a.vararg is not None:
        out.append(fb.build_tuple(e, values[len(positional):]))
    for p in kwonly:
        out.append(bound[p])
    if kwarg is not None:
        out.append(keyword_dict(fb, e, target, kwarg, extra_keywords, (dt.value, extras)))
    return out


def display_items(node):
    """[(key or None, value node)] of a dict display or a dict(name=value, ...) call; None for
    anything else (a key that is not a constant str is None)."""
    if isinstance(node, ast.Dict):
        return [(key.value if isinstance(key, ast.Constant) and isinstance(key.value, str) else None, v)
                for key, v in zip(node.keys, node.values)]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "dict" and not node.args:
        return [(kw.arg, kw.value) for kw in node.keywords]
    return None


def single_local_definition(fn, name, read_only_uses):
    """The value assigned to local `name` when fn (nested functions included) binds it exactly
    once, by `name = <value>`, and every other use only reads it; else None."""
    if isinstance(fn, ast.Lambda):
        return None
    definition = None
    for n in ast.walk(fn):
        if isinstance(n, ast.arg) and n.arg == name or isinstance(n, (ast.Global, ast.Nonlocal)) and name in n.names:
            return None
        if isinstance(n, ast.Name) and n.id == name and not isinstance(n.ctx, ast.Load):
            if definition is not None:
                return None
            definition = n
        elif isinstance(n, ast.Name) and n.id == name and id(n) not in read_only_uses:
            return None
    if definition is None:
        return None
    for n in ast.walk(fn):
        if isinstance(n, ast.Assign) and n.targets == [definition] or \
                isinstance(n, ast.AnnAssign) and n.target is definition and n.value is not None:
            return n.value
    return None


def forwarded_value(fb, k, key):
    """mapping[key] of a `**mapping` argument: a display's value evaluated here (displays bind in
    their order), a module-level dict's constant, else the item read from the dict."""
    display = display_items(k.value)
    if display is not None:
        return fb.expr(dict(display)[key])
    own = fb.fn.args.kwarg.arg if not isinstance(fb.fn, ast.Lambda) and fb.fn.args.kwarg else None
    if isinstance(k.value, ast.Name) and k.value.id not in fb.renames and k.value.id != own and \
            single_local_definition(fb.fn, k.value.id, fb.m.read_only_uses) is None:
        found = fb.m.resolve_global_quiet(k.value.id)
        if isinstance(found, dict) and isinstance(found.get(key), (bool, int, float, str)):
            return fb.constant(k, found[key])
    d = fb.expr(k.value)
    return fb.call_op(k, "operator.getitem", [d, fb.constant(k, key)], "[]")


def keyword_dict(fb, e, target, kwarg, extra_keywords, runtime=None):
    """The **kwargs dict: the extra keywords in the call's order, one value type; runtime: (T,
    the dict[str, T] of a run-time `**d`'s extra items), merged where the entry (k, RUNTIME) is."""
    value_t = TypeVar()
    for k, v in extra_keywords:
        if v is RUNTIME:
            if not unify(value_t, runtime[0]):
                raise unsupported(k, "**%s of %s() holding %s and %s values (fxn dicts hold one type)"
                                  % (kwarg, target.python_name, show(value_t), show(runtime[0])))
            continue
        joined = join(value_t, v[1])
        if joined is None:
            raise unsupported(k, "**%s of %s() holding %s and %s values (fxn dicts hold one type)"
                              % (kwarg, target.python_name, show(value_t), show(v[1])))
        value_t = joined
    # The value type other calls gave this **kwargs (kept across the module's rounds): a call
    # without extra keywords gets an empty dict of that type (else of int, as item types no code
    # constrains are), so the callee's uses of the values type-check.
    seen = ("**kwargs", id(target.node))
    if extra_keywords and seen not in fb.m.comp_types:
        fb.m.comp_types[seen] = value_t
    result = fb.value(e, "CALL_FUNCTION", "kwargs", "fxn.empty_dict", [], DictT(TypeVar(), TypeVar()))
    for k, v in extra_keywords:
        if v is RUNTIME:
            unify(prune(result[1]).key, STR)
            unify(prune(result[1]).value, value_t)
            fb.call_op(k, "dict.update", [result, runtime[1]], "**", statement=True)
            continue
        fb.dict_store(k, result, fb.constant(k, k.arg), fb.coerce(k, v, value_t))
    if not extra_keywords:
        unify(prune(result[1]).key, STR)
        unify(prune(result[1]).value, fb.m.comp_types.get(seen, INT))
    return result


def evaluated_arguments(fb, e):
    """A call's arguments evaluated in order for a call of a function value (fxn_closures):
    positional values (`*t` of a tuple expanded) and (name, value) keywords; (UNKNOWN, None)
    while discovery has not typed a starred one."""
    positional = positional_values(fb, e)
    if positional is UNKNOWN:
        return UNKNOWN, None
    keywords = []
    for k in e.keywords:
        if k.arg is not None:
            keywords.append((k.arg, fb.expr(k.value)))
            continue
        keys = forwarded_keys(fb, k)  # the caller's own **kwargs, forwarded
        if keys is UNKNOWN:
            return UNKNOWN, None
        if keys is RUNTIME:
            raise mapping_unsupported(k)
        for key in keys:
            if any(key == name for name, _ in keywords):
                raise Diagnostic(k, "%s() got multiple values for keyword argument '%s'" % ("function", key))
            keywords.append((key, forwarded_value(fb, k, key)))
    return positional, keywords


def gather_extra(fb, e, target, out, count, positional, extra_keywords):
    """Bound arguments of a function-value call (out: the named parameters', in order) completed
    with target's *args tuple (after the `count` positional ones) and **kwargs dict."""
    a = target.node.args
    bound = BoundArgs(out)
    if a.vararg is not None:
        bound[count:count] = [fb.build_tuple(e, positional[count:])]
    if a.kwarg is not None:
        bound.append(keyword_dict(fb, e, target, a.kwarg.arg, [(KeywordAt(e, k), v) for k, v in extra_keywords]))
        if static_kwargs(target.node, fb.m.read_only_uses):
            bound.kwarg_keys = tuple(k for k, _ in extra_keywords)
    return bound
