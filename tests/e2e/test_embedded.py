"""`fxn push` with no server configured (the embedded default): a repeated push is answered
from the local cache every time, without starting the embedded worker (no sandbox, no
toolchain), and a worker that cannot start fails the push with its reason instead of leaving
it waiting."""

import os
import shutil
import subprocess

SOURCE = "def square_sum(xs):\n    return sum(x * x for x in xs)\n"


def push(fxn_bin, src, cache, out, inputs="[[1, 2, 3]]"):
    env = dict(os.environ, XDG_CACHE_HOME=str(cache))
    env.pop("FXN_SERVER", None)
    return subprocess.run([fxn_bin, "push", str(src), "--inputs", inputs, "-o", str(out)],
                          capture_output=True, text=True, timeout=300, env=env)


def test_repeated_pushes_are_all_answered_from_the_cache(fxn_bin, tmp_path):
    src = tmp_path / "sq.py"
    src.write_text(SOURCE)
    first = push(fxn_bin, src, tmp_path / "cache", tmp_path / "out")
    assert first.returncode == 0, first.stderr
    # Each repeat must hit: the embedded server once looked artifacts up before its worker had
    # told it the toolchain's digest, and so compiled again now and then.
    for _ in range(5):
        again = push(fxn_bin, src, tmp_path / "cache", tmp_path / "out")
        assert again.returncode == 0, again.stderr
        assert "compiling" not in again.stderr, again.stderr
        assert "linux-x86_64: verified (cached)" in again.stderr
        assert "[cached]" in again.stdout
    assert (tmp_path / "out" / "square_sum" / "linux-x86_64" / "libsquare_sum.so").is_file()


def test_a_cache_hit_starts_no_worker_and_a_failed_worker_fails_the_push(fxn_bin, tmp_path):
    src = tmp_path / "sq.py"
    src.write_text(SOURCE)
    assert push(fxn_bin, src, tmp_path / "cache", tmp_path / "out").returncode == 0
    # A copy of fxn without fxn-trace beside it: its worker cannot start (no tracer).
    lonely = tmp_path / "bin" / "fxn"
    lonely.parent.mkdir()
    shutil.copy2(fxn_bin, lonely)
    hit = push(lonely, src, tmp_path / "cache", tmp_path / "out2")
    assert hit.returncode == 0, hit.stderr
    assert (tmp_path / "out2" / "square_sum" / "linux-x86_64" / "libsquare_sum.so").is_file()
    cold = push(lonely, src, tmp_path / "cache", tmp_path / "out3", inputs="[[4, 5]]")
    assert cold.returncode == 1
    assert "fxn-trace is missing" in cold.stderr, cold.stderr
