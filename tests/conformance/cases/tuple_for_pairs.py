"""for name, score in list_of_tuples: accumulate per-pair results, sorted on the tuple order."""


def best(names, scores):
    pairs = []
    for i in range(len(names)):
        pairs.append((scores[i], names[i]))
    pairs.sort(reverse=True)
    lines = []
    for score, name in pairs:
        lines.append(name + "=" + str(score))
    top_score, top_name = pairs[0]
    return lines, top_name, top_score


ENTRY = "best"
SAMPLES = [(["ann", "bob", "cy"], [70, 90, 70])]
CHECKS = [(["x"], [0]), ([], []), (["b", "a", "c"], [5, 5, 5])]
