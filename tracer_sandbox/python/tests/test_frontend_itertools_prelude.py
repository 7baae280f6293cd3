"""The itertools prelude (prelude/prelude_itertools.py and the per-length sources of
fxn_stdlib_itertools), run by CPython itself: it must give what CPython's itertools gives,
item for item, and consume its inputs as far as CPython's does."""

import itertools
import random

import fxn_prelude
import fxn_stdlib_itertools as sources


def namespace():
    return fxn_prelude.module("itertools").namespace


def defined(source, name):
    ns = dict(namespace())
    exec(source, ns)
    return ns[name]


def test_per_length_sources_match_cpython():
    for n in range(6):
        pool = list(range(n))
        for r in range(7):
            for kind, ref in (("combinations", itertools.combinations), ("permutations", itertools.permutations),
                              ("combinations_with_replacement", itertools.combinations_with_replacement)):
                f = defined(getattr(sources, kind + "_source")("f", r), "f")
                assert list(f(list(pool))) == list(ref(pool, r)), (kind, n, r)
    for n in range(4):
        for repeat in range(3):
            pools = [list(range(k + 1)) for k in range(n)]
            f = defined(sources.product_source("g", n, repeat), "g")
            assert list(f(*pools)) == list(itertools.product(*pools, repeat=repeat))
    rng = random.Random(7)
    for n in range(1, 4):
        f = defined(sources.zip_longest_source("z", n), "z")
        for _ in range(20):
            its = [list(range(rng.randint(0, 4))) for _ in range(n)]
            assert list(f(*its, -1)) == list(itertools.zip_longest(*its, fillvalue=-1))
        chain = defined(sources.chain_source("c", n), "c")
        its = [list(range(k)) for k in range(n)]
        assert list(chain(*its)) == list(itertools.chain(*its))
    star = defined(sources.starmap_source("s", 2), "s")
    assert list(star(pow, [(2, 3), (3, 2)])) == list(itertools.starmap(pow, [(2, 3), (3, 2)]))


def test_prelude_functions_match_cpython():
    ns = namespace()
    data = [1, 1, 2, 3, 3, 3, 1, 0, 0, 5]
    assert list(ns["accumulate"](data)) == list(itertools.accumulate(data))
    assert list(ns["accumulate"](data, max, initial=2)) == list(itertools.accumulate(data, max, initial=2))
    for key in (None, lambda x: x % 2):
        assert [(k, list(g)) for k, g in ns["groupby"](data, key)] == \
            [(k, list(g)) for k, g in itertools.groupby(data, key)]
    kept = [g for _, g in ns["groupby"](data)]
    assert [list(g) for g in kept] == [list(g) for g in [g for _, g in itertools.groupby(data)]]
    for args in [(3,), (None,), (1, 4), (0, None, 2), (2, 9, 3), (5, 5), (7, 3)]:
        bounds = ns["_fxn_islice_bounds_stop"](*args) if len(args) == 1 else ns["_fxn_islice_bounds"](*args)
        assert list(ns["_fxn_islice"](data, bounds)) == list(itertools.islice(data, *args))
        mine, theirs = iter(data), iter(data)
        list(ns["_fxn_islice"](mine, bounds))
        list(itertools.islice(theirs, *args))
        assert list(mine) == list(theirs), args  # consumed exactly as far
    assert list(ns["pairwise"](data)) == list(itertools.pairwise(data))
    assert list(ns["compress"](data, [1, 0, 1])) == list(itertools.compress(data, [1, 0, 1]))
    assert list(ns["filterfalse"](None, data)) == list(itertools.filterfalse(None, data))
    assert list(ns["dropwhile"](lambda x: x < 3, data)) == list(itertools.dropwhile(lambda x: x < 3, data))
    assert list(ns["takewhile"](lambda x: x < 3, data)) == list(itertools.takewhile(lambda x: x < 3, data))
    assert list(ns["repeat"](4, 3)) == list(itertools.repeat(4, 3))
    assert list(ns["repeat"](4, -3)) == []


def test_islice_messages_match_cpython():
    ns = namespace()
    for args in [(-1,), (-5,), (1.5,), ("a",), (-1, 3), (1, -1), (1, -2), (1.5, 3), (0, 3, 0), (0, 3, -1),
                 (0, 3, 1.5)]:
        try:
            itertools.islice([], *args)
        except ValueError as e:
            expected = str(e)
        check = ns["_fxn_islice_bounds_stop"] if len(args) == 1 else ns["_fxn_islice_bounds"]
        try:
            check(*args)
            got = None
        except ValueError as e:
            got = str(e)
        assert got == expected, args


def test_prelude_lines_are_recognised():
    node = fxn_prelude.module("itertools").nodes["accumulate"]
    assert node.lineno >= fxn_prelude.LINE_OFFSET
