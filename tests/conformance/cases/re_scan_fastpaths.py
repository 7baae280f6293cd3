"""What the matcher's shortcuts must not change: sets tested through their bitmap (ASCII,
Latin-1 and other characters, IGNORECASE, negated and category sets), searches that skip the
positions where a leading one-character repeat cannot start (\\d+, (\\w+), [^,]+?, .+, with pos
and endpos), matches with more groups than a match keeps inline, and int() of digit groups."""
import re

NUMBER = re.compile(r"\d+")
WORD = re.compile(r"(\w+)")
FIELD = re.compile(r"[^,;]+?")
REST = re.compile(r".+")
LAZY_DIGITS = re.compile(r"(?P<d>\d+?)(?P<tail>\d*)x")
POSSESSIVE = re.compile(r"[a-zé]++!")
CASELESS = re.compile(r"[a-zß-ö]+", re.IGNORECASE)
NOT_SPACE_OR_DIGIT = re.compile(r"[^\s\d]+")
ASCII_WORDS = re.compile(r"[\w.]+", re.ASCII)
MANY = re.compile(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)?")


def scan(s: str, pos: int, endpos: int):
    numbers = [int(m.group()) for m in NUMBER.finditer(s)]
    windowed = [m.span() for m in NUMBER.finditer(s, pos, endpos)]
    first = NUMBER.search(s, pos)
    words = WORD.findall(s)
    fields = FIELD.findall(s)
    rest = [m.group() for m in REST.finditer(s)]
    lazy = [(m.group("d"), m.group("tail"), m.span()) for m in LAZY_DIGITS.finditer(s)]
    possessive = POSSESSIVE.findall(s)
    caseless = CASELESS.findall(s)
    others = NOT_SPACE_OR_DIGIT.findall(s)
    ascii_words = ASCII_WORDS.findall(s)
    many = MANY.search(s)
    many_groups = many.groups() if many else None
    many_spans = [many.span(g) for g in range(13)] if many else None
    return [numbers, windowed, first.span() if first else None, words, fields, rest, lazy, possessive,
            caseless, others, ascii_words, many_groups, many_spans, NUMBER.sub("#", s), WORD.split(s)]


ENTRY = "scan"
SAMPLES = [("a1 bb22 ccc333, x;y 4444x", 3, 20), ("zz abcdefghijk 12x 7", 0, 99)]
CHECKS = [
    ("", 0, 0),
    ("no digits here", 2, 5),
    ("9", 0, 1),
    ("٣٤ and 56 ½ ²3", 1, 12),
    ("ÀÉÎõö ßSS Straße ÿ 12 ĀĂ", 0, 30),
    ("line\nnext 7\n\n8x", 5, 15),
    ("héé! abc! É! a!", 0, 50),
    ("abcdefghijkl abcdefghijk", 3, 40),
    ("007x 0x x9 12345678901234567890", 0, 100),
    ("  ,;,, tail", -5, 3),
]
