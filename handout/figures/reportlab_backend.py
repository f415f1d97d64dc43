"""The PDF backend: a built figure (`handout.figures.built`) -> a ReportLab `Drawing`.

Only draws; every coordinate comes from the built figure's vector layers.

A handout may hold a hundred figures of some thousand path operations each,
and ReportLab's generic shape renderer costs tens of microseconds per
operation. So `BuiltFigureDrawing.draw` writes the figure's PDF path
operators, formatted once and cached, straight into the page; its `contents`
(ordinary `Path` shapes, for any other renderer) are only built if someone
asks.
"""

from __future__ import annotations

import functools

from reportlab.graphics.shapes import FILL_EVEN_ODD, FILL_NON_ZERO, Drawing, Path, Rect
from reportlab.lib import colors

from . import built, style

_COLOURS: dict[str, colors.Color] = {}


def _colour(hex_value: str) -> colors.Color:
    colour = _COLOURS.get(hex_value)
    if colour is None:
        colour = _COLOURS[hex_value] = colors.HexColor(hex_value)
    return colour


def _rgb(hex_value: str) -> str:
    return " ".join(f"{int(hex_value[i:i + 2], 16) / 255:.3f}" for i in (1, 3, 5))


def empty_drawing(width: float, height: float) -> Drawing:
    """A soft empty frame for exercises without a picture."""
    drawing = Drawing(width, height)
    drawing.add(Rect(1, 1, max(width - 2, 0), max(height - 2, 0), rx=6, ry=6,
                     strokeColor=_colour("#c9d0d4"), fillColor=_colour("#f6f8f9"),
                     strokeWidth=0.6))
    return drawing


def _built_unit(figure, scale: float) -> float:
    """One outline unit in figure units, from the drawn height of a panel."""
    return style.built_outline_width(figure, scale) / scale


@functools.lru_cache(maxsize=256)
def _built_layer_text(figure) -> tuple[tuple[tuple[str, str], ...], ...]:
    """Per panel, (role, path text) of every layer in figure units: formatted once."""
    return tuple(tuple((layer.role, _integer_path_text(layer.ops)) for layer in panel.layers)
                 for panel in figure.panels)


def _integer_path_text(ops) -> str:
    """PDF path operators for whole-number coordinates (a built figure's units): no
    decimals, so a figure costs a third of the bytes."""
    parts = []
    for op in ops:
        kind = op[0]
        if kind == "M":
            parts.append("%d %d m" % op[1:])
        elif kind == "L":
            parts.append("%d %d l" % op[1:])
        elif kind == "C":
            parts.append("%d %d %d %d %d %d c" % op[1:])
        else:
            parts.append("h")
    return " ".join(parts)


@functools.lru_cache(maxsize=2048)
def built_pdf_operators(figure, width: float, height: float, mirror: bool, accent: str) -> str:
    """A built figure as PDF operators: one `cm` per panel fits it into the box and,
    for the other side, reflects the panel in place (start still first)."""
    scale, ox, oy = built.fit(figure, width, height)
    unit = _built_unit(figure, scale)
    palette = style.built_palette(accent)
    out = [f"0 0 {width:.3f} {height:.3f} re W n"]
    for panel, layers in zip(figure.panels, _built_layer_text(figure)):
        out.append("q")
        if mirror:
            shift = ox + 2 * built.mirror_axis(panel) * scale
            out.append(f"{-scale:.6f} 0 0 {scale:.6f} {shift:.3f} {oy:.3f} cm")
        else:
            out.append(f"{scale:.6f} 0 0 {scale:.6f} {ox:.3f} {oy:.3f} cm")
        out.append("1 J 1 j")
        dashed = False
        for role, path in layers:
            fill, line, weight, even_odd, dash = built.ROLE_STYLE[role]
            if fill:
                out.append(f"{_rgb(palette[fill])} rg")
            if line:
                out.append(f"{_rgb(palette[line])} RG {weight * unit:.4f} w")
            if dash != dashed:
                out.append(f"[{style.DASH[0] * unit:.3f} {style.DASH[1] * unit:.3f}] 0 d"
                           if dash else "[] 0 d")
                dashed = dash
            out.append(path)
            star = "*" if even_odd else ""
            out.append(f"B{star}" if fill and line else f"f{star}" if fill else "S" if line
                       else "n")
        out.append("Q")
    return "\n".join(out)


def _built_paths(figure, width: float, height: float, mirror: bool, accent: str) -> list[Path]:
    """The same figure as ordinary ReportLab `Path` shapes (for renderers other than PDF)."""
    from reportlab.graphics.shapes import FILL_EVEN_ODD

    scale, ox, oy = built.fit(figure, width, height)
    unit = _built_unit(figure, scale) * scale
    palette = style.built_palette(accent)
    out = []
    for panel in figure.panels:
        axis = built.mirror_axis(panel) if mirror else None
        for layer in panel.layers:
            fill, line, weight, even_odd, dash = built.ROLE_STYLE[layer.role]
            path = Path(fillMode=FILL_EVEN_ODD if even_odd else FILL_NON_ZERO,
                        strokeLineCap=1, strokeLineJoin=1)
            for op in built.placed_ops(layer.ops, scale, ox, oy, axis):
                if op[0] == "M":
                    path.moveTo(op[1], op[2])
                elif op[0] == "L":
                    path.lineTo(op[1], op[2])
                elif op[0] == "C":
                    path.curveTo(*op[1:])
                else:
                    path.closePath()
            path.fillColor = _colour(palette[fill]) if fill else None
            path.strokeColor = _colour(palette[line]) if line else None
            path.strokeWidth = weight * unit
            if dash:
                path.strokeDashArray = [style.DASH[0] * unit, style.DASH[1] * unit]
            out.append(path)
    return out


class BuiltFigureDrawing(Drawing):
    """A `Drawing` of a built figure that writes its cached PDF operators onto the page."""

    def __init__(self, figure, width: float, height: float, mirror: bool, accent: str) -> None:
        self._figure = (figure, float(width), float(height), bool(mirror), accent)
        self._built = False
        Drawing.__init__(self, width, height)

    @property
    def contents(self) -> list:
        if not self._built:
            self._built = True
            self.__dict__["_contents"] = _built_paths(*self._figure) + \
                self.__dict__.get("_contents", [])
        return self.__dict__["_contents"]

    @contents.setter
    def contents(self, value: list) -> None:
        self.__dict__["_contents"] = value

    def draw(self, showBoundary=None):  # noqa: N803 (ReportLab's name)
        canvas = getattr(self, "canv", None)
        extra = self.__dict__.get("_contents") if not self._built else None
        if canvas is None or not hasattr(canvas, "addLiteral") or extra or self._built:
            return Drawing.draw(self)
        canvas.saveState()
        canvas.addLiteral(built_pdf_operators(*self._figure))
        canvas.restoreState()
