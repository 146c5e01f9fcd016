"""Run the reader from the command line."""

from __future__ import annotations

import argparse
import sys


def run_reader(args: argparse.Namespace) -> int:
    from .app import make_app

    app = make_app(args.corpus or None, args.index_dir, args.locale)
    try:
        app.run()
    except OSError as exc:
        # the terminal went away (a dropped SSH connection): nothing to restore
        print(f"alliance-reader: terminal lost: {exc.strerror or exc}", file=sys.stderr)
        return 0
    if app.backend.problem and app.return_code in (0, None):
        # the reader showed it on screen; say it again where the shell can see it
        print(f"alliance-reader: {app.backend.problem}", file=sys.stderr)
        return 2
    return app.return_code or 0
