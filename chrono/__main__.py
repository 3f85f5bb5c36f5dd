"""``python -m chrono`` runs the command line."""

import sys

from chrono.cli import main

sys.exit(main())
