"""Builds the whole handout document with Platypus and returns the PDF bytes."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from ..errors import RenderError
from ..model import Clinic, Handout
from . import blocks, markup
from .page import NumberedCanvas, PageDecorator
from .styles import LAYOUT_METRICS, PAGE_SIZES, make_styles

MAX_DISCLAIMER = 600  # characters; a longer disclaimer would crowd out the page


def render(handout: Handout, clinic: Clinic | None = None) -> bytes:
    """The handout as PDF bytes. Raises RenderError only if ReportLab itself fails."""
    clinic = clinic or Clinic()
    options = handout.options
    metrics = LAYOUT_METRICS.get(options.layout, LAYOUT_METRICS["standard"])
    styles = make_styles(options.layout, clinic.accent_color)
    pagesize = PAGE_SIZES.get(options.page_size, PAGE_SIZES["A4"])
    margin = metrics.margin
    width = pagesize[0] - 2 * margin

    disclaimer_text = " ".join(clinic.disclaimer.split())
    if len(disclaimer_text) > MAX_DISCLAIMER:
        disclaimer_text = disclaimer_text[:MAX_DISCLAIMER - 1] + "…"
    disclaimer = Paragraph(markup.plain(disclaimer_text), styles["small"]) \
        if disclaimer_text else None
    decorate = PageDecorator(clinic.name, handout.title, clinic.contact_line(), disclaimer,
                             clinic.accent_color, margin)
    footer = decorate.footer_height(width)

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=pagesize, leftMargin=margin, rightMargin=margin,
        topMargin=margin + 6 * mm, bottomMargin=margin * 0.55 + footer + 8,
        title=handout.title or "Exercise programme",
        # The patient's name stays out of the metadata: it travels with the file.
        author=clinic.name or "Handout Builder",
        subject="Home exercise programme", creator="Handout Builder",
        producer="Handout Builder", invariant=True)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])

    story = blocks.patient_header(handout, styles, width)
    if handout.education.strip():
        story += blocks.text_section(handout.education, styles)
    if handout.items:
        story.append(Paragraph("Your exercises", styles["section"]))
        story.append(blocks.accent_rule(width, clinic.accent_color))
        story.append(Paragraph("", styles["body"]))
        for number, item in enumerate(handout.items, start=1):
            story += blocks.exercise_block(number, item, styles, width, metrics.figure_width,
                                           clinic.accent_color)
    if handout.advice.strip():
        story += blocks.text_section(handout.advice, styles)
    try:
        doc.build(story, canvasmaker=NumberedCanvas)
    except Exception as error:  # ReportLab raises many kinds; the user needs one message
        raise RenderError(f"the PDF could not be laid out ({type(error).__name__}: {error}). "
                          "Please report this with the handout file.") from error
    return buffer.getvalue()
