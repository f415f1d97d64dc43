"""The pose review sheet: every exercise's panels drawn large, with its name and first step.

For a clinician checking the library pose by pose (`python -m handout sheet`,
or `--exercise ID` for one). Uses the same `figure_drawing` as the handouts,
so what is reviewed is what patients get; three exercises to an A4 page, each
picture as large as its row allows, a built figure's panels side by side
(where a handout stacks a lying figure's panels, the review spreads them).
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from ..sides import resolve
from . import built_figure, definition_of, figure_aspect, figure_drawing

PER_PAGE = 3
MARGIN = 15 * mm
HEADER = 10 * mm
NAME_SIZE = 11.0
STEP_SIZE = 9.0


def contact_sheet_pdf(exercises, accent: str = "#2a7f8e") -> bytes:
    """A PDF (bytes) of every exercise's figure, name and first step; same input, same bytes."""
    # The handout's own Unicode font: exercise names may be typed in any script.
    from ..pdf.fonts import BOLD, REGULAR, printable, register_fonts

    register_fonts()
    exercises = list(exercises)
    buffer = io.BytesIO()
    page_w, page_h = A4
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    pdf.setTitle("Exercise illustrations: pose review")
    row_h = (page_h - 2 * MARGIN - HEADER) / PER_PAGE
    pages = max(1, -(-len(exercises) // PER_PAGE))
    text_w = page_w - 2 * MARGIN
    for page in range(pages):
        pdf.setFont(BOLD, 12)
        pdf.setFillColorRGB(0.1, 0.12, 0.14)
        pdf.drawString(MARGIN, page_h - MARGIN, "Exercise illustrations: pose review")
        pdf.setFont(REGULAR, 8)
        pdf.drawRightString(page_w - MARGIN, page_h - MARGIN, f"page {page + 1} of {pages}")
        for slot, exercise in enumerate(exercises[page * PER_PAGE:(page + 1) * PER_PAGE]):
            top = page_h - MARGIN - HEADER - slot * row_h
            pdf.setStrokeColorRGB(0.82, 0.85, 0.86)
            pdf.setLineWidth(0.5)
            pdf.line(MARGIN, top - row_h + 2 * mm, page_w - MARGIN, top - row_h + 2 * mm)
            name = printable(exercise.name[:90])
            size = NAME_SIZE
            while size > 7 and pdf.stringWidth(name, BOLD, size) > text_w * 0.75:
                size -= 0.5
            pdf.setFont(BOLD, size)
            pdf.setFillColorRGB(0.1, 0.12, 0.14)
            pdf.drawString(MARGIN, top - 5 * mm, name)
            pdf.setFont(REGULAR, 8)
            pdf.setFillColorRGB(0.42, 0.47, 0.5)
            definition = definition_of(exercise)
            note = exercise.id if definition else f"{exercise.id} - no illustration"
            pdf.drawRightString(page_w - MARGIN, top - 5 * mm, printable(note[:60]))
            steps = [s for s in getattr(exercise, "steps", []) if s.strip()]
            # The side tokens as the picture shows them ("Lie on your left side").
            side = (definition or {}).get("side", "right")
            first = resolve(steps[0].strip(), "left" if side == "left" else "right") \
                if steps else ""
            lines = _wrap(pdf, f"1. {first}" if first else "", REGULAR, STEP_SIZE,
                          text_w)[:2]
            pdf.setFont(REGULAR, STEP_SIZE)
            pdf.setFillColorRGB(0.2, 0.23, 0.25)
            for i, line in enumerate(lines):
                pdf.drawString(MARGIN, top - 10 * mm - i * STEP_SIZE * 1.25, printable(line))
            box_top = top - 10 * mm - len(lines) * STEP_SIZE * 1.25 - 1 * mm
            box_h = box_top - (top - row_h + 4 * mm)
            figure = built_figure(definition)
            if figure is not None and len(figure.panels) > 1:
                _panels_in_a_row(pdf, figure, MARGIN, box_top, text_w, box_h, accent)
            else:
                aspect = figure_aspect(definition)
                box_w = min(text_w, box_h * aspect)
                drawing = figure_drawing(definition, box_w, box_w / aspect, "both", accent)
                drawing.drawOn(pdf, MARGIN + (text_w - box_w) / 2, box_top - box_w / aspect)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _panels_in_a_row(pdf, figure, left: float, top: float, width: float, height: float,
                     accent: str) -> None:
    """A built figure's panels side by side, each as large as the row allows (the
    handout may stack them; a review needs them big)."""
    from .built import panel_alone
    from .reportlab_backend import BuiltFigureDrawing

    panels = [panel_alone(figure, i) for i in range(len(figure.panels))]
    gap = 6 * mm
    share = (width - gap * (len(panels) - 1)) / len(panels)
    sizes = []
    for panel in panels:
        w = min(share, height * panel.aspect)
        sizes.append((w, w / panel.aspect))
    x = left + (width - sum(w for w, _ in sizes) - gap * (len(panels) - 1)) / 2
    for panel, (w, h) in zip(panels, sizes):
        BuiltFigureDrawing(panel, w, h, False, accent).drawOn(pdf, x, top - (height + h) / 2)
        x += w + gap


def _wrap(pdf, text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and pdf.stringWidth(trial, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines
