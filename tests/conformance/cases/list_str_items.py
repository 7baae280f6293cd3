"""A list of str: `in`, index, count, join, and per-item str methods in a loop."""


def tags(items, wanted):
    cleaned = []
    for item in items:
        t = item.strip().lower()
        if t and t not in cleaned:
            cleaned.append(t)
    return cleaned, wanted in cleaned, cleaned.count(wanted), ", ".join(cleaned), len(cleaned)


ENTRY = "tags"
SAMPLES = [(["  Python", "rust ", "PYTHON", "", "Go"], "python")]
CHECKS = [([], "x"), (["   "], ""), (["Ärger", "ärger"], "ärger")]
