"""repr() of a str picks ' or " by content, escapes \\n \\t \\\\ and non-printables, keeps printable Unicode."""


def quoted(s):
    return repr(s), repr(s + "'"), repr(s + '"'), repr(s + "'" + '"'), len(repr(s))


ENTRY = "quoted"
SAMPLES = [("plain",), ("héllo wörld",)]
CHECKS = [("",), ("line1\nline2\ttab",), ("back\\slash",), ("\x00\x1b\x7f\x80\xa0\xad",),
          ("日本語😀",), ("\u200b\u2028\ud7ff",), ("\r",)]
