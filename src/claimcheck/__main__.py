"""``python -m claimcheck`` runs the command-line interface."""

from claimcheck.cli import main

main(prog_name="claimcheck")
