"""str.format with a literal template: auto/explicit/keyword fields, specs, and '{{' '}}' escapes."""


def report(name, qty, price):
    line1 = "{} bought {} items".format(name, qty)
    line2 = "{0}:{1}:{0}".format(name, qty)
    line3 = "total={:.2f} each={:>8.3f}".format(qty * price, price)
    line4 = "{n!r} owes {amt:,.2f}".format(n=name, amt=qty * price)
    line5 = "{{literal}} {:^9}|".format(name)
    line6 = "{:05d} {:x} {:+}".format(qty, qty, qty)
    return [line1, line2, line3, line4, line5, line6]


ENTRY = "report"
SAMPLES = [("ann", 3, 9.99), ("日本", 1200, 0.5)]
CHECKS = [("", 0, 0.0), ("o'neil", -5, 1e6)]
