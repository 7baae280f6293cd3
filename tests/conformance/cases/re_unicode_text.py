"""Unicode text: \\w, \\d, \\s and case-insensitive matching over Greek, Cyrillic and accented
words, with positions counted in code points."""
import re


def words(text):
    return [(m.group(), m.start(), m.end()) for m in re.finditer(r"\w+", text)]


def normalize(text):
    return re.sub(r"\s+", " ", text).strip()


def find_ci(text, ascii_only):
    if ascii_only:
        return re.findall(r"[a-zα-ω]+", text, re.I | re.A)
    return re.findall(r"[a-zα-ω]+", text, re.I)


def analyze(text):
    return [words(text), normalize(text), find_ci(text, False), find_ci(text, True),
            re.findall(r"\d+", text), re.split(r"\W+", text), re.sub(r"(?i)ΣΟΦΙΑ", "wisdom", text)]


ENTRY = "analyze"
SAMPLES = [("Σοφία  ΣΟΦΙΑ\tЖизнь 2024 ٣٣ naïve\u2003café",)]
CHECKS = [("",), ("ǅemal ﬁne Straße STRASSE",), ("\u00a0x\u2028y\x1cz",)]
