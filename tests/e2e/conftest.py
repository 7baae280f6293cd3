"""Shared fixtures for fxn's end-to-end tests: where the fxn binary is."""

import os
import subprocess
from pathlib import Path

import pytest


def fuzz_seed():
    """FXN_TEST_FUZZ_SEED as a number: "commit" derives it from the checked-out commit, so each
    commit fuzzes other inputs (and other cases, see test_conformance's FXN_TEST_EVERY) while a
    rerun of the same commit repeats them; the report header prints the number."""
    text = os.environ.get("FXN_TEST_FUZZ_SEED", "0")
    if text != "commit":
        return int(text)
    head = subprocess.run(["git", "-C", str(Path(__file__).resolve().parent), "rev-parse", "HEAD"],
                          capture_output=True, text=True)
    return int(head.stdout.strip()[:8], 16) if head.returncode == 0 and head.stdout.strip() else 0


def pytest_report_header(config):
    every = int(os.environ.get("FXN_TEST_EVERY", "1"))
    return [f"fxn: FXN_BIN={os.environ.get('FXN_BIN', '<unset>')}",
            f"fxn: targets {os.environ.get('FXN_TEST_TARGETS', 'linux-x86_64')}"
            + (f" ({per} per case, chosen by name)" if (per := int(os.environ.get("FXN_TEST_TARGETS_PER_CASE", "0"))) > 0 else "")
            + "; "
            + ("every conformance case" if every <= 1 else f"one conformance case in {every} (FXN_TEST_EVERY)"),
            f"fxn: fuzzing FXN_TEST_FUZZ={os.environ.get('FXN_TEST_FUZZ', '0')} inputs per conformance case, "
            f"FXN_TEST_FUZZ_SEED={os.environ.get('FXN_TEST_FUZZ_SEED', '0')} (seed {fuzz_seed()})"]


@pytest.fixture(scope="session")
def fxn_bin():
    """Absolute path of the fxn binary named by FXN_BIN; every test that needs it fails without it."""
    path = os.environ.get("FXN_BIN")
    if not path:
        pytest.fail(
            "FXN_BIN is not set: export FXN_BIN=/path/to/the/built/fxn before running tests/e2e",
            pytrace=False,
        )
    path = os.path.abspath(path)
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        pytest.fail(f"FXN_BIN={path!r} is not an executable file", pytrace=False)
    return path
