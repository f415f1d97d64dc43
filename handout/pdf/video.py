"""Video links: a QR code (ReportLab's own widget) and the short link to type.

Patients with a phone scan the code; patients without one type the short
link, so both are printed. The code is sized so each module is at least
half a millimetre (what a phone camera resolves from arm's length) and never
smaller than the layout's minimum; a link too long to encode prints as text only.
"""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from . import markup
from .styles import Look
from .text import Paragraph

MODULE = 0.5 * mm
QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks
SHORT_LINK_CHARS = 40


def short_link(url: str) -> str:
    """The link as a person would type it: no scheme, no `www.`, at most 40 characters."""
    text = " ".join(url.split())
    for prefix in ("https://", "http://"):
        if text.lower().startswith(prefix):
            text = text[len(prefix):]
            break
    if text.lower().startswith("www."):
        text = text[4:]
    text = text.rstrip("/")
    if len(text) > SHORT_LINK_CHARS:
        text = text[:SHORT_LINK_CHARS - 1] + "…"
    return text


def qr_drawing(url: str, min_size: float, max_size: float) -> Drawing | None:
    """The QR code of `url` as a Drawing, or None when it cannot be encoded."""
    try:
        widget = QrCodeWidget(url, barLevel="M", barBorder=QUIET_ZONE,
                              barFillColor=colors.black, barStrokeColor=colors.black)
        x0, y0, x1, y1 = widget.getBounds()  # encodes the data; raises if it does not fit
        modules = widget.qr.getModuleCount() + 2 * QUIET_ZONE
    except Exception:  # the encoder raises several kinds for data it cannot hold
        return None
    size = min(max(min_size, modules * MODULE), max_size)
    if size < min_size:
        return None  # a code too small to scan is worse than none
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def video_block(url: str, width: float, look: Look) -> Flowable | None:
    """The QR code with "Scan to watch" and the short link under it, `width` wide at most."""
    url = url.strip()
    if not url:
        return None
    styles = look.styles
    link = short_link(url)
    # The link on a line of its own: a line break inside it would be mistyped.
    caption = f"Video:<br/>{markup.plain(link)}"
    if url.lower().startswith(("https://", "http://")) and not any(c.isspace() for c in url):
        # Clickable in the PDF too, for patients who get it by email.
        caption = f'<link href="{markup.attribute(url)}">{caption}</link>'
    text = Paragraph(caption, styles["caption"])
    code = qr_drawing(url, look.metrics.qr_size, max(width, look.metrics.qr_size))
    rows = [[code], [text]] if code is not None else [[text]]
    table = Table(rows, colWidths=[width])
    table.setStyle(TableStyle([
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return table
