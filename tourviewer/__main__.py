"""`python -m tourviewer`: the same as the `tourviewer` command."""

import sys

from tourviewer.cli import main

if __name__ == "__main__":
    sys.exit(main())
