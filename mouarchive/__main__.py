"""`python -m mouarchive` and the `mouarchive` command both start here.

The command's modules are imported inside `run`, so a Ctrl-C while they load ends the
program with one line, as it does later, rather than with an import traceback.
"""

import sys


def run() -> None:
    try:
        from mouarchive.cli import main
        from mouarchive.cli.app import deaf_to_ctrl_c
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(130)
    try:
        main()
    finally:
        # The answer is given; what is left is Python's own ending (the workers' temporary
        # files, its threads), which a Ctrl-C would only decorate with a traceback.
        deaf_to_ctrl_c()


if __name__ == "__main__":  # worker processes import this module too; only run it as the program
    run()
