"""Page furniture: the branded header, the footer, and "Page X of Y".

The header carries the clinic's logo and name (and the handout's title); the
footer its contact details and disclaimer. Both are measured before the
document is laid out, so the text frame is exactly what is left between them.
When the name and the title do not fit on one line (large print, a long
title), each wraps onto a second line in its own column rather than being
cut ("Gluteus medius pai…"); only text too long for two lines is shortened.
The contact details and the disclaimer are bounded (to `CONTACT_LINES` and
`DISCLAIMER_LINES` lines, shortened with "…"): a clinic profile with a whole
page of address can never leave the handout no room.

"Page X of Y" is not built into Platypus: `NumberedCanvas` remembers each
page's state and draws the numbers once the total is known, at save time.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from . import markup, text
from .fonts import BOLD, printable
from .resources import Logo
from .styles import MUTED, RULE, Look
from .text import Paragraph

# Home printers leave 4-6 mm unprinted at the edges; nothing goes nearer than this.
EDGE = 9 * mm
MAX_DISCLAIMER = 600  # characters; a longer disclaimer would crowd out the page
CONTACT_LINES = 2
DISCLAIMER_LINES = 4
PAGE_NUMBER_WIDTH = 24 * mm
HEADER_LINES = 2  # the clinic's name and the title each wrap onto at most this many lines
HEADER_GAP = 6 * mm  # between the name and the title


class NumberedCanvas(Canvas):
    """A canvas that writes `Page X of Y` at the foot of every page.

    The page decorator leaves `page_number_at = (x, y, font size, colour)` on
    the canvas; it is saved with each page's state.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._page_states: list[dict] = []
        self.page_bookmarks: list[tuple[str, str]] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._page_states.append(dict(self.__dict__))
        self.page_bookmarks = []
        self._startPage()

    def add_bookmark(self, key: str, title: str) -> None:
        """An outline entry for this page. Made when the page is really written (at
        save): before that, every page would point at the first one."""
        self.page_bookmarks.append((key, title))

    def save(self) -> None:
        total = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            for key, title in state.get("page_bookmarks", []):
                self.bookmarkPage(key)
                self.addOutlineEntry(title, key, level=0)
            self._draw_page_number(total)
            super().showPage()
        super().save()

    def _draw_page_number(self, total: int) -> None:
        place = getattr(self, "page_number_at", (self._pagesize[0] - EDGE, EDGE, 8, MUTED))
        if place is None:  # the layout prints no page numbers (a one-page sheet)
            return
        x, y, size, colour = place
        self.setFillColor(colour)
        label = getattr(self, "page_label", "Page {page} of {total}")
        text.draw_string(self, x, y, label.format(page=self._pageNumber, total=total), size,
                         anchor="end", language=getattr(self, "page_language", None))


@dataclass
class Furniture:
    """Measured header and footer: how much room they take from the page."""

    header_height: float  # from the top edge of the paper to the top of the frame
    footer_height: float  # from the bottom edge of the paper to the bottom of the frame


class PageDecorator:
    """Draws the header and footer on each page (`onPage` callback of the page template)."""

    def __init__(self, clinic_name: str, title: str, contact: str, disclaimer: str,
                 logo: Logo | None, look: Look, pagesize: tuple[float, float]) -> None:
        self.look = look
        self.pagesize = pagesize
        self.margin = look.metrics.margin
        self.width = pagesize[0] - 2 * self.margin
        self.clinic_name = printable(" ".join(clinic_name.split()))
        self.title = printable(" ".join(title.split()))
        self.logo = logo
        self._logo_reader = ImageReader(io.BytesIO(logo.png)) if logo is not None else None
        self.small = look.metrics.small_size
        self.name_size = self.small * 1.45
        styles = look.styles
        self._layout_header(styles)
        disclaimer = " ".join(disclaimer.split())
        if len(disclaimer) > MAX_DISCLAIMER:
            disclaimer = disclaimer[:MAX_DISCLAIMER - 1] + "…"
        self.contact = _bounded(contact, styles["small"], self.width - PAGE_NUMBER_WIDTH,
                                CONTACT_LINES)
        self.disclaimer = _bounded(disclaimer, styles["small"], self.width, DISCLAIMER_LINES)
        self._contact_h = self._wrap(self.contact, self.width - PAGE_NUMBER_WIDTH)
        self._disclaimer_h = self._wrap(self.disclaimer, self.width)

    def _layout_header(self, styles) -> None:
        """Where the logo, the clinic's name and the title go, and how tall the band is.

        Tried in order, the first that shows every word wins: one line each, side by
        side; side by side, each wrapping onto two lines in a column sized to it; the
        name above the title, each across the whole width. Only if none fits is
        anything shortened (with an ellipsis), the title first.
        """
        logo_w = 0.0
        if self.logo is not None:
            logo_w = min(self.look.metrics.logo_height * self.logo.aspect, self.width * 0.4)
        self.logo_size = (logo_w, logo_w / self.logo.aspect) if self.logo is not None else (0, 0)
        self.text_x = self.margin + (logo_w + 3 * mm if logo_w else 0)
        room = self.width - (self.text_x - self.margin)
        name_style = styles["small"].clone("header-name", fontName=BOLD, fontSize=self.name_size,
                                           leading=self.name_size * 1.2,
                                           textColor=self.look.ink)
        title_style = styles["small"].clone("header-title", alignment=TA_RIGHT,
                                            leading=self.small * 1.25)
        # Shaped widths: Arabic joins and Bengali conjuncts are narrower than their letters.
        name_width = text.string_width(self.clinic_name, self.name_size, bold=True)
        title_width = text.string_width(self.title, self.small)
        gap = HEADER_GAP if self.clinic_name and self.title else 0
        self.stacked = False
        if not self.clinic_name or not self.title:
            layouts = [(room if self.clinic_name else 0, room if self.title else 0, False)]
        else:
            share = name_width / (name_width + title_width)
            name_room = max(room * 0.35, min(room * 0.65, (room - gap) * share))
            layouts = [(name_width + 1, room - name_width - gap, False),
                       (name_room, room - name_room - gap, False),
                       (room, room, True)]
        for name_room, title_room, stacked in layouts:
            name = _lines(self.clinic_name, name_style, name_room, HEADER_LINES) \
                if self.clinic_name and name_room > 0 else None
            title = _lines(self.title, title_style, title_room, HEADER_LINES) \
                if self.title and title_room >= 25 * mm else None
            whole = (name is None or not name.cut) and (title is not None or not self.title) \
                and (title is None or not title.cut)
            if whole:
                break
        self.name_para, self.title_para, self.stacked = name, title, stacked
        self.name_room, self.title_room = name_room, title_room
        name_h = name.wrap(name_room, 1000)[1] if name is not None else 0
        title_h = title.wrap(title_room, 1000)[1] if title is not None else 0
        text_h = name_h + title_h + 1 * mm if stacked else max(name_h, title_h)
        # Tall enough for the logo and the wrapped text.
        self.band = max(self.logo_size[1], self.name_size * 1.4, text_h)

    @staticmethod
    def _wrap(paragraph: Paragraph | None, width: float) -> float:
        return paragraph.wrap(width, 1000)[1] if paragraph is not None else 0.0

    def furniture(self) -> Furniture:
        gap = 3 * mm
        shows = self.look.shows
        header = EDGE + self.band + gap + 4 * mm if shows.header else 0
        footer = EDGE + max(self._contact_h, self.small * 1.3) if shows.footer else 0
        if self._disclaimer_h and shows.footer:
            footer += 2 + self._disclaimer_h
        if shows.footer:
            footer += gap + 4 * mm
        # Never less than the margin a home printer needs.
        return Furniture(max(header, self.margin), max(footer, self.margin))

    def __call__(self, canvas: Canvas, doc) -> None:
        look = self.look
        # Read by NumberedCanvas when the page count is known (None: no numbers).
        canvas.page_number_at = None
        canvas.page_label = look.catalog.text("Page {page} of {total}")
        canvas.page_language = look.language
        canvas.saveState()
        if look.shows.header:
            self._draw_header(canvas)
        if look.shows.footer:
            self._draw_footer(canvas)
        canvas.restoreState()

    def _draw_header(self, canvas: Canvas) -> None:
        """Logo, clinic name and title; then an accent rule."""
        page_w, page_h = self.pagesize
        left, right = self.margin, page_w - self.margin
        look = self.look
        top = page_h - EDGE
        if self.logo is not None:
            reader = self._logo_reader
            w, h = self.logo_size
            canvas.drawImage(reader, left, top - h - (self.band - h) / 2, w, h)
        if self.stacked:  # the name above the title, the pair centred on the band
            name_h = self.name_para.wrap(self.name_room, 1000)[1] if self.name_para else 0
            title_h = self.title_para.wrap(self.title_room, 1000)[1] if self.title_para else 0
            y = top - (self.band - (name_h + title_h + 1 * mm)) / 2
            if self.name_para is not None:
                self.name_para.drawOn(canvas, self.text_x, y - name_h)
            if self.title_para is not None:
                self.title_para.drawOn(canvas, right - self.title_room,
                                       y - name_h - 1 * mm - title_h)
        else:
            for para, x, width in ((self.name_para, self.text_x, self.name_room),
                                   (self.title_para, right - self.title_room,
                                    self.title_room)):
                if para is not None:
                    _, h = para.wrap(width, 1000)
                    para.drawOn(canvas, x, top - self.band / 2 - h / 2)
        rule_y = top - self.band - 3 * mm
        canvas.setStrokeColor(look.line)
        canvas.setLineWidth(1.2)
        canvas.line(left, rule_y, right, rule_y)

    def _draw_footer(self, canvas: Canvas) -> None:
        """The contact line beside the page number, the disclaimer above."""
        page_w, _ = self.pagesize
        left, right = self.margin, page_w - self.margin
        look = self.look
        base = EDGE
        if self.contact is not None:
            self.contact.drawOn(canvas, left, base)
        y = base + max(self._contact_h, self.small * 1.3)
        if self.disclaimer is not None:
            y += 2
            self.disclaimer.drawOn(canvas, left, y)
            y += self._disclaimer_h
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(left, y + 1.5 * mm, right, y + 1.5 * mm)
        if look.shows.page_numbers:  # on the baseline of the contact line's last row
            canvas.page_number_at = (right, base + self.small * 0.3, self.small,
                                     look.styles["small"].textColor)


def _bounded(value: str, style, width: float, max_lines: int) -> Paragraph | None:
    """A paragraph of `text` at most `max_lines` lines high in `width`, shortened with "…"."""
    text = " ".join(value.split())
    if not text:
        return None
    limit = style.leading * max_lines + 0.5

    def paragraph(cut: int) -> Paragraph:
        shown = text if cut >= len(text) else text[:cut].rstrip() + "…"
        return Paragraph(markup.plain(shown), style)

    # No more can fit than lines of the narrowest characters (a quarter of the size).
    text = text[:int(max_lines * width / (style.fontSize * 0.25)) + 1]
    whole = paragraph(len(text))
    if whole.wrap(width, 1e6)[1] <= limit:
        return whole
    # Cut by halves: a long address must not take a measurement per character.
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if paragraph(mid).wrap(width, 1e6)[1] <= limit:
            low = mid
        else:
            high = mid - 1
    return paragraph(low)


def _lines(text: str, style, width: float, max_lines: int) -> Paragraph:
    """`text` wrapped in `width`, shortened with an ellipsis only past `max_lines` lines
    (then `paragraph.cut` is True)."""
    limit = style.leading * max_lines + 0.5
    paragraph = Paragraph(markup.plain(text), style)
    paragraph.cut = False
    if paragraph.wrap(width, 1000)[1] <= limit:
        return paragraph
    low, high = 0, len(text)  # halves: a 5,000-character name must not take 5,000 tries
    while low < high:
        mid = (low + high + 1) // 2
        candidate = Paragraph(markup.plain(text[:mid].rstrip() + "…"), style)
        if candidate.wrap(width, 1000)[1] <= limit:
            low = mid
        else:
            high = mid - 1
    shortened = Paragraph(markup.plain(text[:low].rstrip() + "…"), style)
    shortened.cut = True
    return shortened
