"""Bound methods as values: f = obj.method, key=obj.score, a list of bound methods called in a loop."""


class Scorer:
    def __init__(self, weight):
        self.weight = weight
        self.calls = 0

    def score(self, word):
        self.calls += 1
        return len(word) * self.weight - word.count("a")


class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    def greet(self, name):
        return self.greeting + ", " + name


def run(words, weight):
    scorer = Scorer(weight)
    ranked = sorted(words, key=scorer.score)
    f = scorer.score
    scores = [f(w) for w in words]
    hello = Greeter("Hello").greet
    hi = Greeter("Hi").greet
    greetings = [g(w) for g in [hello, hi] for w in words[:2]]
    return ranked, scores, scorer.calls, greetings


ENTRY = "run"
SAMPLES = [(["banana", "fig", "apple"], 2), ([], 1)]
CHECKS = [(["a", "aa", "b"], -1)]
