"""Builds the whole handout document with Platypus and returns the PDF bytes.

Order on paper: title and patient panel, education, the pain rule (once),
the exercises (in the handout's layout), advice, then the diary pages when
asked for. The header and footer are measured first so the text frame is
exactly the room left.

`render(handout, clinic, resources)` is a pure function: it reads no file and
no setting (photos and the logo come in `resources`, loaded by
`Collection.resources`), so the same input always gives the same bytes.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
import unicodedata

from reportlab import rl_config
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from .. import i18n
from ..errors import RenderError
from ..i18n.content import translate_handout
from ..model import DEFAULT_PAIN_RULE, PAIN_RULE_HEADING, Clinic, Handout, pain_rule_for
from ..programme import estimate
from . import bilingual, blocks, diary
from .fonts import printable
from .page import NumberedCanvas, PageDecorator
from .resources import NONE, Resources
from .styles import PAGE_SIZES, make_look, metrics_for

GENERIC_TITLE = "Home exercise programme"

# ReportLab wraps every compressed stream in ASCII85 by default, a relic of
# 7-bit mail: it makes the file a quarter bigger and, without the optional C
# accelerator, was a sixth of the export time. Binary streams are standard PDF.
rl_config.useA85 = 0


def _words(text: str) -> list[str]:
    """Lower-case words without accents: "Zoë O'Brien-Smith" -> zoe, o, brien, smith."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return [w for w in re.split(r"[^\w]+", plain) if w]


def names_patient(title: str, patient_name: str) -> bool:
    """True when `title` contains any part of the patient's name, matched loosely.

    Case, accents and word order do not matter ("SMITH, Zoe" names Zoë
    Smith), and neither do initials ("ZS", "Z.S.", "Z. Smith").
    """
    name = _words(patient_name)
    if not name:
        return False
    words = _words(title)
    if any(part in words for part in name if len(part) > 1):
        return True
    initials = "".join(part[0] for part in name)
    if len(initials) < 2:
        return False
    # Runs of one-letter words ("Z. S.") and whole words ("ZS") against the initials.
    runs, run = [], ""
    for word in words + [""]:
        if len(word) == 1:
            run += word
        else:
            if run:
                runs.append(run)
            run = ""
            if word:
                runs.append(word)
    return any(r in (initials, initials[::-1]) for r in runs)


def metadata_title(handout: Handout) -> str:
    """The PDF's title: the handout's, unless it names the patient in any way.

    PDF metadata travels with the file (file managers, email previews, cloud
    indexes show it), so no part of the patient's name ever goes there; no
    patient field is used at all, and a title typed with the name in it falls
    back to a generic one.
    """
    title = " ".join(printable(handout.title).split())[:200]
    if not title or names_patient(title, handout.patient_name) or \
            names_patient(title, printable(handout.patient_name)):
        return GENERIC_TITLE
    return title


def creation_date(handout: Handout) -> str:
    """The PDF's creation date: noon on the handout's date, or a fixed date without one.

    Noon in the computer's time zone for that date (summer time included), with
    its offset, so that a viewer anywhere shows the handout's day: a date alone
    or midnight UTC shows the day before in the Americas. The same handout on
    the same computer always gives the same bytes. Without a date: 1 January
    2000, ReportLab's reproducible default, written out so that nothing moves it.
    """
    if handout.date is None:
        return "D:20000101000000+00'00'"
    day = f"D:{handout.date:%Y%m%d}120000"
    try:
        offset = _dt.datetime.combine(handout.date, _dt.time(12)).astimezone().utcoffset()
    except (OverflowError, OSError, ValueError):  # a date the system clock cannot place
        offset = None
    if offset is None:
        return f"{day}+00'00'"
    minutes = round(offset.total_seconds() / 60)
    hours, rest = divmod(abs(minutes), 60)
    return f"{day}{'-' if minutes < 0 else '+'}{hours:02d}'{rest:02d}'"


def _dated(stamp: str):
    """NumberedCanvas, stamped with `stamp` as its creation and modification date."""
    def make(*args, **kwargs) -> NumberedCanvas:
        canvas = NumberedCanvas(*args, **kwargs)
        canvas.setDateFormatter(lambda *_time: stamp)
        return canvas
    return make


def render(handout: Handout, clinic: Clinic | None = None,
           resources: Resources | None = None) -> bytes:
    """The handout as PDF bytes, from the handout, the clinic profile and what was loaded.

    Without `resources`, photos print as "Photo missing" boxes and there is no
    logo. A `RenderError` means a bug in the layout code, never bad input.
    """
    return render_pages(handout, clinic, resources)[0]


def render_pages(handout: Handout, clinic: Clinic | None = None,
                 resources: Resources | None = None) -> tuple[bytes, list[int]]:
    """The PDF bytes and, for each exercise, the page it starts on (from 1), so the
    preview can show the exercise being edited."""
    clinic = clinic or Clinic()
    resources = resources if resources is not None else NONE
    pages: list[int] = []
    language = handout.language
    original = handout
    # Our texts in the handout language (the therapist's own words stay as typed).
    handout = translate_handout(handout, resources.translations)
    if not handout.title.strip() or handout.title == blocks.DEFAULT_TITLE:
        handout.title = i18n.catalog(language).text(blocks.DEFAULT_TITLE)
    options = handout.options
    pagesize = PAGE_SIZES.get(options.page_size, PAGE_SIZES["A4"])
    margin = metrics_for(options.layout).margin
    width = pagesize[0] - 2 * margin
    try:
        # The frame height depends on the footer, which depends on the styles:
        # measure with a provisional look, then make the real one.
        provisional = make_look(options.layout, clinic.accent_color, width, pagesize[1],
                                language=language)
        decorate = PageDecorator(clinic.name, handout.title, clinic.contact_line(),
                                 clinic.disclaimer, resources.logo, provisional, pagesize)
        room = decorate.furniture()
        height = pagesize[1] - room.header_height - room.footer_height
        look = make_look(options.layout, clinic.accent_color, width, height, resources,
                         language)
        look.exercise_pages = pages  # filled in by each exercise as it is drawn
        decorate.look = look
        # A second language (for a carer) prints under each text of ours: `bilingual`.
        look.second = bilingual.prepare(original, handout, clinic, look, resources.translations)

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
        story += bilingual.text_block("education", look, blocks.text_section)
        # The advice closes the handout: kept with the last exercise when it is short.
        closing = blocks.text_section(handout.advice, look, closing=True) \
            if handout.advice.strip() else []
        closing += bilingual.text_block("advice", look, blocks.text_section)
        if handout.items:
            # The clinic's pain rule, once, just before the exercises it governs.
            catalog = look.catalog
            rule_text = pain_rule_for(handout, clinic)
            if rule_text == DEFAULT_PAIN_RULE:
                rule_text = catalog.ptext("pain rule", DEFAULT_PAIN_RULE)
            rule = f"## {catalog.ptext('pain rule', PAIN_RULE_HEADING)}\n\n{rule_text}"
            story += blocks.text_section(rule, look)
            story += bilingual.text_block("pain_rule", look, blocks.text_section)
            note = estimate(handout).describe() if options.show_time else ""
            story += blocks.exercises(handout.items, look, heading=look.catalog.text("Your exercises"),
                                      note=note + "." if note else "", closing=closing)
        else:
            story += closing
        story += diary.diary(handout, look)
        doc.build(story, canvasmaker=_dated(creation_date(handout)))
    except Exception as error:  # ReportLab raises many kinds; the user needs one message
        # Every valid handout lays out, so this is our bug: the message says so,
        # and names nothing internal (the cause stays attached for the log).
        raise RenderError("the PDF could not be laid out because of a bug in Handout "
                          "Builder, not a problem with your handout. Please report it, "
                          "with the handout file if you can.") from error
    return buffer.getvalue(), pages
