"""The PDF backend: computed figure shapes -> a ReportLab `Drawing` of vector paths.

Only draws; every coordinate comes from `geometry.placed_shapes`.
"""

from __future__ import annotations

from reportlab.graphics.shapes import FILL_NON_ZERO, Drawing, Path
from reportlab.lib import colors

from . import style
from .geometry import Shape

_COLOURS: dict[str, colors.Color] = {}


def _colour(hex_value: str) -> colors.Color:
    colour = _COLOURS.get(hex_value)
    if colour is None:
        colour = _COLOURS[hex_value] = colors.HexColor(hex_value)
    return colour


def drawing_from_shapes(shapes: tuple[Shape, ...], unit: float, width: float, height: float,
                        accent: str) -> Drawing:
    palette = style.palette(accent)
    drawing = Drawing(width, height)
    for shape in shapes:
        path = Path(fillMode=FILL_NON_ZERO, strokeLineCap=1, strokeLineJoin=1)
        for op in shape.ops:
            kind = op[0]
            if kind == "M":
                path.moveTo(op[1], op[2])
            elif kind == "L":
                path.lineTo(op[1], op[2])
            elif kind == "C":
                path.curveTo(*op[1:])
            else:
                path.closePath()
        path.fillColor = _colour(palette[shape.fill]) if shape.fill else None
        if shape.line and shape.width > 0:
            path.strokeColor = _colour(palette[shape.line])
            path.strokeWidth = shape.width * unit
        else:
            path.strokeColor = None
        drawing.add(path)
    return drawing


def empty_drawing(width: float, height: float) -> Drawing:
    """A soft empty frame for exercises without an illustration."""
    from reportlab.graphics.shapes import Rect

    drawing = Drawing(width, height)
    drawing.add(Rect(1, 1, max(width - 2, 0), max(height - 2, 0), rx=6, ry=6,
                     strokeColor=_colour("#c9d0d4"), fillColor=_colour("#f6f8f9"),
                     strokeWidth=0.6))
    return drawing
