"""partition/rpartition always return 3 strs; a missing separator gives ('s', '', '') or ('', '', 's')."""


def halves(s, sep):
    head, mid, tail = s.partition(sep)
    rh, rm, rt = s.rpartition(sep)
    return [head, mid, tail], [rh, rm, rt]


ENTRY = "halves"
SAMPLES = [("key=value=more", "="), ("path/to/file.txt", "/")]
CHECKS = [("novalue", "="), ("", ":"), ("==", "="), ("a::b", "::"), ("x", "")]
