"""Release notes laid out with textwrap: wrap, fill and shorten (CPython's chunking of words, hyphens and em-dashes), dedent, indent."""
import textwrap

NOTES = """
    Highlights:
      the well-known self-explanatory option--finally--works
\t
    Bug fixes: a very-long-hyphenated-compound-word-that-never-ends and supercalifragilisticexpialidocious.
"""


def layout(text, width):
    body = textwrap.dedent(NOTES)
    out = [textwrap.fill(text, width), textwrap.fill(body, width=width + 10), textwrap.indent(body, "> ")]
    out.extend(textwrap.wrap(text, width))
    out.append("|".join(textwrap.wrap(text)))
    out.append(textwrap.fill(text))
    out.append(textwrap.dedent(text))
    out.append(textwrap.indent(text, "+ "))
    return out


def teaser(text, width):
    try:
        return [textwrap.shorten(text, width), textwrap.shorten(text, width=width + 5, placeholder="..."),
                textwrap.shorten(NOTES, 40)]
    except ValueError as e:
        return ["ValueError: " + str(e)]


def run(text, width):
    try:
        return layout(text, width), teaser(text, width)
    except ValueError as e:
        return ["ValueError: " + str(e)], teaser(text, width)


ENTRY = "run"
SAMPLES = [("The quick brown fox jumps over the lazy dog; then it-runs-away, fast.", 20),
           ("  indented\n    more\tindented\n\n  back", 12)]
CHECKS = [("", 5), ("word", 1), ("x", 0), ("a-b-c-d e--f g -- h well-behaved ab-cd A-Bc 1-23 foo--bar-- baz", 7),
          ("Tab\there and\vvertical\x0cfeed\rreturn unicode\u00a0nbsp\u2003emsp done", 10),
          ("Ünïcödé wörds—with dashes and ñ-ñ-ñ hyphens, élan-vital", 9),
          ("   leading and trailing   ", 6), ("supercalifragilisticexpialidocious", 10),
          ("x" * 30 + "-" + "y" * 30, 25), ("----- ---a a--- --b", 4), ("Hello,--world! ok?--yes _x--_y 3--4", 8),
          ("\n\n  \n \t \n  a\n   b\n", 4), ("line1\r\nline2\u2028line3\x85end  \u3000", 5)]
