"""match over ints: literal cases, `|` alternatives, a capture with a guard and the `case _` fallback."""


def http_status(code):
    match code:
        case 200 | 201 | 204:
            return "ok"
        case 301 | 302:
            return "redirect"
        case 404:
            return "not found"
        case n if 500 <= n < 600:
            return f"server error {n}"
        case _:
            return "unknown"


def classify(codes):
    return [http_status(c) for c in codes]


ENTRY = "classify"
SAMPLES = [([200, 404, 503, 302, 418],)]
CHECKS = [([],), ([600, 599, 204, -1, 0],)]
