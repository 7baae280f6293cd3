"""str comparison is lexicographic by code point: 'Z' < 'a', 'é' > 'z', prefix < longer string."""


def order(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b, min(a, b), max(a, b)


ENTRY = "order"
SAMPLES = [("apple", "banana"), ("Zebra", "apple")]
CHECKS = [("", ""), ("abc", "abcd"), ("é", "z"), ("日本", "日"), ("a", "A"), ("10", "9"),
          ("😀", "\uffff")]
