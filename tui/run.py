"""Run the reader from the command line."""

from __future__ import annotations

import argparse
import signal


def run_reader(args: argparse.Namespace) -> int:
    from .app import make_app

    app = make_app(args.corpus or None, args.index_dir, args.locale)
    # a dropped SSH connection (SIGHUP) ends the reader cleanly, like quitting
    signal.signal(signal.SIGHUP, lambda *_: app.call_from_thread(app.exit) if app.is_running else None)
    app.run()
    return app.return_code or 0
