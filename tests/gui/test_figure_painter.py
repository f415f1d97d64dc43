"""The Qt backend of the figures: every bundled exercise paints, mirrored for the other side."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

EXERCISES = Path(__file__).resolve().parents[2] / "assets" / "exercises"
DEFINITIONS = {}
for _path in sorted(EXERCISES.glob("*.json")):
    _exercise = json.loads(_path.read_text(encoding="utf-8"))["exercise"]
    if isinstance(_exercise.get("figure"), dict):
        DEFINITIONS[_exercise["id"]] = _exercise["figure"]


def _inked(image) -> int:
    """How many pixels are not transparent (sampled on a grid, enough to tell)."""
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixelColor(x, y).alpha() > 0:
                count += 1
    return count


def test_every_exercise_paints_a_thumbnail(qapp):
    from handout.gui.figure_painter import figure_pixmap

    assert len(DEFINITIONS) >= 3
    for exercise_id, definition in DEFINITIONS.items():
        pixmap = figure_pixmap(definition, 96, 72, side="left", accent="#884422")
        assert not pixmap.isNull(), exercise_id
        assert (pixmap.width(), pixmap.height()) == (96, 72)
        assert _inked(pixmap.toImage()) > 40, exercise_id


def test_the_other_side_is_the_mirror_image(qapp):
    from handout.gui.figure_painter import figure_pixmap

    definition = DEFINITIONS["clamshell"]
    drawn = definition.get("side", "right")
    other = "left" if drawn == "right" else "right"
    same = figure_pixmap(definition, 120, 90, side=drawn).toImage()
    mirrored = figure_pixmap(definition, 120, 90, side=other).toImage()
    from PySide6.QtCore import Qt

    flipped = same.flipped(Qt.Orientation.Horizontal)
    differing = sum(1 for y in range(0, 90, 3) for x in range(0, 120, 3)
                    if abs(flipped.pixelColor(x, y).alpha() - mirrored.pixelColor(x, y).alpha()) > 64)
    assert differing < 20  # antialiasing may differ by a pixel at a few edges
    assert same != mirrored


def test_paint_figure_draws_into_a_rect_and_survives_no_definition(qapp):
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QImage, QPainter

    from handout.gui.figure_painter import paint_figure

    image = QImage(200, 150, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    paint_figure(painter, QRect(100, 0, 100, 150), DEFINITIONS["step-up"])
    paint_figure(painter, QRect(0, 0, 100, 150), None)
    paint_figure(painter, QRect(0, 0, 100, 150), {"pose": "nonsense"})
    painter.end()
    # Nothing of the figure is painted outside its rect.
    left_figure = sum(1 for y in range(20, 130, 3) for x in range(10, 90, 3)
                      if image.pixelColor(x, y).alpha() > 0 and image.pixelColor(x, y).blue() < 200)
    assert left_figure == 0
    assert _inked(image.copy(100, 0, 100, 150)) > 40


# ------------------------------------------------------------ built line-art figures

def _built_library(tmp_path, monkeypatch):
    """Build the arm-raise test figure into a folder the run-time lookup reads."""
    pytest.importorskip("numpy")
    from tests.core import test_figure_render as R

    from handout.figures import built
    from handout.figures.engine import build as B

    monkeypatch.setattr(B, "_scenes", lambda d, i: R.arm_raise_scenes())
    monkeypatch.setattr(B, "is_body_definition", lambda d: "posture" in d)
    folder = tmp_path / "figures"
    B.build_figures([("arm-raise", R.ARM_RAISE)], folder, jobs=1)
    monkeypatch.setattr(built, "figures_folder", lambda: folder)
    built.clear_cache()
    return R.ARM_RAISE


def _dark(image, x0, y0, w, h):
    """The set of dark pixels (on a grid of 2) of an image region."""
    return {(x, y) for y in range(0, h, 2) for x in range(0, w, 2)
            if image.pixelColor(x0 + x, y0 + y).lightness() < 110
            and image.pixelColor(x0 + x, y0 + y).alpha() > 128}


def _unmatched(a, b, reach=2):
    """Dark pixels of `a` with no dark pixel of `b` within `reach` (rounding may move a
    panel edge by a pixel)."""
    return sum(1 for x, y in a if not any((x + dx, y + dy) in b
                                          for dx in range(-reach, reach + 1)
                                          for dy in range(-reach, reach + 1)))


def test_the_qt_painter_draws_the_same_built_figure_as_the_pdf(qapp, tmp_path, monkeypatch):
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter
    from reportlab.pdfgen import canvas

    from handout.figures import built, figure_drawing
    from handout.gui.figure_painter import paint_figure

    definition = _built_library(tmp_path, monkeypatch)
    try:
        width, height = 300, round(300 / built.lookup(definition).aspect)
        # The PDF backend, read back through PDFium (the preview's renderer) at 72 dpi
        # (1 px = 1 pt).
        pdf_path = tmp_path / "figure.pdf"
        page = canvas.Canvas(str(pdf_path), pagesize=(width, height))
        figure_drawing(definition, width, height, side="left").drawOn(page, 0, 0)
        page.save()
        from handout.gui.pdf_pages import PdfPages
        with PdfPages(pdf_path.read_bytes()) as pages:
            printed = pages.render(0, width, height)
        # The Qt painter, on white.
        painted = QImage(width, height, QImage.Format.Format_ARGB32)
        painted.fill(QColor("white"))
        painter = QPainter(painted)
        paint_figure(painter, QRectF(0, 0, width, height), definition, side="left")
        painter.end()
        a, b = _dark(printed, 0, 0, width, height), _dark(painted, 0, 0, width, height)
        assert len(a) > 300 and len(b) > 300
        # The same lines in the same places: almost every dark pixel is shared
        # (antialiasing differs along the edges).
        assert len(a ^ b) < 0.25 * len(a | b)
        # And the other side is the reflection of this one, panel by panel (so the
        # start still comes first).
        plain = QImage(width, height, QImage.Format.Format_ARGB32)
        plain.fill(QColor("white"))
        painter = QPainter(plain)
        paint_figure(painter, QRectF(0, 0, width, height), definition, side="right")
        painter.end()
        figure = built.lookup(definition)
        scale, ox, oy = built.fit(figure, width, height)
        for panel in figure.panels:
            x, y, w, h = panel.box
            left, top = round(ox + x * scale), round(height - oy - (y + h) * scale)
            pw, ph = round(w * scale), round(h * scale)
            flipped = plain.copy(left, top, pw, ph).flipped(Qt.Orientation.Horizontal)
            c = _dark(flipped, 0, 0, pw, ph)
            d = _dark(painted.copy(left, top, pw, ph), 0, 0, pw, ph)
            assert len(c) > 100 and _unmatched(c, d) < 0.1 * len(c)
            assert _unmatched(d, c) < 0.1 * len(d)
        assert len(_dark(plain, 0, 0, width, height) ^ b) > 0.2 * len(b)
    finally:
        built.clear_cache()


def test_a_thumbnail_of_a_built_figure_shows_its_end_panel_large(qapp, tmp_path, monkeypatch):
    from handout.figures import built
    from handout.gui.figure_painter import figure_pixmap

    definition = _built_library(tmp_path, monkeypatch)
    try:
        whole = figure_pixmap(definition, 64, 48).toImage()
        last = figure_pixmap(definition, 64, 48, last_panel=True).toImage()
        # The thumbnail is the end panel alone, as tall as the box allows.
        def columns(image):
            return sum(1 for x in range(64) if any(image.pixelColor(x, y).alpha() > 64
                                                   for y in range(48)))
        from handout.gui.figure_painter import _last_panel

        figure = built.lookup(definition)
        x, y, w, h = figure.panels[-1].box
        alone = _last_panel(figure)
        assert len(alone.panels) == 1 and alone.aspect == pytest.approx(w / h)
        first = alone.panels[0].layers[0].ops[0]
        original = figure.panels[-1].layers[0].ops[0]
        assert first[1:3] == (original[1] - x, original[2] - y)
        # Same height, one body instead of two: narrower ink, but not empty.
        assert 8 < columns(last) < columns(whole)
    finally:
        built.clear_cache()
