"""heapq and bisect (a FunctionBuilder mixin: `call_heapq`, `call_bisect`).

The heap operations (heappush, heappop, heapify, heappushpop, heapreplace) and bisect/insort
without key= are kernels (operator_registry/kernels/ops_heapq.hpp, ports of CPython's C code:
same `<` comparisons in the same order). What CPython 3.11 writes in Python (Lib/heapq.py's
nlargest/nsmallest/merge) and the key= forms of bisect, whose key function is called only on the
probed items, are compiled from Python source here (PRELUDE: CPython's algorithms written over
lists), as functions of the module named `fxn_std_<name>`. Their bodies see the names of
`PRELUDE_NAMES` before the user's globals (`Callable.prelude_names`, read by
ModuleBuilder.resolve_global).

Kernels compare instances of user classes through the class hooks: a heap of instances (or of
tuples holding them) asks for the class's `lt` hook (`ClassInfo.kernel_lt`), which for a class
without ordering methods raises CPython's TypeError when it is called, and for
@dataclass(order=True) compares the fields.
"""

import ast
import bisect
import heapq

from fxn_callables import Callable
from fxn_diagnostics import Diagnostic, unsupported
from fxn_types import (FLOAT, INT, NONE, ClassT, DictT, ListT, OptT, SetT, TypeVar, contains, contains_unknown, prune,
                       show)

# CPython 3.11's algorithms (Lib/heapq.py, Lib/bisect.py) over lists. nsmallest/nlargest with a
# key keep (key, order) in the heap and the item's index as its order: CPython's orders are
# unique and follow the iteration (increasing for nsmallest, decreasing for nlargest), so every
# comparison answers as CPython's, and the item itself (a dict, say) is never compared.
PRELUDE = '''
def bisect_right(a, x, lo=0, hi=None, *, key=None):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    end = len(a) if hi is None else hi
    while lo < end:
        mid = (lo + end) // 2
        if x < key(a[mid]):
            end = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    end = len(a) if hi is None else hi
    while lo < end:
        mid = (lo + end) // 2
        if key(a[mid]) < x:
            lo = mid + 1
        else:
            end = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    index = bisect.bisect_right(a, key(x), lo, hi, key=key)
    a.insert(index, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    index = bisect.bisect_left(a, key(x), lo, hi, key=key)
    a.insert(index, x)


def nsmallest(n, iterable, key=None):
    if n == 1:
        if not iterable:
            return iterable[:0]
        if key is None:
            return [min(iterable)]
        return [min(iterable, key=key)]
    size = len(iterable)
    if n >= size:
        if key is None:
            return sorted(iterable)[:n]
        return sorted(iterable, key=key)[:n]
    out = iterable[:0]
    if n <= 0:
        return out
    if key is None:
        result = []
        for i in range(n):
            result.append((iterable[i], i))
        heapq._heapify_max(result)
        top = result[0][0]
        order = n
        for i in range(n, size):
            elem = iterable[i]
            if elem < top:
                heapq._heapreplace_max(result, (elem, order))
                top = result[0][0]
                order += 1
        result.sort()
        for pair in result:
            out.append(pair[0])
        return out
    keyed = []
    for i in range(n):
        keyed.append((key(iterable[i]), i))
    heapq._heapify_max(keyed)
    top = keyed[0][0]
    for i in range(n, size):
        k = key(iterable[i])
        if k < top:
            heapq._heapreplace_max(keyed, (k, i))
            top = keyed[0][0]
    keyed.sort()
    for pair in keyed:
        out.append(iterable[pair[1]])
    return out


def nlargest(n, iterable, key=None):
    if n == 1:
        if not iterable:
            return iterable[:0]
        if key is None:
            return [max(iterable)]
        return [max(iterable, key=key)]
    size = len(iterable)
    if n >= size:
        if key is None:
            return sorted(iterable, reverse=True)[:n]
        return sorted(iterable, key=key, reverse=True)[:n]
    out = iterable[:0]
    if n <= 0:
        return out
    if key is None:
        result = []
        for i in range(n):
            result.append((iterable[i], -i))
        heapq.heapify(result)
        top = result[0][0]
        order = -n
        for i in range(n, size):
            elem = iterable[i]
            if top < elem:
                heapq.heapreplace(result, (elem, order))
                top = result[0][0]
                order -= 1
        result.sort(reverse=True)
        for pair in result:
            out.append(pair[0])
        return out
    keyed = []
    for i in range(n):
        keyed.append((key(iterable[i]), -i))
    heapq.heapify(keyed)
    top = keyed[0][0]
    for i in range(n, size):
        k = key(iterable[i])
        if top < k:
            heapq.heapreplace(keyed, (k, -i))
            top = keyed[0][0]
    keyed.sort(reverse=True)
    for pair in keyed:
        out.append(iterable[-pair[1]])
    return out


def merge(*iterables, key=None, reverse=False):
    direction = -1 if reverse else 1
    lists = []
    for source in iterables:
        lists.append(source)
    positions = []
    h = []
    for order in range(len(lists)):
        positions.append(1)
        if lists[order]:
            if key is None:
                h.append((lists[order][0], order * direction))
            else:
                h.append((key(lists[order][0]), order * direction))
    if reverse:
        heapq._heapify_max(h)
    else:
        heapq.heapify(h)
    while len(h) > 1:
        idx = h[0][1] * direction
        src = lists[idx]
        p = positions[idx]
        yield src[p - 1]
        if p < len(src):
            positions[idx] = p + 1
            if key is None:
                entry = (src[p], h[0][1])
            else:
                entry = (key(src[p]), h[0][1])
            if reverse:
                heapq._heapreplace_max(h, entry)
            else:
                heapq.heapreplace(h, entry)
        elif reverse:
            heapq._heappop_max(h)
        else:
            heapq.heappop(h)
    if h:
        idx = h[0][1] * direction
        src = lists[idx]
        p = positions[idx]
        yield src[p - 1]
        while p < len(src):
            yield src[p]
            p += 1
'''

PRELUDE_NAMES = {"heapq": heapq, "bisect": bisect, "len": len, "min": min, "max": max, "sorted": sorted,
                 "range": range, "ValueError": ValueError}

HEAP_KERNELS = ("heappush", "heappop", "heapify", "heappushpop", "heapreplace", "_heapify_max",
                "_heapreplace_max", "_heappop_max")
HEAP_ARITY = {"heappush": 2, "heappop": 1, "heapify": 1, "heappushpop": 2, "heapreplace": 2,
              "_heapify_max": 1, "_heapreplace_max": 2, "_heappop_max": 1}
BISECT_ALIASES = {"bisect": "bisect_right", "insort": "insort_right"}


_PRELUDE_NODES = {}  # name -> FunctionDef, parsed once per process (comprehension and field
# types are keyed by node identity across the module's rounds)


def prelude_callable(module, name, at, source=PRELUDE, names=None):
    """The Callable of the function `name` of `source` (PRELUDE, or another module's), one per
    ModuleBuilder, its body seeing `names` (PRELUDE_NAMES) first; its nodes are located at the
    first call, so the IR's lines stay in the user's file. Names are unique across sources."""
    cache = module.__dict__.setdefault("stdlib_prelude", {})
    if name not in cache:
        if name not in _PRELUDE_NODES:
            tree = ast.parse(source)
            node = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == name)
            for sub in ast.walk(node):
                if hasattr(sub, "lineno"):
                    sub.lineno = sub.end_lineno = at.lineno
                    sub.col_offset = sub.end_col_offset = at.col_offset
            _PRELUDE_NODES[name] = node
        target = Callable(_PRELUDE_NODES[name], name, "fxn_std_" + name)
        target.prelude_names = names if names is not None else PRELUDE_NAMES
        cache[name] = target
    return cache[name]


def is_none_constant(e):
    return e is None or isinstance(e, ast.Constant) and e.value is None


class HeapqLowering:
    """Lowers heapq and bisect calls (a FunctionBuilder mixin)."""

    def kernel_orderable(self, at, t, what):
        """Items a kernel compares with `<`: instances of user classes get their `lt` hook (their
        methods, CPython's TypeError without one, or a dataclass's fields); None, dicts and sets,
        which have no `<` fxn compiles, are refused."""
        if self.discovery:
            return
        if contains(t, lambda x: isinstance(x, (OptT, DictT, SetT)) or x is NONE):
            raise unsupported(at, "%s over items of type %s (< is not defined on them for every value)" % (what, show(t)))
        contains(t, self.mark_kernel_compared)

    @staticmethod
    def mark_kernel_compared(t):
        if isinstance(t, ClassT):
            for info in t.info.mro:
                info.kernel_lt = True
        return False

    def call_heapq_prelude(self, e, name):
        target = prelude_callable(self.m, name, e)
        return self.m.call_callable(e, self, target, self.bind_args(e, target))

    def call_heapq(self, e, qualified):
        name = qualified.split(".", 1)[1]
        if name in ("nlargest", "nsmallest"):
            self.no_unpacking(e)
            target = prelude_callable(self.m, name, e)
            args = self.bind_args(e, target)
            iterable_type = prune(args[1][1]) if len(args) > 1 else None
            if not isinstance(iterable_type, ListT) and not (self.discovery and contains_unknown(iterable_type or TypeVar())):
                raise unsupported(e, "heapq.%s of %s (fxn compiles it over a list)" % (name, show(iterable_type)))
            return self.m.call_callable(e, self, target, args)
        if name == "merge":
            target = prelude_callable(self.m, name, e)
            args = self.bind_args(e, target)
            for a in args[:1]:
                for t in getattr(prune(a[1]), "elems", []):
                    if not isinstance(prune(t), ListT) and not (self.discovery and contains_unknown(t)):
                        raise unsupported(e, "heapq.merge of %s (fxn compiles it over lists)" % show(t))
            return self.m.call_callable(e, self, target, args)
        if name not in HEAP_KERNELS:
            return NotImplemented
        self.no_unpacking(e)
        if e.keywords:
            raise Diagnostic(e.keywords[0], "%s() takes no keyword arguments" % name)
        arity = HEAP_ARITY[name]
        if len(e.args) != arity:
            raise Diagnostic(e, "%s expected %d argument%s, got %d" % (name, arity, "s" if arity > 1 else "", len(e.args)))
        args = [self.expr(a) for a in e.args]
        heap_type = prune(args[0][1])
        if not self.discovery and not isinstance(heap_type, (ListT, TypeVar)):
            raise Diagnostic(e.args[0], "TypeError: heap argument must be a list")
        if isinstance(heap_type, ListT):
            self.kernel_orderable(e, heap_type.elem, "heapq." + name)
        for extra in args[1:]:
            self.kernel_orderable(e, extra[1], "heapq." + name)
        return self.call_op(e, qualified, args, name)

    def call_bisect(self, e, qualified):
        name = qualified.split(".", 1)[1]
        name = BISECT_ALIASES.get(name, name)
        if name not in ("bisect_left", "bisect_right", "insort_left", "insort_right"):
            return NotImplemented
        self.no_unpacking(e)
        key = next((k.value for k in e.keywords if k.arg == "key"), None)
        if not is_none_constant(key):
            return self.call_heapq_prelude(e, name)
        allowed = ("a", "x", "lo", "hi", "key")
        for k in e.keywords:
            if k.arg not in allowed:
                raise Diagnostic(k, "'%s' is an invalid keyword argument for %s()" % (k.arg, name))
        if len(e.args) > 4:
            raise Diagnostic(e, "%s() takes at most 4 arguments (%d given)" % (name, len(e.args)))
        given = dict(zip(allowed, e.args))
        for k in e.keywords:
            if k.arg in given:
                raise Diagnostic(k, "argument for %s() given by name ('%s') and position (%d)"
                                 % (name, k.arg, allowed.index(k.arg) + 1))
            given[k.arg] = k.value
        for required in ("a", "x"):
            if required not in given:
                raise Diagnostic(e, "%s() missing required argument '%s' (pos %d)" % (name, required, allowed.index(required) + 1))
        a, x = self.expr(given["a"]), self.expr(given["x"])
        lo = self.expr(given["lo"]) if "lo" in given else self.constant(e, 0)
        hi = self.constant(e, -1) if is_none_constant(given.get("hi")) else self.expr(given["hi"])
        for bound in (lo, hi):
            if not self.discovery and prune(bound[1]) is not INT:
                raise unsupported(e, "%s() bound of type %s" % (name, show(bound[1])))
        if isinstance(prune(a[1]), ListT):
            self.kernel_orderable(e, prune(a[1]).elem, "bisect." + name)
            elem = prune(prune(a[1]).elem)
            if elem is FLOAT and prune(x[1]) is INT and name.startswith("bisect"):
                x = self.promote(x, elem)  # bisect(floats, 3): the int only compares
        elif not self.discovery:
            raise unsupported(e, "bisect.%s over %s (fxn compiles it over a list)" % (name, show(a[1])))
        return self.call_op(e, "bisect." + name, [a, x, lo, hi], name)

