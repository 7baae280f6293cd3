"""fxn.load: a bundle's compiled function, called in-process through the C ABI.

Every fxn library exports the C interface of runtime/include/fxn/fxn.h: a value model (none,
bool, int64, float64, str, list, tuple, dict, tensor) with constructors and accessors, and the
generic entry `fxn_call(args, &result, &error)`. This module builds the arguments with those
constructors (ctypes), calls fxn_call and reads the result back, converting exactly as `fxn run`
does through JSON, but without text in between:

    Python          fxn value                Python
    None            FXN_NONE                 None
    bool            FXN_BOOL                 bool
    int             FXN_INT                  int     (any size; past int64 as base-2**32 digits)
    float           FXN_FLOAT                float
    str             FXN_STR (UTF-8)          str
    list / tuple    FXN_LIST / FXN_TUPLE     list / tuple
    dict            FXN_DICT                 dict
    numpy.ndarray   FXN_TENSOR               numpy.ndarray

Ints past int64 cross the C API exactly (ABI 4: fxn_int_from_digits, fxn_value_int_digits), but
compiled code's own ints are still 64-bit (docs/design/big-ints.md): such an argument raises
OverflowError from the compiled function, as an int result past 64 bits inside it does.

Arrays: the C API copies an argument's items once (fxn_tensor owns its values); a result array is
not copied: it views the library's buffer, which lives as long as the array does.

A Python exception raised by the compiled code comes back as (type name, message): it is raised
here as that type (the builtin class for builtin exceptions; for the module's own exception
classes, a class of that name derived from fxn.CompiledError), with CPython's message.
Calls of one library are serialised (the library's module state is not synchronised, as CPython's
GIL serialises calls of a module), each under a lock of its own.
"""

import array
import builtins
import ctypes
import inspect
import json
import os
import platform
import sys
import threading

__all__ = ["load", "Function", "CompiledError", "BundleError", "TargetMismatchError", "host_target"]

FXN_ABI_VERSION = 4
INT64_MIN, INT64_MAX = -(1 << 63), (1 << 63) - 1

# fxn_kind
NONE, BOOL, INT, FLOAT, STR, LIST, TUPLE, DICT, TENSOR = range(9)
# fxn_dtype, in the enum's order
DTYPES = ("bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float32", "float64")


class BundleError(Exception):
    """The directory is not a bundle fxn.load can use (no manifest, damaged, another ABI)."""


class TargetMismatchError(BundleError):
    """The bundle was compiled for another machine than the one running Python."""


class CompiledError(Exception):
    """Base of the classes standing for the compiled module's own exception classes (a class
    `InsufficientFunds` raised in compiled code is raised here as a CompiledError subclass named
    InsufficientFunds); builtin exceptions are raised as the builtin class itself."""


def host_target():
    """fxn's name of the target this Python runs on ("linux-x86_64"), or None when fxn has none."""
    machine = platform.machine().lower()
    if sys.platform.startswith("linux"):
        arch = {"x86_64": "x86_64", "amd64": "x86_64", "aarch64": "arm64", "arm64": "arm64",
                "armv7l": "armv7", "armv8l": "armv7", "riscv64": "riscv64", "ppc64le": "ppc64le",
                "s390x": "s390x", "i686": "i686", "i386": "i686"}.get(machine)
        if arch == "x86_64" and sys.maxsize < 2 ** 32:
            arch = "i686"
        return "linux-" + arch if arch else None
    if sys.platform == "win32":
        return "windows-x86_64" if machine in ("amd64", "x86_64") else None
    if sys.platform == "darwin":
        return "macos-arm64" if machine == "arm64" else "macos-x86_64"
    return None


class _Error(ctypes.Structure):
    _fields_ = [("type", ctypes.c_char * 64), ("message", ctypes.c_void_p), ("message_len", ctypes.c_size_t)]


def _declare(lib):
    """Argument and result types of the C API functions this module calls."""
    V = ctypes.c_void_p
    table = {
        "fxn_none": ([], V), "fxn_bool": ([ctypes.c_bool], V), "fxn_int": ([ctypes.c_int64], V),
        "fxn_int_from_digits": ([ctypes.c_bool, ctypes.POINTER(ctypes.c_uint32), ctypes.c_size_t], V),
        "fxn_value_int_fits": ([V], ctypes.c_bool),
        "fxn_value_int_digits": ([V, ctypes.POINTER(ctypes.c_bool), ctypes.POINTER(ctypes.c_uint32), ctypes.c_size_t],
                                 ctypes.c_size_t),
        "fxn_float": ([ctypes.c_double], V), "fxn_str": ([ctypes.c_char_p, ctypes.c_size_t], V),
        "fxn_list": ([], V), "fxn_tuple": ([], V), "fxn_dict": ([], V),
        "fxn_tensor": ([ctypes.c_int, ctypes.c_size_t, ctypes.POINTER(ctypes.c_int64), V], V),
        "fxn_seq_append": ([V, V], None), "fxn_dict_set": ([V, V, V], None),
        "fxn_value_kind": ([V], ctypes.c_int), "fxn_value_bool": ([V], ctypes.c_bool),
        "fxn_value_int": ([V], ctypes.c_int64), "fxn_value_float": ([V], ctypes.c_double),
        "fxn_value_str": ([V, ctypes.POINTER(ctypes.c_size_t)], V),
        "fxn_tensor_dtype": ([V], ctypes.c_int), "fxn_tensor_ndim": ([V], ctypes.c_size_t),
        "fxn_tensor_shape": ([V], ctypes.POINTER(ctypes.c_int64)), "fxn_tensor_data": ([V], V),
        "fxn_value_len": ([V], ctypes.c_size_t), "fxn_seq_item": ([V, ctypes.c_size_t], V),
        "fxn_dict_key": ([V, ctypes.c_size_t], V), "fxn_dict_item": ([V, ctypes.c_size_t], V),
        "fxn_value_free": ([V], None), "fxn_error_clear": ([ctypes.POINTER(_Error)], None),
        "fxn_call": ([V, ctypes.POINTER(V), ctypes.POINTER(_Error)], ctypes.c_int),
        "fxn_signature": ([], ctypes.c_char_p), "fxn_abi_version": ([], ctypes.c_int),
    }
    for name, (argtypes, restype) in table.items():
        f = getattr(lib, name)
        f.argtypes = argtypes
        f.restype = restype


def _digits(m):
    """The base-2**32 digits of m >= 0, least significant first, as a ctypes array (native order)."""
    n = (m.bit_length() + 31) // 32
    words = array.array("I" if array.array("I").itemsize == 4 else "L")
    words.frombytes(m.to_bytes(4 * n, "little"))
    if sys.byteorder == "big":
        words.byteswap()
    return (ctypes.c_uint32 * n).from_buffer(words), n


def _from_digits(buffer):
    """The int whose base-2**32 digits (least significant first) are in the ctypes array."""
    words = array.array("I" if array.array("I").itemsize == 4 else "L", bytes(buffer))
    if sys.byteorder == "big":
        words.byteswap()
    return int.from_bytes(words.tobytes(), "little")


def _numpy():
    return sys.modules.get("numpy")


class _Owner:
    """Frees a result value when the last array viewing its buffers goes away."""

    def __init__(self, lib, value):
        self.lib, self.value = lib, value

    def __del__(self):
        self.lib.fxn_value_free(self.value)


def _exception_class(name, cache={}):
    builtin = getattr(builtins, name, None)
    if isinstance(builtin, type) and issubclass(builtin, BaseException):
        return builtin
    if name not in cache:
        cache[name] = type(name, (CompiledError,), {"__module__": "fxn.native"})
    return cache[name]


def _exception(type_name, message):
    cls = _exception_class(type_name)
    if not message:
        return cls()
    if cls is KeyError:  # str(KeyError('a')) is "'a'": rebuild the key so str() gives the message back
        import ast
        try:
            key = ast.literal_eval(message)
            if repr(key) == message:
                return KeyError(key)
        except (ValueError, SyntaxError):
            pass
    return cls(message)


def _annotation(text):
    """A manifest type ("list[int]", "ndarray[float32, 2]", "int | None") as an annotation; the
    text itself where it does not evaluate."""
    np = _numpy()

    class ndarray:
        def __class_getitem__(cls, item):
            if np is None:
                raise TypeError
            import numpy.typing
            return numpy.typing.NDArray[getattr(np, item[0].__name__ if isinstance(item[0], type) else item[0])]

    names = {"int": int, "float": float, "str": str, "bool": bool, "list": list, "dict": dict, "tuple": tuple,
             "None": None, "ndarray": ndarray}
    names.update({d: d for d in DTYPES if d not in names})
    try:
        return eval(text, {"__builtins__": {}}, names)  # manifest types only: names above, [] and |
    except Exception:
        return text


class Function:
    """A compiled function loaded from a bundle. Call it like the Python function; `manifest` is
    the bundle's manifest.json, `target` its target, `library` the loaded file's path."""

    def __init__(self, bundle, manifest, lib):
        self.bundle = bundle
        self.manifest = manifest
        self.target = manifest["target"]
        self.library = os.path.join(bundle, manifest["library"])
        self._lib = lib
        self._lock = threading.Lock()
        signature = manifest.get("signature") or {}
        self.__name__ = self.__qualname__ = manifest.get("entry", "function")
        self.__doc__ = "%s compiled by fxn for %s (%s)" % (self.__name__, self.target, self.library)
        params = [inspect.Parameter(p["name"], inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                    annotation=_annotation(p.get("type", "")))
                  for p in signature.get("params", [])]
        returns = _annotation(signature["returns"]) if "returns" in signature else inspect.Signature.empty
        self.__signature__ = inspect.Signature(params, return_annotation=returns)
        self.__annotations__ = {p.name: p.annotation for p in params}
        if returns is not inspect.Signature.empty:
            self.__annotations__["return"] = returns

    def __repr__(self):
        return "<fxn function %s%s for %s>" % (self.__name__, self.__signature__, self.target)

    def __call__(self, *args, **kwargs):
        if kwargs or len(args) != len(self.__signature__.parameters):
            try:
                bound = self.__signature__.bind(*args, **kwargs)
            except TypeError as e:
                raise TypeError("%s() %s" % (self.__name__, e)) from None
            args = bound.args
        lib = self._lib
        keep = []  # buffers handed to fxn_tensor stay alive until it has copied them
        packed = lib.fxn_tuple()
        try:
            for a in args:
                lib.fxn_seq_append(packed, self._to_value(a, keep, 0))
            result = ctypes.c_void_p()
            error = _Error()
            with self._lock:
                status = lib.fxn_call(packed, ctypes.byref(result), ctypes.byref(error))
        finally:
            lib.fxn_value_free(packed)
        if status != 0:
            message = ctypes.string_at(error.message, error.message_len) if error.message else b""
            lib.fxn_error_clear(ctypes.byref(error))
            raise _exception(error.type.decode("utf-8", "replace"), message.decode("utf-8", "replace"))
        owner = _Owner(lib, result.value)
        return self._from_value(result.value, owner)

    # ---- Python -> fxn_value (a new value, owned by the caller) ----
    def _to_value(self, v, keep, depth):
        lib = self._lib
        if depth > 1000:
            raise RecursionError("maximum recursion depth exceeded while converting the arguments")
        if v is None:
            return lib.fxn_none()
        if isinstance(v, bool):
            return lib.fxn_bool(v)
        if isinstance(v, int):
            if INT64_MIN <= v <= INT64_MAX:
                return lib.fxn_int(v)
            digits, n = _digits(abs(v))  # str(v) would refuse past 4300 digits; to_bytes does not
            return lib.fxn_int_from_digits(v < 0, digits, n)
        if isinstance(v, float):
            return lib.fxn_float(v)
        if isinstance(v, str):
            data = v.encode("utf-8")  # a lone surrogate raises UnicodeEncodeError, as json.dumps would not
            return lib.fxn_str(data, len(data))
        if isinstance(v, (list, tuple)):
            seq = lib.fxn_list() if isinstance(v, list) else lib.fxn_tuple()
            try:
                for item in v:
                    lib.fxn_seq_append(seq, self._to_value(item, keep, depth + 1))
            except BaseException:
                lib.fxn_value_free(seq)
                raise
            return seq
        if isinstance(v, dict):
            d = lib.fxn_dict()
            try:
                for key, item in v.items():
                    k = self._to_value(key, keep, depth + 1)
                    lib.fxn_dict_set(d, k, self._to_value(item, keep, depth + 1))
            except BaseException:
                lib.fxn_value_free(d)
                raise
            return d
        np = _numpy()
        if np is not None:
            if isinstance(v, np.ndarray):
                if v.dtype.name not in DTYPES:
                    raise TypeError("fxn cannot pass an array of dtype %s (it takes %s)" % (v.dtype.name, ", ".join(DTYPES)))
                a = np.ascontiguousarray(v, dtype=v.dtype.newbyteorder("="))  # no copy when already C-ordered
                keep.append(a)
                shape = (ctypes.c_int64 * max(a.ndim, 1))(*a.shape)
                t = lib.fxn_tensor(DTYPES.index(a.dtype.name), a.ndim, shape, a.ctypes.data if a.size else None)
                if not t:
                    raise ValueError("fxn cannot pass an array of shape %s" % (a.shape,))
                return t
            if isinstance(v, np.bool_):
                return lib.fxn_bool(bool(v))
            if isinstance(v, np.integer):
                return self._to_value(int(v), keep, depth)
            if isinstance(v, np.floating):
                return lib.fxn_float(float(v))
        raise TypeError("fxn cannot pass a %s to a compiled function (it takes None, bool, int, float, str, list, "
                        "tuple, dict and numpy arrays)" % type(v).__name__)

    # ---- fxn_value -> Python (the value stays owned by `owner`) ----
    def _from_value(self, v, owner):
        lib = self._lib
        kind = lib.fxn_value_kind(v)
        if kind == NONE:
            return None
        if kind == BOOL:
            return bool(lib.fxn_value_bool(v))
        if kind == INT:
            if lib.fxn_value_int_fits(v):
                return int(lib.fxn_value_int(v))
            negative = ctypes.c_bool()
            n = lib.fxn_value_int_digits(v, ctypes.byref(negative), None, 0)
            buffer = (ctypes.c_uint32 * n)()
            lib.fxn_value_int_digits(v, ctypes.byref(negative), buffer, n)
            m = _from_digits(buffer)
            return -m if negative.value else m
        if kind == FLOAT:
            return float(lib.fxn_value_float(v))
        if kind == STR:
            n = ctypes.c_size_t()
            p = lib.fxn_value_str(v, ctypes.byref(n))
            return ctypes.string_at(p, n.value).decode("utf-8") if n.value else ""
        if kind in (LIST, TUPLE):
            items = [self._from_value(lib.fxn_seq_item(v, i), owner) for i in range(lib.fxn_value_len(v))]
            return items if kind == LIST else tuple(items)
        if kind == DICT:
            return {self._from_value(lib.fxn_dict_key(v, i), owner): self._from_value(lib.fxn_dict_item(v, i), owner)
                    for i in range(lib.fxn_value_len(v))}
        if kind == TENSOR:
            import numpy as np
            dtype = np.dtype(DTYPES[lib.fxn_tensor_dtype(v)])
            ndim = lib.fxn_tensor_ndim(v)
            shape_ptr = lib.fxn_tensor_shape(v)
            shape = tuple(shape_ptr[i] for i in range(ndim))
            count = 1
            for n in shape:
                count *= n
            data = lib.fxn_tensor_data(v)
            if count == 0 or not data:
                return np.zeros(shape, dtype)
            buffer = (ctypes.c_char * (count * dtype.itemsize)).from_address(data)
            buffer._fxn_owner = owner  # the value lives as long as an array viewing it
            return np.frombuffer(buffer, dtype=dtype).reshape(shape)
        raise TypeError("the compiled function returned a value of unknown kind %d" % kind)


def load(bundle):
    """The compiled function in `bundle` (DIR/ENTRY/TARGET, as `fxn push` wrote it) as a callable.

    Raises TargetMismatchError when the bundle's target is not this machine's (push again with
    --targets naming this machine's target: `fxn targets`), BundleError when the directory is no
    usable bundle."""
    bundle = os.fspath(bundle)
    path = os.path.join(bundle, "manifest.json")
    try:
        with open(path, encoding="utf-8") as f:
            manifest = json.load(f)
    except FileNotFoundError:
        raise BundleError("%s is not an fxn bundle (no manifest.json); give the directory `fxn push` printed, "
                          "e.g. fxn-out/ENTRY/TARGET" % bundle) from None
    except ValueError as e:
        raise BundleError("%s is damaged (%s); push the function again" % (path, e)) from None
    if not isinstance(manifest, dict) or not all(isinstance(manifest.get(k), str) for k in ("target", "library")):
        raise BundleError("%s is damaged (no target or library); push the function again" % path)
    target, here = manifest["target"], host_target()
    if target != here:
        hint = (" (a WebAssembly module: load it with the bundle's fxn_wasm.mjs, or run it with `fxn run`)"
                if target.startswith("wasm") else "")
        raise TargetMismatchError(
            "%s was compiled for %s, but this Python runs on %s%s; push the function with --targets %s to load it "
            "here, or run this bundle with `fxn run %s`" % (bundle, target, here or "%s %s" % (sys.platform, platform.machine()),
                                                             hint, here or "<this machine's target>", bundle))
    library = os.path.join(bundle, manifest["library"])
    if os.path.basename(manifest["library"]) != manifest["library"]:
        raise BundleError("%s names its library %r, which is not a file in the bundle" % (path, manifest["library"]))
    try:
        lib = ctypes.CDLL(os.path.abspath(library))
    except OSError as e:
        raise BundleError("cannot load %s: %s" % (library, e)) from None
    try:
        version = lib.fxn_abi_version
    except AttributeError as e:
        raise BundleError("%s does not export fxn's C API (%s)" % (library, e)) from None
    version.argtypes, version.restype = [], ctypes.c_int
    abi = version()  # first: a library of another ABI may lack functions _declare names
    if abi != FXN_ABI_VERSION:
        raise BundleError("%s has fxn ABI version %d; this fxn package speaks version %d: push the function again "
                          "with this fxn" % (library, abi, FXN_ABI_VERSION))
    try:
        _declare(lib)
    except AttributeError as e:
        raise BundleError("%s does not export fxn's C API (%s)" % (library, e)) from None
    return Function(bundle, manifest, lib)
