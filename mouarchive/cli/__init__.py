"""The `mouarchive` command: option parsing and exit codes only, one module per command family.

Each command parses its options, calls one function, and hands the result to `render`.
The ingest pipeline (decoders, cleaners, extractors) is imported only by the commands that
write: a search should not pay for loading it.
Every error a user can cause ends as one line on stderr and a non-zero exit code;
`--debug` shows the traceback.

- `app`: the command group, what every command shares, and `main` (errors → exit codes)
- `options`: options and their parsing shared by several commands
- `adding`: commands that write the archive (`add`, `reextract`)
- `reading`: `info`, `search`, `show`
- `listing`: `timeline`, `partners`, `stats`, `export`
- `curating`: `fix`, `reject`, `merge`, `split`, `remove`, `review`, `corrections`
- `recording`: `record`
"""

from mouarchive.cli import adding, curating, listing, reading, recording
from mouarchive.cli.app import cli, main

__all__ = ["adding", "cli", "curating", "listing", "main", "reading", "recording"]
