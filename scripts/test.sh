#!/usr/bin/env bash
# Sets up, builds, and runs every test: unit tests (GoogleTest) and the end-to-end conformance
# suite against CPython, through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
cd build
echo "test.sh: every conformance case runs on linux-x86_64 (e2e); the cross-target suites sample" \
     "one case in five by name (linux-arm64, linux-riscv64, wasm32-wasi), the NumPy cases one in three" \
     "(also linux-armv7); FXN_TEST_EVERY=1 with FXN_TEST_TARGETS runs them all."
ctest --output-on-failure --timeout 1800
