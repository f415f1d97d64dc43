"""Exercise illustrations drawn by our own code.

PLACEHOLDER until the figure renderer lands (issue 3): the public API is fixed,
the drawing is a simple framed box.

- `definition_problems(definition) -> list[str]`: what is wrong with a figure
  definition (empty when it is fine).
- `figure_drawing(definition, width, height, side="both", accent="#2a7f8e")`:
  a ReportLab `Drawing` of the exercise, mirrored for the given side.
"""

from __future__ import annotations


def definition_problems(definition: dict) -> list[str]:
    if not isinstance(definition, dict):
        return ["expected a figure definition {...}"]
    return []


def figure_drawing(definition: dict | None, width: float, height: float, side: str = "both",
                   accent: str = "#2a7f8e"):
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors

    drawing = Drawing(width, height)
    drawing.add(Rect(1, 1, width - 2, height - 2, rx=6, ry=6,
                     strokeColor=colors.HexColor(accent), fillColor=colors.HexColor("#f4f7f8"),
                     strokeWidth=1))
    drawing.add(String(width / 2, height / 2, "illustration", textAnchor="middle",
                       fontSize=8, fillColor=colors.HexColor("#8a9aa0")))
    return drawing
