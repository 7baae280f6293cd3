#!/usr/bin/env bash
# Installs every Debian package fxn needs to build, test and benchmark. Idempotent: packages
# already present are left alone, and apt is not touched at all when nothing is missing.
set -euo pipefail

packages=(
  # build
  cmake ninja-build ccache pkg-config g++
  # target compiler (clang-19 builds every target, the host's too)
  clang-19 lld-19 libclang-rt-19-dev
  # embedded CPython (Debian's 3.11, not whatever python3 is first on PATH) and NumPy, the
  # reference for array functions
  python3.11 python3.11-dev python3-numpy
  # the operator indexer (Clang libTooling) and BLAS for matmul on the host target
  llvm-19-dev libclang-19-dev libclang-cpp19-dev libopenblas-dev
  # libraries
  libprotobuf-dev protobuf-compiler libabsl-dev libspdlog-dev libfmt-dev
  libgrpc++-dev protobuf-compiler-grpc libsqlite3-dev libcpp-httplib-dev libseccomp-dev bubblewrap
  libcli11-dev nlohmann-json3-dev libgtest-dev libgmock-dev libssl-dev
  # cross targets (toolchains/targets.cc) and their runners
  # (Debian's cross g++ brings the sysroot clang links against: libc6-dev-<arch>-cross,
  # libstdc++ and the gcc-cross startup files)
  g++-aarch64-linux-gnu g++-arm-linux-gnueabihf g++-riscv64-linux-gnu qemu-user
  g++-powerpc64le-linux-gnu g++-s390x-linux-gnu g++-i686-linux-gnu
  wasi-libc libc++-19-dev-wasm32 libc++abi-19-dev-wasm32 libclang-rt-19-dev-wasm32
  # windows-x86_64: mingw's headers and libraries; wine64 verifies the .dll (its prefix is made
  # once per cache directory by the toolchain, not here)
  g++-mingw-w64-x86-64 wine64
  # tests (python3-yaml and npm: tests/e2e/test_deploy.py reads the Kubernetes manifests and
  # checks them against Kubernetes' schemas, an npm package; openssl makes the TLS tests'
  # certificates; iproute2's `ip netns` the multi-host test's network)
  python3-pytest python3-pytest-xdist python3-yaml openssl iproute2
  # the dashboard's browser test (tests/e2e/test_dashboard.py): headless chromium driven by selenium
  chromium chromium-driver python3-selenium
)
# Node runs wasm32-wasi artifacts; the machine image usually has a newer one than Debian's.
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# Kubernetes' schemas for the manifest test (tests/deploy/package.json pins the version).
schemas="$(cd "$(dirname "$0")/.." && pwd)/tests/deploy"
if [ ! -d "$schemas/node_modules/kubernetes-models" ]; then
  echo "setup: installing the Kubernetes schemas (npm, tests/deploy)"
  npm install --prefix "$schemas" --no-audit --no-fund --silent
fi
echo "setup: all packages present"
