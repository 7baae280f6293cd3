"""`data = sorted(data)`: a str rebound to the sorted list of its characters, then back to a str."""


def normalize(data):
    data = data.lower()
    data = sorted(data)
    data = [c for c in data if c.isalpha()]
    data = "".join(data)
    return data, len(data)


ENTRY = "normalize"
SAMPLES = [("Hello, World",)]
CHECKS = [("",), ("123",), ("zZyYxX",)]
