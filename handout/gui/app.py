"""Starts the desktop app: `main(argv=None) -> int`.

On Linux it first checks that the system libraries Qt's window needs are
installed (`platform_check`), and says which are missing instead of letting
Qt abort. Then it creates the QApplication, installs the crash handler, loads the clinic
profile and the libraries, shows the window, then (once it is on screen)
reports startup problems and offers to restore unsaved work.

With `HANDOUT_MEASURE_STARTUP=1` it prints the time from process start to the
first show event and quits (see `handout.gui.measure`).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

_IMPORTED_AT = time.perf_counter()


def process_age() -> float:
    """Seconds since this process started (Linux: from /proc; elsewhere: since import)."""
    try:
        with open("/proc/self/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
        start_ticks = int(fields[19])
        with open("/proc/uptime", "rb") as uptime:
            up = float(uptime.read().split()[0])
        return up - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _IMPORTED_AT


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    # Qt aborts the process, naming the wrong package, when a system library
    # its window needs is missing (Linux): find out first and say which.
    from .platform_check import EXIT_CODE, startup_problem
    problem = startup_problem()
    if problem:
        print(problem, file=sys.stderr, flush=True)
        return EXIT_CODE
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Handout Builder")
    app.setApplicationDisplayName("Handout Builder")
    app.setOrganizationName("Handout Builder")
    app.setDesktopFileName("handout-builder")

    from . import crash
    reporter = crash.install(app)  # noqa: F841 (kept alive by its parent)

    from ..collection import Collection
    from . import clinic_profile
    from .main_window import MainWindow, app_icon

    app.setWindowIcon(app_icon())
    # The one owner of every folder: it tidies up after a crash, then loads the libraries.
    collection = Collection()
    # The interface language (menus, dialogs; never what prints), before any widget.
    from . import interface_language
    interface_language.install_chosen(collection, app)
    clinic, clinic_error = clinic_profile.load(collection)
    window = MainWindow(collection, clinic=clinic,
                        startup_problems=[clinic_error] if clinic_error else [])

    measuring = os.environ.get("HANDOUT_MEASURE_STARTUP") == "1"
    if measuring:
        def report() -> None:
            print(f"startup_seconds={process_age():.4f}", flush=True)
            QTimer.singleShot(0, app.quit)
        window.first_shown.connect(report)
    else:
        def after_show() -> None:
            window.show_startup_problems()
            window.offer_recovery()
            files = [a for a in argv[1:] if not a.startswith("-")]
            if files:
                window.open_path(Path(files[0]))
        QTimer.singleShot(0, after_show)

    window.show()
    code = app.exec()
    if measuring:
        window.autosave.discard()
        window.preview.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main())
