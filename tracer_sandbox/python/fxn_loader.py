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

    def __init__(self, modules):
        self.modules = modules

    def find_spec(self, name, path=None, target=None):
        if name not in self.modules:
            return None
        return importlib.util.spec_from_loader(name, self, is_package=self.modules[name][1])

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        source, is_package = self.modules[module.__name__]
        filename = "<fxn>/%s%s" % (module.__name__.replace(".", "/"), "/__init__.py" if is_package else ".py")
        exec(compile(source, filename, "exec", dont_inherit=True), module.__dict__)


def install(frontend, package):
    """frontend: {"fxn_types.py": source, ...}; package: python/fxn's {"__init__.py": source, ...}."""
    SOURCES.update(frontend)
    modules = {name[:-3]: (source, False) for name, source in frontend.items() if name.endswith(".py")}
    for name, source in package.items():
        modules["fxn" if name == "__init__.py" else "fxn." + name[:-3]] = (source, name == "__init__.py")
    sys.meta_path.insert(0, EmbeddedFinder(modules))
