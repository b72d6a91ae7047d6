"""`python -m mouarchive` and the `mouarchive` command both start here.

The command's modules are imported inside `run`, so a Ctrl-C while they load ends the
program with one line, as it does later, rather than with an import traceback.
"""

import sys


def run() -> None:
    try:
        from mouarchive.cli import main
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(130)
    main()


if __name__ == "__main__":  # worker processes import this module too; only run it as the program
    run()
