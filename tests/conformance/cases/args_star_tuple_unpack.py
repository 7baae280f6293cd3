"""Tuples returned by one function unpacked with * into the next: divmod-style pipelines."""


def split_time(seconds):
    minutes, s = divmod(seconds, 60)
    h, m = divmod(minutes, 60)
    return (h, m, s)


def fmt_time(h, m, s, sep=":"):
    return f"{h:02d}{sep}{m:02d}{sep}{s:02d}"


def run(seconds):
    parts = split_time(seconds)
    return [fmt_time(*parts), fmt_time(*parts, sep="."), fmt_time(*split_time(seconds * 2), "-")]


ENTRY = "run"
SAMPLES = [(3725,), (0,)]
CHECKS = [(59,), (86399,), (-61,)]
