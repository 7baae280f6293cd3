"""Out of scope: str.format on a format string only known at run time."""


def render(template, name):
    return template.format(name)


ENTRY = "render"
SAMPLES = [("hello {}", "ada")]
EXPECT = "method str.format()"
EXPECT_LINE = 5
