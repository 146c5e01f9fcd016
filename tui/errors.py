"""The CLI's user-facing error (one line, exit status 2), in a module of its own so that
`python -m tui.cli` and the commands it imports share one class."""


class CliError(Exception):
    """A user error: printed as one line, exit status 2."""


def damaged_line(exc) -> str:
    """An IndexDamaged as one line that says who can repair it, and how."""
    from index.store import repair_command
    from index.wording import REPAIR_WITH

    return REPAIR_WITH.format(error=exc, command=repair_command(exc.index_dir))
