#!/usr/bin/env bash
# Sets up, builds, and runs every test: unit tests (GoogleTest) and the end-to-end conformance
# suite against CPython, through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
cd build
ctest --output-on-failure --timeout 1800
