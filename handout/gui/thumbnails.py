"""Small pictures of exercises for the library list, drawn once and cached by id.

Uses `figure_painter.figure_pixmap` (the Qt backend of the figure code) when
it is available; otherwise a calm placeholder with the exercise's initials.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap

from ..model import Exercise

SIZE = (64, 48)


def _placeholder(exercise: Exercise, width: int, height: int, accent: str) -> QPixmap:
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(accent), 1))
    painter.setBrush(QColor("#eef3f4"))
    painter.drawRoundedRect(QRectF(0.5, 0.5, width - 1, height - 1), 6, 6)
    initials = "".join(word[0] for word in exercise.name.split()[:2]).upper()
    font = QFont()
    font.setPixelSize(height // 3)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#6c8288"))
    painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, initials)
    painter.end()
    return pixmap


class ThumbnailCache:
    """Thumbnails by exercise id; drawn on first request."""

    def __init__(self, width: int = SIZE[0], height: int = SIZE[1],
                 accent: str = "#2a7f8e") -> None:
        self.width = width
        self.height = height
        self.accent = accent
        self._cache: dict[str, QPixmap] = {}

    def get(self, exercise: Exercise) -> QPixmap:
        pixmap = self._cache.get(exercise.id)
        if pixmap is None:
            pixmap = self._draw(exercise)
            self._cache[exercise.id] = pixmap
        return pixmap

    def clear(self) -> None:
        self._cache.clear()

    def _draw(self, exercise: Exercise) -> QPixmap:
        if exercise.illustration is not None:
            try:
                from .figure_painter import figure_pixmap
            except ImportError:
                figure_pixmap = None
            if figure_pixmap is not None:
                try:
                    return figure_pixmap(exercise.illustration, self.width, self.height,
                                         accent=self.accent)
                except Exception:  # a bad drawing must not break the list
                    pass
        return _placeholder(exercise, self.width, self.height, self.accent)
