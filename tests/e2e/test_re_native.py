"""The regex matcher compiled per pattern (runtime/fxn_re_native.hpp) against CPython's re and the
interpreter (runtime/fxn_re.hpp) on random patterns and subjects.

Patterns come from a small grammar biased to what the native compiler accepts (one-character
items, their repeats greedy and lazy, groups, alternation, anchors, flags) with some it refuses
(repeated groups, lazy optional ones, lookahead), which must stay interpreted. Each pattern's program is CPython 3.11's, made as
the front end makes it; one C++ program runs match, fullmatch, search (with pos/endpos) and
finditer of every pattern on every subject (and match/fullmatch starting past endpos), through
NativePattern and through the interpreter,
and prints the spans of every group and lastindex; both must equal CPython's. The seed is
FXN_TEST_FUZZ_SEED's (conftest.fuzz_seed), so each commit tries other patterns.
"""

import json
import random
import re
import subprocess
import sys
from pathlib import Path

from conftest import fuzz_seed

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tracer_sandbox" / "python"))
from fxn_stdlib_re import compile_program  # noqa: E402  (the front end's own compilation)

PATTERNS = 120
SUBJECTS = 24
ITEMS = ["a", "b", ":", " ", "x", r"\.", ".", r"\d", r"\w", r"\s", r"\D", r"\W", "[a-c]", "[^ab]", r"[\w.]", "[A-Z]",
         "é", r"\n"]
ANCHORS = ["^", "$", r"\b", r"\B", r"\A", r"\Z"]
QUANTIFIERS = ["", "", "", "*", "+", "?", "*?", "+?", "??", "{2}", "{1,3}", "{0,2}?"]
FLAGS = [0, 0, 0, re.IGNORECASE, re.MULTILINE, re.DOTALL, re.ASCII, re.IGNORECASE | re.ASCII]
ALPHABET = "ab:  x.1Z_\né"


# Always run besides the random ones: alternatives that set marks and fail after them (lastmark
# and lastindex must be restored), a tokenizer, nested and empty alternatives.
FIXED_PATTERNS = [r"(?:(a)x|a)", r"(a)(?:(b)c|(b)d)", r"(?P<n>\d+)|(?P<w>\w+)|(?P<o>[:.])", r"(?:x|(y))z",
                  r"((a)|b)c", r"(?:(a)(b)x|(a)b|)", r"(?:a|ab)(?:c|bcd)", r"\b(?:ab|a)\b",
                  r"(a)?(?:(b)x)?b", r"\d+(?:\.\d*)?", r"(?:(a)x)?a", r"(a?)?b"]


def random_pattern(rng, depth=0):
    parts = []
    for _ in range(rng.randint(1, 5)):
        roll = rng.random()
        if roll < 0.12:
            parts.append(rng.choice(ANCHORS))
        elif roll < 0.3 and depth < 2:
            inner = random_pattern(rng, depth + 1)
            kind = rng.choice(["(%s)", "(?:%s)", "(?P<g%d>%%s)" % rng.randint(0, 999)])
            group = kind % inner
            if rng.random() < 0.35:  # alternation (native), empty alternatives, nested groups
                group = rng.choice(["(%s|%s)", "(?:%s|%s|)", "(?:%s|(%s))"]) % (inner, random_pattern(rng, depth + 1))
            elif rng.random() < 0.25:  # optional groups (native), and outside the native subset
                group = rng.choice(["(%s)?" % inner, "(?:%s)?" % inner, "(?:%s)*" % inner, "(?=%s)" % inner,
                                    "(%s)??" % inner])
            parts.append(group)
        else:
            parts.append(rng.choice(ITEMS) + rng.choice(QUANTIFIERS))
    return "".join(parts)


def cpython_results(compiled, subject):
    def spans(m):
        if m is None:
            return None
        return [[list(m.span(g)) for g in range(compiled.groups + 1)], -1 if m.lastindex is None else m.lastindex]

    n = len(subject)
    return [spans(compiled.match(subject)), spans(compiled.fullmatch(subject)), spans(compiled.search(subject)),
            spans(compiled.search(subject, 1, max(n - 1, 0))), [spans(m) for m in compiled.finditer(subject)],
            # pos past endpos: match() and fullmatch() start there (search() finds nothing)
            spans(compiled.match(subject, n, 0)), spans(compiled.fullmatch(subject, n, 0)),
            spans(compiled.match(subject, 2, 1)), spans(compiled.search(subject, n, 0))]


def c_string(text):
    return '"' + "".join(ch if ch.isascii() and ch.isalnum() else "".join("\\%03o" % b for b in ch.encode())
                         for ch in text) + '"'


HARNESS = r"""
#include <cstdio>
#include <string>
#include "ops_re.hpp"

static std::string Spans(const fxn::Optional<fxn::re::Match>& m) {
  if (!m.has) return "null";
  const auto& d = *m.value.d;
  std::string out = "[[";
  for (size_t g = 0; g * 2 < d.spans.marks.size(); ++g)
    out += (g ? ",[" : "[") + std::to_string(d.spans.marks[2 * g]) + "," + std::to_string(d.spans.marks[2 * g + 1]) + "]";
  return out + "]," + std::to_string(d.spans.lastindex) + "]";
}
static std::string All(const fxn::re::Pattern& p, const fxn::Str& s) {
  const int64_t n = s.size();
  std::string out = "[" + Spans(fxn::ops::re_match(p, s, 0, n)) + "," + Spans(fxn::ops::re_fullmatch(p, s, 0, n)) + "," +
                    Spans(fxn::ops::re_search(p, s, 0, n)) + "," + Spans(fxn::ops::re_search(p, s, 1, n > 1 ? n - 1 : 0)) + ",[";
  const auto found = fxn::ops::re_finditer(p, s, 0, n);
  for (size_t i = 0; i < found.items().size(); ++i)
    out += (i ? "," : "") + Spans(fxn::Optional<fxn::re::Match>(found.items()[i]));
  return out + "]," + Spans(fxn::ops::re_match(p, s, n, 0)) + "," + Spans(fxn::ops::re_fullmatch(p, s, n, 0)) + "," +
         Spans(fxn::ops::re_match(p, s, 2, 1)) + "," + Spans(fxn::ops::re_search(p, s, n, 0)) + "]";
}
"""


def test_native_matcher_agrees_with_cpython_and_the_interpreter(tmp_path):
    seed = fuzz_seed()
    rng = random.Random(seed)
    cases = [(p, 0, compile_program(None, p, 0)) for p in FIXED_PATTERNS]
    while len(cases) < PATTERNS:
        pattern, flags = random_pattern(rng), rng.choice(FLAGS)
        if flags & re.ASCII and "é" in pattern:
            continue
        try:
            program = compile_program(None, pattern, flags)
        except Exception:  # noqa: BLE001 (an invalid pattern, e.g. a repeat of an anchor)
            continue
        cases.append((pattern, flags, program))
    subjects = ["", "a", "ab", "ab:", "é"] + ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 10)))
                                            for _ in range(SUBJECTS - 5)]

    src = [HARNESS]
    for k, (pattern, flags, program) in enumerate(cases):
        code = program.spec.split("|", 1)[0].split()[3:3 + int(program.spec.split()[2])]
        src.append(f"static constexpr std::array<uint32_t, {len(code)}> code_{k}{{{', '.join(code)}}};")
    src.append("int main() {")
    src.append("  const fxn::Str subjects[] = {%s};" % ", ".join(
        f"fxn::Str::FromUtf8(std::string_view({c_string(s)}, {len(s.encode())}))" for s in subjects))
    for k, (pattern, flags, program) in enumerate(cases):
        spec = c_string(program.spec)
        size = len(program.spec.encode())
        src.append("  {")
        # Two spec strings: the pattern cache keys on the string's storage, so the interpreted
        # program is not the one NativePattern gives native code.
        src.append(f"    const auto native = fxn::re::NativePattern<code_{k}>(fxn::Str::FromUtf8(std::string_view({spec}, {size})));")
        src.append(f"    const auto interpreted = fxn::re::MakePattern(fxn::Str::FromUtf8(std::string_view({spec}, {size})));")
        src.append(f"    std::printf(\"%d\\n\", fxn::re::NativeProgram<code_{k}, unsigned char>::kCompiled ? 1 : 0);")
        src.append("    for (const auto& s : subjects) std::printf(\"%s\\n%s\\n\", All(native, s).c_str(), All(interpreted, s).c_str());")
        src.append("  }")
    src.append("  return 0;\n}")
    (tmp_path / "re_native.cc").write_text("\n".join(src))
    exe = tmp_path / "re_native"
    build = subprocess.run(["clang++-19", "-std=c++20", "-O1", "-fno-exceptions", f"-I{ROOT / 'runtime'}",
                            f"-I{ROOT / 'runtime/include/fxn'}", f"-I{ROOT / 'operator_registry/kernels'}",
                            str(tmp_path / "re_native.cc"), "-o", str(exe)], capture_output=True, text=True, timeout=900)
    assert build.returncode == 0, build.stderr[-4000:]
    run = subprocess.run([str(exe)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    lines = iter(run.stdout.splitlines())

    compiled_natively = branches_natively = 0
    for pattern, flags, program in cases:
        native_here = int(next(lines))
        compiled_natively += native_here
        branches_natively += native_here and "|" in pattern
        compiled = re.compile(pattern, flags)
        for s in subjects:
            expected = cpython_results(compiled, s)
            native, interpreted = json.loads(next(lines)), json.loads(next(lines))
            where = f"pattern {pattern!r} flags {flags} subject {s!r} (seed {seed})"
            assert interpreted == expected, f"interpreter: {where}"
            assert native == expected, f"native: {where}"
    # The grammar is biased to the native subset: most patterns must have exercised it.
    assert compiled_natively >= PATTERNS // 2, f"only {compiled_natively} of {PATTERNS} patterns compiled natively"
    assert branches_natively >= PATTERNS // 10, f"only {branches_natively} patterns with alternation compiled natively"
