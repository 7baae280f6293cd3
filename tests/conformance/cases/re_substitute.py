"""Template substitution: \\1 and \\g<name> templates, a function replacement, subn and count."""
import re

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def render(template, values):
    def lookup(m):
        key = m.group(1)
        return values.get(key, m.group(0))
    return PLACEHOLDER.sub(lookup, template)


def shout(text):
    return re.sub(r"[aeiou]", lambda m: m.group().upper(), text)


def swap_names(text):
    return re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", text)


def rewrite(template, text):
    out = [render(template, {"name": "Ada", "lang": "Python"}), shout(text), swap_names(text)]
    out.append(re.sub(r"\s+", " ", text, count=2))
    new, n = re.subn(r"(\d)", r"<\1>", text)
    out.append(new + "/" + str(n))
    out.append(re.sub(r"x*", "-", text))
    out.append(re.sub(r"(a)|b", r"[\1]", text))
    out.append(re.sub(r"a", "b", text, -1) + re.sub(r"a", lambda m: "?", text, count=-1))
    return out


ENTRY = "rewrite"
SAMPLES = [("Hello {name}, welcome to {lang} {unknown}!", "ada lovelace  wrote 1 program   in 1843")]
CHECKS = [("", ""), ("{x}{name}", "abxab"), ("no braces", "grace  hopper éà 9"), ("{}", "x")]
