"""The Qt backend of the exercise figures: the same paths as the PDF, on a QPainter.

A built line-art figure (`handout.figures.built_figure`) is drawn from its
vector layers, with the colours and weights of `style.built_palette`, reflected
exactly for the other side. This module only turns those paths into
`QPainterPath`s, so the screen shows exactly what the PDF will print; an
exercise without a built figure gets a soft empty frame, as on the page.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPixmap

from ..figures import DEFAULT_ACCENT, built, built_figure, needs_mirror
from ..figures import style

_EMPTY_FILL = "#f6f8f9"
_EMPTY_LINE = "#c9d0d4"


def paint_figure(painter: QPainter, rect, definition: dict | None, side: str = "both",
                 accent: str = DEFAULT_ACCENT, last_panel: bool = False) -> None:
    """Draw the figure of `definition` fitted into `rect` (QRect or QRectF).

    `last_panel`: only the end position of a built figure (for small thumbnails,
    where two panels would each be too small to read).
    """
    _paint(painter, QRectF(rect), definition, side, accent, last_panel)


def _paint(painter: QPainter, rect: QRectF, definition: dict | None, side: str,
           accent: str, last_panel: bool = False) -> None:
    figure = built_figure(definition)
    if figure is not None:
        if last_panel and len(figure.panels) > 1:
            figure = _last_panel(figure)
        _paint_built(painter, rect, figure, needs_mirror(definition, side), accent)
        return
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(_EMPTY_LINE), 1))
        painter.setBrush(QBrush(QColor(_EMPTY_FILL)))
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
    finally:
        painter.restore()


def _qt_path(ops, left: float, bottom: float, even_odd: bool) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill if even_odd else Qt.FillRule.WindingFill)
    for op in ops:
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
    return path


def _last_panel(figure: built.BuiltFigure) -> built.BuiltFigure:
    """The figure cut down to its last panel, moved to the origin."""
    return built.panel_alone(figure, len(figure.panels) - 1)


def _paint_built(painter: QPainter, rect: QRectF, figure, mirror: bool, accent: str) -> None:
    """A built figure fitted into `rect`: the same layers, colours and weights as the PDF."""
    scale, ox, oy = built.fit(figure, rect.width(), rect.height())
    unit = style.built_outline_width(figure, scale)
    colours = style.built_palette(accent)
    left, bottom = rect.left(), rect.top() + rect.height()
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setClipRect(rect)
        for panel in figure.panels:
            # Each panel reflected in place: the start still comes first.
            axis = built.mirror_axis(panel) if mirror else None
            for layer in panel.layers:
                fill, line, weight, even_odd, dash = built.ROLE_STYLE[layer.role]
                ops = built.placed_ops(layer.ops, scale, ox, oy, axis)
                if line:
                    pen = QPen(QColor(colours[line]), weight * unit)
                    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                    if dash:
                        # Qt's dash lengths are in pen widths.
                        pen.setDashPattern([style.DASH[0] / weight, style.DASH[1] / weight])
                    painter.setPen(pen)
                else:
                    painter.setPen(QPen(Qt.PenStyle.NoPen))
                painter.setBrush(QBrush(QColor(colours[fill])) if fill
                                 else QBrush(Qt.BrushStyle.NoBrush))
                painter.drawPath(_qt_path(ops, left, bottom, even_odd))
    finally:
        painter.restore()


def figure_pixmap(definition: dict | None, width: int, height: int, side: str = "both",
                  accent: str = DEFAULT_ACCENT, last_panel: bool = False) -> QPixmap:
    """A transparent pixmap of the figure, for thumbnails in lists and editors."""
    pixmap = QPixmap(max(1, int(width)), max(1, int(height)))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        paint_figure(painter, QRectF(0, 0, width, height), definition, side, accent,
                     last_panel)
    finally:
        painter.end()
    return pixmap
