"""Exercise pictures drawn by our own code: line art of one posed human body.

- `definition_problems(definition) -> list[str]`: what is wrong with a figure
  definition (empty when it is fine). The format is `handout.figures.body_format`,
  described in docs/figures.md.
- `figure_drawing(definition, width, height, side="both", accent="#2a7f8e")`:
  a ReportLab `Drawing` of the exercise, mirrored for the given side.
- `built_figure(definition)`: the line-art figure built from the body for this
  definition (`handout.figures.built`), or None.
- `figure_aspect(definition)`: width / height of the picture, so the picture
  box follows the pose (a lying figure is wide and short).
- `definition_of(exercise)`: the definition to draw for an exercise.

A definition's figure is built once from the 3-D body (`python -m handout
figures build`) and found by its hash in `assets/figures/`; it is drawn from
those vector paths, mirrored by exact reflection for the other side. The mesh
is never touched at run time. A definition nobody built is drawn as a soft
empty frame, never an error in the middle of printing a handout.
"""

from __future__ import annotations

from . import built
from .definition import definition_problems

__all__ = ["definition_problems", "figure_drawing", "needs_mirror", "built_figure",
           "figure_aspect", "definition_of"]

DEFAULT_ACCENT = "#2a7f8e"
EMPTY_ASPECT = 4 / 3  # the box of an exercise without a built figure


def needs_mirror(definition: dict, side: str) -> bool:
    """True when the item is dosed for the side opposite the one the figure shows."""
    figure = built.lookup(definition)
    if figure is not None:
        drawn = figure.side
    else:
        drawn = definition.get("side", "right") if isinstance(definition, dict) else "right"
    return side in ("left", "right") and side != drawn


def definition_of(exercise) -> dict | None:
    """The figure definition to draw for an exercise: its body `figure`, else (a file
    from an older version) its old `illustration`, which the built index may know as
    an earlier definition of a library exercise."""
    for name in ("figure", "illustration"):
        value = getattr(exercise, name, None)
        if isinstance(value, dict):
            return value
    return None


def built_figure(definition: dict | None) -> built.BuiltFigure | None:
    """The line-art figure built for this definition, or None (nobody built it)."""
    return built.lookup(definition)


def figure_aspect(definition: dict | None) -> float:
    """Width / height of the exercise's picture: the built figure's own, else 4:3."""
    figure = built.lookup(definition)
    return figure.aspect if figure is not None else EMPTY_ASPECT


def figure_drawing(definition: dict | None, width: float, height: float, side: str = "both",
                   accent: str = DEFAULT_ACCENT):
    """A ReportLab `Drawing` of the exercise (vector paths), or a quiet empty frame."""
    from .reportlab_backend import BuiltFigureDrawing, empty_drawing

    figure = built.lookup(definition) if width > 0 and height > 0 else None
    if figure is None:
        return empty_drawing(width, height)
    accent = accent if isinstance(accent, str) else DEFAULT_ACCENT
    return BuiltFigureDrawing(figure, width, height, needs_mirror(definition, side), accent)
