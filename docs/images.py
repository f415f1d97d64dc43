"""Regenerates every picture in docs/ from the bundled library: `python -m docs.images`.

    python -m docs.images [--out FOLDER]    (from the repository root; a few seconds)

Writes, from the bundled "Gluteus medius pain" template and the demo clinic
profile in `docs/demo/clinic.json` (a made-up clinic, its logo drawn here):

- docs/demo/riverside-logo.png   the demo clinic's logo
- docs/layout-standard.png, layout-compact.png, layout-large-print.png
                                 the handout's first page of exercises in each
                                 layout, at 70 dpi
- docs/diary.png                 the 4-week exercise diary page, at 70 dpi
- docs/screenshot-main-window.png
                                 the main window (1400 x 900, drawn offscreen)

It goes the way a user does, so it keeps working while the code behind
changes: the clinic profile is put in a fresh, temporary user data folder (your
own settings, exercises and templates are neither used nor touched), the
handouts are exported with `handout export`, and the window is the app's own
(`handout.gui.app.main`) opening a handout file. A fixed patient, date and
therapist, and Qt's offscreen platform, give the same pictures every time.
Pages are rasterised with pypdfium2 when it is installed, else with poppler's
`pdftoppm`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import math
import os
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
DEMO = DOCS / "demo"
TEMPLATE = "gluteus-medius-pain"
TEMPLATE_NAME = "Gluteus medius pain"
EXERCISES_HEADING = "Your exercises"
PATIENT = "Zoe Smith"
DATE = dt.date(2026, 11, 23)
DPI = 70
WINDOW = (1400, 900)


# ------------------------------------------------------------------ the demo clinic

def draw_logo(path: Path, size: int = 180) -> None:
    """The demo clinic's mark: a figure stretching above a river, in a blue disc."""
    from PIL import Image, ImageDraw

    scale = 4  # drawn large, then scaled down: smooth edges
    blue, pale, white = (31, 95, 139, 255), (150, 200, 225, 255), (255, 255, 255, 255)
    image = Image.new("RGBA", (size * scale, size * scale), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    unit = size * scale / 180  # the drawing is laid out on a 180 x 180 grid

    def at(x: float, y: float) -> tuple[float, float]:
        return x * unit, y * unit

    def stroke(points: list[tuple[float, float]], width: float) -> None:
        corners = [at(x, y) for x, y in points]
        draw.line(corners, fill=white, width=round(width * unit))
        radius = width * unit / 2
        for x, y in corners:  # round ends and joints
            draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=white)

    def wave(y: float, height: float, width: float, colour, phase: float,
             left: float, right: float) -> None:
        steps = 120
        middle = [(left + i * (right - left) / steps,
                   y + height * math.sin(phase + i / steps * 3 * math.pi))
                  for i in range(steps + 1)]
        top = [at(x, v - width / 2) for x, v in middle]
        bottom = [at(x, v + width / 2) for x, v in middle]
        draw.polygon(top + bottom[::-1], fill=colour)
        radius = width * unit / 2
        for x, v in (middle[0], middle[-1]):
            cx, cy = at(x, v)
            draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], fill=colour)

    draw.ellipse([*at(4, 4), *at(176, 176)], fill=blue)
    wave(118, 6, 9, white, 0.0, 28, 152)
    wave(140, 5, 8, pale, 0.8, 40, 140)
    draw.ellipse([*at(80, 24), *at(100, 44)], fill=white)   # head
    stroke([(90, 50), (90, 80)], 10)                         # body
    stroke([(66, 30), (78, 52), (90, 56)], 8)                # arms up
    stroke([(114, 30), (102, 52), (90, 56)], 8)
    stroke([(90, 80), (78, 102)], 9)                         # legs
    stroke([(90, 80), (102, 102)], 9)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.resize((size, size), Image.Resampling.LANCZOS).save(path, optimize=True)


def demo_clinic(out: Path, home: Path) -> dict:
    """The demo clinic profile, made the user's: its logo drawn into `out`/demo."""
    document = json.loads((DEMO / "clinic.json").read_text(encoding="utf-8"))
    clinic = document["clinic"]
    logo = out / "demo" / clinic["logo_path"]
    draw_logo(logo)
    clinic["logo_path"] = str(logo)
    (home / "clinic.json").write_text(json.dumps(document, ensure_ascii=False, indent=2),
                                      encoding="utf-8")
    return clinic


def demo_handout_file(home: Path, clinic: dict) -> Path:
    """The template as one patient's handout file, as the app saves it."""
    template = json.loads((ROOT / "assets" / "templates" / f"{TEMPLATE}.json")
                          .read_text(encoding="utf-8"))["template"]
    # Everything but what only a template has: the programme, as a new handout gets it.
    body = {key: value for key, value in template.items()
            if key not in ("id", "name", "description", "tags")}
    body.update(patient_name=PATIENT, date=DATE.isoformat(), therapist=clinic["therapist"])
    body.setdefault("options", {})["page_size"] = clinic["page_size"]
    path = home / "handouts" / f"{PATIENT}.handout.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"format": "handout", "version": 2, "handout": body},
                               ensure_ascii=False, indent=2), encoding="utf-8")
    return path


# ------------------------------------------------------------------ pages to pictures

def first_page_with(pdf_bytes: bytes, text: str, workdir: Path) -> int:
    """The number (0 = first) of the first page whose text contains `text`, else 0."""
    import pypdfium2  # the app's own PDF reader (its preview), always installed

    document = pypdfium2.PdfDocument(pdf_bytes)
    try:
        pages = [document[n].get_textpage().get_text_range() for n in range(len(document))]
    finally:
        document.close()
    return next((n for n, page in enumerate(pages) if text in page), 0)


def page_png(pdf_bytes: bytes, page: int, out: Path, workdir: Path) -> None:
    """Page `page` (0 = first, -1 = last) of a PDF as a PNG at DPI dots per inch."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf_bytes)
    try:
        bitmap = document[page % len(document)].render(scale=DPI / 72)
        bitmap.to_pil().convert("RGB").save(out, optimize=True)
    finally:
        document.close()


def export(workdir: Path, *options: str) -> bytes:
    """`handout export` of the demo handout, as a therapist would type it."""
    from handout import cli

    out = workdir / "export.pdf"
    with contextlib.redirect_stdout(io.StringIO()):  # its "Exported ..." line
        code = cli.main(["export", TEMPLATE, "--patient", PATIENT, "--date",
                         DATE.isoformat(), *options, "-o", str(out)])
    if code != 0:
        raise SystemExit(f"docs.images: `handout export` failed (exit {code})")
    return out.read_bytes()


def layout_pictures(out: Path, workdir: Path) -> list[Path]:
    from handout import model

    written = []
    for layout in model.LAYOUTS:
        picture = out / f"layout-{layout}.png"
        data = export(workdir, "--layout", layout)
        # The first page with exercises on it: that is where the layouts differ.
        page_png(data, first_page_with(data, EXERCISES_HEADING, workdir), picture, workdir)
        written.append(picture)
    picture = out / "diary.png"
    page_png(export(workdir, "--diary", "4"), -1, picture, workdir)
    return [*written, picture]


# ------------------------------------------------------------------ the window

def screenshot(handout_file: Path, out: Path) -> Path:
    """The app's own window with the demo handout open and "calf" typed in the search."""
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QSize, QTimer
    from PySide6.QtWidgets import QApplication

    from handout.gui import app as desktop

    picture = out / "screenshot-main-window.png"
    qt = QApplication.instance() or QApplication([sys.argv[0]])
    qt.setCursorFlashTime(0)  # a steady text cursor: the same picture every time
    problems: list[str] = []

    def main_window():
        return next((w for w in qt.topLevelWidgets()
                     if hasattr(w, "preview") and hasattr(w, "library_pane")), None)

    def settle(window) -> None:
        """Until the preview shows the handout and every thumbnail is drawn."""
        deadline = QDeadlineTimer(30_000)
        while not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            if not window.preview.busy and not window.thumbnails.pending:
                break
        for _ in range(20):  # the last repaints after the final render
            QCoreApplication.processEvents()

    def capture() -> None:
        try:
            window = main_window()
            deadline = QDeadlineTimer(30_000)
            while (window is None or window.document.path is None) and \
                    not deadline.hasExpired():  # until the app has opened the file
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
                window = main_window()
            if window is None or window.document.path is None:
                raise RuntimeError("the app did not open the demo handout")
            window.resize(QSize(*WINDOW))
            window.library_pane.search.setText("calf")
            window.editor.patient.setFocus()
            window.editor.patient.setCursorPosition(len(PATIENT))
            window.status(f"New handout from the template \"{TEMPLATE_NAME}\"")
            settle(window)
            steady_grab(window).save(str(picture))
            window.autosave.discard()
            window.preview.shutdown()
        except Exception as error:  # reported after the event loop has stopped
            problems.append(f"{type(error).__name__}: {error}")
        finally:
            qt.quit()

    QTimer.singleShot(0, capture)
    desktop.main([sys.argv[0], str(handout_file)])
    if problems:
        raise SystemExit(f"docs.images: no screenshot: {problems[0]}")
    return picture


def steady_grab(window, tries: int = 50):
    """The window's picture once two grabs a quarter of a second apart are the same.

    The preview draws its pages in the background, sharper a moment after the
    first draft; a picture taken too early would differ from run to run.
    """
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

    previous = window.grab().toImage()
    for _ in range(tries):
        deadline = QDeadlineTimer(250)
        while not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 25)
        current = window.grab().toImage()
        if current == previous:
            return current
        previous = current
    raise SystemExit("docs.images: the window kept changing; no screenshot written")


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m docs.images",
                                     description="Redraw the pictures in docs/.")
    parser.add_argument("--out", type=Path, default=DOCS,
                        help="where to write them (default: docs/)")
    out = parser.parse_args(argv).out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="handout-docs-") as temporary:
        # A fresh user data folder: only the bundled library and the demo clinic.
        home = Path(temporary) / "home"
        home.mkdir()
        os.environ["HANDOUT_HOME"] = str(home)
        os.environ.pop("HANDOUT_CLINIC_DIR", None)
        clinic = demo_clinic(out, home)
        written = [Path(clinic["logo_path"]), *layout_pictures(out, Path(temporary)),
                   screenshot(demo_handout_file(home, clinic), out)]
    for path in written:
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
