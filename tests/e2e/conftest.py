"""Shared fixtures for fxn's end-to-end tests: where the fxn binary is."""

import os

import pytest


def pytest_report_header(config):
    every = int(os.environ.get("FXN_TEST_EVERY", "1"))
    return [f"fxn: FXN_BIN={os.environ.get('FXN_BIN', '<unset>')}",
            f"fxn: targets {os.environ.get('FXN_TEST_TARGETS', 'linux-x86_64')}"
            + (f" ({per} per case, chosen by name)" if (per := int(os.environ.get("FXN_TEST_TARGETS_PER_CASE", "0"))) > 0 else "")
            + "; "
            + ("every conformance case" if every <= 1 else f"one conformance case in {every} (FXN_TEST_EVERY)"),
            f"fxn: fuzzing FXN_TEST_FUZZ={os.environ.get('FXN_TEST_FUZZ', '0')} inputs per conformance case, "
            f"FXN_TEST_FUZZ_SEED={os.environ.get('FXN_TEST_FUZZ_SEED', '0')}"]


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
