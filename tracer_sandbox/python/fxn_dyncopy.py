"""Where a statically typed list or dict becomes a dynamic value, and whether that can be seen.

`fxn.to_dyn` of a `list[int]` builds a new `List<Dyn>` (runtime/fxn_dyn.hpp's ToDyn): the dynamic
value is a copy, where CPython has one list under two names. The copy is only wrong when someone
looks: a later change through one name that CPython would show through the other. This module
checks, once the whole module is lowered (every function's IR known), that no conversion can be
seen, and otherwise refuses the function with a diagnostic at the conversion:

- a conversion whose result is only compared, tested, searched or printed (`==`, `in`, repr(),
  truth) is never seen;
- a fresh container (a display, a comprehension's or list()'s or sorted()'s result, ...) used
  nowhere but in the conversion has no other name;
- otherwise every container type that ToDyn copies (the list[int] inside a dict[str, list[int]])
  must be changed nowhere in the module (no append/setitem/pop/sort/... on a value of that type;
  aliases of one list always share its static type), and no dynamic value may be changed in place
  anywhere (the copy could be the one changed).

Conservative by design: a module that changes a list[int] somewhere and converts another,
unrelated list[int] is refused too; the fix is to build the value with mixed types from the start
(then it is dynamic everywhere and aliases as in Python) or to convert a copy (`list(xs)`).
"""

from fxn_diagnostics import unsupported
from fxn_types import DYN, ClassT, DictT, FuncT, GenT, ListT, OptT, TupleT, contains, prune, type_str

# Method or kernel names (the last part of a registry target) that change their container
# arguments in place.
MUTATING_NAMES = frozenset([
    "append", "appendleft", "extend", "extendleft", "insert", "pop", "popleft", "popitem", "remove",
    "clear", "sort", "reverse", "setitem", "delitem", "update", "setdefault", "iadd", "imul", "delslice",
    "setslice", "dict_get_add", "sort_by_keys", "heapify", "heappop", "heappush", "heappushpop",
    "heapreplace", "_heapify_max", "_heappop_max", "_heapreplace_max", "shuffle", "insort_left",
    "insort_right", "rotate", "move_to_end", "counter_add_items", "counter_add_mapping",
    "counter_sub_items", "odict_move_to_end", "odict_popitem",
])
MUTATING_PREFIXES = ("random.", "collections.deque_")  # random's state list, deque records

# Operations whose result shows nothing of a converted operand's identity (fxn_dynamic.READ_ONLY's
# comparisons and printing; getitem, + and * may hand out an item of the copy, so they are not here).
OPAQUE_USES = frozenset([
    "operator.eq", "operator.ne", "operator.lt", "operator.le", "operator.gt", "operator.ge",
    "operator.contains", "builtins.str", "builtins.repr", "fxn.truth", "builtins.len", "fxn.dyn_isinstance",
    "fxn.dyn_type_name", "operator.mod", "fxn.percent_runtime",
])

# Registry targets whose result is a new container (shallow: its items may be shared).
FRESH_PRODUCERS = frozenset([
    "fxn.build_list", "fxn.build_tuple", "fxn.empty_list", "fxn.empty_dict", "fxn.dict_presized",
    "builtins.list", "builtins.dict", "builtins.sorted", "list.copy", "dict.copy", "str.split",
    "str.rsplit", "str.splitlines", "fxn.range_list", "fxn.gen_to_list", "fxn.sorted_by_keys",
    "dict.keys", "dict.values", "dict.items", "re.findall", "re.split", "builtins.zip", "builtins.enumerate",
])
BUILDING_USES = frozenset(["operator.setitem", "list.append"])  # filling a fresh container
COMPREHENSION_ACCUMULATOR = "$comp"  # fxn_loops.comprehension's temporaries: "$comp1", "$comp7", ...
# sorted(): list() then sort, no other operand; repr() keeps no reference (a raise's message and args)
SELF_USES = frozenset(["list.sort", "list.reverse", "builtins.repr"])


def copied_types(t, out):
    """The container types ToDyn copies inside a value of static type t (spelled as the IR spells
    them). A list or dict of dynamic values is shared, not copied, so the walk stops there."""
    t = prune(t)
    if isinstance(t, ListT):
        if prune(t.elem) is not DYN:
            out.add(type_str(t))
            copied_types(t.elem, out)
    elif isinstance(t, DictT):
        if prune(t.key) is not DYN or prune(t.value) is not DYN:
            out.add(type_str(t))
            copied_types(t.key, out)
            copied_types(t.value, out)
    elif isinstance(t, TupleT):
        if t.as_list:
            out.add(type_str(t))
        for e in t.elems:
            copied_types(e, out)
    elif isinstance(t, OptT):
        copied_types(t.elem, out)
    return out


def is_mutating(target):
    return target.split(".")[-1] in MUTATING_NAMES or target.startswith(MUTATING_PREFIXES)


def walk(nodes):
    """Every node, nested blocks included, with the block (list of nodes) it sits in."""
    for n in nodes:
        yield n, nodes
        for b in n.get("blocks", []):
            yield from walk(b["nodes"])


class FunctionFacts:
    """One function's nodes by value name: who produces each value, who uses it."""

    def __init__(self, body):
        self.producer = {}
        self.uses = {}
        self.block_of = {}  # id(node) -> the list of nodes it sits in
        self.nodes = []
        for n, block in walk(body):
            self.nodes.append(n)
            self.block_of[id(n)] = block
            if "name" in n:
                self.producer[n["name"]] = n
            for a in n["args"]:
                self.uses.setdefault(a, []).append(n)

    def accumulator(self, name):
        """The comprehension accumulator (fxn_loops: a synthetic `$compN` variable holding the new
        list or dict a comprehension fills) whose load `name` is, when it holds only fresh empty
        containers; None otherwise. No user code can name it, so what it holds has no other name
        until the comprehension hands it out."""
        node = self.producer.get(name)
        if node is None or node["op"] != "LOAD" or not node["target"].startswith(COMPREHENSION_ACCUMULATOR):
            return None
        var = node["target"]
        for n in self.nodes:
            if n["op"] == "STORE" and n["target"] == var:
                source = self.producer.get(n["args"][0]) if n["args"] else None
                if source is None or source["target"] not in ("fxn.empty_list", "fxn.empty_dict"):
                    return None
        return var

    def fresh_accumulation(self, name, consumer):
        """Whether value `name`, a load of a comprehension accumulator, is its finished container
        used only by `consumer`, every other load of the accumulator filling it with values that
        are immutable or fresh."""
        var = self.accumulator(name)
        if var is None:
            return False
        if any(use is not consumer for use in self.uses.get(name, [])):
            return False
        for n in self.nodes:
            if n["op"] != "LOAD" or n["target"] != var or n["name"] == name:
                continue
            for use in self.uses.get(n["name"], []):
                if use["target"] not in BUILDING_USES or use["args"][0] != n["name"] or n["name"] in use["args"][1:]:
                    return False
                if not all(self.immutable_or_fresh(a, use) for a in use["args"][1:]):
                    return False
        return True

    def fresh(self, name, consumer):
        """Whether value `name` is a new container no other name can reach (its only other uses
        fill it with values that are themselves immutable or fresh)."""
        node = self.producer.get(name)
        if node is not None and node["op"] == "LOAD":
            return self.fresh_accumulation(name, consumer)
        if node is None or node["target"] not in FRESH_PRODUCERS:
            return False
        for use in self.uses.get(name, []):
            if use is consumer:
                continue
            if use["target"] in SELF_USES and use["args"] == [name]:
                continue
            if use["target"] not in BUILDING_USES or use["args"][0] != name or name in use["args"][1:]:
                return False
            if not all(self.immutable_or_fresh(a, use) for a in use["args"][1:]):
                return False
        if node["target"] in ("fxn.build_list", "fxn.build_tuple"):
            return all(self.immutable_or_fresh(a, node) for a in node["args"])
        if node["target"] in ("fxn.empty_list", "fxn.empty_dict", "fxn.dict_presized"):
            return True  # its items came in through the building uses just checked
        return not copied_types(items_type(node["type"]), set())

    def changes_fresh(self, node):
        """Whether mutating `node` changes a container it has just made (sorted()'s sort, a
        display's setitem), before anything else could hold it."""
        name = node["args"][0]
        if node["target"] in BUILDING_USES and self.accumulator(name) is not None:
            return True  # a comprehension filling its new container
        producer = self.producer.get(name)
        if producer is None or producer["target"] not in FRESH_PRODUCERS:
            return False
        for use in self.uses.get(name, []):
            if use is node:
                return True
            if use["target"] not in BUILDING_USES | SELF_USES or use["args"][0] != name:
                return False
        return False

    def immutable_or_fresh(self, name, consumer):
        node = self.producer.get(name)
        if node is None:
            return False  # a parameter or the like: typed, but its identity is the caller's
        return not copied_types(node["type"], set()) or self.fresh(name, consumer)

    def dyn_derived(self):
        """Values that are a dynamic value's own list or dict (fxn.dyn_as_list/dict), directly or
        through a variable."""
        derived = {n["name"] for n in self.nodes if n["target"] in ("fxn.dyn_as_list", "fxn.dyn_as_dict")}
        variables = {n["target"] for n in self.nodes if n["op"] == "STORE" and n["args"] and n["args"][0] in derived}
        derived |= {n["name"] for n in self.nodes if n["op"] == "LOAD" and n["target"] in variables}
        return derived


def items_type(t):
    t = prune(t)
    if isinstance(t, (ListT, OptT)):
        return t.elem
    if isinstance(t, DictT):
        return TupleT([t.key, t.value])
    if isinstance(t, TupleT):
        return TupleT(list(t.elems))
    return t


class At:
    """A source position for a Diagnostic, from an IR node."""

    def __init__(self, node):
        self.lineno = node.get("line", 0)
        self.col_offset = max(node.get("col", 1) - 1, 0)


def mutated_operands(node):
    """The operands a mutating operation changes: its receiver (random's functions: all of them,
    the state list among them)."""
    return node["args"] if node["target"].startswith("random.") else node["args"][:1]


def runs_user_code(t):
    return contains(t, lambda x: isinstance(x, (ClassT, FuncT, GenT)))


class EntryOutput:
    """Whether a conversion in the entry function is only ever seen in the result: nothing but
    filling fresh containers runs between it and the `return` that hands it out (so no change can
    happen to the original afterwards: the entry is not called from inside the module, and has no
    finally that could run after the return's value is taken)."""

    def __init__(self, functions, entry_symbol):
        self.entry = None
        # Called from inside the module (directly, or as a function value): its result is not the end.
        called = any(entry_symbol in n["target"] or entry_symbol in repr(n.get("value", ""))
                     for ff in functions.values() for n in ff.nodes)
        ff = functions.get(entry_symbol)
        if ff is not None and not called and not any(
                n["op"] == "TRY" and n["blocks"][3]["nodes"] for n in ff.nodes):
            self.entry = ff

    def covers(self, ff, conversion, copied):
        if ff is not self.entry:
            return False
        block = ff.block_of[id(conversion)]
        carriers, carrier_vars = {conversion["name"]}, set()
        for n in block[block.index(conversion) + 1:]:
            if n["op"] == "OUTPUT":
                return bool(n["args"]) and n["args"][0] in carriers
            if n.get("blocks") or n["target"].startswith("user:") or n["op"] not in (
                    "CONSTANT", "LOAD", "STORE", "CALL_FUNCTION", "CALL_METHOD"):
                return False
            if n["op"] == "LOAD":
                if n["target"] in carrier_vars:
                    carriers.add(n["name"])
                continue
            if n["op"] == "STORE":
                if n["args"] and n["args"][0] in carriers:
                    carrier_vars.add(n["target"])
                continue
            args = n["args"]
            if n["target"] in BUILDING_USES and any(a in carriers for a in args[1:]):
                carriers.add(args[0])  # the converted value goes into a container that is handed out
                continue
            if n["target"] in BUILDING_USES and args[0] in carriers:
                continue  # more items into a container that is handed out
            if any(a in carriers for a in args):
                return False
            types_ = [ff.producer[a]["type"] for a in args if a in ff.producer and "type" in ff.producer[a]]
            if len(types_) != len(args) or any(runs_user_code(t) for t in types_):
                return False
            if is_mutating(n["target"]) and any(prune(t) is DYN or copied_types(t, set()) & copied
                                                for t in types_[:1]):
                return False
        return False


def check_dynamic_copies(functions, entry_symbol):
    """Raises a Diagnostic at the first conversion of a static container into a dynamic value whose
    copy a change elsewhere in the module could reveal. functions: the finished function dicts
    (types not yet spelled out)."""
    facts = {f["symbol"]: FunctionFacts(f["body"]["nodes"]) for f in functions}
    conversions = []
    for ff in facts.values():
        for n in ff.nodes:
            if n["target"] != "fxn.to_dyn" or not n["args"]:
                continue
            source = ff.producer.get(n["args"][0])
            if source is None or "type" not in source or not copied_types(source["type"], set()):
                continue
            conversions.append((ff, n, source))
    if not conversions:
        return
    mutated = set()
    dynamic_mutated = None
    for ff in facts.values():
        derived = ff.dyn_derived()
        for n in ff.nodes:
            if n["op"] not in ("CALL_FUNCTION", "CALL_METHOD") or not is_mutating(n["target"]):
                continue
            if not n["target"].startswith("random.") and ff.changes_fresh(n):
                continue
            for a in mutated_operands(n):
                producer = ff.producer.get(a)
                if producer is None or "type" not in producer:
                    continue
                copied_types(producer["type"], mutated)
                if (prune(producer["type"]) is DYN or a in derived) and dynamic_mutated is None:
                    dynamic_mutated = n
    at_output = EntryOutput(facts, entry_symbol)
    for ff, n, source in conversions:
        uses = ff.uses.get(n["name"], [])
        if uses and all(u["target"] in OPAQUE_USES for u in uses):
            continue
        if ff.fresh(source["name"], n):
            continue
        copied = copied_types(source["type"], set())
        changed = sorted(copied & mutated)
        if not changed and dynamic_mutated is None:
            continue
        if at_output.covers(ff, n, copied):
            continue
        why = ("a %s is changed in place elsewhere in the module" % changed[0] if changed else
               "a dynamic value is changed in place at line %d" % dynamic_mutated.get("line", 0))
        raise unsupported(At(n), "a statically typed %s that has another name, made a dynamic value here "
                          "(fxn copies it, and %s: the change would not show through both names as in "
                          "Python); build it with mixed types from the start, or convert a copy "
                          "(list(x) / dict(x))" % (type_str(source["type"]), why))
