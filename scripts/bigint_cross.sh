#!/bin/bash
# bigint_cross.sh: runtime/fxn_bigint.hpp (and fxn_int.hpp, below) on the cross targets. Builds bigint_test.cc as a driver
# (-DFXN_BIGINT_TEST_DRIVER) with each target's compile flags (toolchains/targets.cc), lets the
# host test write its cases and CPython 3.11's answers (FXN_BIGINT_DUMP), runs the driver under
# the target's runner (qemu-user, Node's WASI) and compares byte for byte.
# Usage: scripts/bigint_cross.sh [BUILD_DIR] [PAIRS]   (default build, 1000 random pairs + the edge values)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
pairs=${2:-1000}
work=$(mktemp -d /tmp/fxn_bigint_cross.XXXXXX)
trap 'rm -rf "$work"' EXIT
FXN_BIGINT_DUMP=$work FXN_BIGINT_PAIRS=$pairs "$build/runtime/bigint_test" >/dev/null
echo "cases: $(wc -l < "$work/cases.txt")"
common=(-std=c++20 -O2 -ffp-contract=off -fno-math-errno -fno-exceptions -fno-rtti -Wall -Wextra -Werror
        -DFXN_BIGINT_TEST_DRIVER -I"$root/runtime" -I"$root/runtime/include/fxn" "$root/runtime/bigint_test.cc")
status=0
check() {  # name, runner...
  local name=$1; shift
  if "$@" < "$work/cases.txt" > "$work/$name.txt" && cmp -s "$work/$name.txt" "$work/want.txt"; then
    echo "$name: identical to CPython"
  else
    echo "$name: DIFFERS (first difference: $(cmp "$work/$name.txt" "$work/want.txt" 2>&1 | head -1))"; status=1
  fi
}
clang++-19 --target=arm-linux-gnueabihf -march=armv7-a -mfpu=vfpv3-d16 -mfloat-abi=hard -fuse-ld=lld "${common[@]}" -o "$work/armv7"
check linux-armv7 qemu-arm -L /usr/arm-linux-gnueabihf "$work/armv7"
clang++-19 --target=riscv64-linux-gnu -fuse-ld=lld "${common[@]}" -o "$work/riscv64"
check linux-riscv64 qemu-riscv64 -L /usr/riscv64-linux-gnu "$work/riscv64"
clang++-19 --target=wasm32-wasi --sysroot=/usr "${common[@]}" -o "$work/driver.wasm"
cat > "$work/wasi.mjs" <<'JS'
import { WASI } from 'node:wasi';
import fs from 'node:fs';
const wasi = new WASI({ version: 'preview1', args: [], env: {} });
const m = await WebAssembly.compile(fs.readFileSync(process.argv[2]));
wasi.start(await WebAssembly.instantiate(m, wasi.getImportObject()));
JS
check wasm32-wasi node --no-warnings "$work/wasi.mjs" "$work/driver.wasm"
clang++-19 --target=x86_64-w64-mingw32 -D__USE_MINGW_ANSI_STDIO=1 -fuse-ld=lld -static "${common[@]}" -o "$work/driver.exe"
echo "windows-x86_64: compiles (no runner here)"

# fxn_int.hpp (fxn::Int's kernels): int_test.cc as a driver prints every kernel's outcome on edge
# pairs; the host's transcript (held to today's int64 kernels and BigInt by int_test) is the answer.
FXN_INT_DUMP=$work/int_want.txt "$build/runtime/int_test" --gtest_filter='IntKernels.CrossTranscript' >/dev/null
echo "int transcript lines: $(wc -l < "$work/int_want.txt")"
int_src=(-std=c++20 -O2 -ffp-contract=off -fno-math-errno -fno-exceptions -fno-rtti -Wall -Wextra -Werror
         -DFXN_INT_TEST_DRIVER -I"$root/runtime" -I"$root/runtime/include/fxn" "$root/runtime/int_test.cc")
check_int() {  # name, runner...
  local name=$1; shift
  if "$@" > "$work/int_$name.txt" && cmp -s "$work/int_$name.txt" "$work/int_want.txt"; then
    echo "$name: fxn_int.hpp identical to the host"
  else
    echo "$name: fxn_int.hpp DIFFERS (first difference: $(cmp "$work/int_$name.txt" "$work/int_want.txt" 2>&1 | head -1))"; status=1
  fi
}
clang++-19 --target=arm-linux-gnueabihf -march=armv7-a -mfpu=vfpv3-d16 -mfloat-abi=hard -fuse-ld=lld "${int_src[@]}" -o "$work/int_armv7"
check_int linux-armv7 qemu-arm -L /usr/arm-linux-gnueabihf "$work/int_armv7"
clang++-19 --target=riscv64-linux-gnu -fuse-ld=lld "${int_src[@]}" -o "$work/int_riscv64"
check_int linux-riscv64 qemu-riscv64 -L /usr/riscv64-linux-gnu "$work/int_riscv64"
clang++-19 --target=wasm32-wasi --sysroot=/usr "${int_src[@]}" -o "$work/int.wasm"
check_int wasm32-wasi node --no-warnings "$work/wasi.mjs" "$work/int.wasm"
clang++-19 --target=x86_64-w64-mingw32 -D__USE_MINGW_ANSI_STDIO=1 -fuse-ld=lld -static "${int_src[@]}" -o "$work/int.exe"
echo "windows-x86_64: fxn_int.hpp compiles (no runner here)"
exit $status
