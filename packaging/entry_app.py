"""Entry point of the standalone app's window executable (`handout-builder`).

`--version` answers without starting Qt, so an IT admin can check a copy from
a script; anything else starts the desktop app (a file name opens that file).
"""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] in (["--version"], ["-V"]):
        from handout.cli import version_line
        print(version_line("handout-builder"))
        sys.exit(0)
    from handout.gui.app import main
    sys.exit(main())
