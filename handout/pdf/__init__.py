"""The PDF renderer: `render(handout, clinic) -> bytes`.

A pure function over the model (ReportLab's invariant mode: same input, same
bytes). The live preview, the export and the printer all use it, so what the
therapist sees is what the patient gets.
"""

from .render import render, render_pages

__all__ = ["render", "render_pages"]
