"""A list of objects sorted with key=lambda o: o.field (stable on ties), then read back as values."""


class Student:
    def __init__(self, name, grade):
        self.name = name
        self.grade = grade


def ranking(names, grades):
    students = [Student(n, g) for n, g in zip(names, grades)]
    students.sort(key=lambda s: s.grade, reverse=True)
    by_name = sorted(students, key=lambda s: s.name)
    best = max(students, key=lambda s: s.grade) if students else None
    return [s.name for s in students], [s.grade for s in by_name], best.name if best else ""


ENTRY = "ranking"
SAMPLES = [(["ann", "bob", "cy", "dee"], [88, 92, 88, 70])]
CHECKS = [([], []), (["z", "a"], [1, 1])]
