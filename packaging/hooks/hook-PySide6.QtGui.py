"""PyInstaller hook for PySide6.QtGui: PyInstaller's own, less three plugins no clinic needs.

- The GTK 3 theme (Linux) links to GTK 3, which PyInstaller does not bundle
  (the build warned "could not resolve libgtk-3.so.0"), yet it drags in cairo,
  pango and gdk-pixbuf (8 MB); beside the desktop's own GTK those could clash.
  Without it Qt uses its own dialogs and style.
- The VNC platform and the TUIO touch input (network touch tables) are the
  only users of QtNetwork (2 MB more).

A hook in the spec's `hookspath` takes the place of the built-in one of the same name.
"""

import os

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

LEFT_OUT = {"qgtk3", "qvnc", "qtuiotouchplugin"}


def _plugin(path: str) -> str:
    """`.../libqvnc.so` or `...\\qvnc.dll` -> `qvnc`."""
    name = os.path.basename(path).split(".")[0]
    return name[3:] if name.startswith("lib") else name


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [entry for entry in binaries if _plugin(entry[0]) not in LEFT_OUT]
