"""The Qt backend of the exercise figures: the same shapes as the PDF, on a QPainter.

Geometry comes from `handout.figures.figure_shapes` (computed once, cached);
this module only turns shapes into `QPainterPath`s, so the screen shows
exactly what the PDF will print.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPixmap

from ..figures import DEFAULT_ACCENT, figure_shapes
from ..figures import style

_EMPTY_FILL = "#f6f8f9"
_EMPTY_LINE = "#c9d0d4"


def paint_figure(painter: QPainter, rect, definition: dict | None, side: str = "both",
                 accent: str = DEFAULT_ACCENT) -> None:
    """Draw the figure of `definition` fitted into `rect` (QRect or QRectF)."""
    _paint(painter, QRectF(rect), definition, side, accent)


def _paint(painter: QPainter, rect: QRectF, definition: dict | None, side: str,
           accent: str) -> None:
    placed = figure_shapes(definition, rect.width(), rect.height(), side)
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if placed is None:
            painter.setPen(QPen(QColor(_EMPTY_LINE), 1))
            painter.setBrush(QBrush(QColor(_EMPTY_FILL)))
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
            return
        shapes, unit = placed
        colours = style.palette(accent)
        painter.setClipRect(rect)  # a close-up (`focus`) reaches beyond its box
        # Shapes are y-up (like PDF); Qt is y-down.
        left, bottom = rect.left(), rect.top() + rect.height()
        for shape in shapes:
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.WindingFill)
            for op in shape.ops:
                kind = op[0]
                if kind == "M":
                    path.moveTo(left + op[1], bottom - op[2])
                elif kind == "L":
                    path.lineTo(left + op[1], bottom - op[2])
                elif kind == "C":
                    path.cubicTo(left + op[1], bottom - op[2], left + op[3], bottom - op[4],
                                 left + op[5], bottom - op[6])
                else:
                    path.closeSubpath()
            if shape.line and shape.width > 0:
                pen = QPen(QColor(colours[shape.line]), shape.width * unit)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                painter.setPen(pen)
            else:
                painter.setPen(QPen(Qt.PenStyle.NoPen))
            painter.setBrush(QBrush(QColor(colours[shape.fill])) if shape.fill
                             else QBrush(Qt.BrushStyle.NoBrush))
            painter.drawPath(path)
    finally:
        painter.restore()


def figure_pixmap(definition: dict | None, width: int, height: int, side: str = "both",
                  accent: str = DEFAULT_ACCENT) -> QPixmap:
    """A transparent pixmap of the figure, for thumbnails in lists and editors."""
    pixmap = QPixmap(max(1, int(width)), max(1, int(height)))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        paint_figure(painter, QRectF(0, 0, width, height), definition, side, accent)
    finally:
        painter.end()
    return pixmap
