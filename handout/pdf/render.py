"""Builds the whole handout document with Platypus and returns the PDF bytes.

Order on paper: title and patient panel, education, the pain rule (once),
the exercises (in the handout's layout), advice, then the diary pages when
asked for. The header and footer are measured first so the text frame is
exactly the room left.
"""

from __future__ import annotations

import io

from reportlab import rl_config
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from ..errors import RenderError
from ..model import PAIN_RULE_HEADING, Clinic, Handout, pain_rule_for
from ..programme import estimate
from . import blocks, diary
from .fonts import printable
from .page import NumberedCanvas, PageDecorator
from .styles import PAGE_SIZES, make_look, metrics_for

GENERIC_TITLE = "Home exercise programme"

# ReportLab wraps every compressed stream in ASCII85 by default, a relic of
# 7-bit mail: it makes the file a quarter bigger and, without the optional C
# accelerator, was a sixth of the export time. Binary streams are standard PDF.
rl_config.useA85 = 0


def metadata_title(handout: Handout) -> str:
    """The PDF's title: the handout's, unless it names the patient.

    PDF metadata travels with the file (file managers, email previews, cloud
    indexes show it), so the patient's name never goes there.
    """
    title = " ".join(printable(handout.title).split())[:200]
    name = " ".join(handout.patient_name.split())
    if not title or (name and name.casefold() in title.casefold()):
        return GENERIC_TITLE
    return title


def render(handout: Handout, clinic: Clinic | None = None) -> bytes:
    """The handout as PDF bytes. Raises RenderError only if ReportLab itself fails."""
    return render_pages(handout, clinic)[0]


def render_pages(handout: Handout, clinic: Clinic | None = None) -> tuple[bytes, list[int]]:
    """The PDF bytes and, for each exercise, the page it starts on (from 1), so the
    preview can show the exercise being edited."""
    clinic = clinic or Clinic()
    pages: list[int] = []
    options = handout.options
    pagesize = PAGE_SIZES.get(options.page_size, PAGE_SIZES["A4"])
    margin = metrics_for(options.layout).margin
    width = pagesize[0] - 2 * margin
    try:
        # The frame height depends on the footer, which depends on the styles:
        # measure with a provisional look, then make the real one.
        provisional = make_look(options.layout, clinic.accent_color, width, pagesize[1])
        decorate = PageDecorator(clinic.name, handout.title, clinic.contact_line(),
                                 clinic.disclaimer, clinic.logo_path, provisional, pagesize)
        room = decorate.furniture()
        height = pagesize[1] - room.header_height - room.footer_height
        look = make_look(options.layout, clinic.accent_color, width, height)
        look.exercise_pages = pages  # filled in by each exercise as it is drawn
        decorate.look = look

        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer, pagesize=pagesize, leftMargin=margin, rightMargin=margin,
            topMargin=room.header_height, bottomMargin=room.footer_height,
            title=metadata_title(handout),
            author=" ".join(printable(clinic.name).split())[:200] or "Handout Builder",
            subject=GENERIC_TITLE, creator="Handout Builder", producer="Handout Builder",
            invariant=True)
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])

        story = blocks.patient_header(handout, look)
        if handout.education.strip():
            story += blocks.text_section(handout.education, look)
        # The advice closes the handout: kept with the last exercise when it is short.
        closing = blocks.text_section(handout.advice, look, closing=True) \
            if handout.advice.strip() else []
        if handout.items:
            # The clinic's pain rule, once, just before the exercises it governs.
            rule = f"## {PAIN_RULE_HEADING}\n\n{pain_rule_for(handout, clinic)}"
            story += blocks.text_section(rule, look)
            note = estimate(handout).describe() if options.show_time else ""
            story += blocks.exercises(handout.items, look, heading="Your exercises",
                                      note=note + "." if note else "", closing=closing)
        else:
            story += closing
        story += diary.diary(handout, look)
        doc.build(story, canvasmaker=NumberedCanvas)
    except Exception as error:  # ReportLab raises many kinds; the user needs one message
        raise RenderError(f"the PDF could not be laid out ({type(error).__name__}: {error}). "
                          "Please report this with the handout file.") from error
    return buffer.getvalue(), pages
