"""list.sort(key=functools.cmp_to_key(cmp)) in fxn's Python subset: CPython 3.11's listsort
(Objects/listobject.c, Objects/listsort.txt) step by step, the prelude fxn compiles with the
user's code (fxn_prelude; fxn_stdlib_functools calls `cmp_sort`).

Every "a < b" of listsort is `cmp(a, b) < 0` (functools' K wrapper compares cmp's result with 0,
and the sort takes its truth), asked in CPython's order: natural runs (count_run, strictly
descending ones reversed), short runs extended to minrun by binary insertion, the powersort merge
policy (found_new_run / powerloop), merge_at trimming both runs by galloping, merge_lo /
merge_hi by the shorter run with the adaptive min_gallop, merge_force_collapse at the end. So a
cmp with side effects, an inconsistent cmp and a cmp that raises mid-sort all behave as in
CPython: on an exception the merge in progress puts its temporary run back where CPython's
error path copies it, and the list is left as CPython leaves it.

As in CPython, the list is empty while the sort runs (cmp reading it sees []), and a list that
cmp filled is discarded with ValueError('list modified during sort'). (CPython also raises when
cmp appended and then removed items again, leaving it empty; that is not detected here.)

Indices replace CPython's pointers: a run is (base, length) in `items`; the temporary copy of the
shorter run is a list of its own. A function here calls only builtins and functions of this file.
"""


def cmp_sort(items, cmp, reverse):
    """list.sort(key=cmp_to_key(cmp), reverse=reverse) (list_sort_impl)."""
    n = len(items)
    if n < 2:
        return None
    work = items.copy()
    items.clear()
    if reverse:
        work.reverse()  # reverse, sort stably, reverse back: equal items keep their order
    try:
        _fxn_timsort(work, cmp, n)
    finally:
        # Also on an exception from cmp: CPython puts the (partly sorted) items back, reversed.
        if reverse:
            work.reverse()
        modified = len(items) != 0
        items.clear()
        items.extend(work)
    if modified:
        raise ValueError('list modified during sort')
    return None


def _fxn_timsort(items, cmp, n):
    """The run loop of list_sort_impl, then merge_force_collapse; n >= 2."""
    min_gallop = [7]  # ms->min_gallop (MIN_GALLOP), adapted by the merges
    run_base = [0] * 0  # ms->pending: the runs' start, length and power (lists of ints)
    run_len = [0] * 0
    run_power = [0] * 0
    minrun = _fxn_compute_minrun(n)
    lo = 0
    nremaining = n
    while nremaining:
        run = _fxn_count_run(items, cmp, lo, lo + nremaining)
        if run < minrun:
            force = nremaining if nremaining <= minrun else minrun
            _fxn_binarysort(items, cmp, lo, lo + force, lo + run)
            run = force
        if run_len:  # found_new_run
            power = _fxn_powerloop(run_base[-1], run_len[-1], run, n)
            while len(run_len) > 1 and run_power[-2] > power:
                _fxn_merge_at(items, cmp, run_base, run_len, run_power, len(run_len) - 2, min_gallop)
            run_power[-1] = power
        run_base.append(lo)
        run_len.append(run)
        run_power.append(0)
        lo += run
        nremaining -= run
    while len(run_len) > 1:  # merge_force_collapse
        i = len(run_len) - 2
        if i > 0 and run_len[i - 1] < run_len[i + 1]:
            i -= 1
        _fxn_merge_at(items, cmp, run_base, run_len, run_power, i, min_gallop)
    return None


def _fxn_compute_minrun(n):
    r = 0
    while n >= 64:
        r |= n & 1
        n >>= 1
    return n + r


def _fxn_count_run(items, cmp, lo, hi):
    """The length of the run at lo (hi: the end of the list): non-descending, or strictly
    descending and then reversed in place."""
    if lo + 1 == hi:
        return 1
    i = lo + 2
    if cmp(items[lo + 1], items[lo]) < 0:
        while i < hi and cmp(items[i], items[i - 1]) < 0:
            i += 1
        left = lo
        right = i - 1
        while left < right:
            items[left], items[right] = items[right], items[left]
            left += 1
            right -= 1
    else:
        while i < hi and not cmp(items[i], items[i - 1]) < 0:
            i += 1
    return i - lo


def _fxn_binarysort(items, cmp, lo, hi, start):
    """binarysort(): items[lo:start] is sorted; inserts items[start:hi] one by one."""
    if lo == start:
        start += 1
    while start < hi:
        pivot = items[start]
        left = lo
        right = start
        while left < right:
            mid = left + ((right - left) >> 1)
            if cmp(pivot, items[mid]) < 0:
                right = mid
            else:
                left = mid + 1
        k = start
        while k > left:
            items[k] = items[k - 1]
            k -= 1
        items[left] = pivot
        start += 1
    return None


def _fxn_gallop_left(cmp, key, a, base, n, hint):
    """gallop_left(): k in 0..n with a[base+k-1] < key <= a[base+k], searched from a[base+hint]."""
    at = base + hint
    lastofs = 0
    ofs = 1
    if cmp(a[at], key) < 0:
        maxofs = n - hint
        while ofs < maxofs:
            if cmp(a[at + ofs], key) < 0:
                lastofs = ofs
                ofs = (ofs << 1) + 1
            else:
                break
        if ofs > maxofs:
            ofs = maxofs
        lastofs += hint
        ofs += hint
    else:
        maxofs = hint + 1
        while ofs < maxofs:
            if cmp(a[at - ofs], key) < 0:
                break
            lastofs = ofs
            ofs = (ofs << 1) + 1
        if ofs > maxofs:
            ofs = maxofs
        k = lastofs
        lastofs = hint - ofs
        ofs = hint - k
    lastofs += 1
    while lastofs < ofs:
        m = lastofs + ((ofs - lastofs) >> 1)
        if cmp(a[base + m], key) < 0:
            lastofs = m + 1
        else:
            ofs = m
    return ofs


def _fxn_gallop_right(cmp, key, a, base, n, hint):
    """gallop_right(): k in 0..n with a[base+k-1] <= key < a[base+k], searched from a[base+hint]."""
    at = base + hint
    lastofs = 0
    ofs = 1
    if cmp(key, a[at]) < 0:
        maxofs = hint + 1
        while ofs < maxofs:
            if cmp(key, a[at - ofs]) < 0:
                lastofs = ofs
                ofs = (ofs << 1) + 1
            else:
                break
        if ofs > maxofs:
            ofs = maxofs
        k = lastofs
        lastofs = hint - ofs
        ofs = hint - k
    else:
        maxofs = n - hint
        while ofs < maxofs:
            if cmp(key, a[at + ofs]) < 0:
                break
            lastofs = ofs
            ofs = (ofs << 1) + 1
        if ofs > maxofs:
            ofs = maxofs
        lastofs += hint
        ofs += hint
    lastofs += 1
    while lastofs < ofs:
        m = lastofs + ((ofs - lastofs) >> 1)
        if cmp(key, a[base + m]) < 0:
            ofs = m
        else:
            lastofs = m + 1
    return ofs


def _fxn_merge_at(items, cmp, run_base, run_len, run_power, i, min_gallop):
    """merge_at(): merges the pending runs i and i+1 (the run after them, if any, slides down)."""
    ssa = run_base[i]
    na = run_len[i]
    ssb = run_base[i + 1]
    nb = run_len[i + 1]
    run_len[i] = na + nb
    run_base.pop(i + 1)
    run_len.pop(i + 1)
    run_power.pop(i + 1)
    k = _fxn_gallop_right(cmp, items[ssb], items, ssa, na, 0)
    ssa += k
    na -= k
    if na == 0:
        return None
    nb = _fxn_gallop_left(cmp, items[ssa + na - 1], items, ssb, nb, nb - 1)
    if nb <= 0:
        return None
    if na <= nb:
        _fxn_merge_lo(items, cmp, ssa, na, ssb, nb, min_gallop)
    else:
        _fxn_merge_hi(items, cmp, ssa, na, ssb, nb, min_gallop)
    return None


def _fxn_merge_lo(items, cmp, ssa, na, ssb, nb, min_gallop_state):
    """merge_lo(): merges items[ssa:ssa+na] and items[ssb:ssb+nb] (ssb == ssa+na, na <= nb, the
    first of b below a[0] and the last of a above every b), a copied out to tmp."""
    tmp = items[ssa:ssa + na]
    a = 0  # tmp[a:a+na]: what is left of run a
    dest = ssa  # the next slot to fill; items[dest:dest+na] is the gap
    outcome = 0  # 0 merging, 1 CPython's "Succeed", 2 "CopyB"
    try:
        items[dest] = items[ssb]
        dest += 1
        ssb += 1
        nb -= 1
        if nb == 0:
            outcome = 1
        elif na == 1:
            outcome = 2
        min_gallop = min_gallop_state[0]
        while outcome == 0:
            acount = 0  # times in a row run a won
            bcount = 0
            while True:  # one pair at a time, until a run wins min_gallop times in a row
                if cmp(items[ssb], tmp[a]) < 0:
                    items[dest] = items[ssb]
                    dest += 1
                    ssb += 1
                    bcount += 1
                    acount = 0
                    nb -= 1
                    if nb == 0:
                        outcome = 1
                        break
                    if bcount >= min_gallop:
                        break
                else:
                    items[dest] = tmp[a]
                    dest += 1
                    a += 1
                    acount += 1
                    bcount = 0
                    na -= 1
                    if na == 1:
                        outcome = 2
                        break
                    if acount >= min_gallop:
                        break
            if outcome != 0:
                break
            min_gallop += 1
            while True:  # galloping, while either run wins MIN_GALLOP (7) at a time
                if min_gallop > 1:
                    min_gallop -= 1
                min_gallop_state[0] = min_gallop
                k = _fxn_gallop_right(cmp, items[ssb], tmp, a, na, 0)
                acount = k
                if k:
                    j = 0
                    while j < k:
                        items[dest + j] = tmp[a + j]
                        j += 1
                    dest += k
                    a += k
                    na -= k
                    if na == 1:
                        outcome = 2
                        break
                    if na == 0:  # only with an inconsistent cmp
                        outcome = 1
                        break
                items[dest] = items[ssb]
                dest += 1
                ssb += 1
                nb -= 1
                if nb == 0:
                    outcome = 1
                    break
                k = _fxn_gallop_left(cmp, tmp[a], items, ssb, nb, 0)
                bcount = k
                if k:
                    j = 0
                    while j < k:  # dest < ssb: a forward copy
                        items[dest + j] = items[ssb + j]
                        j += 1
                    dest += k
                    ssb += k
                    nb -= k
                    if nb == 0:
                        outcome = 1
                        break
                items[dest] = tmp[a]
                dest += 1
                a += 1
                na -= 1
                if na == 1:
                    outcome = 2
                    break
                if acount < 7 and bcount < 7:
                    break
            if outcome != 0:
                break
            min_gallop += 1  # penalize leaving galloping mode
            min_gallop_state[0] = min_gallop
    finally:
        if outcome != 2:  # "Succeed" and "Fail" (cmp raised): what is left of a fills the gap
            j = 0
            while j < na:
                items[dest + j] = tmp[a + j]
                j += 1
    if outcome == 2:  # "CopyB": the last of a belongs after what is left of b
        j = 0
        while j < nb:
            items[dest + j] = items[ssb + j]
            j += 1
        items[dest + nb] = tmp[a]
    return None


def _fxn_merge_hi(items, cmp, ssa, na, ssb, nb, min_gallop_state):
    """merge_hi(): as merge_lo with na >= nb, merging from the right, b copied out to tmp."""
    tmp = items[ssb:ssb + nb]  # tmp[0:nb]: what is left of run b (its last is tmp[nb - 1])
    basea = ssa
    pa = ssa + na - 1  # the last of what is left of run a
    dest = ssb + nb - 1  # the next slot to fill, from the right; items[dest-nb+1:dest+1] is the gap
    outcome = 0  # 0 merging, 1 CPython's "Succeed", 2 "CopyA"
    try:
        items[dest] = items[pa]
        dest -= 1
        pa -= 1
        na -= 1
        if na == 0:
            outcome = 1
        elif nb == 1:
            outcome = 2
        min_gallop = min_gallop_state[0]
        while outcome == 0:
            acount = 0
            bcount = 0
            while True:
                if cmp(tmp[nb - 1], items[pa]) < 0:
                    items[dest] = items[pa]
                    dest -= 1
                    pa -= 1
                    acount += 1
                    bcount = 0
                    na -= 1
                    if na == 0:
                        outcome = 1
                        break
                    if acount >= min_gallop:
                        break
                else:
                    items[dest] = tmp[nb - 1]
                    dest -= 1
                    bcount += 1
                    acount = 0
                    nb -= 1
                    if nb == 1:
                        outcome = 2
                        break
                    if bcount >= min_gallop:
                        break
            if outcome != 0:
                break
            min_gallop += 1
            while True:
                if min_gallop > 1:
                    min_gallop -= 1
                min_gallop_state[0] = min_gallop
                k = na - _fxn_gallop_right(cmp, tmp[nb - 1], items, basea, na, na - 1)
                acount = k
                if k:
                    dest -= k
                    pa -= k
                    j = k
                    while j > 0:  # dest > pa: a backward copy
                        items[dest + j] = items[pa + j]
                        j -= 1
                    na -= k
                    if na == 0:
                        outcome = 1
                        break
                items[dest] = tmp[nb - 1]
                dest -= 1
                nb -= 1
                if nb == 1:
                    outcome = 2
                    break
                k = nb - _fxn_gallop_left(cmp, items[pa], tmp, 0, nb, nb - 1)
                bcount = k
                if k:
                    dest -= k
                    nb -= k
                    j = 1
                    while j <= k:
                        items[dest + j] = tmp[nb - 1 + j]
                        j += 1
                    if nb == 1:
                        outcome = 2
                        break
                    if nb == 0:  # only with an inconsistent cmp
                        outcome = 1
                        break
                items[dest] = items[pa]
                dest -= 1
                pa -= 1
                na -= 1
                if na == 0:
                    outcome = 1
                    break
                if acount < 7 and bcount < 7:
                    break
            if outcome != 0:
                break
            min_gallop += 1
            min_gallop_state[0] = min_gallop
    finally:
        if outcome != 2:  # "Succeed" and "Fail": what is left of b fills the gap
            j = 0
            while j < nb:
                items[dest - (nb - 1) + j] = tmp[j]
                j += 1
    if outcome == 2:  # "CopyA": the first of b belongs before what is left of a
        j = 0
        while j < na:  # items[dest-na+1:dest+1] = items[pa-na+1:pa+1], from the right
            items[dest - j] = items[pa - j]
            j += 1
        items[dest - na] = tmp[0]
    return None


def _fxn_powerloop(s1, n1, n2, n):
    """powerloop(): the power of the boundary between the run at s1 (length n1) and the next one
    (length n2), in a list of n items."""
    result = 0
    a = 2 * s1 + n1
    b = a + n1 + n2
    while True:
        result += 1
        if a >= n:
            a -= n
            b -= n
        elif b >= n:
            break
        a <<= 1
        b <<= 1
    return result
