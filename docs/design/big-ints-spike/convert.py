"""Hand conversion (spike) of fxn's generated C++ from int64_t to fxn::Int (docs/design/big-ints.md 4.2-4.5)."""
import re, sys
src = open(sys.argv[1]).read()
mode = sys.argv[2]  # "old" or "int"
body = src[:src.index("}  // namespace fxn_generated")]
body = body.replace('#include "fxn_ops.hpp"', '#include "fxn_ops.hpp"\n#include "fxn_int.hpp"')
if mode == "int":
    out = []
    last_ret = "return fxn::Unset<fxn::Int>();"
    n = 0
    for line in body.split("\n"):
        m = re.search(r"(return fxn::Unset<[^;]*>\(\);)", line)
        if m:
            last_ret = m.group(1).replace("int64_t", "fxn::Int")
        # range machinery stays int64 (LowerForRange: when start/stop/step are small, today's loop)
        m = re.match(r"(\s*)const int64_t start = (\w+), stop = (\w+);", line)
        if m:
            ind, a, b = m.groups()
            out.append(f"{ind}if (FXN_UNLIKELY(!fxn::BothSmall({a}, {b}))) {{ cx.Raise(\"NotImplementedError\", \"spike: big range\"); {last_ret} }}")
            out.append(f"{ind}const int64_t start = {a}.v(), stop = {b}.v();")
            continue
        m = re.match(r"(\s*)const int64_t step = (\w+);", line)
        if m:
            ind, a = m.groups()
            out.append(f"{ind}if (FXN_UNLIKELY(!{a}.small())) {{ cx.Raise(\"NotImplementedError\", \"spike: big range\"); {last_ret} }}")
            out.append(f"{ind}const int64_t step = {a}.v();")
            continue
        if re.search(r"for \(int64_t it|const uint64_t count|const int64_t last", line):
            out.append(line)
            continue
        line = re.sub(r"(l_\w+) = it;", r"\1 = fxn::Int::Small(it);", line)
        # word-sized kernel parameters: narrowed first (section 4.5)
        m = re.match(r"(\s*)(.*fxn::ops::(list_getitem|list_setitem|list_repeat)\(cx, (\w+), (\w+),)(.*)", line)
        if m:
            ind, pre, k, a, idx, post = m.groups()
            kind = "kSize" if k == "list_repeat" else "kIndex"
            n += 1
            out.append(f"{ind}int64_t fxn_w{n}; if (FXN_UNLIKELY(!fxn::Narrow<fxn::NarrowKind::{kind}>(cx, {idx}, fxn_w{n}))) {last_ret}")
            line = f"{ind}{pre[:-len(idx)-1]}fxn_w{n},{post}"
        m = re.match(r"(\s*)const double (\w+) = fxn::ops::float_from_int\((\w+)\);", line)
        if m:
            ind, d, x = m.groups()
            out.append(f"{ind}double {d}; if (FXN_UNLIKELY(!fxn::intops::to_float(cx, {x}, {d}))) {last_ret}")
            continue
        line = line.replace("int64_t", "fxn::Int")
        line = re.sub(r"fxn::ops::int_(add|sub|mul|floordiv|mod|pow|lshift|rshift|neg|abs)\b", r"fxn::intops::\1", line)
        line = re.sub(r"fxn::ops::int_(lt|le|gt|ge|eq|ne)\b", r"fxn::intops::\1", line)
        out.append(line)
    body = "\n".join(out)
open(sys.argv[3], "w").write(body + "}  // namespace fxn_generated\n")
