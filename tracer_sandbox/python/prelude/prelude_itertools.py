"""itertools in fxn's Python subset: the prelude fxn compiles with the user's code (fxn_prelude).

Each function follows CPython 3.11's Modules/itertoolsmodule.c step by step (when an item is
taken from which iterator, when a key or predicate runs, which ValueError with which message),
not the "roughly equivalent" code of the documentation where the two differ. The functions whose
tuples have a length fixed by a constant (product, combinations, permutations, zip_longest) are
written out per length by fxn_stdlib_itertools. Names starting with _fxn_ are helpers; a
function here calls only builtins and functions of this file.
"""


def _fxn_iter(iterable):
    """iter(iterable) as a generator: a loop over it that another loop continues."""
    for item in iterable:
        yield item


def accumulate(iterable, func=None, *, initial=None):
    if initial is None:
        first = True
        for element in iterable:
            if first:
                total = element
                first = False
            elif func is None:
                total = total + element
            else:
                total = func(total, element)
            yield total
    else:
        total = initial
        yield total
        for element in iterable:
            if func is None:
                total = total + element
            else:
                total = func(total, element)
            yield total


def _fxn_chain_from_iterable(iterables):
    for iterable in iterables:
        for element in iterable:
            yield element


def _fxn_groupby_grouper(it, key, tgtkey, cur_key, cur_value, owner, me):
    # CPython's _grouper_next: only the newest group reads, and it stops at the first item whose
    # key differs from its own.
    while owner[0] == me:
        if not cur_value:
            got = False
            for value in it:
                if key is None:
                    k = value
                else:
                    k = key(value)
                cur_value.append(value)
                cur_key.clear()
                cur_key.append(k)
                got = True
                break
            if not got:
                return
        if not (tgtkey == cur_key[0]):
            return
        yield cur_value.pop()


def groupby(iterable, key=None):
    it = _fxn_iter(iterable)
    cur_key = []
    cur_value = []
    tgt_key = []
    owner = [0]
    while True:
        owner[0] += 1  # the groups handed out so far stop reading
        while True:
            if not cur_key:
                pass
            elif not tgt_key:
                break
            elif not (tgt_key[0] == cur_key[0]):
                break
            got = False
            for value in it:
                if key is None:
                    k = value
                else:
                    k = key(value)
                cur_value.clear()
                cur_value.append(value)
                cur_key.clear()
                cur_key.append(k)
                got = True
                break
            if not got:
                return
        tgt_key.clear()
        tgt_key.append(cur_key[0])
        yield (cur_key[0], _fxn_groupby_grouper(it, key, cur_key[0], cur_key, cur_value, owner, owner[0]))


def _fxn_islice_index(value):
    """PyNumber_AsSsize_t as islice uses it: an int (bool included), else -1."""
    if value is None:
        return -1
    if isinstance(value, int):
        return int(value)
    return -1


def _fxn_islice(iterable, bounds):
    # CPython's islice_next: skip to the next index, stop before taking an item past stop.
    it = _fxn_iter(iterable)
    start, stop, step = bounds
    count = 0
    wanted = start
    while True:
        while count < wanted:
            got = False
            for item in it:
                got = True
                break
            if not got:
                return
            count += 1
        if stop != -1 and count >= stop:
            return
        got = False
        for item in it:
            value = item
            got = True
            break
        if not got:
            return
        count += 1
        wanted += step
        if stop != -1 and wanted > stop:
            wanted = stop
        yield value


def _fxn_islice_bounds_stop(stop):
    """islice(it, stop)'s checks, at the call as CPython's: (start, stop or -1, step)."""
    stop_index = _fxn_islice_index(stop)
    if stop is not None:
        if stop_index == -1:
            raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if stop_index < -1:
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    return (0, stop_index, 1)


def _fxn_islice_bounds(start, stop, step=None):
    """islice(it, start, stop[, step])'s checks, in CPython's order."""
    start_index = 0
    if start is not None:
        start_index = _fxn_islice_index(start)
    stop_index = _fxn_islice_index(stop)
    if stop is not None:
        if stop_index == -1:
            raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if start_index < 0 or stop_index < -1:
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    step_index = 1
    if step is not None:
        step_index = _fxn_islice_index(step)
    if step_index < 1:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return (start_index, stop_index, step_index)


def _fxn_list(iterable):
    """tuple(iterable), which product() and combinations() take at the call."""
    return list(iterable)


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            return


def dropwhile(predicate, iterable):
    dropping = True
    for x in iterable:
        if dropping:
            if predicate(x):
                continue
            dropping = False
        yield x


def filterfalse(predicate, iterable):
    for x in iterable:
        if predicate is None:
            if not x:
                yield x
        elif not predicate(x):
            yield x


def compress(data, selectors):
    # CPython takes the datum first, then the selector.
    for datum, selector in zip(data, selectors):
        if selector:
            yield datum


def pairwise(iterable):
    first = True
    for new in iterable:
        if first:
            old = new
            first = False
        else:
            yield (old, new)
            old = new


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step
    return


def cycle(iterable):
    saved = []
    for element in iterable:
        saved.append(element)
        yield element
    while saved:
        for element in saved:
            yield element


def repeat(object, times=None):
    if times is None:
        while True:
            yield object
        return
    left = times
    while left > 0:
        left -= 1
        yield object
