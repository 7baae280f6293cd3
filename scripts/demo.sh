#!/usr/bin/env bash
# Sets up, builds, and compiles the examples end to end: trace, compile, verify, run. The n-body
# simulation on the host, then the image classifier (NumPy) for every target with a runner here.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
set -x
build/fxn push examples/nbody.py --entry nbody --inputs '[1000]'
build/fxn run fxn-out/nbody/linux-x86_64 --inputs '[200000]'
build/fxn push examples/classifier.py --inputs '["@examples/classifier_input.npy"]' \
  --targets linux-x86_64,linux-arm64,linux-armv7,linux-riscv64,wasm32-wasi
build/fxn run fxn-out/classify/wasm32-wasi --inputs '["@examples/classifier_input.npy"]'
