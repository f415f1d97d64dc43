"""Starts the Handout Builder desktop app."""

import sys

from handout.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
