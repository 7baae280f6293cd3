#!/usr/bin/env bash
# Configures and builds everything into build/ (ccache keeps rebuilds quick).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja
cmake --build build
