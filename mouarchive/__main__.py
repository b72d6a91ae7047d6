"""`python -m mouarchive` is the same as the `mouarchive` command."""

from mouarchive.cli import main

main()
