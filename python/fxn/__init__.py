"""fxn's Python package.

- `@fxn.compile(inputs=..., targets=...)`: marks a function for `fxn push FILE` (fxn.marks); at
  run time the function stays plain Python.
- `fxn.load(bundle_dir)`: the compiled function of a bundle `fxn push` wrote, called in-process
  through its C ABI (fxn.native).
- `fxn.image`: functions a compiled function may call, each with a NumPy reference that CPython
  runs and a native operator fxn compiles it to.

Inside fxn's trace sandbox this package is served from copies embedded in fxn-trace, so a module
that imports fxn traces the same wherever fxn is installed. See python/README.md.
"""

from fxn.marks import Mark, compile, mark_of, marked

__all__ = ["compile", "load", "Mark", "mark_of", "marked", "CompiledError", "TargetMismatchError"]
__version__ = "0.1.0"


def load(bundle):
    """The compiled function in the bundle directory `bundle` (DIR/ENTRY/TARGET as `fxn push`
    wrote it), as a callable: see fxn.native.load."""
    from fxn import native  # ctypes and the C ABI only when a bundle is loaded (never while tracing)
    return native.load(bundle)


def __getattr__(name):
    # fxn.CompiledError and friends without importing ctypes at `import fxn`.
    if name in ("CompiledError", "TargetMismatchError", "BundleError", "host_target"):
        from fxn import native
        return getattr(native, name)
    raise AttributeError("module 'fxn' has no attribute %r" % name)
