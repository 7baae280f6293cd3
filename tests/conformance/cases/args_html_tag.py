"""An html tag builder: tag(name, **attrs) renders the attributes in the call's keyword order."""


def tag(name, body="", **attrs):
    parts = [name]
    for key, value in attrs.items():
        parts.append(f'{key.rstrip("_")}="{value}"')
    return "<" + " ".join(parts) + ">" + body + "</" + name + ">"


def run(href, title):
    return [
        tag("a", title, href=href, class_="link"),
        tag("p", title),
        tag("img", src=href, alt=title, width="10"),
        tag("div", id="main"),
    ]


ENTRY = "run"
SAMPLES = [("https://x.org", "X"), ("/", "home")]
CHECKS = [("", ""), ("a&b", "<b>")]
