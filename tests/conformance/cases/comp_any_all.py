"""any()/all() over generator expressions; all() of nothing is True, any() of nothing is False."""


def checks(xs, words):
    return [any(x > 10 for x in xs), all(x > 0 for x in xs), any(w.isupper() for w in words),
            all(len(w) > 2 for w in words), any([]), all([]), all(xs), any(words)]


ENTRY = "checks"
SAMPLES = [([1, 5, 12], ["abc", "DEF"]), ([0, 3], ["hi"])]
CHECKS = [([], []), ([-1], [""]), ([11], ["", "xyz"])]
