"""Page furniture: the running header, the footer, and "Page X of Y".

"Page X of Y" is not built into Platypus: `NumberedCanvas` remembers each
page's state and draws the numbers once the total is known, at save time.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from .fonts import BOLD, REGULAR
from .styles import MUTED, RULE


class NumberedCanvas(Canvas):
    """A canvas that writes `Page X of Y` at the foot of every page."""

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
        width = self._pagesize[0]
        margin = getattr(self, "handout_margin", 40)
        self.setFont(REGULAR, 8)
        self.setFillColor(MUTED)
        self.drawRightString(width - margin, margin * 0.55,
                             f"Page {self._pageNumber} of {total}")


class PageDecorator:
    """Draws the header and footer on each page (`onPage` callback of the page template)."""

    def __init__(self, clinic_name: str, title: str, contact: str, disclaimer: Paragraph | None,
                 accent: str, margin: float) -> None:
        self.clinic_name = clinic_name
        self.title = title
        self.contact = contact
        self.disclaimer = disclaimer
        self.accent = colors.HexColor(accent)
        self.margin = margin

    def footer_height(self, width: float) -> float:
        height = 14.0
        if self.disclaimer is not None:
            _, h = self.disclaimer.wrap(width, 200)
            height += h + 4
        return height

    def __call__(self, canvas: Canvas, doc) -> None:
        canvas.saveState()
        canvas.handout_margin = self.margin
        width, height = doc.pagesize
        left, right = self.margin, width - self.margin
        # Header: clinic name left, handout title right, a thin accent rule.
        top = height - self.margin * 0.6
        canvas.setFont(BOLD, 9)
        canvas.setFillColor(self.accent)
        clinic = _fit(canvas, self.clinic_name, BOLD, 9, (right - left) * 0.5)
        canvas.drawString(left, top, clinic)
        canvas.setFont(REGULAR, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(right, top, _fit(canvas, self.title, REGULAR, 8.5,
                                                (right - left) * 0.48))
        canvas.setStrokeColor(self.accent)
        canvas.setLineWidth(1.2)
        canvas.line(left, top - 5, right, top - 5)
        # Footer: contact line and disclaimer above the page number.
        base = self.margin * 0.55
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        footer_top = base + self.footer_height(right - left) + 2
        canvas.line(left, footer_top, right, footer_top)
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(left, base, _fit(canvas, self.contact, REGULAR, 8,
                                           (right - left) - 70))
        if self.disclaimer is not None:
            _, h = self.disclaimer.wrap(right - left, 200)
            self.disclaimer.drawOn(canvas, left, base + 12)
        canvas.restoreState()


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    """`text` shortened with an ellipsis so it fits `width` points on one line."""
    text = " ".join(text.split())
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
