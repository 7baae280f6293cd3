"""Certificates for the TLS tests, made by `openssl` in a test's own directory.

`make_ca` and `make_cert` shell out to the openssl command line (as an operator would); an
expired certificate needs `openssl ca` and its start and end dates."""

import subprocess
from pathlib import Path


def openssl(*args, cwd):
    out = subprocess.run(["openssl", *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=60)
    assert out.returncode == 0, out.stderr
    return out


def make_ca(directory: Path, name: str):
    """A self-signed CA: (certificate, key) paths."""
    directory.mkdir(parents=True, exist_ok=True)
    crt, key = directory / f"{name}.crt", directory / f"{name}.key"
    openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key,
            "-out", crt, "-days", "2", "-subj", f"/CN={name}", "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign", cwd=directory)
    return crt, key


def make_cert(directory: Path, name: str, ca, *, ips=(), dns=(), usage="serverAuth", expired=False):
    """A leaf certificate signed by `ca` for the given subjectAltNames: (certificate, key) paths.
    `expired`: valid for one day in 2020."""
    crt, key, csr = directory / f"{name}.crt", directory / f"{name}.key", directory / f"{name}.csr"
    openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key, "-out", csr,
            "-subj", f"/CN={name}", cwd=directory)
    alt = ",".join([f"IP:{ip}" for ip in ips] + [f"DNS:{d}" for d in dns])
    ext = directory / f"{name}.ext"
    ext.write_text("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                   f"extendedKeyUsage={usage}\n" + (f"subjectAltName={alt}\n" if alt else ""))
    if not expired:
        openssl("x509", "-req", "-in", csr, "-CA", ca[0], "-CAkey", ca[1], "-CAcreateserial", "-out", crt, "-days", "2",
                "-extfile", ext, cwd=directory)
        return crt, key
    db = directory / f"{name}-ca"
    db.mkdir(exist_ok=True)
    (db / "index.txt").write_text("")
    (db / "serial").write_text("1000\n")
    conf = db / "ca.conf"
    conf.write_text(f"[ca]\ndefault_ca=test\n[test]\ndatabase={db}/index.txt\nnew_certs_dir={db}\nserial={db}/serial\n"
                    "default_md=sha256\npolicy=any\n[any]\ncommonName=supplied\n")
    openssl("ca", "-batch", "-config", conf, "-in", csr, "-cert", ca[0], "-keyfile", ca[1], "-out", crt,
            "-startdate", "20200101000000Z", "-enddate", "20200102000000Z", "-extfile", ext, "-notext", cwd=directory)
    return crt, key
