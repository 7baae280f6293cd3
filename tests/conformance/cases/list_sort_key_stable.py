"""sort/sorted with key= are stable, and reverse=True keeps equal items in their original order."""


def order(words):
    by_len = sorted(words, key=len)
    by_len_desc = sorted(words, key=len, reverse=True)
    by_last = sorted(words, key=lambda w: w[-1:])
    ws = list(words)
    ws.sort(key=lambda w: w.lower())
    plain_desc = sorted(words, reverse=True)
    return by_len, by_len_desc, by_last, ws, plain_desc


ENTRY = "order"
SAMPLES = [(["bb", "a", "cc", "d", "eee", "B"],), (["pear", "Fig", "apple", "fig"],)]
CHECKS = [([],), (["same", "same", "SAME"],), (["", "a", ""],)]
