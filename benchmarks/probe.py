"""Runs the real app (`handout.gui.app.main`) in a subprocess with a scripted observer.

    python -m benchmarks.probe open FILE    launch with FILE open; report when its preview shows
    python -m benchmarks.probe edit FILE N  then make N edits; time each edit to its preview
    python -m benchmarks.probe memory FILE  open FILE, render, paint every page; report peak RSS
    python -m benchmarks.probe visible FILE launch with FILE open; report when its first page
                                            is painted in the preview (pixels, not a signal)
    python -m benchmarks.probe typing FILE N  then retype the patient's name N times; time each
                                            edit until the new name is painted in the preview
    python -m benchmarks.probe search - JSON [REPEATS]
        once shown, type each text of the JSON list into the library's search box;
        time each until the list is painted

The window is 1400 x 900, as on a clinic PC's screen. The observer is attached by wrapping `MainWindow` before `main()` builds it:
nothing in the app is changed. It prints one `probe=<json>` line and ends the
process at once (no close prompts, no recovery file left to offer next time).
The parent measures wall time from spawning to that line arriving.

`visible` and `typing` judge the preview by what it paints, whatever widget
draws it: they grab the preview's viewport every few milliseconds once the
preview says it has a new PDF, and count dark (text) pixels. A page is
visible when the grab holds at least `DARK_PIXELS` of them; an edit is on
screen when the grab differs from the one before the edit and has at least
80% of its dark pixels (so a blank page waiting to be drawn does not count).
"""

from __future__ import annotations

import json
import os
import sys
import time


def _peak_rss_mb() -> float | None:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


# A luminance below 96 is text or a figure's outline, never the background or
# a blank page; a page of text has tens of thousands such pixels.
DARK_PIXELS = 2000
_DARK = bytes(1 if value < 96 else 0 for value in range(256))
POLL_MS = 5


def _finish(result: dict) -> None:
    result["peak_rss_mb"] = _peak_rss_mb()
    print("probe=" + json.dumps(result), flush=True)
    sys.stdout.flush()
    os._exit(0)


def main(argv: list[str]) -> int:
    mode, path = argv[0], argv[1]
    edits = int(argv[2]) if len(argv) > 2 and mode in ("edit", "typing") else 0
    keystrokes = json.loads(argv[2]) if mode == "search" else []
    repeats = int(argv[3]) if mode == "search" and len(argv) > 3 else 3

    from PySide6.QtCore import QTimer

    from handout.gui import app, main_window
    from handout.gui.commands import SetItemField

    base = main_window.MainWindow

    class ObservedWindow(base):  # type: ignore[misc, valid-type]
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            # The size of the window on a clinic PC (the offscreen screen is only 800 x 600).
            self.resize(1400, 900)
            self._probe_opened_at: float | None = None
            self._probe_edit_started: float | None = None
            self._probe_latencies: list[float] = []
            self._probe_render_seconds: list[float] = []
            self.preview.refreshed.connect(self._probe_refreshed)
            self._probe_shown_at: float | None = None
            self.first_shown.connect(self._probe_shown)
            if mode == "search":
                self.first_shown.connect(lambda: QTimer.singleShot(50, self._probe_search))
            self.preview.renderer.rendered.connect(
                lambda _data, seconds: self._probe_render_seconds.append(seconds))
            watchdog = QTimer(self)
            watchdog.setSingleShot(True)
            watchdog.timeout.connect(lambda: _finish({"error": "timed out after 45 s",
                                                      "mode": mode}))
            watchdog.start(45_000)
            self._probe_watchdog = watchdog

        def _probe_shown(self) -> None:
            self._probe_shown_at = app.process_age()
            self._probe_shown_cpu = time.process_time()

        def _probe_ready(self) -> bool:
            """The opened file is in the preview and nothing newer is on its way."""
            return (self.document.path is not None and bool(self.document.handout.items)
                    and not self.preview.busy)

        def _probe_refreshed(self, _generation: int) -> None:
            if self._probe_opened_at is None:
                if not self._probe_ready():
                    return
                self._probe_opened_at = app.process_age()
                if mode == "open":
                    # Finish once the other slots of this render have run (its time).
                    result = {"mode": mode, "process_age": self._probe_opened_at,
                              "shown_at": self._probe_shown_at,
                              # CPU seconds of the whole process (all threads) so far:
                              # what the launch costs on an idle machine.
                              "shown_cpu": getattr(self, "_probe_shown_cpu", None),
                              "cpu": time.process_time(),
                              "renders": self._probe_render_seconds,
                              "pages": self.preview.page_count()}
                    QTimer.singleShot(0, lambda: _finish(result))
                elif mode in ("visible", "typing"):
                    self._probe_poll(self._probe_page_visible)
                elif mode == "memory":
                    # Paint the window (and the preview's pages) as a screen would.
                    self.grab()
                    QTimer.singleShot(200, self._probe_paint_and_finish)
                else:
                    QTimer.singleShot(100, self._probe_edit)
                return
            if mode == "typing":
                if self._probe_edit_started is not None and not self.preview.busy \
                        and self._probe_refreshed_after is None:
                    self._probe_refreshed_after = time.perf_counter() - self._probe_edit_started
                    self._probe_poll(self._probe_typed_visible)
                return
            if self._probe_edit_started is not None and not self.preview.busy:
                self._probe_latencies.append(time.perf_counter() - self._probe_edit_started)
                self._probe_edit_started = None
                if len(self._probe_latencies) >= edits:
                    from handout.gui import preview
                    result = {"mode": mode, "latencies": self._probe_latencies,
                              "debounce_ms": getattr(preview, "DEBOUNCE_MS", None),
                              "items": len(self.document.handout.items),
                              "render_seconds": self._probe_render_seconds}
                    QTimer.singleShot(0, lambda: (
                        result.update(render_seconds=self._probe_render_seconds[-edits:]),
                        _finish(result)))
                else:
                    QTimer.singleShot(100, self._probe_edit)

        # ------------------------------------------------ what the preview paints

        def _probe_picture(self) -> tuple[int, int]:
            """(dark pixels, a hash of the pixels) of the preview's viewport, painted now."""
            from PySide6.QtGui import QImage

            image = self.preview.view.viewport().grab().toImage().convertToFormat(
                QImage.Format.Format_Grayscale8)
            pixels = bytes(image.constBits())
            return pixels.translate(_DARK).count(1), hash(pixels)

        def _probe_poll(self, check) -> None:
            """Call `check(picture)` every POLL_MS until it returns True."""
            timer = QTimer(self)
            timer.setInterval(POLL_MS)

            def tick() -> None:
                if check(self._probe_picture()):
                    timer.stop()
                    timer.deleteLater()
            timer.timeout.connect(tick)
            timer.start()
            QTimer.singleShot(0, tick)

        def _probe_page_visible(self, picture: tuple[int, int]) -> bool:
            if picture[0] < DARK_PIXELS:
                return False
            visible_at = app.process_age()
            if mode == "visible":
                result = {"mode": mode, "first_page_visible": visible_at,
                          "cpu": time.process_time(),
                          "refreshed_at": self._probe_opened_at,
                          "shown_at": self._probe_shown_at,
                          "items": len(self.document.handout.items),
                          "pages": self.preview.page_count()}
                QTimer.singleShot(0, lambda: _finish(result))
            else:
                self._probe_typed: list[dict] = []
                QTimer.singleShot(150, self._probe_type)
            return True

        def _probe_type(self) -> None:
            """Retype the patient's name as the handout editor does (one command)."""
            from handout.gui.commands import SetHandoutField

            self._probe_before = self._probe_picture()
            self._probe_refreshed_after = None
            name = f"Patient {len(self._probe_typed) + 2}"
            self._probe_edit_started = time.perf_counter()
            self._probe_edit_cpu = time.process_time()
            self.document.undo_stack.push(SetHandoutField(self.document, "patient_name", name))

        def _probe_typed_visible(self, picture: tuple[int, int]) -> bool:
            dark, digest = picture
            before_dark, before_digest = self._probe_before
            if digest == before_digest or dark < 0.8 * before_dark:
                return False
            self._probe_typed.append({
                "refreshed": self._probe_refreshed_after,
                "painted": time.perf_counter() - self._probe_edit_started,
                # CPU seconds of the whole app (every thread): comparable on a busy machine.
                "cpu": time.process_time() - self._probe_edit_cpu})
            self._probe_edit_started = None
            if len(self._probe_typed) >= edits:
                from handout.gui import preview
                result = {"mode": mode, "edits": self._probe_typed,
                          "debounce_ms": getattr(preview, "DEBOUNCE_MS", None),
                          "items": len(self.document.handout.items),
                          "pages": self.preview.page_count()}
                QTimer.singleShot(0, lambda: _finish(result))
            else:
                QTimer.singleShot(150, self._probe_type)
            return True

        def _probe_paint_and_finish(self) -> None:
            """Scroll through every page of the preview, painting each, as a reader would."""
            from PySide6.QtWidgets import QApplication

            for page in range(self.preview.page_count()):
                try:
                    self.preview.go_to_page(page)
                except AttributeError:  # an older preview without page navigation
                    break
                QApplication.processEvents()
                # A preview that draws pages in the background: wait for them (5 s at most).
                waited = time.perf_counter()
                while getattr(self.preview.view, "drawing", False) \
                        and time.perf_counter() - waited < 5:
                    QApplication.processEvents()
                    time.sleep(0.005)
                QApplication.processEvents()
                self.grab()
            _finish({"mode": mode, "process_age": app.process_age(),
                     "items": len(self.document.handout.items),
                     "pages": self.preview.page_count()})

        def _probe_search(self) -> None:
            """Each keystroke as the search box gets it, until the list has been painted."""
            from PySide6.QtWidgets import QApplication

            pane = self.library_pane
            times: dict[str, list[float]] = {}
            for _ in range(repeats):
                for text in keystrokes:
                    if len(text) == 1:  # a new query: start from an empty box, untimed
                        pane.search.clear()
                        QApplication.processEvents()
                    started = time.perf_counter()
                    pane.search.setText(text)  # textChanged: the pane searches and refills
                    pane.list.repaint()  # paint the visible rows (names, thumbnails) now
                    times.setdefault(text, []).append(time.perf_counter() - started)
            _finish({"mode": mode, "exercises": len(self.exercises),
                     "times": {text: sorted(t)[len(t) // 2] for text, t in times.items()}})

        def _probe_edit(self) -> None:
            """One edit as the item editor makes it: change the reps of an exercise."""
            count = len(self.document.handout.items)
            row = len(self._probe_latencies) % count
            current = self.document.handout.items[row].effective_dose.reps
            reps = (int(current.high) if current is not None and current.high else 10) + 1
            self._probe_edit_started = time.perf_counter()
            self.document.undo_stack.push(SetItemField(self.document, row, "dose.reps", reps))

    main_window.MainWindow = ObservedWindow
    return app.main(["handout-builder"] + ([path] if path != "-" else []))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
