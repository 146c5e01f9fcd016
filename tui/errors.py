"""The CLI's user-facing error (one line, exit status 2), in a module of its own so that
`python -m tui.cli` and the commands it imports share one class."""


class CliError(Exception):
    """A user error: printed as one line, exit status 2."""
