#!/usr/bin/env bash
# Sets up, builds, and compiles the n-body example end to end: trace, compile, verify, run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
set -x
build/fxn push examples/nbody.py --entry nbody --inputs '[1000]'
build/fxn run fxn-out/nbody/linux-x86_64 --inputs '[200000]'
