"""Required keyword-only parameters (no default): options that must be named at every call."""


def transfer(amount, *, source, target, fee=0):
    if amount <= 0:
        raise ValueError(f"amount must be positive, got {amount}")
    if source == target:
        raise ValueError("source and target are the same account")
    return f"{source}->{target}: {amount - fee}"


def run(amount, a, b):
    return [transfer(amount, source=a, target=b), transfer(amount, target=a, source=b, fee=1)]


ENTRY = "run"
SAMPLES = [(100, "alice", "bob"), (5, "x", "y")]
CHECKS = [(0, "a", "b"), (10, "same", "same"), (-1, "a", "a")]
