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
     "windows-x86_64): one case in four on two targets each, the NumPy cases one in two on three;" \
     "FXN_TEST_EVERY=1 FXN_TEST_TARGETS_PER_CASE=0 with FXN_TEST_TARGETS runs them all."
ctest --output-on-failure --timeout 1800
