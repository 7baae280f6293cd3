"""`fxn push` on a terminal: a live line for the job and one per target (stage, elapsed time),
redrawn in place with ANSI cursor moves, settling into each target's outcome before the summary.
Piped, the same push prints plain lines without escape sequences; --json stays JSON lines."""

import json
import os
import pty
import re
import subprocess

FUNCTION = "def area(w, h):\n    return w * h + {salt}\n"
CURSOR_UP = re.compile(r"\x1b\[(\d+)A")


def run_on_terminal(argv, cwd):
    """(exit status, everything written to the terminal) of argv with stdout and stderr on a pty."""
    master, slave = pty.openpty()
    p = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, cwd=cwd,
                         env={**os.environ, "TERM": "xterm"})
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    return p.wait(timeout=300), out.decode("utf-8", "replace")


def source(tmp_path, salt):
    path = tmp_path / "area.py"
    path.write_text(FUNCTION.format(salt=salt))  # a fresh function: every stage runs, none cached
    return path


def test_live_lines_on_a_terminal(fxn_bin, tmp_path):
    src = source(tmp_path, os.getpid() % 1000 + 7)
    rc, screen = run_on_terminal([fxn_bin, "push", str(src), "--inputs", "[3, 4]"], tmp_path)
    assert rc == 0, screen
    ups = CURSOR_UP.findall(screen)
    assert ups and set(ups) == {"2"}, screen  # redrawn in place: the job's line and one target's
    assert "\x1b[K" in screen
    frames = CURSOR_UP.split(screen)
    final = frames[-1]
    lines = [line.replace("\r\x1b[K", "").strip() for line in final.replace("\r\n", "\n").split("\n") if line.strip()]
    assert re.fullmatch(r"fxn: job [0-9a-f]+: traced area \(1 function, \d+ IR nodes\) · done  \d+\.\ds", lines[0]), lines
    assert re.fullmatch(r"linux-x86_64\s+verified\s+\d+\.\ds", lines[1]), lines
    assert lines[2].startswith("traced area (1 function") and "verified on 1 sample" in lines[2], lines
    assert lines[3].startswith("artifact: fxn-out/area/linux-x86_64/")
    # in between, the stages as they happened
    assert any("compiling" in frame for frame in frames[:-1]) or "(cached)" in screen


def test_piped_output_stays_plain_lines(fxn_bin, tmp_path):
    src = source(tmp_path, os.getpid() % 1000 + 11)
    r = subprocess.run([fxn_bin, "push", str(src), "--inputs", "[3, 4]"], capture_output=True, text=True, cwd=tmp_path,
                       timeout=300)
    assert r.returncode == 0, r.stderr
    assert "\x1b" not in r.stdout + r.stderr
    assert re.search(r"^fxn: job [0-9a-f]+: linux-x86_64: verified$", r.stderr, re.M), r.stderr


def test_json_on_a_terminal_is_only_json(fxn_bin, tmp_path):
    src = source(tmp_path, os.getpid() % 1000 + 13)
    rc, screen = run_on_terminal([fxn_bin, "push", str(src), "--inputs", "[3, 4]", "--json"], tmp_path)
    assert rc == 0, screen
    assert "\x1b" not in screen
    events = [json.loads(line) for line in screen.replace("\r\n", "\n").split("\n") if line]
    assert events[-1]["stage"] == "DONE" and events[-1]["ok"] is True
