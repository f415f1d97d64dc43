"""Entry point of the standalone app's window executable (`handout-builder`).

`--version` answers without starting Qt, so an IT admin can check a copy from
a script; anything else starts the desktop app (a file name opens that file).
On Linux, Qt needs a few system libraries the app cannot carry (OpenGL, EGL):
if one is missing when Qt loads, say which in one line instead of a traceback.
"""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] in (["--version"], ["-V"]):
        from handout.cli_hints import version_line
        print(version_line("handout-builder"))
        sys.exit(0)
    from handout.gui.app import main
    try:
        code = main()
    except ImportError as error:
        # Qt's libraries link to a few the app cannot carry (OpenGL, EGL).
        if "cannot open shared object file" not in str(error):
            raise
        missing = str(error).split(":")[0]
        print(f"handout-builder: the window cannot start: the system library {missing} is "
              "missing. On Debian or Ubuntu: sudo apt-get install libgl1 libegl1 "
              "fontconfig fonts-dejavu-core. The command line (handout) works without "
              "it.", file=sys.stderr)
        code = 1
    sys.exit(code)
