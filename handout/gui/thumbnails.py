"""Small pictures of exercises for the lists, drawn once and cached by exercise and side.

Figures come from `figure_painter.figure_pixmap` (the Qt backend of the
figure code, so the list shows what the PDF prints); an exercise with photos
shows its first photo, as the PDF does. Drawing one takes about
10 ms, so a list never waits for them: `get` answers at once with a calm
placeholder and queues the figure, which is drawn in idle moments, one per
turn of the event loop; `ready` then tells the list to repaint that row.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap

from ..model import Exercise

SIZE = (64, 48)


def placeholder(exercise: Exercise, width: int, height: int, accent: str) -> QPixmap:
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#c9d0d4"), 1))
    painter.setBrush(QColor("#f6f8f9"))
    painter.drawRoundedRect(QRectF(0.5, 0.5, width - 1, height - 1), 6, 6)
    initials = "".join(word[0] for word in exercise.name.split()[:2]).upper()
    font = QFont()
    font.setPixelSize(height // 3)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#8a9aa0"))
    painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, initials)
    painter.end()
    return pixmap


def _figure_painter():
    try:
        from .figure_painter import figure_pixmap
    except ImportError:
        return None
    return figure_pixmap


class ThumbnailCache(QObject):
    """Thumbnails by (exercise id, side): placeholder now, the figure soon after."""

    #: The figure for this exercise id is ready; repaint rows that show it.
    ready = Signal(str)

    def __init__(self, width: int = SIZE[0], height: int = SIZE[1],
                 accent: str = "#2a7f8e", parent: QObject | None = None,
                 photo_path=None) -> None:
        super().__init__(parent)
        # Where a photo's file is (the collection knows the folders): (exercise, name) -> Path.
        self.photo_path = photo_path
        self.width = width
        self.height = height
        self.accent = accent
        self._cache: dict[tuple[str, str], QPixmap] = {}
        self._placeholders: dict[str, QPixmap] = {}
        self._queue: OrderedDict[tuple[str, str], Exercise] = OrderedDict()
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._draw_next)

    def get(self, exercise: Exercise, side: str = "both") -> QPixmap:
        key = (exercise.id, side)
        pixmap = self._cache.get(key)
        if pixmap is not None:
            return pixmap
        if exercise.illustration is None and not exercise.photos:
            return self._placeholder(exercise)
        if key not in self._queue:
            self._queue[key] = exercise
            self._timer.start()
        return self._placeholder(exercise)

    def get_now(self, exercise: Exercise, side: str = "both") -> QPixmap:
        """The finished thumbnail, drawn at once if need be."""
        key = (exercise.id, side)
        if key not in self._cache:
            self._queue.pop(key, None)
            self._cache[key] = self._draw(exercise, side)
        return self._cache[key]

    @property
    def pending(self) -> int:
        return len(self._queue)

    def clear(self) -> None:
        self._cache.clear()
        self._placeholders.clear()

    def _placeholder(self, exercise: Exercise) -> QPixmap:
        pixmap = self._placeholders.get(exercise.id)
        if pixmap is None:
            pixmap = placeholder(exercise, self.width, self.height, self.accent)
            self._placeholders[exercise.id] = pixmap
        return pixmap

    def _draw_next(self) -> None:
        if not self._queue:
            self._timer.stop()
            return
        key, exercise = self._queue.popitem(last=False)
        self._cache[key] = self._draw(exercise, key[1])
        self.ready.emit(exercise.id)

    def _draw(self, exercise: Exercise, side: str) -> QPixmap:
        if exercise.photos:
            photo = self._photo(exercise)
            if photo is not None:
                return photo
        figure_pixmap = _figure_painter() if exercise.illustration is not None else None
        if figure_pixmap is not None:
            try:
                return figure_pixmap(exercise.illustration, self.width, self.height,
                                     side=side, accent=self.accent)
            except Exception:  # one bad drawing must not break the list
                pass
        return self._placeholder(exercise)

    def _photo(self, exercise: Exercise) -> QPixmap | None:
        """The first photo scaled into the thumbnail box, or None if it cannot be read."""
        from ..photos import resolve_photo

        path = self.photo_path(exercise, exercise.photos[0]) if self.photo_path is not None \
            else resolve_photo(exercise, exercise.photos[0])
        image = QPixmap(str(path)) if path is not None else QPixmap()
        if image.isNull():
            return None
        scaled = image.scaled(self.width, self.height, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
        pixmap = QPixmap(self.width, self.height)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.drawPixmap((self.width - scaled.width()) // 2,
                           (self.height - scaled.height()) // 2, scaled)
        painter.end()
        return pixmap
