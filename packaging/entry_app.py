"""Entry point of the standalone app's window executable (`handout-builder`).

`--version` answers without starting Qt, so an IT admin can check a copy from
a script; anything else starts the desktop app (a file name opens that file).
On Linux, Qt needs a few system libraries the app cannot carry (OpenGL, EGL):
if one is missing, say which in one line instead of a traceback.
"""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] in (["--version"], ["-V"]):
        from handout.cli import version_line
        print(version_line("handout-builder"))
        sys.exit(0)
    try:
        import PySide6.QtWidgets  # noqa: F401 (loads Qt's libraries and theirs)
    except ImportError as error:
        missing = str(error).split(":")[0]
        print(f"handout-builder: the window cannot start: the system library {missing} is "
              "missing. On Debian or Ubuntu: sudo apt-get install libgl1 libegl1 "
              "fontconfig fonts-dejavu-core. The command line (handout) works without "
              "it.", file=sys.stderr)
        sys.exit(1)
    from handout.gui.app import main
    sys.exit(main())
