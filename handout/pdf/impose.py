"""Booklet imposition: half-sheet pages placed two-up, in booklet order, on landscape sheets.

A layout whose paper is "booklet" is laid out on pages half the clinic's
sheet (A5 on A4, half-letter on Letter); `impose` then puts them two to a
side of a landscape sheet so that, printed on both sides (flip on the short
edge) and folded in half, the pages read in order. The page count is padded
with blank pages to a multiple of 4. For n pages (numbered from 1), sheet k
(from 0) carries on its front n-2k (outer half) and 2k+1 (inner half), and on
its back 2k+2 and n-2k-1. A left-to-right booklet is bound on its left, so
page 1 is the right half of the first front; a right-to-left one (Arabic,
Urdu) is bound on its right: every side is mirrored, page 1 on the left half.

pypdf (BSD licence, pure Python) places the pages: ReportLab writes PDFs but
cannot read one back. Pages are copied as form objects with their fonts, so
the text stays searchable and the file stays small.
"""

from __future__ import annotations

import io

BLANK = 0  # a padding page


def booklet_order(pages: int, rtl: bool = False) -> list[tuple[int, int]]:
    """(left half, right half) of each printed side, in printing order; page numbers from
    1, `BLANK` for a padding page."""
    total = max(4, -(-pages // 4) * 4)

    def page(number: int) -> int:
        return number if number <= pages else BLANK

    sides: list[tuple[int, int]] = []
    for sheet in range(total // 4):
        front = (page(total - 2 * sheet), page(2 * sheet + 1))
        back = (page(2 * sheet + 2), page(total - 2 * sheet - 1))
        for left, right in (front, back):
            sides.append((right, left) if rtl else (left, right))
    return sides


def impose(data: bytes, sheet: tuple[float, float], rtl: bool = False) -> tuple[bytes, dict[int, int]]:
    """The PDF `data` (half-sheet pages) imposed on landscape sheets of `sheet` (portrait
    width, height in points), and where each page went: page -> printed side (from 1)."""
    from pypdf import PdfReader, PdfWriter, Transformation

    reader = PdfReader(io.BytesIO(data))
    width, height = max(sheet), min(sheet)  # landscape
    half = width / 2
    writer = PdfWriter()
    where: dict[int, int] = {}
    for number, (left, right) in enumerate(booklet_order(len(reader.pages), rtl), start=1):
        side = writer.add_blank_page(width, height)
        for page, x in ((left, 0.0), (right, half)):
            if page == BLANK:
                continue
            source = reader.pages[page - 1]
            box = source.mediabox
            # Centred in its half (a page a hair smaller than half the sheet).
            dx = x + (half - float(box.width)) / 2 - float(box.left)
            dy = (height - float(box.height)) / 2 - float(box.bottom)
            side.merge_transformed_page(source, Transformation().translate(dx, dy))
            where[page] = number
        side.compress_content_streams()  # merged content is written uncompressed
    metadata = {key: str(value) for key, value in (reader.metadata or {}).items()
                if isinstance(key, str)}
    writer.add_metadata(metadata)
    writer.compress_identical_objects()  # each page's copy of a shared font or figure
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), where
