"""Imports from the copies of Python sources embedded in fxn-trace.

The C++ host compiles this module first and calls install() with every embedded source: the
front end's modules (tracer_sandbox/python/*.py) and fxn's own package (python/fxn, which the
user's code may import). After that, a plain `import` finds them, in whatever order their own
imports ask for: no load order is kept anywhere by hand.
"""

import importlib.abc
import importlib.util
import sys

# Every embedded front-end file by name ("fxn_types.py", "prelude_itertools.py"): fxn_prelude
# reads the prelude's sources here.
SOURCES = {}


class EmbeddedFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds and loads modules from a {name: (source, is_package)} table."""

    def __init__(self, modules, codes):
        self.modules = modules
        self.codes = codes  # module name -> its code object, compiled when fxn-trace was built

    def find_spec(self, name, path=None, target=None):
        if name not in self.modules:
            return None
        return importlib.util.spec_from_loader(name, self, is_package=self.modules[name][1])

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.codes.get(module.__name__)
        if code is None:
            code = compile_module(module.__name__, *self.modules[module.__name__])
        exec(code, module.__dict__)


def module_table(frontend, package):
    """{module name: (source, is_package)} of frontend {"fxn_types.py": source, ...} and python/fxn's
    package {"__init__.py": source, ...}."""
    modules = {name[:-3]: (source, False) for name, source in frontend.items() if name.endswith(".py")}
    for name, source in package.items():
        modules["fxn" if name == "__init__.py" else "fxn." + name[:-3]] = (source, name == "__init__.py")
    return modules


def compile_module(name, source, is_package):
    """A module's code object, named as tracebacks show it (tracer_sandbox/precompile_python.py
    makes the same ones at build time)."""
    filename = "<fxn>/%s%s" % (name.replace(".", "/"), "/__init__.py" if is_package else ".py")
    return compile(source, filename, "exec", dont_inherit=True)


def install(frontend, package, compiled=b""):
    """frontend: {"fxn_types.py": source, ...}; package: python/fxn's {"__init__.py": source, ...};
    compiled: the marshalled code objects of both (tracer_sandbox/precompile_python.py), used when
    this interpreter's bytecode magic number is theirs."""
    SOURCES.update(frontend)
    modules = module_table(frontend, package)
    codes = {}
    if compiled:
        import marshal
        table = marshal.loads(compiled)
        if table.get("magic") == importlib.util.MAGIC_NUMBER:
            codes = table["modules"]
    sys.meta_path.insert(0, EmbeddedFinder(modules, codes))
