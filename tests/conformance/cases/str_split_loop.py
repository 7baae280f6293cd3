"""`for w in s.split()` (streamed by fxn) sees exactly the words of s.split(), Unicode spaces included."""


def words(s):
    out = []
    n = 0
    for w in s.split():
        n += len(w)
        out.append(w.upper())
    return out, n


ENTRY = "words"
SAMPLES = [("the quick  brown\tfox",), ("",)]
CHECKS = [("   ",), ("a\u3000b\x85c\xa0d\u2028e",), ("\x1cx\x1fy ",), ("ünï cödé  ", ), ("x" * 40 + " " + "y" * 9,),
          ("日本 語\n",)]
