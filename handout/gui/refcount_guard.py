"""Work-around: PySide6 6.12 on Python 3.11 loses references to None and True.

Every Qt call that returns nothing drops one reference to `None`, and every
`Signal.emit()` drops one to `True`. After some thousands of edits (about
seven Qt calls per keystroke) the count reaches zero and the interpreter
aborts ("none_dealloc" / "bool_dealloc"): the therapist's app would vanish
mid-consultation. Python 3.12 made these objects immortal; on 3.11 we give
them a reference count so large it cannot run out, once, at import.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40  # ~10^12 lost references: centuries of typing
_installed = False


def needed() -> bool:
    # 3.12+: immortal objects. Debug builds lay PyObject out differently; leave them.
    return sys.version_info < (3, 12) and not hasattr(sys, "gettotalrefcount") \
        and sys.implementation.name == "cpython"


def install() -> bool:
    """Make None, True and False impossible to free; True if anything was done."""
    global _installed
    if _installed or not needed():
        return False
    for obj in (None, True, False):
        # ob_refcnt is the first field of every object in a release build of CPython.
        ctypes.c_ssize_t.from_address(id(obj)).value += _MARGIN
    _installed = True
    return True
