#!/usr/bin/env bash
# Sets up, builds, and runs every test: unit tests (GoogleTest) and the end-to-end conformance
# suite against CPython, through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
cd build
echo "test.sh: every conformance case runs on linux-x86_64 (e2e); the cross-target suites sample" \
     "cases by name over the eight cross targets (arm64, armv7, riscv64, ppc64le, s390x, i686, wasm32-wasi," \
     "windows-x86_64): one case in four on two targets each, the NumPy cases one in two on two;" \
     "FXN_TEST_EVERY=1 FXN_TEST_TARGETS_PER_CASE=0 with FXN_TEST_TARGETS runs them all." \
     "e2e_fuzz fuzzes one case in eight with 25 generated inputs each, seeded by the commit."
rc=0
ctest --output-on-failure --timeout 1800 || rc=$?
# What the fuzzing run chose and found, passed or not: its seed, and each expected failure (the
# 64-bit int divergence) with the input that showed it.
echo "test.sh: e2e_fuzz's report:"
grep -E "^fxn: fuzzing|^XFAIL|[0-9]+ (passed|failed)" Testing/Temporary/LastTest.log \
  | awk '/^fxn: fuzzing/ {show = /FXN_TEST_FUZZ=25/} show' || true
exit "$rc"
