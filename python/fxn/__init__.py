"""fxn's Python-side helpers: functions a compiled function may call (fxn.image), each with a
reference implementation in NumPy that CPython runs and a native operator fxn compiles to."""
