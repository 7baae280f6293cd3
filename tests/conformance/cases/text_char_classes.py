"""Character classes with the string module's constants: a password checker and a token scanner."""
import string


def password_report(pw):
    checks = [any(c in string.ascii_lowercase for c in pw), any(c in string.ascii_uppercase for c in pw),
              any(c in string.digits for c in pw), any(c in string.punctuation for c in pw),
              all(c in string.printable for c in pw), not any(c in string.whitespace for c in pw)]
    return sum(1 for ok in checks if ok), checks


def scan(text):
    tokens, current = [], ""
    for c in text:
        if c in string.ascii_letters + string.digits + "_":
            current += c
        else:
            if current:
                tokens.append(current)
                current = ""
            if c in string.punctuation:
                tokens.append(c)
    if current:
        tokens.append(current)
    return tokens


def run(pw, text):
    hexes = [w for w in scan(text) if all(ch in string.hexdigits for ch in w)]
    octs = [w for w in scan(text) if all(ch in string.octdigits for ch in w)]
    return password_report(pw), scan(text), hexes, octs, len(string.printable), string.ascii_letters[20:30]


ENTRY = "run"
SAMPLES = [("Secr3t!pw", "x1 = foo(bar, 0xff) + 777;"), ("short", "caf\u00e9 au lait\ttab")]
CHECKS = [("", ""), ("ALL CAPS 123", "a_b-c.d e\nf"), ("\u00fcml\u00e4ut#1A", "deadbeef 0o17 ++ --")]
