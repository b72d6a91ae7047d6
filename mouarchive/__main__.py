"""`python -m mouarchive` is the same as the `mouarchive` command."""

from mouarchive.cli import main

if __name__ == "__main__":  # worker processes import this module too; only run it as the program
    main()
