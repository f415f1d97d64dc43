"""Photos in place of the figure: one to three stacked in the picture column.

`photo_figure(exercise, width)` returns a flowable as wide as the picture
column. Each photo is fitted (never stretched) into its own box, with softly
rounded corners and a hairline frame; a photo whose file cannot be found or
read prints as a neat "Photo missing" box instead, so a handout always
exports. The bytes embedded are those the collection loaded before the
render (`Resources.photos`, from `photos.printable_photo`): the stored,
metadata-free JPEG or PNG (a stray original is cleaned on the way).
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from .. import photos
from ..model import Exercise
from .fonts import REGULAR, register_fonts
from .resources import NONE, Resources

FRAME = colors.HexColor("#c9d0d4")
PANEL = colors.HexColor("#f6f8f9")
MUTED = colors.HexColor("#5b6670")
GAP = 4  # points between stacked photos
# The whole stack is at most this many widths tall, so three photos never
# make an exercise taller than a page.
MAX_STACK = 1.9
MISSING_TEXT = "Photo missing"


class PhotoFigure(Flowable):
    """Up to three photos stacked in a column `width` wide."""

    def __init__(self, pictures: list[photos.Photo | None], width: float,
                 max_height: float | None = None) -> None:
        super().__init__()
        self.pictures = pictures
        self.width = width
        self.max_height = max_height if max_height is not None else width * MAX_STACK
        self.boxes = self._boxes()
        self.height = sum(h for _, h in self.boxes) + GAP * max(len(self.boxes) - 1, 0)

    def _boxes(self) -> list[tuple[float, float]]:
        """The (width, height) of each picture, fitted into the column."""
        width = self.width
        sizes = []
        for picture in self.pictures:
            if picture is None:
                sizes.append((width, width * 0.75))
                continue
            aspect = picture.width / picture.height
            # Landscape fills the width; portrait gets at most a square box.
            height = min(width / aspect, width)
            sizes.append((height * aspect, height))
        total = sum(h for _, h in sizes)
        room = self.max_height - GAP * max(len(sizes) - 1, 0)
        if total > room > 0:
            scale = room / total
            sizes = [(w * scale, h * scale) for w, h in sizes]
        return sizes

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        y = self.height
        for picture, (w, h) in zip(self.pictures, self.boxes):
            y -= h
            x = (self.width - w) / 2
            radius = min(4.0, w / 20, h / 20)
            if picture is None:
                self._missing(x, y, w, h, radius)
            else:
                canvas.saveState()
                path = canvas.beginPath()
                path.roundRect(x, y, w, h, radius)
                canvas.clipPath(path, stroke=0, fill=0)
                canvas.drawImage(ImageReader(io.BytesIO(picture.data)), x, y, w, h)
                canvas.restoreState()
                canvas.saveState()
                canvas.setStrokeColor(FRAME)
                canvas.setLineWidth(0.6)
                canvas.roundRect(x, y, w, h, radius, stroke=1, fill=0)
                canvas.restoreState()
            y -= GAP

    def _missing(self, x: float, y: float, w: float, h: float, radius: float) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(PANEL)
        canvas.setStrokeColor(FRAME)
        canvas.setLineWidth(0.8)
        canvas.setDash(3, 2)
        canvas.roundRect(x + 0.5, y + 0.5, w - 1, h - 1, radius, stroke=1, fill=1)
        register_fonts()
        size = max(6.0, min(11.0, w / 11))
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, size)
        canvas.drawCentredString(x + w / 2, y + h / 2 - size / 3, MISSING_TEXT)
        canvas.restoreState()


def load_pictures(exercise: Exercise,
                  resources: Resources = NONE) -> list[photos.Photo | None]:
    """Each photo of the exercise ready to print, or None where it is missing or broken."""
    return [resources.photo(name) for name in exercise.photos[:photos.MAX_PHOTOS]]


def photo_figure(exercise: Exercise, width: float, max_height: float | None = None,
                 resources: Resources = NONE) -> PhotoFigure:
    """The exercise's photos as one flowable `width` points wide (and at most `max_height`)."""
    return PhotoFigure(load_pictures(exercise, resources), width, max_height)
