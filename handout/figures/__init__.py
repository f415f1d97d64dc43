"""Exercise illustrations drawn by our own code: vector line art of a posed figure.

- `definition_problems(definition) -> list[str]`: what is wrong with a figure
  definition (empty when it is fine). The format is described in
  `handout.figures.definition`.
- `figure_drawing(definition, width, height, side="both", accent="#2a7f8e")`:
  a ReportLab `Drawing` of the exercise, mirrored for the given side.
- `figure_shapes(...)`: the same figure as backend-neutral shapes, for the Qt
  painter in `handout.gui.figure_painter`.

Geometry is computed once per definition (cached on its JSON text); the
backends only turn shapes into paths.
"""

from __future__ import annotations

from .definition import definition_problems
from .geometry import Shape, definition_key, figure_for_key, placed_shapes

__all__ = ["definition_problems", "figure_drawing", "figure_shapes", "needs_mirror", "Shape"]

DEFAULT_ACCENT = "#2a7f8e"


def needs_mirror(definition: dict, side: str) -> bool:
    """True when the item is dosed for the side opposite the one the figure shows."""
    drawn = definition.get("side", "right") if isinstance(definition, dict) else "right"
    return side in ("left", "right") and side != drawn


def figure_shapes(definition: dict | None, width: float, height: float, side: str = "both"
                  ) -> tuple[tuple[Shape, ...], float] | None:
    """Shapes fitted to a width x height box (y up) and the outline unit, or None.

    None means there is nothing to draw: no definition, or one with problems
    (a broken user file must never stop a handout from printing).
    """
    if not isinstance(definition, dict) or width <= 0 or height <= 0:
        return None
    key = definition_key(definition)
    if _valid(key):
        return placed_shapes(key, float(width), float(height), needs_mirror(definition, side))
    return None


_VALID: dict[str, bool] = {}


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
    from .reportlab_backend import FigureDrawing, empty_drawing

    if not isinstance(definition, dict) or width <= 0 or height <= 0:
        return empty_drawing(width, height)
    key = definition_key(definition)
    if not _valid(key):
        return empty_drawing(width, height)
    return FigureDrawing(key, width, height, needs_mirror(definition, side),
                         accent if isinstance(accent, str) else DEFAULT_ACCENT)
