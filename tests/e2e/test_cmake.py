"""fxn in a CMake build (cmake/fxn.cmake): a plain CMake project compiles a Python function with
fxn_add_library, links a C program against it and runs it; a changed source re-runs the push;
find_package(fxn) works after `cmake --install`; FXN_SERVER pushes through a running server."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from test_service import Service

ROOT = Path(__file__).resolve().parents[2]

PRICING = '''\
def compound(principal: float, rate: float, months: int) -> float:
    for _ in range(months):
        principal *= 1 + rate / 12
    return principal
'''

APP = r'''
#include <stdio.h>
#include "compound.h"

int main(void) {
  double result;
  fxn_error error = {0};
  if (fxn_compound(100.0, 0.05, 12, &result, &error) != FXN_OK) {
    fprintf(stderr, "%s: %s\n", error.type, error.message);
    fxn_error_clear(&error);
    return 1;
  }
  printf("%.17g\n", result);
  if (fxn_compound(1.0, 0.05, -1, &result, &error) == FXN_OK) return 0;
  fxn_error_clear(&error);
  return 2;
}
'''


def project(tmp_path, find_fxn, extra=""):
    src = tmp_path / "src"
    src.mkdir()
    (src / "pricing.py").write_text(PRICING)
    (src / "app.c").write_text(APP)
    (src / "CMakeLists.txt").write_text(f'''cmake_minimum_required(VERSION 3.20)
project(app C)
{find_fxn}
fxn_add_library(pricing SOURCE pricing.py ENTRY compound INPUTS "[100.0, 0.05, 12]" "[1.0, 0.5, 0]"{extra})
add_executable(app app.c)
target_link_libraries(app PRIVATE pricing)
''')
    return src


def cmake(*args, cwd, env=None):
    r = subprocess.run(["cmake", *map(str, args)], capture_output=True, text=True, timeout=600, cwd=cwd,
                       env={**os.environ, **(env or {})})
    assert r.returncode == 0, r.stdout + r.stderr
    return r


def generator():
    return ["-G", "Ninja"] if shutil.which("ninja") else []


def expected(months=12):
    principal = 100.0
    for _ in range(months):
        principal *= 1 + 0.05 / 12
    return repr(principal)


def test_fxn_add_library_builds_and_runs_a_c_program(fxn_bin, tmp_path):
    src = project(tmp_path, f"include({ROOT}/cmake/fxn.cmake)")
    build = tmp_path / "build"
    cmake("-S", src, "-B", build, *generator(), f"-DFXN_EXECUTABLE={fxn_bin}", cwd=tmp_path)
    r = cmake("--build", build, cwd=tmp_path)
    assert "fxn: compiling compound from pricing.py for linux-x86_64" in r.stdout
    bundle = build / "fxn-out" / "compound" / "linux-x86_64"
    assert (bundle / "manifest.json").is_file()
    run = subprocess.run([build / "app"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == expected()

    # Nothing changed: no push. A changed source: pushed again, the program sees the new code.
    r = cmake("--build", build, cwd=tmp_path)
    assert "fxn: compiling" not in r.stdout
    (src / "pricing.py").write_text(PRICING.replace("rate / 12", "rate / 12 + 0.0"))
    r = cmake("--build", build, cwd=tmp_path)
    assert "fxn: compiling compound" in r.stdout
    assert subprocess.run([build / "app"], capture_output=True, text=True).stdout.strip() == expected()


def test_a_rejected_function_fails_the_build_with_its_diagnostic(fxn_bin, tmp_path):
    src = project(tmp_path, f"include({ROOT}/cmake/fxn.cmake)")
    (src / "pricing.py").write_text(PRICING.replace("    return principal", "    return eval('principal')"))
    build = tmp_path / "build"
    cmake("-S", src, "-B", build, *generator(), f"-DFXN_EXECUTABLE={fxn_bin}", cwd=tmp_path)
    r = subprocess.run(["cmake", "--build", build], capture_output=True, text=True, timeout=600)
    assert r.returncode != 0
    assert "pricing.py:4:" in r.stdout + r.stderr and "eval" in r.stdout + r.stderr


def test_find_package_after_install(fxn_bin, tmp_path):
    build_dir = Path(fxn_bin).parent
    prefix = tmp_path / "prefix"
    cmake("--install", build_dir, "--prefix", prefix, cwd=tmp_path)
    assert (prefix / "lib" / "cmake" / "fxn" / "fxnConfig.cmake").is_file()
    src = project(tmp_path, "find_package(fxn 0.1 REQUIRED)")
    build = tmp_path / "build"
    r = cmake("-S", src, "-B", build, *generator(), f"-DCMAKE_PREFIX_PATH={prefix}", cwd=tmp_path)
    cache = (build / "CMakeCache.txt").read_text()
    assert f"FXN_EXECUTABLE:FILEPATH={prefix}/bin/fxn" in cache
    cmake("--build", build, cwd=tmp_path)
    assert subprocess.run([build / "app"], capture_output=True, text=True).stdout.strip() == expected()


def test_fxn_server_pushes_through_the_service(fxn_bin, tmp_path):
    service = Service(fxn_bin, tmp_path)
    try:
        service.start_server()
        service.start_worker(trace_timeout=30)
        src = project(tmp_path, f"include({ROOT}/cmake/fxn.cmake)")
        build = tmp_path / "build"
        cmake("-S", src, "-B", build, *generator(), f"-DFXN_EXECUTABLE={fxn_bin}", f"-DFXN_SERVER={service.grpc}",
              cwd=tmp_path)
        r = cmake("--build", build, cwd=tmp_path)
        assert subprocess.run([build / "app"], capture_output=True, text=True).stdout.strip() == expected()
        job_id = next(line.split()[2].rstrip(":") for line in (r.stdout + r.stderr).splitlines()
                      if line.startswith("fxn: job "))
        assert service.job(job_id)["entry"] == "compound"  # the service ran it, not an embedded server
    finally:
        service.stop()
