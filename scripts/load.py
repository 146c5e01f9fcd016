#!/usr/bin/env python3
"""Many readers on one shared index: N headless reader processes typing searches.

    python scripts/load.py --index-dir DIR [--readers 20] [--queries 4] [--json]

Each process runs the real reader (make_app, Textual's headless driver), types each
query a key at a time like a person searching as they type, and records every search's
latency (`took_ms` of the results it shows), its own peak memory, and any error. The
index is opened as it is (no corpus): readers never write, as on a shared server.
Prints per-process memory, p50/p95 latency over all searches, and the error count.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import resource
import statistics
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ["Okinawa", "Korea Utara", "aliansi keamanan", "negara:Korsel", "Mattis", "latihan militer",
           "date:2023", "pembicara:Austin"]


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    k = (len(values) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


async def _drive(index_dir: str, queries: list[str], seed: int) -> dict:
    sys.path.insert(0, str(ROOT))
    from tui.app import make_app

    app = make_app(None, index_dir, "en", blink=False, watch_seconds=0)
    latencies: list[float] = []
    async with app.run_test(size=(100, 30)) as pilot:
        deadline = time.time() + 60
        while not (app.backend.ready and getattr(app.screen, "results", None) is not None):
            if time.time() > deadline:
                raise RuntimeError("the reader never became ready")
            await pilot.pause(0.05)
        screen = app.screen
        for i in range(len(queries)):
            q = queries[(i + seed) % len(queries)]
            await pilot.press("slash", "ctrl+u")
            for ch in q:
                await pilot.press(ch if ch != " " else "space")
                await pilot.pause(0.03)  # a fast typist
            deadline = time.time() + 60
            while screen.results is None or screen.results.query != q:
                if time.time() > deadline:
                    raise RuntimeError(f"no results for {q!r}")
                await pilot.pause(0.02)
            latencies.extend(app.search_log)
            app.search_log.clear()
            await pilot.press("enter", "j", "k")
    return {"latencies": latencies}


def _reader(args: tuple[str, list[str], int]) -> dict:
    index_dir, queries, seed = args
    out = {"seed": seed, "error": None, "latencies": []}
    try:
        out.update(asyncio.run(_drive(index_dir, queries, seed)))
    except Exception as exc:  # noqa: BLE001 - reported, counted as an error
        out["error"] = f"{exc.__class__.__name__}: {exc}\n{traceback.format_exc(limit=3)}"
    out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index-dir", required=True)
    ap.add_argument("--readers", type=int, default=20)
    ap.add_argument("--queries", type=int, default=4, help="queries typed by each reader")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    queries = QUERIES[: max(1, args.queries)]
    ctx = multiprocessing.get_context("spawn")
    t0 = time.time()
    with ctx.Pool(args.readers) as pool:
        results = pool.map(_reader, [(args.index_dir, queries, i) for i in range(args.readers)])
    wall = time.time() - t0
    latencies = [x for r in results for x in r["latencies"]]
    rss = [r["rss_mb"] for r in results]
    errors = [r["error"] for r in results if r["error"]]
    summary = {
        "readers": args.readers,
        "searches": len(latencies),
        "query_p50_ms": round(_percentile(latencies, 0.5), 2),
        "query_p95_ms": round(_percentile(latencies, 0.95), 2),
        "rss_mb_mean": round(statistics.mean(rss), 1) if rss else 0.0,
        "rss_mb_max": round(max(rss), 1) if rss else 0.0,
        "errors": len(errors),
        "wall_s": round(wall, 1),
    }
    if args.json:
        print(json.dumps(summary))
    else:
        for k, v in summary.items():
            print(f"{k:>14}: {v}")
    for e in errors[:3]:
        print(e, file=sys.stderr)
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
