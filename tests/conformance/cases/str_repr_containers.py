"""str() of lists, tuples, dicts and nested containers uses repr() of the items: quotes on strs."""


def render(words, n):
    pairs = [(w, len(w)) for w in words]
    table = {w: [n, n * 0.5] for w in words}
    single = (n,)
    return [str(words), str(pairs), str(table), str(single), str(()), str([]), str({}),
            str([[1, 2], [3]]), str((n, None, True, 1.0)), repr(words)]


ENTRY = "render"
SAMPLES = [(["a", "bc"], 3), (["it's", 'say "hi"'], -1)]
CHECKS = [([], 0), (["é", "日本", "😀", "tab\there", "new\nline"], 2), (["back\\slash", "\x00\x7f"], 1)]
