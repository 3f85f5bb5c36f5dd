"""``python -m chrono`` runs the command line."""

from chrono.cli import run

run()
