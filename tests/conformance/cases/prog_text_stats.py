"""Text statistics: run-length encoding, anagram groups, top words, a return split by a backslash."""

def rle(s: str) -> str:
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}" if count > 1 else prev)
            prev, count = ch, 1
    out.append(f"{count}{prev}" if count > 1 else prev)
    return "".join(out)


def anagrams(words: list[str]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for w in words:
        key = "".join(sorted(w.lower()))
        groups.setdefault(key, []).append(w)
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=len, reverse=True)


def stats(text: str):
    words = [w.strip(".,!?").lower() for w in text.split()]
    words = [w for w in words if w]
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    common = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    longest = max(words, key=len, default="")
    vowels = sum(1 for c in text.lower() if c in "aeiou")
    return rle(text.replace(" ", "")[:12]), anagrams(words), common, longest, vowels, text.title()[:10], \
        text.count("the"), text.find("zzz"), text[::-3][:5]


ENTRY = "stats"
SAMPLES = [("The listen silent enlist. Banana tinsel the end!",)]
CHECKS = [("",), ("aaa bbb aaab",), ("Ünïcode ünïcode é É",), ("the the THE... ?!",)]
