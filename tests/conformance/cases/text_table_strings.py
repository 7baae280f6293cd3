"""A text table and a config parser: ljust/rjust/center with fillchar, splitlines on every line boundary, partition, expandtabs and more str methods."""


def table(rows, width):
    out = []
    for name, value in rows:
        out.append(name.ljust(width, ".") + value.rjust(width) + "|" + name.center(width, "*"))
    return out


def parse_config(text):
    settings = []
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep:
            settings.append((key.strip().casefold(), value.strip()))
    return settings


def transforms(s, n):
    return [s.zfill(n), s.swapcase(), s.title(), s.capitalize(), s.casefold(), s.removeprefix("ab"), s.removesuffix("!"),
            s.rpartition(" ")[2], s.partition(" ")[0], s.expandtabs(), s.expandtabs(n), s.expandtabs(tabsize=3),
            str(s.isprintable()), str(s.isascii()), str(s.istitle()), "|".join(s.splitlines()),
            "|".join(s.splitlines(True)), "|".join(s.splitlines(keepends=True)), str(len(s.splitlines()))]


def numbers(n, m):
    return [n.bit_length(), n.bit_count(), (-n).bit_length(), m.bit_length(), pow(n, 3, 1000), pow(7, n, 13)]


def modular(a, b, m):
    try:
        return str(pow(a, b, m))
    except ValueError as e:
        return "ValueError: " + str(e)


def run(rows_k, rows_v, width, text, n):
    rows = list(zip(rows_k, rows_v))
    return (table(rows, width), parse_config(text), transforms(text, width), numbers(abs(n), n),
            [modular(n, -1, 97), modular(3, -2, 7), modular(n, 5, -7), modular(-n, 3, 10), modular(2, 10, 1),
             modular(n, 2, 0), modular(6, -1, 9), modular(n, 0, -5), modular(123456789, 987654321, 2**61 - 1),
             modular(-5, -3, 2**62 + 7)])


ENTRY = "run"
SAMPLES = [(["alpha", "b"], ["1", "22"], 8, "Name = Ada\nROLE=dev\r\nnote\tline \u2028city = Zürich\x1cx=1\x1dy=2\x1ez=3\x85w=4\u2029v=5\vu=6\fend", 12),
           (["x"], ["y"], 3, "hello world!", -255)]
CHECKS = [([], [], 0, "", 0), (["ünï"], ["çödé"], 10, "ab\tc\t\td\n\te\r\n", 2**62),
          (["k"], ["v"], 2, "ǅungla ßtraße ﬁx \x00\x01", -(2**63) + 1), (["a"], ["b"], 5, "\n\n\r\r\n x", 97),
          (["q"], ["r"], 4, "abc!", 9223372036854775807)]
