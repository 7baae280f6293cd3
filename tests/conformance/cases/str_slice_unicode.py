"""Indexing and slicing count code points, not bytes: accented letters, CJK and emoji."""


def cut(s, start, stop, step):
    return s[start:stop:step], len(s), s[start] if -len(s) <= start < len(s) else "", s[::-1]


ENTRY = "cut"
SAMPLES = [("héllo wörld", 1, 8, 2), ("日本語のテキスト", -4, 100, 1), ("a😀b🎉c", 1, 4, 1)]
CHECKS = [("héllo wörld", 10, 0, -3), ("日本語", 0, 3, -1), ("🎉🎉", -1, -3, -1), ("ß", 0, 1, 1),
          ("héllo", 0, 5, 0)]
