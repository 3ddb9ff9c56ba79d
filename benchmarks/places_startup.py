"""Start-up cost of the places gazetteer, next to loading the spaCy pipeline it runs beside.

    python benchmarks/places_startup.py [--rounds N] [--cold]

Each round runs in a fresh Python process, so nothing is cached in memory: it times ``load_model()`` (the spaCy
pipeline the language stage loads, ``import spacy`` included) and ``load_gazetteer()`` plus a first lookup (opening
the prebuilt index, its modules' imports included). The
index is built first if this machine has none; ``--cold`` also times that one-off build, into a temporary folder,
since a build happens once per machine and data version, not per run. Prints the medians and the ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

_PROBE = r"""
import json, sys, time
import dateline  # the package itself is imported by every run, whatever its stages: not counted on either side
what = sys.argv[1]
start = time.perf_counter()
if what == "spacy":
    from dateline.language import load_model
    load_model()
elif what == "gazetteer":
    from dateline.places.index import load_gazetteer
    load_gazetteer().lookup("Sochi")
elif what == "build":
    from pathlib import Path
    from dateline.places.index import build_index
    from dateline.places.sources import all_entries
    build_index(Path(sys.argv[2]) / "gazetteer.sqlite", all_entries())
print(json.dumps(time.perf_counter() - start))
"""


def probe(what: str, *extra: str) -> float:
    """Seconds one fresh process takes to do ``what``: its own imports included, interpreter start-up and the import
    of the dateline package excluded."""
    result = subprocess.run([sys.executable, "-c", _PROBE, what, *extra], capture_output=True, text=True, check=True)
    return float(json.loads(result.stdout.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--cold", action="store_true", help="also time building the index from the packaged data")
    args = parser.parse_args(argv)

    probe("gazetteer")  # builds the index on a machine that has none, so the rounds time opening it
    spacy_times = [probe("spacy") for _ in range(args.rounds)]
    gazetteer_times = [probe("gazetteer") for _ in range(args.rounds)]
    spacy_s, gazetteer_s = statistics.median(spacy_times), statistics.median(gazetteer_times)
    print(f"spaCy pipeline load:       {spacy_s * 1000:8.1f} ms  (median of {args.rounds} fresh processes)")
    print(f"gazetteer open + lookup:   {gazetteer_s * 1000:8.1f} ms  (median of {args.rounds} fresh processes)")
    print(f"ratio gazetteer / spaCy:   {gazetteer_s / spacy_s:8.3f}")
    if args.cold:
        with tempfile.TemporaryDirectory() as folder:
            build_s = probe("build", folder)
            size = os.path.getsize(os.path.join(folder, "gazetteer.sqlite"))
        print(f"one-off index build:       {build_s:8.1f} s   ({size / 1e6:.1f} MB on disk)")


if __name__ == "__main__":
    main()
