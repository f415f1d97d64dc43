"""The PDF backend: computed figure shapes -> a ReportLab `Drawing` of vector paths.

Only draws; every coordinate comes from `geometry.placed_shapes`.

A handout may hold a hundred figures of some six hundred path operations
each, and ReportLab's generic shape renderer costs tens of microseconds per
operation. So `FigureDrawing.draw` writes the figure's PDF path operators,
built once and cached, straight into the page; its `contents` (ordinary
`Path` shapes, for any other renderer) are only built if someone asks.
"""

from __future__ import annotations

import functools

from reportlab.graphics.shapes import FILL_NON_ZERO, Drawing, Path, Rect
from reportlab.lib import colors

from . import style
from .geometry import Shape, figure_for_key, fit, placed_shapes

_COLOURS: dict[str, colors.Color] = {}


def _colour(hex_value: str) -> colors.Color:
    colour = _COLOURS.get(hex_value)
    if colour is None:
        colour = _COLOURS[hex_value] = colors.HexColor(hex_value)
    return colour


def _paths(shapes: tuple[Shape, ...], unit: float, accent: str) -> list[Path]:
    palette = style.palette(accent)
    out = []
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
        out.append(path)
    return out


def _rgb(hex_value: str) -> str:
    return " ".join(f"{int(hex_value[i:i + 2], 16) / 255:.3f}" for i in (1, 3, 5))


def _path_text(ops) -> str:
    parts = []
    for op in ops:
        kind = op[0]
        if kind == "M":
            parts.append("%.4f %.4f m" % op[1:])
        elif kind == "L":
            parts.append("%.4f %.4f l" % op[1:])
        elif kind == "C":
            parts.append("%.4f %.4f %.4f %.4f %.4f %.4f c" % op[1:])
        else:
            parts.append("h")
    return " ".join(parts)


@functools.lru_cache(maxsize=512)
def _model_paths(key: str) -> tuple[tuple[str | None, str | None, float, str], ...]:
    """Each shape's colours, width and path text in model units: the size-free part."""
    return tuple((s.fill, s.line, s.width, _path_text(s.ops)) for s in figure_for_key(key).shapes)


@functools.lru_cache(maxsize=2048)
def pdf_operators(key: str, width: float, height: float, mirror: bool, accent: str) -> str:
    """The figure as PDF content-stream operators (non-zero fill, round caps and joins).

    Paths stay in model units; one `cm` matrix fits (and mirrors) them into
    the box, so the path text is formatted once per figure, not per size.
    """
    scale, ox, oy = fit(figure_for_key(key).bounds, width, height)
    unit = style.outline_width(width, height) / scale  # one outline unit, in model units
    palette = style.palette(accent)
    # Clip to the box first: a close-up (`focus`) reaches beyond it.
    out = [f"0 0 {width:.3f} {height:.3f} re W n"]
    if mirror:
        out.append(f"{-scale:.5f} 0 0 {scale:.5f} {width - ox:.3f} {oy:.3f} cm")
    else:
        out.append(f"{scale:.5f} 0 0 {scale:.5f} {ox:.3f} {oy:.3f} cm")
    out.append("1 J 1 j")
    for fill, line, line_width, path in _model_paths(key):
        stroke = bool(line and line_width > 0)
        if fill:
            out.append(f"{_rgb(palette[fill])} rg")
        if stroke:
            out.append(f"{_rgb(palette[line])} RG {line_width * unit:.5f} w")
        out.append(path)
        out.append("B" if fill and stroke else "f" if fill else "S" if stroke else "n")
    return "\n".join(out)


class FigureDrawing(Drawing):
    """A `Drawing` of one figure that writes its cached PDF operators when drawn on a page."""

    def __init__(self, key: str, width: float, height: float, mirror: bool,
                 accent: str) -> None:
        self._figure = (key, float(width), float(height), mirror, accent)
        self._built = False
        Drawing.__init__(self, width, height)

    @property
    def contents(self) -> list:
        if not self._built:
            self._built = True
            key, width, height, mirror, accent = self._figure
            shapes, unit = placed_shapes(key, width, height, mirror)
            self.__dict__["_contents"] = _paths(shapes, unit, accent) + \
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
        canvas.addLiteral(pdf_operators(*self._figure))
        canvas.restoreState()


def empty_drawing(width: float, height: float) -> Drawing:
    """A soft empty frame for exercises without an illustration."""
    drawing = Drawing(width, height)
    drawing.add(Rect(1, 1, max(width - 2, 0), max(height - 2, 0), rx=6, ry=6,
                     strokeColor=_colour("#c9d0d4"), fillColor=_colour("#f6f8f9"),
                     strokeWidth=0.6))
    return drawing


# ------------------------------------------------- built (line-art) figures

def _built_unit(figure, scale: float) -> float:
    """One outline unit in figure units, from the drawn height of a panel."""
    from . import style as _style
    return _style.built_outline_width(figure, scale) / scale


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
    from . import built as _built
    from . import style as _style

    scale, ox, oy = _built.fit(figure, width, height)
    unit = _built_unit(figure, scale)
    palette = _style.built_palette(accent)
    out = [f"0 0 {width:.3f} {height:.3f} re W n"]
    for panel, layers in zip(figure.panels, _built_layer_text(figure)):
        out.append("q")
        if mirror:
            shift = ox + 2 * _built.mirror_axis(panel) * scale
            out.append(f"{-scale:.6f} 0 0 {scale:.6f} {shift:.3f} {oy:.3f} cm")
        else:
            out.append(f"{scale:.6f} 0 0 {scale:.6f} {ox:.3f} {oy:.3f} cm")
        out.append("1 J 1 j")
        dashed = False
        for role, path in layers:
            fill, line, weight, even_odd, dash = _built.ROLE_STYLE[role]
            if fill:
                out.append(f"{_rgb(palette[fill])} rg")
            if line:
                out.append(f"{_rgb(palette[line])} RG {weight * unit:.4f} w")
            if dash != dashed:
                out.append(f"[{_style.DASH[0] * unit:.3f} {_style.DASH[1] * unit:.3f}] 0 d"
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

    from . import built as _built
    from . import style as _style

    scale, ox, oy = _built.fit(figure, width, height)
    unit = _built_unit(figure, scale) * scale
    palette = _style.built_palette(accent)
    out = []
    for panel in figure.panels:
        axis = _built.mirror_axis(panel) if mirror else None
        for layer in panel.layers:
            fill, line, weight, even_odd, dash = _built.ROLE_STYLE[layer.role]
            path = Path(fillMode=FILL_EVEN_ODD if even_odd else FILL_NON_ZERO,
                        strokeLineCap=1, strokeLineJoin=1)
            for op in _built.placed_ops(layer.ops, scale, ox, oy, axis):
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
                path.strokeDashArray = [_style.DASH[0] * unit, _style.DASH[1] * unit]
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
