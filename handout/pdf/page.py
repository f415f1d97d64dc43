"""Page furniture: the branded header, the footer, and "Page X of Y".

The header carries the clinic's logo and name (and the handout's title); the
footer its contact details and disclaimer. Both are measured before the
document is laid out, so the text frame is exactly what is left between them.

"Page X of Y" is not built into Platypus: `NumberedCanvas` remembers each
page's state and draws the numbers once the total is known, at save time.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from . import markup, text
from .branding import load_logo
from .fonts import printable
from .styles import MUTED, RULE, Look
from .text import Paragraph

# Home printers leave 4-6 mm unprinted at the edges; nothing goes nearer than this.
EDGE = 9 * mm
MAX_DISCLAIMER = 600  # characters; a longer disclaimer would crowd out the page
PAGE_NUMBER_WIDTH = 24 * mm


class NumberedCanvas(Canvas):
    """A canvas that writes `Page X of Y` at the foot of every page.

    The page decorator leaves `page_number_at = (x, y, font size, colour)` on
    the canvas; it is saved with each page's state.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._page_states: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            self._draw_page_number(total)
            super().showPage()
        super().save()

    def _draw_page_number(self, total: int) -> None:
        x, y, size, colour = getattr(self, "page_number_at",
                                     (self._pagesize[0] - EDGE, EDGE, 8, MUTED))
        self.setFillColor(colour)
        text.draw_string(self, x, y, f"Page {self._pageNumber} of {total}", size, anchor="end")


@dataclass
class Furniture:
    """Measured header and footer: how much room they take from the page."""

    header_height: float  # from the top edge of the paper to the top of the frame
    footer_height: float  # from the bottom edge of the paper to the bottom of the frame


class PageDecorator:
    """Draws the header and footer on each page (`onPage` callback of the page template)."""

    def __init__(self, clinic_name: str, title: str, contact: str, disclaimer: str,
                 logo_path: str, look: Look, pagesize: tuple[float, float]) -> None:
        self.look = look
        self.pagesize = pagesize
        self.margin = look.metrics.margin
        self.width = pagesize[0] - 2 * self.margin
        self.clinic_name = printable(" ".join(clinic_name.split()))
        self.title = printable(" ".join(title.split()))
        self.logo = load_logo(logo_path)
        self.small = look.metrics.small_size
        self.name_size = self.small * 1.45
        # Tall enough for the logo; with neither logo nor name, one line for the title.
        self.band = (look.metrics.logo_height if self.logo is not None
                     else self.name_size * 1.4)
        styles = look.styles
        contact = " ".join(contact.split())
        self.contact = Paragraph(markup.plain(contact), styles["small"]) if contact else None
        disclaimer = " ".join(disclaimer.split())
        if len(disclaimer) > MAX_DISCLAIMER:
            disclaimer = disclaimer[:MAX_DISCLAIMER - 1] + "…"
        self.disclaimer = Paragraph(markup.plain(disclaimer), styles["small"]) \
            if disclaimer else None
        self._contact_h = self._wrap(self.contact, self.width - PAGE_NUMBER_WIDTH)
        self._disclaimer_h = self._wrap(self.disclaimer, self.width)

    @staticmethod
    def _wrap(paragraph: Paragraph | None, width: float) -> float:
        return paragraph.wrap(width, 1000)[1] if paragraph is not None else 0.0

    def furniture(self) -> Furniture:
        gap = 3 * mm
        header = EDGE + self.band + gap + 4 * mm
        footer = EDGE + max(self._contact_h, self.small * 1.3)
        if self._disclaimer_h:
            footer += 2 + self._disclaimer_h
        footer += gap + 4 * mm
        # Never less than the margin a home printer needs.
        return Furniture(max(header, self.margin), max(footer, self.margin))

    def __call__(self, canvas: Canvas, doc) -> None:
        canvas.saveState()
        page_w, page_h = self.pagesize
        left, right = self.margin, page_w - self.margin
        look = self.look
        # ---- header: logo, clinic name, title; then an accent rule
        top = page_h - EDGE
        x = left
        if self.logo is not None:
            reader, aspect = self.logo
            h = self.band
            w = min(h * aspect, self.width * 0.4)
            h = w / aspect
            canvas.drawImage(reader, x, top - h, w, h)
            x += w + 3 * mm
        middle = top - self.band / 2
        # The clinic's name comes first; the title (also printed big on page 1)
        # takes what is left, and is left out rather than cut to a stub.
        room = right - x
        gap = 6 * mm
        name_width = text.string_width(self.clinic_name, self.name_size, bold=True)
        title_width = text.string_width(self.title, self.small)
        if name_width + gap + title_width > room:
            name_width = min(name_width, room * 0.65)
        title_room = room - (name_width + gap if self.clinic_name else 0)
        if self.clinic_name:
            canvas.setFillColor(look.ink)
            name = _fit(self.clinic_name, True, self.name_size, name_width)
            text.draw_string(canvas, x, middle - self.name_size * 0.35, name, self.name_size,
                             bold=True)
        if title_room >= 30 * mm:
            canvas.setFillColor(look.styles["small"].textColor)
            text.draw_string(canvas, right, middle - self.small * 0.35,
                             _fit(self.title, False, self.small, title_room), self.small,
                             anchor="end")
        rule_y = top - self.band - 3 * mm
        canvas.setStrokeColor(look.line)
        canvas.setLineWidth(1.2)
        canvas.line(left, rule_y, right, rule_y)
        # ---- footer: contact line beside the page number, disclaimer above
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
        canvas.restoreState()
        # Read by NumberedCanvas when the page count is known: on the baseline
        # of the contact line's last row.
        canvas.page_number_at = (right, base + self.small * 0.3, self.small,
                                 look.styles["small"].textColor)


def _fit(line: str, bold: bool, size: float, width: float) -> str:
    """`line` shortened with an ellipsis so it fits `width` points on one line."""
    if text.string_width(line, size, bold) <= width:
        return line
    # Cut by halves first: a 5,000-character name must not take 5,000 measurements.
    low, high = 0, len(line)
    while low < high:
        mid = (low + high + 1) // 2
        if text.string_width(line[:mid] + "…", size, bold) <= width:
            low = mid
        else:
            high = mid - 1
    return line[:low].rstrip() + "…"
