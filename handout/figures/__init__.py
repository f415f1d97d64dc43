"""Exercise illustrations drawn by our own code: vector line art of a posed figure.

- `definition_problems(definition) -> list[str]`: what is wrong with a figure
  definition (empty when it is fine). The format is described in
  `handout.figures.definition`.
- `figure_drawing(definition, width, height, side="both", accent="#2a7f8e")`:
  a ReportLab `Drawing` of the exercise, mirrored for the given side.
- `figure_shapes(...)`: the same figure as backend-neutral shapes, for the Qt
  painter in `handout.gui.figure_painter` (old stick figures only).
- `built_figure(definition)`: the line-art figure built from the body for this
  definition (`handout.figures.built`), or None.
- `figure_aspect(definition)`: width / height of the picture, so the picture
  box follows the pose (a lying figure is wide and short).
- `definition_of(exercise)`: the definition to draw for an exercise: its body
  `figure` (format version 2) when it has one, else its old `illustration`.

A definition with a built figure (found by its hash in `assets/figures/`) is
drawn from that figure, mirrored by exact reflection for the other side; the
mesh is never touched at run time. Definitions still in the old stick-figure
format are drawn by the old geometry code (computed once per definition,
cached on its JSON text) until they are converted.
"""

from __future__ import annotations

from . import built
from .definition import definition_problems
from .geometry import Shape, definition_key, figure_for_key, placed_shapes

__all__ = ["definition_problems", "figure_drawing", "figure_shapes", "needs_mirror", "Shape",
           "built_figure", "figure_aspect", "definition_of"]

DEFAULT_ACCENT = "#2a7f8e"
OLD_ASPECT = 4 / 3  # the stick figures' box: 3/4 as tall as wide


def needs_mirror(definition: dict, side: str) -> bool:
    """True when the item is dosed for the side opposite the one the figure shows."""
    figure = built.lookup(definition)
    if figure is not None:
        drawn = figure.side
    else:
        drawn = definition.get("side", "right") if isinstance(definition, dict) else "right"
    return side in ("left", "right") and side != drawn


def definition_of(exercise) -> dict | None:
    """The figure definition to draw for an exercise (body figure first, else the old one)."""
    for name in ("figure", "illustration"):
        value = getattr(exercise, name, None)
        if isinstance(value, dict):
            return value
    return None


def built_figure(definition: dict | None) -> built.BuiltFigure | None:
    """The line-art figure built for this definition, or None (old format, or not built)."""
    return built.lookup(definition)


def figure_aspect(definition: dict | None) -> float:
    """Width / height of the exercise's picture: the built figure's own, else 4:3."""
    figure = built.lookup(definition)
    return figure.aspect if figure is not None else OLD_ASPECT


def figure_shapes(definition: dict | None, width: float, height: float, side: str = "both"
                  ) -> tuple[tuple[Shape, ...], float] | None:
    """Shapes fitted to a width x height box (y up) and the outline unit, or None.

    None means there is nothing to draw: no definition, or one with problems
    (a broken user file must never stop a handout from printing).
    """
    if not isinstance(definition, dict) or width <= 0 or height <= 0:
        return None
    if built.lookup(definition) is not None or not _old_format(definition):
        return None
    key = definition_key(definition)
    if _valid(key):
        return placed_shapes(key, float(width), float(height), needs_mirror(definition, side))
    return None


_VALID: dict[str, bool] = {}


def _old_format(definition: dict) -> bool:
    """True for a stick-figure definition (drawn by the old geometry code)."""
    try:
        from .definition import is_stick_figure
    except ImportError:  # the definition module does not tell the formats apart yet
        return True
    return is_stick_figure(definition)


def _valid(key: str) -> bool:
    ok = _VALID.get(key)
    if ok is None:
        import json
        ok = _VALID[key] = not definition_problems(json.loads(key))
        if ok:
            try:
                figure_for_key(key)
            except (ValueError, ArithmeticError, KeyError, IndexError, TypeError):
                # Passed the checks but cannot be drawn: a quiet frame instead,
                # never a crash in the middle of printing a handout.
                ok = _VALID[key] = False
    return ok


def figure_drawing(definition: dict | None, width: float, height: float, side: str = "both",
                   accent: str = DEFAULT_ACCENT):
    """A ReportLab `Drawing` of the exercise (vector paths), or a quiet empty frame."""
    from .reportlab_backend import BuiltFigureDrawing, FigureDrawing, empty_drawing

    if not isinstance(definition, dict) or width <= 0 or height <= 0:
        return empty_drawing(width, height)
    accent = accent if isinstance(accent, str) else DEFAULT_ACCENT
    figure = built.lookup(definition)
    if figure is not None:
        return BuiltFigureDrawing(figure, width, height, needs_mirror(definition, side), accent)
    if not _old_format(definition):
        return empty_drawing(width, height)  # a new-format definition nobody built yet
    key = definition_key(definition)
    if not _valid(key):
        return empty_drawing(width, height)
    return FigureDrawing(key, width, height, needs_mirror(definition, side),
                         accent if isinstance(accent, str) else DEFAULT_ACCENT)
