"""A contact sheet: every exercise's illustration with its name, a grid per page.

For reviewing the library at a glance (`python -m handout sheet -o library.pdf`).
Uses the same `figure_drawing` as the handouts, so what you review is what
patients get.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas

from . import figure_drawing

COLUMNS, ROWS = 3, 4
MARGIN = 1.5 * cm


def contact_sheet_pdf(exercises, accent: str = "#2a7f8e") -> bytes:
    """A PDF (bytes) of every exercise's figure with its name; the same input gives the same bytes."""
    # The handout's own Unicode font: exercise names may be typed in any script.
    from ..pdf.fonts import BOLD, REGULAR, printable, register_fonts

    register_fonts()
    exercises = list(exercises)
    buffer = io.BytesIO()
    page_w, page_h = A4
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    pdf.setTitle("Exercise illustrations")
    cell_w = (page_w - 2 * MARGIN) / COLUMNS
    cell_h = (page_h - 2 * MARGIN - 1 * cm) / ROWS
    fig_w, fig_h = cell_w - 0.6 * cm, cell_h - 1.3 * cm
    per_page = COLUMNS * ROWS
    pages = max(1, -(-len(exercises) // per_page))
    for page in range(pages):
        pdf.setFont(BOLD, 11)
        pdf.drawString(MARGIN, page_h - MARGIN, "Exercise illustrations")
        pdf.setFont(REGULAR, 8)
        pdf.drawRightString(page_w - MARGIN, page_h - MARGIN, f"page {page + 1} of {pages}")
        for slot, exercise in enumerate(exercises[page * per_page:(page + 1) * per_page]):
            col, row = slot % COLUMNS, slot // COLUMNS
            x = MARGIN + col * cell_w
            y = page_h - MARGIN - 1 * cm - (row + 1) * cell_h
            pdf.setStrokeColorRGB(0.85, 0.87, 0.88)
            pdf.setLineWidth(0.5)
            pdf.roundRect(x + 0.15 * cm, y + 0.15 * cm, cell_w - 0.3 * cm, cell_h - 0.3 * cm, 6)
            drawing = figure_drawing(exercise.illustration, fig_w, fig_h, "both", accent)
            drawing.drawOn(pdf, x + 0.3 * cm, y + 1.0 * cm)
            pdf.setFillColorRGB(0.15, 0.18, 0.2)
            name = printable(exercise.name[:60])
            # Long names shrink to fit their cell rather than run into the next one.
            size = 9.0
            while size > 6 and pdf.stringWidth(name, BOLD, size) > cell_w - 0.5 * cm:
                size -= 0.5
            pdf.setFont(BOLD, size)
            pdf.drawCentredString(x + cell_w / 2, y + 0.6 * cm, name)
            pdf.setFont(REGULAR, 7)
            pdf.setFillColorRGB(0.45, 0.5, 0.53)
            note = exercise.id if exercise.illustration else f"{exercise.id} - no illustration"
            pdf.drawCentredString(x + cell_w / 2, y + 0.3 * cm, printable(note[:60]))
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()
