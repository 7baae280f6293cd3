"""The standard-library modules fxn compiles, and how a live object of the user's module names
itself in them: `heappush` imported with `from heapq import heappush` is "heapq.heappush", as
`heapq.heappush` is.

Calls of such names go to `CallLowering.stdlib_call`, attribute reads to
`ExpressionLowering.stdlib_attribute`; each module's lowering is a mixin method named after it
(see WORKSPACE.md, "How to add ... a standard-library function").
"""

import bisect
import collections
import functools
import heapq
import itertools
import math
import operator
import random
import re
import string
import textwrap
import typing

# Module objects by the name a qualified name starts with; searched in this order when a live
# object is named (the first module holding it names it).
MODULES = {m.__name__: m for m in (math, heapq, bisect, collections, itertools, functools, operator, re, random,
                                   string, textwrap, typing)}


def is_stdlib_module(value):
    """Whether `value` is one of the standard-library modules fxn compiles."""
    return any(value is m for m in MODULES.values())


def qualified_name(value):
    """"module.name" for a function, class or constant object one of MODULES exports, else None."""
    name = getattr(value, "__name__", None)
    if not isinstance(name, str):
        return None
    for module_name, module in MODULES.items():
        if vars(module).get(name) is value:
            return "%s.%s" % (module_name, name)
    return None


def handler_name(prefix, qualified):
    """The mixin method that lowers `qualified` ("heapq.heappush" -> "call_heapq"), per module."""
    return "%s_%s" % (prefix, qualified.split(".")[0])
