"""Type discovery's fixed point, stated once.

The front end finds types by building code again with what earlier builds found, at two levels:
- each specialization of a function is built in discovery passes, each starting from the variable
  types the passes before found, until a pass changes no variable's type (nor the return type);
  then a final pass builds its IR with those types (fxn_module.ModuleBuilder.specialize);
- a user class's fields are typed by every method that assigns them, in whatever order the methods
  are reached, so the module is built in rounds, each with the field types of the rounds before,
  until a round changes no field's type (fxn_frontend.build_module).
settle() is that loop: it stops at the first pass or round that changes nothing, and when `bound`
of them all changed something it fails with a Diagnostic naming the function that last changed a
type and the variable (or field) whose type kept changing: the front end never goes on with types
that have not settled.
"""

from fxn_diagnostics import Diagnostic


class Change:
    """A type one round changed: `what` it is the type of ("field Node.next", "variable 'n'"),
    `function` (the Python name of the function being built when it changed; `at`: an AST node
    to point at, or None), and the type `before` and `after` the round, as messages spell types
    (None: it did not exist)."""

    def __init__(self, what, function, at, before, after):
        self.what = what
        self.function = function
        self.at = at
        self.before = before
        self.after = after

    def __repr__(self):
        return "Change(%s in %s: %s -> %s)" % (self.what, self.function, self.before, self.after)


def settle(step, bound, unit=("round of type discovery", "rounds of type discovery")):
    """Runs step() until a round changes no type, and returns that round's outcome.

    step() builds one round and returns (outcome, changes): `changes` lists a Change for every type
    that differs at the round's end from its start; an empty list means the types have settled.
    After `bound` rounds that each changed something, raises unsettled() for the last round.
    unit: what a round is called in the diagnostic (singular, plural)."""
    if bound < 1:
        raise ValueError("settle() needs at least one round")
    changes = []
    for _ in range(bound):
        outcome, changes = step()
        if not changes:
            return outcome
    raise unsettled(changes, bound, unit)


def unsettled(changes, rounds, unit=("round of type discovery", "rounds of type discovery")):
    """The Diagnostic for types that still changed in the last of `rounds` rounds: it names the
    first change (and counts the others)."""
    change = changes[0]
    message = "the type of %s did not settle in %d %s: %s still changed it" % (
        change.what, rounds, unit[0] if rounds == 1 else unit[1],
        "%s()" % change.function if change.function else "the module")
    if change.before is None:
        message += " (new, %s)" % change.after
    else:
        message += " from %s to %s" % (change.before, change.after)
    if len(changes) > 1:
        message += " (and %d other type%s)" % (len(changes) - 1, "s" if len(changes) > 2 else "")
    return Diagnostic(change.at, message)
