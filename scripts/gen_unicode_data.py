#!/usr/bin/python3.11
"""Generates runtime/fxn_unicode_data.hpp: the Unicode tables behind fxn's str.

Every table is read off CPython 3.11 itself (run this with /usr/bin/python3.11), so compiled
code classifies and case-maps exactly as the interpreter that produced the reference outputs:
  - character predicates (isalpha, isdecimal, isdigit, isnumeric, isspace, isupper, islower,
    istitle's title-case letters, isprintable) and the two properties CPython's case mapping
    uses internally (Cased, Case_Ignorable: final sigma in lower(), title()), probed through
    str methods because unicodedata does not expose them;
  - full case mappings (lower, upper, title, casefold), one-to-many ones included;
  - decimal digit values (int()/float() accept any Unicode decimal digit).

Layout (compact, binary-searched):
  kProps:   uint32 runs, (first code point << 11) | property mask; a code point has the mask
            of the last run starting at or before it.
  k*Runs:   case mapping runs {first, count, stride, delta}: first + k*stride (k < count) maps
            to itself + delta. Runs do not overlap; unlisted code points map to themselves.
  k*Multi:  one-to-many mappings {cp, c0, c1, c2} (0-terminated), looked up first.
  kDecimalZeros: runs of 10 consecutive decimal digits {first code point (the zero)}.

Usage: /usr/bin/python3.11 scripts/gen_unicode_data.py > runtime/fxn_unicode_data.hpp
"""
import sys
import unicodedata

N = 0x110000

ALPHA, DECIMAL, DIGIT, NUMERIC, SPACE, UPPER, LOWER, TITLE, PRINTABLE, CASED, IGNORABLE = (1 << i for i in range(11))
NAMES = ["ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "SPACE", "UPPER", "LOWER", "TITLE", "PRINTABLE", "CASED",
         "CASE_IGNORABLE"]


def props(c):
    ch = chr(c)
    m = 0
    if ch.isalpha(): m |= ALPHA
    if ch.isdecimal(): m |= DECIMAL
    if ch.isdigit(): m |= DIGIT
    if ch.isnumeric(): m |= NUMERIC
    if ch.isspace(): m |= SPACE
    if ch.isupper(): m |= UPPER
    if ch.islower(): m |= LOWER
    # A single character: istitle() is ISUPPER || ISTITLE (no title-case letter is also upper).
    if ch.istitle() and not ch.isupper(): m |= TITLE
    if ch.isprintable(): m |= PRINTABLE
    # Cased: title() keeps the next letter lower case after a cased character.
    cased = (ch + "a").title()[-1] == "a"
    # Case_Ignorable, from the final sigma rule of lower():
    #   'A' + c + 'Σ' ends in 'ς'  <=>  ignorable(c) or cased(c)
    #   c + 'Σ'       ends in 'ς'  <=>  not ignorable(c) and cased(c)
    if cased:
        m |= CASED
        if (ch + "\u03a3").lower()[-1] != "\u03c2": m |= IGNORABLE
    else:
        if ("A" + ch + "\u03a3").lower()[-1] == "\u03c2": m |= IGNORABLE
    return m


def build_props():
    runs = []
    prev = None
    for c in range(N):
        m = props(c)
        if m != prev:
            runs.append((c, m))
            prev = m
    return runs


def case_tables(method):
    single = {}
    multi = {}
    for c in range(N):
        r = getattr(chr(c), method)()
        if len(r) == 1:
            if ord(r) != c: single[c] = ord(r) - c
        else:
            assert 1 < len(r) <= 3, (c, r)
            multi[c] = [ord(x) for x in r]
    # Runs over the single mappings: stride 1 or 2, one delta; a stride-2 run only steps over
    # code points that map to themselves (so runs never interleave).
    cps = sorted(single)
    runs = []
    i = 0
    while i < len(cps):
        first = cps[i]
        delta = single[first]
        best = (1, 1)  # (count, stride)
        for stride in (1, 2):
            count = 1
            while True:
                nxt = first + count * stride
                if single.get(nxt) != delta or nxt in multi: break
                if stride == 2 and (nxt - 1 in single or nxt - 1 in multi): break
                count += 1
            if count > best[0]: best = (count, stride)
        count, stride = best
        if count == 1: stride = 1
        runs.append((first, count, stride, delta))
        covered = {first + k * stride for k in range(count)}
        while i < len(cps) and cps[i] in covered: i += 1
    # Check: lookup as the C++ code does.
    starts = [r[0] for r in runs]
    import bisect
    for c in range(N):
        k = bisect.bisect_right(starts, c) - 1
        got = c
        if k >= 0:
            first, count, stride, delta = runs[k]
            off = c - first
            if off % stride == 0 and off // stride < count: got = c + delta
        if c not in multi: assert got == c + single.get(c, 0), (method, hex(c))
    return runs, multi


def decimal_runs():
    zeros = []
    for c in range(N):
        d = unicodedata.decimal(chr(c), -1)
        assert (d >= 0) == chr(c).isdecimal()
        if d == 0:
            for k in range(10): assert unicodedata.decimal(chr(c + k), -1) == k
            zeros.append(c)
    covered = sum(1 for c in range(N) if unicodedata.decimal(chr(c), -1) >= 0)
    assert covered == 10 * len(zeros)
    return zeros


def emit_list(out, items, per_line):
    for i in range(0, len(items), per_line):
        out.append("    " + " ".join(items[i:i + per_line]))


def main():
    out = []
    out.append("// fxn_unicode_data.hpp: GENERATED by scripts/gen_unicode_data.py from CPython %s (Unicode %s);"
               % (sys.version.split()[0], unicodedata.unidata_version))
    out.append("// do not edit. The character tables behind fxn's str (predicates, full case mappings, decimal")
    out.append("// digits), read off the interpreter whose results compiled code must reproduce. See the")
    out.append("// generator for the layout; the lookups live in fxn_str.hpp.")
    out.append("#pragma once")
    out.append("#include <cstdint>")
    out.append("")
    out.append("namespace fxn::unicode {")
    out.append("")
    for i, n in enumerate(NAMES):
        out.append("inline constexpr uint32_t kProp%s = %du;" % ("".join(w.capitalize() for w in n.split("_")), 1 << i))
    runs = build_props()
    assert all(m < (1 << 11) for _, m in runs)
    out.append("")
    out.append("// (first code point << 11) | mask, %d runs." % len(runs))
    out.append("inline constexpr uint32_t kProps[] = {")
    emit_list(out, ["0x%x," % ((c << 11) | m) for c, m in runs], 10)
    out.append("};")
    out.append("")
    out.append("struct CaseRun {")
    out.append("  uint32_t first;")
    out.append("  uint16_t count;")
    out.append("  uint16_t stride;")
    out.append("  int32_t delta;")
    out.append("};")
    out.append("struct CaseMulti {")
    out.append("  uint32_t cp;")
    out.append("  uint32_t to[3];  // 0-terminated when shorter")
    out.append("};")
    for method, name in (("lower", "Lower"), ("upper", "Upper"), ("title", "Title"), ("casefold", "Fold")):
        runs, multi = case_tables(method)
        out.append("")
        out.append("// str.%s() of one character: %d runs, %d one-to-many." % (method, len(runs), len(multi)))
        out.append("inline constexpr CaseRun k%sRuns[] = {" % name)
        emit_list(out, ["{0x%x, %d, %d, %d}," % r for r in runs], 5)
        out.append("};")
        out.append("inline constexpr CaseMulti k%sMulti[] = {" % name)
        items = []
        for c in sorted(multi):
            to = multi[c] + [0] * (3 - len(multi[c]))
            items.append("{0x%x, {0x%x, 0x%x, 0x%x}}," % (c, *to))
        if not items: items.append("{0x110000, {0, 0, 0}},")
        emit_list(out, items, 3)
        out.append("};")
    zeros = decimal_runs()
    out.append("")
    out.append("// The zero of each run of ten decimal digits (unicodedata.decimal), %d runs." % len(zeros))
    out.append("inline constexpr uint32_t kDecimalZeros[] = {")
    emit_list(out, ["0x%x," % z for z in zeros], 10)
    out.append("};")
    out.append("")
    out.append("}  // namespace fxn::unicode")
    print("\n".join(out))


if __name__ == "__main__":
    main()
