"""PyInstaller hook for PySide6.QtGui: PyInstaller's own, less the GTK 3 theme plugin.

That Linux plugin links to GTK 3, which PyInstaller does not bundle (the build
warned "could not resolve libgtk-3.so.0"), yet it drags in cairo, pango and
gdk-pixbuf (8 MB); loaded beside the desktop's own GTK those could clash. Left
out, Qt uses its own dialogs and style. A hook in the spec's `hookspath` takes
the place of the built-in one of the same name.
"""

import os

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [entry for entry in binaries if os.path.basename(entry[0]) != "libqgtk3.so"]
