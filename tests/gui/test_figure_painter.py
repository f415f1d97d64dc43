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
    if isinstance(_exercise.get("illustration"), dict):
        DEFINITIONS[_exercise["id"]] = _exercise["illustration"]


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
