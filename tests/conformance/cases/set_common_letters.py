"""Intersect the letter sets of several words; report sorted common and unique letters."""


def letters(words):
    if not words:
        return [], []
    common = set(words[0])
    everything = set()
    for w in words:
        common &= set(w)
        everything |= set(w)
    return sorted(common), sorted(everything - common)


ENTRY = "letters"
SAMPLES = [(["apple", "grape", "pear"],), (["abc"],)]
CHECKS = [([],), (["abc", "xyz"],), (["日本", "本日", "日"],)]
