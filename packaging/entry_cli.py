"""Entry point of the standalone app's command-line executable (`handout`)."""

import sys

if __name__ == "__main__":
    from handout.cli import main
    sys.exit(main())
