"""Preview speed, this checkout against another one, launch by launch in turn.

    python -m benchmarks.compare_preview OTHER_CHECKOUT OTHER_PYTHON [ROUNDS]

Runs the preview probes (`benchmarks.probe visible` and `typing`, 10- and
50-exercise handouts) of both checkouts alternately, A B A B..., each with its
own interpreter (so each has its own Qt), and prints medians of the wall
times and of the app's CPU time. Taking turns puts both under the same load
when other work shares the machine; the CPU times compare even then. The other
checkout must have the same probes (`benchmarks/probe.py` of this one).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from . import data
from .common import REPO

CASES = (("visible", 10, None), ("typing", 10, 6), ("visible", 50, None), ("typing", 50, 4))


def _handouts(folder: Path) -> dict[int, Path]:
    from handout import storage
    from handout.library import ExerciseLibrary

    paths = {}
    for count in (10, 50):
        paths[count] = folder / f"patient-{count}.json"
        storage.save_handout(data.handout_from(ExerciseLibrary().all(), count), paths[count])
    return paths


def _probe(checkout: Path, python: str, mode: str, path: Path, edits: int | None,
           scratch: Path) -> dict:
    home = Path(tempfile.mkdtemp(dir=scratch))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HANDOUT_HOME=str(home),
               PYTHONPATH=str(checkout))
    env.pop("HANDOUT_CLINIC_DIR", None)
    args = [python, "-m", "benchmarks.probe", mode, str(path)] + ([str(edits)] if edits else [])
    result = subprocess.run(args, cwd=checkout, env=env, capture_output=True, text=True,
                            timeout=120)
    for line in result.stdout.splitlines():
        if line.startswith("probe="):
            payload = json.loads(line[len("probe="):])
            if "error" not in payload:
                return payload
    raise RuntimeError(f"{checkout}: {mode} did not report: {result.stderr[-500:]}")


def main(argv: list[str]) -> int:
    other, other_python = Path(argv[0]).resolve(), argv[1]
    rounds = int(argv[2]) if len(argv) > 2 else 3
    sides = {"other": (other, other_python), "this": (REPO, sys.executable)}
    results: dict[tuple[str, str, int], list[tuple[float, float]]] = {}
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="handout-compare-") as folder:
        scratch = Path(folder)
        os.environ["HANDOUT_HOME"] = str(scratch / "home")
        paths = _handouts(scratch)
        for number in range(rounds + 1):  # the first round warms the disk cache
            for side, (checkout, python) in sides.items():
                for mode, count, edits in CASES:
                    try:
                        payload = _probe(checkout, python, mode, paths[count], edits, scratch)
                    except (RuntimeError, subprocess.TimeoutExpired) as error:
                        failures.append(f"{side} {mode} {count}: {str(error)[:200]}")
                        continue
                    if number == 0:
                        continue
                    if mode == "visible":
                        values = [(payload["first_page_visible"], payload.get("cpu", 0.0))]
                    else:
                        values = [(edit["painted"], edit.get("cpu", 0.0))
                                  for edit in payload["edits"]]
                    results.setdefault((side, mode, count), []).extend(values)
            print(f"round {number} done", file=sys.stderr, flush=True)
    print("| measure | exercises | other: wall / CPU (s) | this: wall / CPU (s) |")
    print("| --- | --- | --- | --- |")
    names = {"visible": "launch to first page painted", "typing": "edit to new text painted"}
    for mode, count, _ in CASES:
        cells = []
        for side in sides:
            values = results.get((side, mode, count))
            if not values:
                cells.append("n/a")
                continue
            cells.append(f"{statistics.median(v[0] for v in values):.3f} / "
                         f"{statistics.median(v[1] for v in values):.3f} (n={len(values)})")
        print(f"| {names[mode]} | {count} | {cells[0]} | {cells[1]} |")
    for failure in failures:
        print("failed:", failure)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
