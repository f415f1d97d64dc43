"""Measures the two numbers the therapist feels: launch to window, and edit to preview.

    QT_QPA_PLATFORM=offscreen python -m handout.gui.measure [launches] [edits]

Launch: `main.py` run `launches` times (default 5) in a subprocess with
`HANDOUT_MEASURE_STARTUP=1`; the app reports the time from its process start
to the first show event. Edit to preview: the gluteus medius handout open in
a real window; each edit changes the reps of an exercise and the time until
the new PDF is in the preview is taken (`PreviewPane.last_latency`).
Prints the medians.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def launch_times(count: int) -> list[float]:
    times = []
    for _ in range(count):
        with tempfile.TemporaryDirectory() as home:
            env = dict(os.environ, HANDOUT_HOME=home, HANDOUT_MEASURE_STARTUP="1")
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
            out = subprocess.run([sys.executable, str(REPO / "main.py")], env=env, cwd=REPO,
                                 capture_output=True, text=True, timeout=60).stdout
            times += [float(line.split("=", 1)[1]) for line in out.splitlines()
                      if line.startswith("startup_seconds=")]
    return times


def edit_latencies(count: int) -> list[float]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    with tempfile.TemporaryDirectory() as home:
        os.environ["HANDOUT_HOME"] = home
        app = QApplication.instance() or QApplication([])  # noqa: F841
        from ..library import ExerciseLibrary, TemplateLibrary
        from .commands import SetItemField
        from .main_window import MainWindow

        exercises = ExerciseLibrary()
        templates = TemplateLibrary(exercises)
        window = MainWindow(exercises, templates)
        window.show()

        def wait_for_refresh() -> None:
            """Until the preview shows the handout as it is now."""
            loop = QEventLoop()

            def check() -> None:
                if not window.preview.busy:
                    loop.quit()

            window.preview.refreshed.connect(check)
            QTimer.singleShot(10_000, loop.quit)
            loop.exec()
            window.preview.refreshed.disconnect(check)

        wait_for_refresh()  # the first render, started when the window is shown
        window.start_from_template(templates.get("gluteus-medius-pain"))
        wait_for_refresh()
        latencies = []
        for number in range(count):
            row = number % len(window.document.handout.items)
            current = window.document.handout.items[row].effective_dose.reps
            reps = (int(current.high) if current is not None and current.high else 10) + 1
            window.document.undo_stack.push(SetItemField(window.document, row, "dose.reps",
                                                         reps))
            wait_for_refresh()
            latencies.append(window.preview.last_latency)
        window.document.mark_saved()
        window.close()
        return latencies


def main(argv: list[str]) -> int:
    launches = int(argv[0]) if argv else 5
    edits = int(argv[1]) if len(argv) > 1 else 10
    times = launch_times(launches)
    print(f"launch to window shown: median {statistics.median(times) * 1000:.0f} ms "
          f"(of {len(times)}: {', '.join(f'{t * 1000:.0f}' for t in times)})")
    latencies = edit_latencies(edits)
    print(f"edit to preview refreshed: median {statistics.median(latencies) * 1000:.0f} ms "
          f"(of {len(latencies)}; max {max(latencies) * 1000:.0f})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
